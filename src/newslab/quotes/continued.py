"""A reported clause that goes on past "and": "Ruiz said the bridge will reopen in May, and
drivers would be able to cross it for free." The parser hangs the second clause on "said",
as if the writer added it; a clause with a subject of its own whose verb is backshifted by
"would", "could", "might" or "should" after a past cue is still the source's speech (free
indirect speech), so the statement runs to its end. A clause without a subject ("and left
the room") or in the writer's own tense ("and the council voted") is not. And one cue's
reported clauses with only a comma, "and" or "and that" between them are one statement.
Used by :mod:`.cues`.

>>> sorted(BACKSHIFT)
['could', 'might', 'should', 'would']
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import doc_text, sentence_of
from .spans_index import SegmentIndex
from .verbs import is_cue_verb

__all__ = ["BACKSHIFT", "continued_end", "merge_adjacent", "runs_on"]

#: ', "on the day after Christmas."' closing the sentence: the words quoted go with the clause.
_QUOTED_TAIL = re.compile(
    r',\s(?P<quote>["“][a-z][^"”\n]{0,120}?(?:[.!?]["”]|["”](?=[.!?])))(?=[.!?]?(?:\s|$))'
)
#: Modals that carry a past cue's tense into the words it reports.
BACKSHIFT = frozenset({"would", "could", "might", "should"})


def continued_end(cue: Token, end: int) -> int:
    """Where the statement a past-tense ``cue`` reports ends, given that its clause ends at
    ``end``: the end of a backshifted clause joined to the cue after it, or of a quoted
    fragment set after a comma to close its sentence ('finished it last December, "on the day
    after Christmas."': one mixed statement), else ``end``."""
    tail = _QUOTED_TAIL.match(doc_text(cue.doc), end)
    if tail is not None:
        return tail.end("quote")
    if cue.tag_ != "VBD":
        return end
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.idx < end or is_cue_verb(conj.lemma_.lower()):
            continue
        kids = list(conj.children)
        joined = any(c.dep_ == "cc" and c.lower_ in {"and", "but"} for c in cue.children)
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in kids)
        modal = any(c.dep_ == "aux" and c.lower_ in BACKSHIFT for c in kids)
        gap = cue.doc.char_span(end, conj.left_edge.idx, alignment_mode="expand")
        if joined and own_subject and modal and gap is not None and len(gap) <= 3:
            right = conj.right_edge
            while right.i > conj.i and right.is_punct:
                right = right.nbor(-1)
            return right.idx + len(right.text)
    return end


def merge_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One cue's reported clauses as one statement where only a comma, "and" or "and that"
    stands between them ("said he had ordered an alert, and that the army guard churches")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and re.fullmatch(r"[ ,]*(?:(?:and|but)(?: that)?[ ,]*)?", text[out[-1][1] : start]):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def runs_on(text: str, index: SegmentIndex, cue: Token, start: int, end: int) -> int:
    """ "said he was lenient because they had "shown remorse"": quoted words that go on a
    clause reported after its cue, in its sentence, with a few words between and no comma,
    stop or verb of saying, are part of it (the statement is mixed); where it ends."""
    if cue.idx > start or index.holding(start) is not None:
        return end
    sent_end = sentence_of(cue).end_char
    while (seg := index.next_after(end)) is not None and seg.start < sent_end:
        gap = cue.doc.char_span(end, seg.start, alignment_mode="expand")
        if (
            seg.start - end > 40
            or re.search(r"[,;:.!?—–]", text[end : seg.start])
            or gap is None
            or any(_new_predicate(t, start, end) for t in gap)
        ):
            break
        end = seg.inner_end
    tail = _TAIL.match(text, end)  # '"did not meet the standards" required by law.'
    last = sent_end  # the sentence's last character that is not a space
    while last > end and text[last - 1].isspace():
        last -= 1
    if tail is None or tail.end() < last:
        return end
    words = cue.doc.char_span(tail.start(1), tail.end(1), alignment_mode="expand") or []
    finite = any(t.tag_ in {"VBD", "VBZ", "VBP", "CC", "MD"} for t in words)
    return end if finite else tail.end(1)  # not '"dead" and walked out': the writer's


#: Lower-case words after a closing mark that run to the sentence's end: the clause goes on.
_TAIL = re.compile(r'["”]((?:\s[a-z][\w\'’-]*)+)[.!?]')


def _new_predicate(tok: Token, start: int, end: int) -> bool:
    """A verb of saying, or a verb joined to one outside the statement ("... and endorsed")."""
    if tok.pos_ != "VERB":
        return False
    joined = tok.dep_ == "conj" and not start <= tok.head.idx < end
    return is_cue_verb(tok.lemma_.lower()) or joined
