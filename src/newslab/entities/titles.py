"""Titles of works in quotation marks, next to the kind of work they name.

- 'the album "Ride on the River"', 'the film "The Time of Your Life"': the words inside the
  marks, after a lower-case kind of work, are one WORK_OF_ART, whatever the model made of
  them (nothing, a place, two names split at "on the");
- "the 'Band on the Run' album": the same with the kind after the title.

A leading "The" stays inside a title, as OntoNotes marks works; the marks and a comma or full
stop set inside them stay out.

>>> quoted_works('the album "Ride on the River" sold', [(25, 30, "GPE")])
[(11, 28, 'WORK_OF_ART')]
"""

from __future__ import annotations

import re

from ..lexicon import WORK_KINDS
from ..spans import Span, replace_with

__all__ = ["quoted_works"]

_KINDS = f"(?:{WORK_KINDS})"
#: A title: a capital, then at most twelve words with no mark or line break inside.
_TITLE = r"([A-Z0-9][^\"“”\n]{0,80}?)[,.!]?"
_BEFORE = re.compile(rf"\b{_KINDS}(?: (?:titled|entitled|called))?,? [\"“]{_TITLE}[\"”]")
_AFTER = re.compile(rf"(?<= )[\"“‘']([A-Z0-9][^\"“”‘’'\n]{{0,80}}?)[\"”’'] {_KINDS}\b")


def quoted_works(text: str, spans: list[Span]) -> list[Span]:
    """Titles in quotation marks beside a kind of work: one WORK_OF_ART each."""
    found = [
        (m.start(1), m.end(1), "WORK_OF_ART")
        for pattern in (_BEFORE, _AFTER)
        for m in pattern.finditer(text)
        if len(m.group(1).split()) <= 12
    ]
    return replace_with(spans, found) if found else spans
