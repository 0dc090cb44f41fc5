"""Small helpers on the text of a source's phrase: where it ends, what it leaves out, and
whether it names one unnamed person.

>>> same_name("the BBC", "BBC")
True
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..lexicon import DOCUMENT_NOUNS, INSTITUTION_NOUNS, NAME_PARTICLES, TITLES
from ..person_nouns import is_person_noun
from .verbs import is_cue_verb

__all__ = [
    "apposed_to",
    "et_al",
    "personal",
    "phrase_span",
    "same_name",
    "without_asides",
    "without_brackets",
    "without_trailing_words",
    "whole_of",
]

_ASIDE = re.compile(r"\s*\([^()]*(?:\)|$)")
#: "of Lyon in France": where a named body is, after its name and before "and" or the end.
_WHERE = re.compile(r"(?<=\S )([A-Z][\w.]*) in (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)*)(?= and |$)")
_FUNCTION_END = re.compile(
    r"(?:[\s,;:]+(?:and|or|of|the|a|an|to|for|with|by|at|from|in|on|but)\b)*[\s,;:—–-]*$", re.I
)


_NP_RIGHT = frozenset({"prep", "compound", "conj", "cc", "nummod", "amod", "pobj", "case"})
#: Prepositions that stay inside a source's phrase ("officials from the ministry").
_NP_PREPS = frozenset({"of", "from", "for", "with", "at", "in", "familiar", "close", "within"})


def phrase_span(text: str, head: Token) -> tuple[int, int]:
    """The noun phrase of ``head`` as written, without appositions or relative clauses.

    >>> from newslab.nlp import load_nlp  # doctest: +SKIP
    >>> doc = load_nlp()("The mayor of Tarnby, Ana Ruiz, said so.")  # doctest: +SKIP
    >>> doc.text[slice(*phrase_span(doc.text, doc[1]))]  # doctest: +SKIP
    'The mayor of Tarnby'
    """
    start = head.left_edge.idx
    end = head.idx + len(head.text)
    edge, doc = head.left_edge.i, head.doc
    if (edge > 0 and doc[edge - 1].pos_ in {"AUX", "VERB"}) or any(
        t.pos_ == "AUX" or t.tag_ in {"VBD", "VBZ", "VBP"} for t in doc[edge : head.i]
    ):  # "was closed and local police warned", "The hotel was evacuated and police
        cc = [t for t in doc[edge : head.i] if t.dep_ == "cc"]  # warned": the parser
        if cc:  # made the clause before "and" part of the phrase
            start = doc[cc[-1].i + 1].idx
    for child in head.rights:
        if (
            child.dep_ == "acl"
            and child.tag_ in {"VBG", "VBN"}
            and "," not in text[end : child.idx]
            and (
                not is_cue_verb(child.lemma_.lower())  # "a story alleging X" is a claim
                or child.tag_ == "VBN"
                and head.lemma_.lower() in DOCUMENT_NOUNS
            )  # but "a statement posted online" is where the statement stands
            and not _finite_misread(text, child)
        ):  # "officials studying X", "facts heard in court"
            end = child.right_edge.idx + len(child.right_edge.text)
            continue
        if (  # "the protesters the paper interviewed said": a subject's relative with no
            head.dep_ == "nsubj"  # "who" or comma (not "according to X it arrived")
            and child.dep_ in {"acl", "relcl"}
            and child.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
            and "," not in text[end : child.idx]
            and any(c.dep_ == "nsubj" and c.i < child.i for c in child.children)
            and child.left_edge.tag_ not in {"WP", "WDT", "WRB", "IN"}
        ):
            end = child.right_edge.idx + len(child.right_edge.text)
            continue
        if child.dep_ == "advmod" and child.lower_ in {"there", "here", "nearby", "locally"}:
            end = child.idx + len(child.text)  # "Residents there"
            continue
        if (
            child.dep_ not in _NP_RIGHT
            or "," in text[end : child.idx]
            or "(" in text[end : child.idx + 1]
        ):
            break
        if child.dep_ == "prep" and child.lower_ not in _NP_PREPS:
            break
        if child.dep_ == "case" and head.dep_ == "poss":
            break  # "the mayor's warning that ...": the source is "the mayor"
        end = _end_before_asides(text, child)
    if head.lemma_.lower() in DOCUMENT_NOUNS:  # "A study published in the journal [Science]":
        end = next(  # the journal's name, which the parser made a second subject
            (
                c.right_edge.idx + len(c.right_edge.text)
                for c in head.head.children
                if c.dep_ == "nsubj" and c.i != head.i and c.left_edge.idx == end + 1
            ),
            end,
        )
    if et_al(head) and head.lower_ != "al":  # "Petrović et al": the name and its co-authors
        al = doc[head.i + 2]
        end = max(end, al.idx + len(al.text.rstrip(".")))
    if et_al(head) and head.lower_ == "al":
        first = head.i - 2  # "Stamenković et al", parsed with "al" as the subject
        while (
            first > 0
            and doc[first - 1].is_alpha
            and (doc[first - 1].text[:1].isupper() or doc[first - 1].lower_ in NAME_PARTICLES)
        ):
            first -= 1
        start = min(start, doc[first].idx)
    start = min(start, head.idx)
    if start > 1 and text[start - 1] in "-‐" and text[start - 2].isalnum():
        before = doc.char_span(start - 2, start - 1, alignment_mode="expand")
        if before is not None:  # "The co-chair", parsed as "co" and "chair" apart
            start = before[0].left_edge.idx
    hyphened = re.match(r"[-‐][\w-]*\w", text[end : end + 30])
    if hyphened:  # "study co-author", parsed as "co" with "-author" hanging elsewhere
        end += hyphened.end()
    while start < end and (text[start] in "“\"'‘(" or text[start].isspace()):
        start += 1
    return start, without_trailing_words(text, start, end)


def _end_before_asides(text: str, child: Token) -> int:
    """Where ``child``'s words end, before any aside set off by a comma inside them: "The
    governor of Tarnia[, a state on the coast]", "The account for Kestrel Radio[, which
    replaced ...]"."""
    for tok in child.subtree:
        if (
            tok.i > child.i
            and tok.dep_ in {"appos", "relcl", "acl", "advcl"}
            and text[max(0, tok.left_edge.idx - 3) : tok.left_edge.idx].rstrip().endswith(",")
            and not (tok.ent_type_ == "GPE" and tok.head.ent_type_ == "GPE")  # "Baytown, Texas"
        ):
            last = tok.doc[tok.left_edge.i - 1]  # the comma; the phrase ends before it
            return last.idx
    return child.right_edge.idx + len(child.right_edge.text)


def _finite_misread(text: str, verb: Token) -> bool:
    """A participle the parser hung on a noun that is the sentence's own verb: "the company
    invested in X and started Y", "An eyewitness described for a news agency: ..."."""
    after = text[verb.right_edge.idx + len(verb.right_edge.text) :].lstrip()[:1]
    return after == ":" or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children)


def et_al(token: Token) -> bool:
    """True for an author's name written with "et al" after it, or for that "al": a name and
    its co-authors ("Petrović et al", "Okafor et al."), however the parser read it."""
    doc, i = token.doc, token.i
    if token.lower_ == "al":
        return i >= 2 and doc[i - 1].lower_ == "et"
    return i + 2 < len(doc) and doc[i + 1].lower_ == "et" and doc[i + 2].lower_ in {"al", "al."}


def personal(head: Token) -> bool:
    """A phrase that names one unnamed person: "the head of the investigators", "a nurse"."""
    lemma = head.lemma_.lower()
    if lemma == "one" and any(c.lower_ == "of" for c in head.children):
        return True  # "One of the children"
    if head.tag_ != "NN" or lemma in DOCUMENT_NOUNS or lemma in INSTITUTION_NOUNS:
        return False
    return (
        lemma in TITLES
        or is_person_noun(lemma)  # WordNet: "nurse", "witness", "colleague"
        or lemma in {"head", "woman", "man", "person", "mother", "father"}
        or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee"))
        and not lemma.endswith(("ment", "aster"))  # "the agreement", "the disaster"
        and lemma not in _THINGS
    )


#: Common nouns of things and events with a person's ending: "the incident occurred".
_THINGS = frozenset(
    "incident accident event ingredient fever paper power river border order number matter "
    "error sector factor floor door motor tumor tumour corridor plant restaurant list "
    "committee weather cancer tower shelter chapter water winter summer computer".split()
)


def without_trailing_words(text: str, start: int, end: int) -> int:
    """ "The Center for Biological Diversity and" -> "The Center for Biological Diversity";
    "Police in Dayton, Ohio," -> "Police in Dayton, Ohio" (no punctuation at the end either)."""
    m = _FUNCTION_END.search(text, start, end)
    return m.start() if m and m.start() > start else end


def without_brackets(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Transport for London (TfL)" -> "Transport for London"."""
    start, end = span
    m = re.search(r"\s*\([^()]*\)\s*$", text[start:end])
    return (start, start + m.start()) if m and m.start() > 0 else span


def without_asides(phrase: str, places: frozenset[str] = frozenset()) -> str:
    """A source's name without a bracketed short name, nor the place (one of ``places``)
    a named body is in.

    >>> without_asides("engineers from Lund University (LU) in Sweden", frozenset({"Sweden"}))
    'engineers from Lund University'
    >>> without_asides("(LU)")
    '(LU)'
    """

    def where(m: re.Match[str]) -> str:
        return m.group(1) if m.group(2) in places else m.group(0)

    return _WHERE.sub(where, _ASIDE.sub("", phrase)).strip() or phrase


def same_name(phrase: str, name: str) -> bool:
    p = phrase.lower().removeprefix("the ").strip()
    return p == name.lower() or p.rstrip("’'s") == name.lower()


#: Words that name a part of a document: "Part of the judge's statement reads ...".
_PARTS = frozenset("part parts some much section sections portion portions passage excerpt".split())


def whole_of(head: Token) -> Token:
    """The noun a part is taken from ("Part of [the judge's statement]"), else ``head``."""
    if head.lower_ not in _PARTS:
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None else head


def apposed_to(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is an apposition in ``head``'s own phrase ("The Vice President, [Mike
    Pence]", "One of the study's authors, [David Ruiz]"), not in a clause inside it ("The
    Courier, which reported the cut, Aerion's customer, [Skylink Savrin]")."""
    if tok.dep_ != "appos":
        return False
    if tok.head.lemma_.lower() == "name" and tok.head.i < tok.i:  # "who gave only her first
        return tok.is_ancestor(head) or head.is_ancestor(tok)  # name, [Salimata],": hers
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in {"relcl", "acl", "advcl", "ccomp", "dobj"}:
            return False
        tok = tok.head
    return tok.i == head.i
