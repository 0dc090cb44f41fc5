"""Titles of works in quotation marks, next to the kind of work they name.

- 'the album "Ride on the River"', 'the film "The Time of Your Life"': the words inside the
  marks, after a lower-case kind of work, are one WORK_OF_ART, whatever the model made of
  them (nothing, a place, two names split at "on the");
- "the 'Band on the Run' album": the same with the kind after the title;
- with no marks, a run of capitalised words (small words such as "of", "in", "the" between
  them) after a lower-case kind of work is the title: "the documentary Rivers of Salt", "her
  novel, The Salt Road,", "a painting titled Girl with a Kestrel".

A leading "The" stays inside a title, as OntoNotes marks works; the marks and a comma or full
stop set inside them stay out.

>>> quoted_works('the album "Ride on the River" sold', [(25, 30, "GPE")])
[(11, 28, 'WORK_OF_ART')]
"""

from __future__ import annotations

import re

from ..lexicon import MONTHS, WEEKDAYS, WORK_KINDS
from ..spans import Span, replace_with

__all__ = ["quoted_works", "unquoted_works"]

_KINDS = f"(?:{WORK_KINDS})"
_CAPITAL_WORD = r"[A-Z0-9][\w'’:&-]*"
_SMALL_WORD = r"(?:of|the|in|on|at|to|a|an|and|for|with|from|by|or)"
#: A title: a capital, then at most twelve words with no mark or line break inside.
_TITLE = r"([A-Z0-9][^\"“”\n]{0,80}?)[,.!]?"
_BEFORE = re.compile(rf"\b{_KINDS}(?: (?:titled|entitled|called))?,? [\"“]{_TITLE}[\"”]")
_AFTER = re.compile(rf"(?<= )[\"“‘']([A-Z0-9][^\"“”‘’'\n]{{0,80}}?)[\"”’'] {_KINDS}\b")


#: A title in quotation marks after someone's name ("Almodóvar's "The Room Next Door"") or
#: before its maker ('"The Salt Road" by Chilean filmmaker Tomás Ferrer'), in title case.
_OWNED = re.compile(r"\w['’]s [\"“]([A-Z0-9][^\"“”\n]{0,80}?)[\"”]")
_MADE_BY = re.compile(r"[\"“]([A-Z0-9][^\"“”\n]{0,80}?)[\"”] by (?:[\w-]+ ){0,3}?[A-Z]")
_TITLE_CASE = re.compile(
    rf"(?:The |A |An )?{_CAPITAL_WORD}(?: (?:{_SMALL_WORD} )*{_CAPITAL_WORD})*"
)


def quoted_works(text: str, spans: list[Span]) -> list[Span]:
    """Titles in quotation marks beside a kind of work, after an owner's name or before
    their maker: one WORK_OF_ART each.

    >>> quoted_works("Ruiz’s “The Salt Road” won.", [(12, 21, "FAC")])
    [(8, 21, 'WORK_OF_ART')]
    """
    found = [
        (m.start(1), m.end(1), "WORK_OF_ART")
        for pattern in (_BEFORE, _AFTER, _OWNED, _MADE_BY)
        for m in pattern.finditer(text)
        if len(m.group(1).split()) <= 12
        and (pattern in (_BEFORE, _AFTER) or _TITLE_CASE.fullmatch(m.group(1)))
    ]
    return replace_with(spans, found) if found else spans


_SMALL = r"(?:of|the|in|on|at|to|a|an|and|for|with|from|by|or)"
#: Days and months, which end a title's run: "the play X on Sunday".
_DAYS = "(?:" + "|".join(w.title() for w in (*WEEKDAYS, *MONTHS)) + ")"
_CAPITAL = r"(?:Mrs?\.|Dr\.|St\.|[A-Z0-9][\w'’:&-]*)"
#: A title after its kind with no marks: capitalised words, small words only between them;
#: after a comma (an apposition) it must end where the apposition does.
_UNQUOTED = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)|['’]s)"
    r"(?: (?:\d{4}|[a-z-]+(?<!s)(?<!ly))){0,2}? "  # "the 1999 film", not "the polls show"
    rf"(?!single\b){_KINDS}(?P<comma>,)?(?: (?P<called>titled|entitled|called),?)? "
    rf"(?P<title>(?:The |A |An )?{_CAPITAL}(?:(?: {_SMALL})* (?!{_DAYS}\b){_CAPITAL}){{0,8}})"
    r"(?P<end>[,.;:)]| \(|$| (?!(?-i:[A-Z0-9]))\w)"
)


def unquoted_works(text: str, spans: list[Span]) -> list[Span]:
    """Titles without quotation marks right after a kind of work: one WORK_OF_ART each, in
    place of what the model made of their words ("the book Seven Winters in Orlin").

    >>> unquoted_works("the documentary Rivers of Salt premiered", [(16, 22, "ORG")])
    [(16, 30, 'WORK_OF_ART')]
    """
    found = []
    for m in _UNQUOTED.finditer(text):
        if m.group("comma") and not m.group("called") and m.group("end") not in _APPOSED:
            continue  # "the film, Ana Ruiz said": an apposition ends with its comma
        start, end = m.span("title")
        if text[start:end].split()[0] in _NOT_TITLES or re.match(r" \w+['’]\w", text[end:]):
            continue  # "the documentary Just don't tell anyone": a title in sentence case
        end = _before_people(text, spans, start, end)
        found.append((start, end, "WORK_OF_ART"))
    return sorted(replace_with(spans, found)) if found else spans


def _before_people(text: str, spans: list[Span], start: int, end: int) -> int:
    """Where a title ends that ran on over "with", "and" or "by" into a person or a body the
    model found ("Band on the Run with Paul McCartney of The Beatles")."""
    inside = [
        s
        for s, e, label in spans
        if start < s < end and label in {"PERSON", "ORG"} and _JOINER.search(text, start, s)
    ]
    return _JOINER.search(text, start, min(inside)).start() if inside else end


#: A word that joins a title to the people with it: " with ", " and ", " by ".
_JOINER = re.compile(r" (?:with|and|by|featuring) $")


#: What ends a title set between commas after its kind: "her novel, The Salt Road, won".
_APPOSED = frozenset({",", ".", ";", ":", ")", " ("})
#: Capitalised words that open a clause, not a title: "the film In 2019, ...".
_NOT_TITLES = frozenset(
    "In On At For By From To Since After Before During It He She They We".split()
)
