"""Days named from the story's own time that the small model misses inside quoted speech or
a long sentence: "today" ("Today I am glad to endorse him"), "these days", "the same day",
"that same day" and "that day" are a DATE wherever no other name holds them ("USA Today" is
a paper; "noon today" a TIME).

>>> text = 'Ruiz said, "Today I am glad." It fell the same day.'
>>> days_named(text, [])
[(12, 17, 'DATE'), (38, 50, 'DATE')]
"""

from __future__ import annotations

import re

from ..spans import Occupancy, Span

__all__ = ["days_named"]

#: Words that name a day or a time from where the story stands.
_DAYS = re.compile(
    r"\b(?:[Tt]oday|[Tt]hese days|[Tt]he same day|[Tt]hat same day|[Tt]hat day)\b(?![-‑'’])"
)


def days_named(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a DATE for each such day no span holds (see the module)."""
    found = [(m.start(), m.end(), "DATE") for m in _DAYS.finditer(text)]
    if not found:
        return spans
    used = Occupancy(len(text), spans)
    found = [f for f in found if used.free(f[0], f[1])]
    return sorted(spans + found) if found else spans
