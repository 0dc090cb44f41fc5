"""Titles and places written together: "[Archbishop of Canterbury]" is a title and a place,
"[Mayor of Tallinn Ana Sol]" a place and a person after a title, and the given names the
model leaves between a title's place and a person ("Governor of Kestrel [Ana] Sol"); and a
department's word inside a title, which is no organisation ("Defence Secretary", "Supreme
Leader", "National Security Adviser", "Secretary of Transportation").

>>> title_of_place("the Mayor of Tallinn spoke", [(4, 20, "PERSON")])
[(13, 20, 'GPE')]
"""

from __future__ import annotations

import re

from ..lexicon import (
    FAC_WORDS,
    FAMILY_NOUNS,
    GPE_WORDS,
    LOC_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_TITLES,
    TITLES,
)
from ..spans import NAME_LABELS, Span
from .gazetteer import place_kind, place_label
from .people import given_names

__all__ = [
    "apposed_people",
    "given_name_after_place",
    "place_before_person",
    "title_of_place",
    "titles_departments",
]

_WORD = r"[A-Z][^\W\d_]*(?:[-'’][A-Za-z][^\W\d_]*)*"
#: A title before "of"/"from": its last word, or the word before ("Chief Executive of").
_TITLE_OF = re.compile(r"\b(?:(\w+)\s+)?(\w+)\s+(?:of|from|to)\s+(?:the\s+)?$")


def _is_title(m: re.Match[str] | None) -> bool:
    return bool(m) and any((w or "").lower() in TITLES for w in m.groups())  # type: ignore[union-attr]


def title_of_place(text: str, spans: list[Span]) -> list[Span]:
    """ "[Archbishop of Canterbury]" as one span: the title goes outside and the place is a
    place ("Archbishop of [Canterbury]", "Mayor of [Tallinn]")."""
    out: list[Span] = []
    for start, end, label in spans:
        m = _TITLE_THEN_PLACE.fullmatch(text, start, end) if label in NAME_LABELS else None
        titles = m.group(1).lower().split() if m else []
        place = m.group(2) if m else ""
        if (
            m
            and all(t in TITLES for t in titles)
            and titles[-1] in PERSON_TITLES
            and place_kind(place)
        ):
            out.append((m.start(2), end, place_label(place) or "GPE"))
        else:
            out.append((start, end, label))
    return out


#: A place, a comma and a name of two or three words: "Tarnia, Hage Quillon".
_PLACE_COMMA_NAME = re.compile(rf"((?:{_WORD} )*{_WORD}), ({_WORD}(?: {_WORD}){{1,2}})")
_TITLE_THEN_PLACE = re.compile(r"((?:[A-Z][\w.-]* ){1,3})of (?:the )?([A-Z].*)")


def place_before_person(text: str, spans: list[Span]) -> list[Span]:
    """ "Senator from [Vermont Bernie Sanders]", "First Minister of [Scotland Nicola
    Sturgeon]": after a title and "of"/"from"/"to", a known place and a name are two entities;
    so are an organisation and a name ("director of [Kestrel Foundation Ana Sol]", "Ambassador
    to the [United Nations Ana Sol]")."""
    out: list[Span] = []
    for start, end, label in spans:
        words = text[start:end].split(" ")
        title = _TITLE_OF.search(text[max(0, start - 40) : start])
        m = _PLACE_COMMA_NAME.fullmatch(text, start, end)
        if m and label in {"ORG", "PERSON", "GPE", "FAC"} and _is_title(title):
            # "president of [Tarnia, Hage Quillon]": the place, then the person in apposition
            place = m.group(1)
            kind = "ORG" if place.split()[-1].lower() in ORG_HEADS | ORG_WORDS else "GPE"
            out += [(start, m.end(1), place_label(place) or kind), (m.start(2), end, "PERSON")]
            continue
        if label in {"ORG", "PERSON", "GPE", "NORP"} and len(words) >= 3 and title:
            if _is_title(title):
                split, first = _place_prefix(words), "GPE"
                if not split:
                    split, first = _org_prefix(words), "ORG"
                if split:
                    cut = start + len(" ".join(words[:split]))
                    out += [(start, cut, first), (cut + 1, end, "PERSON")]
                    continue
        out.append((start, end, label))
    return out


def given_name_after_place(text: str, spans: list[Span]) -> list[Span]:
    """ "Mayor of London" + " Sadiq" + "Khan": between a title's place and a PERSON, the
    capitalised words left out are the person's given names; a name of two or three words
    set between commas after a title's body or place is the person who holds it."""
    out = sorted(spans)
    for i in range(1, len(out)):
        (ps, pe, plabel), (s, e, label) = out[i - 1], out[i]
        title = _TITLE_OF.search(text[max(0, ps - 40) : ps])
        gap = text[pe:s]
        if (
            label == "PERSON"
            and plabel == "GPE"
            and _is_title(title)
            and re.fullmatch(r"(?: " + _WORD + r")+ ", gap)
        ):
            out[i] = (pe + 1, e, "PERSON")
        elif (
            label in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}
            and plabel in {"ORG", "GPE"}
            and _is_title(title)
            and gap == ", "
            and text[e : e + 1] == ","
            and _APPOSED_NAME.fullmatch(text, s, e)
            and text[s:e].split()[-1].lower() not in _NOT_A_NAME
        ):  # "the director of the Kestrel Institute, [Ama Sefton],"
            out[i] = (s, e, "PERSON")
    return out


_APPOSED_NAME = re.compile(rf"{_WORD}(?: {_WORD}){{1,2}}")


def _org_prefix(words: list[str]) -> int | None:
    """ "director of [Kestrel Foundation Ana Sol]": how many first words are an organisation's
    name (its last word a head such as "Foundation", "International"), leaving a person's name."""
    for k in range(len(words) - 2, 0, -1):
        rest = words[k:]
        if k == 1 and words[0].lower() not in _CHAMBERS:
            continue  # one word is a body only as a chamber: "Speaker of the [House] Ana Sol"
        if (
            words[k - 1].lower() in _ORG_ENDS
            and all(re.fullmatch(_WORD, w) for w in rest)
            and rest[-1].lower() not in _NOT_A_NAME
        ):
            return k
    return None


def _place_prefix(words: list[str]) -> int | None:
    """How many first words are a place, leaving a person's name of two words or more."""
    for k in range(len(words) - 2, 0, -1):
        rest = words[k:]
        if (
            place_kind(" ".join(words[:k])) not in {None, "town"}
            and all(re.fullmatch(_WORD, w) for w in rest)
            and not place_kind(" ".join(rest))
            and rest[-1].lower() not in _NOT_A_NAME  # "of San" + "Bernardino County"
        ):
            return k
    return None


#: Chambers a title names its holder by ("Speaker of the House Ana Sol").
_CHAMBERS = frozenset({"house", "senate", "assembly", "parliament", "congress"})
_NOT_A_NAME = ORG_WORDS | ORG_HEADS | GPE_WORDS | FAC_WORDS | LOC_WORDS
_ORG_ENDS = ORG_WORDS | ORG_HEADS | {"international", "nations", "union"} | _CHAMBERS


_AFTER_TITLE = re.compile(r"\b([a-z]+), $")


def apposed_people(text: str, spans: list[Span]) -> list[Span]:
    """A name of two or three words set between commas right after a person's title in lower
    case is that person: "the federation's president, [Hage Quillon], told reporters" (the
    model often reads a body), and so is a given name alone after a family noun ("his wife,
    [Marta],"); not a body's name ("its owner, Kestrel Holdings,").

    >>> apposed_people("its president, Hage Quillon, said", [(15, 27, "ORG")])
    [(15, 27, 'PERSON')]
    """
    out: list[Span] = []
    for s, e, label in spans:
        m = _AFTER_TITLE.search(text, max(0, s - 30), s)
        misread = label in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP", "GPE"}
        if not (m and misread and text[e : e + 1] == ","):
            out.append((s, e, label))
            continue
        name = text[s:e]
        if (
            m.group(1) in TITLES
            and _APPOSED_NAME.fullmatch(name)
            and name.split()[-1].lower() not in _NOT_A_NAME
            and not place_kind(name)
        ) or (m.group(1) in FAMILY_NOUNS and name.lower() in given_names()):
            label = "PERSON"  # "his wife, Marta,": a given name alone after a family noun
        out.append((s, e, label))
    return out


def titles_departments(text: str, spans: list[Span]) -> list[Span]:
    """ "Commerce Secretary Ana Ruiz", "the Supreme Leader", "Secretary of Transportation":
    a department's word or two inside a title is part of the title, no organisation (an
    acronym or a body's full name stays: "NATO Secretary General", "Kestrel Institute
    director").

    >>> titles_departments("Commerce Secretary Ana Sol", [(0, 8, "ORG"), (19, 26, "PERSON")])
    [(19, 26, 'PERSON')]
    """
    return [
        (s, e, label)
        for s, e, label in spans
        if not (
            label == "ORG"
            and len(text[s:e].split()) <= 2
            and not any(w.isupper() for w in text[s:e].split())
            and text[s:e].rsplit(" ", 1)[-1].lower() not in ORG_HEADS
            and (
                _TITLE_AFTER.match(text, e)
                or _TITLE_AFTER.search(text, s - 1, e)  # "the Supreme Leader" as one ORG
                or " " not in text[s:e]
                and _TITLE_OF_BEFORE.search(text, max(0, s - 20), s)
            )
        )
    ]


_TITLE_WORDS = r"Secretary|Minister|Leader|Spokes(?:person|man|woman)|Advis[eo]r|Commissioner"
_TITLE_AFTER = re.compile(rf" (?:{_TITLE_WORDS})\b")
_TITLE_OF_BEFORE = re.compile(r"\b(?:Secretary|Minister) of (?:the )?$")
