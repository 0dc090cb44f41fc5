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

__all__ = ["deities", "faiths", "party_members"]

#: Labels a faith's name may wrongly carry.
_RELABEL = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE"})

#: Faiths and doctrines: the world religions' names, and a capitalised "-ism" ("Marxism").
_FAITH = re.compile(
    r"\b(?:Islam|Christianity|Christendom|Judaism|Hinduism|Buddhism|Sikhism|Jainism|Taoism|"
    r"Shinto|[A-Z][a-z]{2,}ism)\b(?![-‑])"
)


def faiths(text: str, spans: list[Span]) -> list[Span]:
    """ "converted to Islam", "embraced Marxism": a faith or doctrine is NORP, as OntoNotes
    marks religious and political groups, whatever the model called it or if it saw nothing.

    >>> faiths("He embraced Marxism and Islam.", [(24, 29, "ORG")])
    [(12, 19, 'NORP'), (24, 29, 'NORP')]
    """
    found = {(m.start(), m.end()) for m in _FAITH.finditer(text)}
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
