"""Faiths, doctrines and parties' adjectives as groups: "converted to Islam", "embraced
Marxism" are NORP, as OntoNotes marks religious and political groups; so is the party
adjective before a chamber or its members ("[Republican] [Senate]", "[Labour] lawmakers");
a deity is a PERSON ("May God ...", "the god Thoth").

>>> faiths("She studied Buddhism.", [])
[(12, 20, 'NORP')]
"""

from __future__ import annotations

import re

from ..spans import Occupancy, Span, replace_with
from .gazetteer import demonym_place, place_kind

__all__ = ["deities", "faiths", "named_parties", "party_members"]

#: Labels a faith's name may wrongly carry.
_RELABEL = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE"})

#: The world religions' names.
_RELIGIONS = frozenset(
    "Islam Christianity Christendom Judaism Hinduism Buddhism Sikhism Jainism Taoism Shinto".split()
)
#: Faiths and doctrines: the world religions, and a capitalised "-ism" ("Marxism").
_FAITH = re.compile(r"\b(?:" + "|".join(sorted(_RELIGIONS)) + r"|[A-Z][a-z]{2,}ism)\b(?![-‑])")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its sentence or paragraph."""
    before = text[max(0, start - 6) : start].rstrip(" \"“”'’(")
    return not before or before[-1] in ".!?:\n"


def faiths(text: str, spans: list[Span]) -> list[Span]:
    """ "converted to Islam", "embraced Marxism": a faith or doctrine is NORP, as OntoNotes
    marks religious and political groups, whatever the model called it or if it saw nothing.

    >>> faiths("He embraced Marxism and Islam.", [(24, 29, "ORG")])
    [(12, 19, 'NORP'), (24, 29, 'NORP')]
    """
    found = {
        (m.start(), m.end())
        for m in _FAITH.finditer(text)
        if m.group() in _RELIGIONS or not _opens_sentence(text, m.start())
    }  # "Tourism accounts for half": a common noun, capitalised as a sentence's first word
    if not found:
        return spans
    exact = {(s, e) for s, e, _ in spans}
    taken = Occupancy(len(text), [sp for sp in spans if (sp[0], sp[1]) not in found])
    out = [
        (s, e, "NORP") if (s, e) in found and label in _RELABEL else (s, e, label)
        for s, e, label in spans
    ]
    out += [(s, e, "NORP") for s, e in sorted(found) if (s, e) not in exact and taken.free(s, e)]
    return sorted(out)


#: A party's adjective, then a chamber or a plural of its members.
_PARTY_BEFORE = re.compile(
    r"(Republican|Democratic|Democrat|Conservative|Labour|Liberal|Socialist|Communist) "
    r"(?:(Senate|House|Congress|Parliament|Assembly)|"
    r"(?:Representatives|Senators|Members|Lawmakers|Legislators|Leaders|Candidates|MPs))"
)


def party_members(text: str, spans: list[Span]) -> list[Span]:
    """ "Republican Senate", "Democratic Senators" read as one organisation: the party's
    adjective is NORP, and a chamber after it its own ORG (not "Republican Party").

    >>> party_members("The Republican Senate voted.", [(4, 21, "ORG")])
    [(4, 14, 'NORP'), (15, 21, 'ORG')]
    """
    out: list[Span] = []
    for s, e, label in spans:
        m = _PARTY_BEFORE.fullmatch(text, s, e) if label in {"ORG", "NORP"} else None
        if m is None:
            out.append((s, e, label))
            continue
        out.append((s, m.end(1), "NORP"))
        if m.group(2):
            out.append((m.start(2), e, "ORG"))
    return out


#: A capitalised word, then the plural a party's members go by: "the Free Democrats".
_PARTY_NAME = re.compile(
    r"\b([A-Z][a-z]+) (?:Democrats|Republicans|Liberals|Conservatives|Socialists|Greens|"
    r"Nationalists|Unionists|Progressives|Libertarians|Communists)\b"
)
#: First words that make no party's name: determiners, chambers, the two US parties' adjectives.
_NOT_PARTY = frozenset(
    "The A An All Many Most Some Several Other Both These Those Few No Fellow Young Old "
    "Senate House Congressional Parliamentary State Federal Local Party Republican Democratic "
    "Democrat".split()
)


def named_parties(text: str, spans: list[Span]) -> list[Span]:
    """ "ran for the Free Democrats": a capitalised word before the plural a party's members
    go by names the party, an ORG (the model reads "Democrats" alone, NORP). Where the pair
    opens a sentence the capital proves nothing, so it counts only if the article also writes
    it inside a sentence; a place or people before the plural keeps its own name ("Sweden
    Democrats", "Texas Republicans"), as do chambers and the parties' adjectives.

    >>> named_parties("She ran for the Free Democrats.", [(21, 30, "NORP")])
    [(16, 30, 'ORG')]
    """
    found = [m for m in _PARTY_NAME.finditer(text) if m.group(1) not in _NOT_PARTY]
    before = {m.start(): _word_before(text, m.start()) for m in found}
    inside = {m.group() for m in found if before[m.start()] in {"", "The"}}
    names = []
    for m in found:
        if m.group() not in inside or before[m.start()] not in {"", "The", "."}:
            continue  # not the end of a longer name ("Radical Left Democrats")
        if _a_place(m.group(1), m.start(), spans):
            continue  # "Sweden Democrats", "Texas Republicans", "Canadian Liberals"
        names.append((m.start(), m.end(), "ORG"))
    return sorted(replace_with(spans, names)) if names else spans


def _word_before(text: str, at: int) -> str:
    """The capitalised word right before ``at`` ("" after a small word, "." after a
    sentence's end or at the text's start)."""
    m = re.search(r"(\S+)\s+$", text[max(0, at - 30) : at])
    if m is None or m.group(1)[-1] in '.!?:"”)':
        return "."
    return m.group(1) if m.group(1)[:1].isupper() else ""


def _a_place(word: str, start: int, spans: list[Span]) -> bool:
    if place_kind(word) in {"continent", "country", "state", "region"}:
        return True
    if demonym_place(word + "s"):
        return True
    return any(s == start and label in {"GPE", "LOC"} for s, _, label in spans)


#: "God" (as a name, not "God of War"), "Allah", and a name after "the god" or "the goddess".
_DEITY = re.compile(
    r"(?<![A-Z]\w )\b(?:God|Allah)\b(?! (?:of|[A-Z]))|(?<=\bthe god )[A-Z]\w+|(?<=\bthe goddess )[A-Z]\w+"
)


def deities(text: str, spans: list[Span]) -> list[Span]:
    """ "a sacred gift from God", "the god Thoth": a deity is a PERSON, as OntoNotes marks
    gods; not inside a longer name ("Church of God", "God of War").

    >>> deities("May God protect them, and the god Tarn too.", [])
    [(4, 7, 'PERSON'), (34, 38, 'PERSON')]
    """
    found = [
        (m.start(), m.end(), "PERSON")
        for m in _DEITY.finditer(text)
        if not any(s <= m.start() and m.end() <= e and (s, e) != m.span() for s, e, _ in spans)
    ]
    return sorted(replace_with(spans, found)) if found else spans
