"""Buildings the model cuts or misses: a saint's hospital or church, a hall for music.

- "Saint Orlin's Hospital", "St. Tarvo's Cathedral": the model reads the saint as a person
  and leaves the building out; the whole name is one FAC (a school or college so named is a
  body, an ORG, as OntoNotes marks them).
- "the Orlin Opera House", "the Kestrel Concert Hall": a name before a hall for music is
  one FAC, which the small model often misses.

>>> named_buildings("taken to Saint Orlin's Hospital", [(17, 22, "PERSON")])
[(9, 31, 'FAC')]
"""

from __future__ import annotations

import re

from ..spans import Span, replace_with

__all__ = ["named_buildings"]

_CAP = r"[A-Z][\w'’-]*"
#: A saint's possessive name and the building or body it names.
_SAINTS = re.compile(
    rf"\b(?:Saint|St\.?|Ste\.?) {_CAP}(?: {_CAP})?['’]s (?:{_CAP} )?"
    r"(?P<head>Hospital|Infirmary|Cathedral|Church|Chapel|Basilica|Abbey|Priory|Square|"
    r"School|College|Academy|University)\b"
)
#: A name before a hall for music or the stage.
_HALLS = re.compile(
    rf"\b(?!(?:The|A|An|At|In|On) ){_CAP}(?: {_CAP}){{0,2}} "
    r"(?:Opera House|Concert Hall|Music Hall|Playhouse)\b"
)
_BODIES = {"School", "College", "Academy", "University"}


def named_buildings(text: str, spans: list[Span]) -> list[Span]:
    """A saint's hospital, church or school, and a named opera house or concert hall: one
    name each, in place of whatever the model made of their words."""
    found: list[Span] = [
        (m.start(), m.end(), "ORG" if m.group("head") in _BODIES else "FAC")
        for m in _SAINTS.finditer(text)
    ]
    found += [(m.start(), m.end(), "FAC") for m in _HALLS.finditer(text)]
    return sorted(replace_with(spans, found)) if found else spans
