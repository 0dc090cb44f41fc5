"""One name the model read as two: "[Alison] dos [Santos]", a person whose surname follows a
lower-case particle, and "[British] [Virgin Islands]", a place whose name opens with a
nationality.

>>> split_people("Brazil's Alison dos Santos was third.", [(9, 15, "PERSON"), (20, 26, "GPE")])
[(9, 26, 'PERSON')]
>>> national_places("from the British Virgin Islands", [(9, 16, "NORP")])
[(9, 31, 'GPE')]
"""

from __future__ import annotations

import itertools
import re

from ..lexicon import NAME_PARTICLES
from ..spans import Span, replace_with
from .gazetteer import place_label
from .given import given_names

__all__ = ["first_names", "national_places", "split_people"]

_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
#: A particle (or two: "van der") and one capitalised word after a person's name.
_SURNAME = re.compile(rf" (?:(?:{_PARTICLE}) ){{1,2}}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\b")
#: Up to three capitalised words after a nationality ("British Virgin Islands").
_WORDS = re.compile(r"(?: [A-Z][^\W\d_]+){1,3}\b")


def split_people(text: str, spans: list[Span]) -> list[Span]:
    """A person's name, a lower-case particle and a capitalised word ("Alison dos Santos",
    "Rafael van der Berg") is one person, whatever the model made of the surname (a town,
    "Santos", a second person, or nothing); so is a given name and a particle before a
    person's name ("Maria do [Carmo Fagundeira]", "Jan ter [Horst]"), whatever the model made
    of the given name (a month, a nationality). A name the model ended on its particles
    ("[Ursula von der] Leyen") is taken back to its last capitalised word first.

    >>> split_people("Jan ter Horst spoke.", [(0, 3, "DATE"), (8, 13, "PERSON")])
    [(0, 13, 'PERSON')]
    """
    out = sorted(spans)
    i = 0
    while i < len(out):
        s, e, label = out[i]
        if label == "PERSON" and (cut := _PARTICLES_AT_END.search(text, s, e)) and cut.start() > s:
            e = cut.start()
        m = _SURNAME.match(text, e) if label == "PERSON" else None
        if m is not None:
            inside = _starting_before(out, i + 1, m.end())
            if all(x[0] > s and x[1] <= m.end() for x in inside):
                out[i : i + 1 + len(inside)] = [(s, m.end(), "PERSON")]
        before = _GIVEN_BEFORE.search(text, max(0, s - 40), s) if label == "PERSON" else None
        if before is not None and before.group(1).lower() in given_names():
            start, first = before.start(1), i
            while first and out[first - 1][1] > start:
                first -= 1
            if all(x[0] >= start for x in out[first:i]):
                out[first : i + 1] = [(start, out[i][1], "PERSON")]
                i = first
        i += 1
    return out


#: Particles a name the model cut ends on: "[Ursula von der] Leyen".
_PARTICLES_AT_END = re.compile(rf"(?: (?:{_PARTICLE}))+$")
#: A capitalised word and one or two particles right before a name: "Maria do [Carmo]".
_GIVEN_BEFORE = re.compile(rf"(?:(?<=[\s(\"“])|^)([A-Z][^\W\d_]+) (?:(?:{_PARTICLE}) ){{1,2}}$")


def national_places(text: str, spans: list[Span]) -> list[Span]:
    """A nationality and the capitalised words after it that together name a place the
    gazetteer knows ("British Virgin Islands", "French Polynesia") are that place."""
    out = sorted(spans)
    i = 0
    while i < len(out):
        s, e, label = out[i]
        m = _WORDS.match(text, e) if label == "NORP" else None
        if m is not None:
            words = m.group().split(" ")[1:]
            for n in range(len(words), 0, -1):
                end = e + len(" " + " ".join(words[:n]))
                place = place_label(text[s:end])
                inside = _starting_before(out, i + 1, end)
                if place and all(x[1] <= end for x in inside):
                    out[i : i + 1 + len(inside)] = [(s, end, place)]
                    break
        i += 1
    return out


def _starting_before(spans: list[Span], first: int, end: int) -> list[Span]:
    """The sorted spans from index ``first`` on that start before ``end``."""
    return list(itertools.takewhile(lambda x: x[0] < end, itertools.islice(spans, first, None)))


#: "gave only his first name, Rui", "identified by her first name, Salimata".
_FIRST_NAME = re.compile(r"\b(?:first|given) name,? ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b")


def first_names(text: str, spans: list[Span]) -> list[Span]:
    """The name after "first name" is a person's, whatever the model read it as.

    >>> first_names("gave her first name, Salimata, and left", [(21, 29, "ORG")])
    [(21, 29, 'PERSON')]
    """
    found = [(m.start(1), m.end(1), "PERSON") for m in _FIRST_NAME.finditer(text)]
    return replace_with(spans, found) if found else spans
