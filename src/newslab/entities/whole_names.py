"""A person's name the model cut, made whole: the given name it left out before a surname
("Arnel [dela Vega]"), the surname it left out after a given name ("[Graciano] Mijares"), a
particle or a "Jr." after it ("[Valéry Giscard] d'Estaing").

>>> whole_names("Then Ada Quist and Nils Brekke came.", [(9, 14, "PERSON"), (19, 23, "PERSON")])
[(5, 14, 'PERSON'), (19, 30, 'PERSON')]
"""

from __future__ import annotations

import re

from ..lexicon import PERSON_TITLES, TITLES
from ..spans import Occupancy, Span
from .gazetteer import place_kind
from .given import given_names
from .people import _HEADS, _NOT_NAMES, _PARTICLES, GIVEN, _given, lower_case_words

__all__ = ["whole_names"]

_BEFORE = re.compile(r"(?:(?<=[\s(\"“])|^)([A-Z][^\W\d_]+) $")
_AFTER = re.compile(r" ([A-Z][^\W\d_A-Z]+)(?=[\s,.;:)]|['’]s\b|$)")


#: A hyphenated given name written after the surname ("Yu Hoi-kwan", "Lam Yuet-ngor"): the
#: English given name before it is the same person's ("Yolanda [Yu Hoi-kwan]").
_CANTONESE = re.compile(r"[A-Z][a-z]+-[a-z]+")


def whole_names(text: str, spans: list[Span]) -> list[Span]:
    """A person's name the model cut is made whole: the given name it left out before a
    surname ("Arnel [dela Vega]", "Ana [Ruiz Soto]"), and the surname it left out after a
    given name ("[Graciano] Mijares"); an English given name before a Cantonese name ("Yolanda
    [Yu Hoi-kwan]"). A one-word organisation after a given name is that
    person's surname ("an attendee Om [Prakash]").

    >>> whole_names("Then Ada Quist and Nils Brekke came.", [(9, 14, "PERSON"), (19, 23, "PERSON")])
    [(5, 14, 'PERSON'), (19, 30, 'PERSON')]
    """
    taken = Occupancy(len(text), spans)
    common = lower_case_words(text)
    out = []
    for s, e, label in spans:
        words = text[s:e].split()
        one_org = label == "ORG" and len(words) == 1
        if label == "PERSON" or one_org:
            m = _BEFORE.search(text, max(0, s - 30), s)
            if (
                m
                and (
                    _given(m.group(1), GIVEN, common)
                    and (not _given(words[0], GIVEN, common) or _CANTONESE.fullmatch(words[-1]))
                    or len(words) == 1
                    and _after_role(text, m, common, label)
                )
                and taken.free(m.start(1), s)
            ):
                s, label = m.start(1), "PERSON"
        m = _AFTER.match(text, e)
        if (
            label == "PERSON"
            and len(words) == 1
            and _given(words[0], GIVEN, common)
            and m
            and m.group(1).lower() not in common
            and taken.free(m.start(1), m.end(1))
            and m.group(1).lower() not in _NOT_NAMES | _PARTICLES
            and not place_kind(m.group(1))
        ):
            e = m.end(1)
        elif (
            label == "PERSON"
            and len(words) == 2
            and _given(words[0], GIVEN, common)
            and m
            and _surname(text, m, common, taken)
        ):
            e = m.end(1)  # "[Wanda Vázquez] Garced"
        if label == "PERSON" and (m := _TAIL.match(text, e)) and taken.free(e + 1, m.end()):
            e = m.end()  # "[Valéry Giscard] d'Estaing", "[Cyrus R. Vance], Jr."
        out.append((s, e, label))
    return out


#: A particle joined to a surname, and a generational suffix, after a name.
_TAIL = re.compile(r" d['’][A-Z][^\W\d_]+|,? (?:Jr|Sr)\.(?!\w)")


def _surname(text: str, m: re.Match[str], common: frozenset[str], taken: Occupancy) -> bool:
    """A second surname after a two-word name: capitalised, no word the article writes in
    lower case, no given name, place or head word, and not followed by another name."""
    word = m.group(1)
    return (
        word.lower() not in common | _NOT_NAMES | _PARTICLES | _HEADS
        and word.lower() not in given_names()
        and not place_kind(word)
        and taken.free(m.start(1), m.end(1))
        and not text[m.end(1) + 1 : m.end(1) + 2].isupper()
        and text[m.end(1) : m.end(1) + 1] != ":"  # "Ana Ruiz Image: ...", a photo's caption
    )


def _after_role(text: str, m: re.Match[str], common: frozenset[str], label: str) -> bool:
    """ "Council spokesperson Tjerk [Vanhoof]": a capitalised word between a lower-case role
    and a surname is the person's given name, whatever the list of given names knows."""
    role = re.search(r"\b([a-z]+) $", text[max(0, m.start(1) - 20) : m.start(1)])
    word = m.group(1).lower()
    return (
        label == "PERSON"
        and role is not None
        and role.group(1) in PERSON_TITLES
        and not (word in common or word in TITLES or word in _NOT_NAMES)
        and not place_kind(m.group(1))
    )
