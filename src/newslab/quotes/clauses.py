"""How far a reported clause goes, and what "according to" reports.

A clause reported by a cue is the subtree of its head without "that", without a relative
clause set off by a comma, without a second attribution joined by "and" ("... and underlined
that ...") and without what the writer adds (", though it was later found ...").

>>> WINDOW
200
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..entities.of_and_names import particle_tail
from ..lexicon import TITLES
from ..nlp import doc_text, sentence_of
from .clause_ends import (
    contrasted_source,
    counted,
    infinitive,
    leading_when,
    second_cue,
    that_misread,
    writers_aside,
)
from .parted import interrupted
from .relatives import describes_now
from .subjects import SUBJECTS, token_end
from .verbs import is_cue_verb, is_speech_verb

__all__ = ["WINDOW", "according_to", "extent", "infinitive"]

#: The most tokens a reported clause is read over (a longer one is cut there): keeps the cost
#: of a cue bounded in sentences thousands of words long.
WINDOW = 200
_AFTER_ARGS = frozenset({"attr", "acomp", "dobj", "prep", "advmod", "oprd", "xcomp", "npadvmod"})


def according_to(token: Token, sent: Span, *, prep: Token | None = None):
    """ "According to X, ..." (or "Per X, ...") reports the rest of the sentence;
    "..., according to X" the part before; "One child was, according to X, among the dead"
    all of it. ``prep`` is the preposition whose object is the source ("to", or "Per")."""
    to = prep if prep is not None else token.nbor()
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return
    text = doc_text(token.doc)
    phrase_start = token.idx  # "According to La Gazzetta dello Sport": the name whole
    phrase_end = particle_tail(text, token_end(source.right_edge))
    clause = next((c for c in source.children if _bare_clause(c)), None)
    if clause is not None:  # "according to the organisers it arrived": a clause, not a relative
        phrase_end = token_end(token.doc[clause.left_edge.i - 1])
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    subject = subjects[0] if subjects else None
    if len(subjects) > 1 and _apposition_after(text, source, subjects[0]):
        source, subject = subjects[0], subjects[-1]  # "According to the mayor, Ana Ruiz, police
        phrase_end = token_end(source.right_edge)  # were ...": the name is the mayor's
    named = _name_after(source, phrase_end)
    if named is not None:  # "According to the mayor, Ana Ruiz, police were ...", misparsed
        source, phrase_end = named, token_end(named)
        subject = subject if subject is None or subject.idx > phrase_end else None
    if subject is not None and phrase_start < subject.left_edge.idx < phrase_end:
        phrase_end = subject.left_edge.idx  # the source's phrase swallowed the main subject
    elif subject is None and (appos := _appos_in_relative(source)) is not None:
        phrase_end = appos.left_edge.idx  # "According to X, which reported the cut, Ana's
        # firm, Kestrel, is ...": the parser set the main subject beside the relative's object
    elif subject is None and (
        phrase_start < root.idx < phrase_end or source.right_edge.i == root.i - 1
    ):
        commas = [t for t in token.doc[to.i : root.i] if t.text == ","]
        if commas:  # "According to a post by X, director of Y, the tusk came from ..."
            phrase_end = commas[-1].idx + 1
    if not any(ch.isalnum() for ch in text[phrase_end : sent.end_char]):
        # "according to Turkey, supportive of the PKK": the source swallowed the statement
        comma = next((t for t in token.doc[source.i : sent.end] if t.text == ","), None)
        phrase_end = comma.idx + 1 if comma is not None else phrase_end
    semicolon = text.rfind("; ", sent.start_char, phrase_start)  # "A, according to X; B ..."
    first = sent.start_char if semicolon == -1 else semicolon + 2
    joined = text[max(sent.start_char, phrase_start - 6) : phrase_start].rstrip()
    if phrase_start <= first + 1 or joined.endswith(
        ("and,", "but,", "or,", " and", " but")
    ):  # "According to X, ..."; "..., largely Kurdish and, according to X, supportive of Y";
        # "She left at noon and according to X she arrived at dusk": the second clause
        end = _clause_end(text, phrase_end, sent.end_char)
        if root.idx >= phrase_end:  # without the writer's ", which ..." or ", meaning ..."
            end = min(end, extent(root)[1])
        yield (phrase_end, end), "according to", token, source
        return
    opener = interrupted(token, source)
    if opener is not None:  # "including, according to X, 54 children": the phrase it parts
        whole = opener.pos_ == "AUX" or (opener.pos_ == "VERB" and opener.tag_ != "VBG")
        start = first if whole else opener.idx  # "was, according to X, among": the sentence
        yield (start, _clause_end(text, phrase_end, sent.end_char)), "according to", token, source
        return
    head = token.head if token.head.pos_ in {"VERB", "AUX"} else sent.root
    if head.tag_ == "VBG" and head.dep_ in {"advcl", "acl"}:
        head = sent.root  # "Rescuers, working in the cold, according to X recovered ..."
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if (
        is_cue_verb(head.lemma_.lower())
        and subject is not None
        and subject.i < token.i < head.i
        and any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in head.children)
    ):
        return  # "Witnesses, according to X, said ...": the witnesses' statement, relayed
        # ("Officials, according to X, have noted unusual data" says nothing of its own)
    inserted = text[phrase_end : phrase_end + 2].strip().startswith(",")
    after = [  # and what the parser hung on "according" set off by commas: "was, according
        t  # to X, among the dead"
        for h in ((head, token) if inserted else (head,))
        for c in h.children
        if c.dep_ in _AFTER_ARGS and c.idx >= phrase_end and c != to
        for t in c.subtree
    ]
    end = max((token_end(t) for t in after), default=phrase_start)
    set_off = inserted and text[phrase_start - 2 : phrase_start] == ", "
    relative = re.match(r",\s*(?:who|which|whose|where)\b", text[phrase_end : phrase_end + 12])
    if set_off and not relative and head.i > token.i:  # "Since X, according to Y, four
        end = max(end, token_end(head.right_edge))  # planets were found": the clause goes on
    if clause is not None:  # the clause the parser hung on the source is the sentence's own
        end = max(end, token_end(clause.right_edge))
    if (
        inserted
        and not set_off
        and any(c.dep_ in SUBJECTS and c.idx >= phrase_end for c in head.children)
    ):
        end = phrase_start  # "Magnitude 6 according to X, it was put at 6.4 by Y": what's before
    yield (first, _clause_end(text, first, end)), "according to", token, source


def _name_after(source: Token, end: int) -> Token | None:
    """The last word of a name set between commas right after a person's title that ends
    at ``end`` ("the mayor, [Ana Ruiz], police said"), where the parser did not make it the
    title's apposition."""
    doc = source.doc
    if source.lower_ not in TITLES or end + 2 >= len(doc_text(doc)):
        return None
    first = next((t for t in doc[source.i + 1 : source.i + 4] if t.idx == end + 2), None)
    if first is None or doc[first.i - 1].text != "," or first.head.i == source.i:
        return None
    last = first
    while last.pos_ == "PROPN" and last.is_title and last.i - first.i < 3:
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.text == ",":
            return last if last.i > first.i else None  # a given name and a surname at least
        if nxt is None:
            return None
        last = nxt
    return None


def _appos_in_relative(source: Token) -> Token | None:
    """The first apposition hung on the object of a relative clause on ``source``."""
    relcl = next((c for c in source.children if c.dep_ == "relcl"), None)
    if relcl is None:
        return None
    return next((t for t in relcl.subtree if t.dep_ == "appos" and t.head.i > relcl.i), None)


def _apposition_after(text: str, source: Token, name: Token) -> bool:
    """True when ``name`` stands between commas right after the source's phrase, as a name
    set beside it does ("the mayor, Ana Ruiz,"), and is a proper name."""
    gap = text[token_end(source.right_edge) : name.left_edge.idx]
    after = text[token_end(name.right_edge) : token_end(name.right_edge) + 1]
    return gap.strip() == "," and after == "," and name.tag_ in {"NNP", "NNPS"}


def _bare_clause(tok: Token) -> bool:
    """A "relative clause" with no relative word, whose subject is a pronoun or a name: the
    parser's reading of a new clause after a noun ("... the organisers it arrived"), when
    nothing but punctuation follows it ("the people he met, the plan ..." is a relative)."""
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
    rest = tok.doc[tok.right_edge.i + 1 : sentence_of(tok).end]
    if tok.dep_ not in {"relcl", "acl"} or not all(t.is_punct for t in rest):
        return False
    if subject is None:  # "Rescuers, ..., according to the ministry recovered ten survivors"
        return tok.tag_ == "VBD" and tok.i == tok.left_edge.i  # (a relative or, past, an acl)
    if tok.dep_ == "acl":
        return False
    return subject.i == tok.left_edge.i and subject.tag_ in {"PRP", "NNP", "NNPS"}


def _clause_end(text: str, start: int, end: int) -> int:
    """A reported clause stops before "; " or ", but ": what follows is the writer's; and
    before a colon that opens a quotation (': "...'), a statement of its own."""
    cuts = [text.find(sep, start, end) for sep in ("; ", ", but ", ': "', ": “")]
    cuts = [c for c in cuts if c != -1]
    return min(cuts) if cuts else end


def extent(head: Token) -> tuple[int, int]:
    """The reported clause headed by ``head``: without "that", without a relative clause
    set off by a comma, and without a second reporting verb joined by "and". spaCy's trees
    are projective, so the clause is the run of tokens between the head's edges; only
    ``WINDOW`` tokens either side are read, so a cue costs the same in any sentence."""
    doc = head.doc
    lo, hi = max(head.left_edge.i, head.i - WINDOW), min(head.right_edge.i, head.i + WINDOW)
    left_cut, right_cut = lo - 1, hi + 1  # the nearest cut token on each side of the head
    for tok in doc[lo : hi + 1]:
        dep = tok.dep_
        if tok.text == ";" and tok.i < head.i and _attributes(head, tok):
            right_cut = tok.i  # "said X was 4.1; the centre said 4.4", parsed as one clause
            break
        if tok.text == ";" and _attribution_after(tok):
            left_cut, right_cut = _cut_at(tok.i, head.i, left_cut, right_cut)
        if dep not in _MAY_CUT or tok.i == head.i or tok.is_ancestor(head):
            continue
        own_attribution = (
            (  # "... and underlined that ...", "..., saying ..."
                dep in {"conj", "advcl"}
                and is_speech_verb(tok.lemma_.lower())
                and not counted(tok)
                and (tok.tag_ == "VBG" or any(c.dep_ == "ccomp" for c in tok.children))
            )
            or second_cue(tok)
            or contrasted_source(tok)
        )
        own_attribution = own_attribution or (tok.head.i == head.i and writers_aside(tok, head))
        edge = tok.left_edge.i
        trailing = dep == "relcl" and tok.i > head.i and edge > 0 and doc[edge - 1].text == ","
        noun = tok.head  # not inside a subject: "gas, which leaks often, was the cause"
        trailing = trailing and not (noun.dep_ in SUBJECTS and noun.head.i > tok.right_edge.i)
        trailing = trailing and not describes_now(tok)
        if trailing or own_attribution:  # ", which ..." after the clause's verb is the writer's
            cut = [edge, tok.right_edge.i]
            cut += [c.i for c in tok.children if c.dep_ in {"cc", "mark"} and c.i < tok.i]
            if dep == "conj":
                cut += [c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]
            for i in cut:
                left_cut, right_cut = _cut_at(i, head.i, left_cut, right_cut)
    first, last = left_cut + 1, right_cut - 1
    mark = next((c.i for c in head.children if c.dep_ == "mark" and c.lower_ == "that"), head.i)
    first = mark + 1 if first < mark < head.i else first  # "and, to our surprise, that ..."
    while first <= last and (
        (
            doc[first].lower_ == "that"
            and (doc[first].dep_ in {"mark", "dobj"} or doc[first].pos_ == "SCONJ")
            and first < head.i
        )
        or that_misread(doc[first], head)
        or doc[first].is_punct
        or (doc[first].tag_ in {"WDT", "WP"} and doc[first].dep_ in SUBJECTS)
    ):
        first += 1
    first = leading_when(head, first)
    while last > first and last != head.i and doc[last].lower_ in _COORDINATORS | {","}:
        last -= 1  # "was contingent on it but [denied ...]": the cut verb's "but" goes with it
    clock = last + 1 + (last + 2 < len(doc) and doc[last + 1].like_num)  # "at 7 a.m."
    if clock < len(doc) and doc[clock].lower_ in {"a.m.", "p.m."}:
        last = clock  # "at 11:20 a.m.", the parser's punctuation: the clock time's own words
    return (doc[first].idx, token_end(doc[last])) if first <= last else (head.idx, head.idx)


#: Words that join two clauses, never the last word of a reported one.
_COORDINATORS = frozenset({"and", "but", "or", "nor", "yet"})


def _attribution_after(semicolon: Token) -> bool:
    """ "reported the magnitude was 5.5; the survey reported 5.8": after the semicolon, a
    cue verb with a subject of its own opens another statement."""
    sent_end = sentence_of(semicolon).end
    return any(
        _attributes(t, semicolon)
        for t in semicolon.doc[semicolon.i + 1 : min(sent_end, semicolon.i + WINDOW)]
    )


def _attributes(verb: Token, semicolon: Token) -> bool:
    """A cue verb with its subject after the semicolon."""
    return is_cue_verb(verb.lemma_.lower()) and any(
        c.dep_ in SUBJECTS and c.i > semicolon.i for c in verb.children
    )


def _cut_at(i: int, head: int, left: int, right: int) -> tuple[int, int]:
    """The nearest cuts either side of the head, with a cut at token ``i`` added."""
    return (
        (max(left, i), right) if i < head else (left, min(right, i)) if i > head else (left, right)
    )


#: The dependencies that can end a reported clause early.
_MAY_CUT = frozenset({"conj", "advcl", "relcl", "prep"})
