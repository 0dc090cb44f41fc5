"""What a source says "in a statement that ...": the clause hung on the medium, not the verb;
and who said what a paper relays ("the Courier quoted Ana Ruiz as saying ...").

In "She announced in a letter that she would retire" the parser hangs the "that" clause on
"letter", as a clause of the noun ("a letter that she would retire") or as a relative clause
whose object is "that" ("a letter that she wrote"). When the noun is the medium the verb speaks
through (a statement, a letter, an interview, a post) and the clause is not one that makes or
sends the medium ("in a letter that she sent to staff"), the clause is what the verb reports.

>>> from newslab.quotes.media import medium_clause
>>> medium_clause.__name__
'medium_clause'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..lexicon import DOCUMENT_NOUNS, SPEECH_NOUNS
from .clauses import extent
from .nouns import Found
from .subjects import SUBJECTS, token_end

__all__ = ["MEDIUM_NOUNS", "THROUGH", "medium_clause", "relayed_speaker"]

#: Nouns a source speaks through, besides its documents ("in a statement", "in a letter").
MEDIUM_NOUNS = DOCUMENT_NOUNS | frozenset(SPEECH_NOUNS) | {
    "interview", "speech", "conference", "briefing", "email", "e-mail", "video", "broadcast",
    "blog", "column", "podcast", "address", "remark", "remarks", "testimony", "hearing",
    "op-ed", "editorial", "communique", "communiqué", "newsletter", "ruling", "judgment",
}  # fmt: skip
#: Prepositions that put the verb's words in a medium: "said in / during / through / via".
THROUGH = frozenset({"in", "during", "through", "via", "at", "on"})
#: Verbs of a relative clause that makes, sends or gets the medium itself: "a letter that she
#: wrote", "a statement that it released", "an interview that aired on Sunday".
_MAKING = frozenset(
    "write post send publish issue release give read sign deliver share file submit draft pen "
    "tweet upload receive see obtain leak prepare make email e-mail distribute circulate hold "
    "broadcast air record film conduct grant hear attend follow accompany appear "
    "precede open close begin end last".split()
)


def medium_clause(
    token: Token, lemma: str, subject: Token | None, children: list[Token]
) -> Iterator[Found]:
    """ "announced in a memo that she would step down": the clause the parser hung on "memo".

    Only for a verb with no clause of its own (the caller asks first)."""
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ not in THROUGH or prep.i < token.i:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() not in MEDIUM_NOUNS:
                continue
            for clause in noun.children:
                found = _reported(clause) or _after_participle(clause)
                if found is not None:
                    yield found, lemma, token, subject
                    return


def _reported(clause: Token) -> tuple[int, int] | None:
    """The reported words of a clause hung on a medium noun, or None for a true relative
    clause or a clause of another kind."""
    kids = list(clause.children)
    finite = clause.pos_ == "ADJ" and any(c.dep_ in {"aux", "auxpass"} for c in kids)
    if clause.i < clause.head.i or clause.pos_ not in {"VERB", "AUX"} and not finite:
        return None  # (an adjective with its "was" is a clause: 'that it was "appalled"')
    that = next((c for c in kids if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or not _next_to(clause.head, that):
        return None  # "a memo (to staff) that ...", not "a memo, which ..." nor "a memo she wrote"
    own_subject = [c for c in kids if c.dep_ in SUBJECTS and c.i > that.i]
    if clause.dep_ in {"acl", "ccomp", "appos"} and that.dep_ == "mark" and own_subject:
        return clause.doc[that.i + 1].idx, extent(clause)[1]
    if clause.dep_ == "relcl" and that.dep_ == "mark" and own_subject:  # "a memo that he
        if clause.lemma_.lower() not in _MAKING:  # would be on leave": read as a relative
            return clause.doc[that.i + 1].idx, extent(clause)[1]
    if clause.dep_ == "relcl" and that.dep_ in {"dobj", "nsubj"} and own_subject:
        if clause.lemma_.lower() in _MAKING:  # a "that" subject beside a subject: no relative
            return None  # "in a letter that she sent to staff"
        return own_subject[0].left_edge.idx, token_end(clause.right_edge)
    return None


def _after_participle(acl: Token) -> tuple[int, int] | None:
    """ "said in a report released on Monday that civilians were hurt": the "that" clause the
    parser hung on the participle that puts the medium out ("released", "issued"), which
    takes no such clause of its own."""
    if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in _MAKING:
        return None
    for clause in (c for c in acl.children if c.dep_ == "ccomp" and c.i > acl.i):
        kids = list(clause.children)
        that = next((k for k in kids if k.dep_ == "mark" and k.lower_ == "that"), None)
        if that is not None and any(k.dep_ in SUBJECTS and k.i > that.i for k in kids):
            return clause.doc[that.i + 1].idx, extent(clause)[1]
    return None


def _next_to(noun: Token, that: Token) -> bool:
    """ "that" right after the noun, or after the noun's own phrase ("a letter to staff that",
    "a statement issued in Velka that")."""
    own = [c for c in noun.children if c.dep_ == "prep" or c.dep_ == "acl" and c.tag_ == "VBN"]
    between = {t.i for c in own if c.i < that.i for t in c.subtree}
    return all(i in between for i in range(noun.i + 1, that.i))


def relayed_speaker(token: Token) -> Token | None:
    """ "the Courier quoted Ana Ruiz as saying ...": the one quoted, who said the words, not the
    paper that relays them; None for any other use of the verb."""
    if token.lemma_.lower() not in {"quote", "cite"}:
        return None
    quoted = next((c for c in token.children if c.dep_ == "dobj"), None)
    as_saying = any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(
            g.tag_ == "VBG" and g.lemma_ in {"say", "tell", "state", "write"} for g in c.children
        )
        for c in token.children
    )
    return quoted if quoted is not None and as_saying else None
