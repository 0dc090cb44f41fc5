"""Dates the timex layer found and the entity layer missed: "every Saturday", "the autumn",
"the following day", "that evening".

The small model tags most dates, but not all of them, and the timex layer's patterns find
more. A temporal expression that names a calendar unit (a weekday, a month, a season, a
day, week, month or year, a part of the day) and that no entity touches is a DATE entity,
or a TIME one where it is shorter than a day. Expressions without a calendar unit ("now",
"currently", "the time", "the future") stay timexes only, as OntoNotes has them.

>>> dated_entities("Rallies are held every Saturday.", [(17, 31, "SET", "XXXX-WXX-6")], [])
[(17, 31, 'DATE')]
>>> dated_entities("Rallies are held every Saturday.", [(17, 31, "SET", None)], [(23, 31, "DATE")])
[(17, 31, 'DATE')]
>>> dated_entities("It is now over.", [(6, 9, "DATE", "PRESENT_REF")], [])
[]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS
from ..spans import Span

__all__ = ["dated_entities"]

_PARTS_OF_DAY = "|".join((*PARTS_OF_DAY, "dawn", "dusk", "noon", "midday", "midnight"))
#: A calendar unit: what makes a temporal expression a date a reader can place.
_CALENDAR = re.compile(
    r"\b(?i:"
    + "|".join(sorted({*MONTHS, *WEEKDAYS}))
    + r"|spring|summer|autumn|fall|winter|weekend|day|week|fortnight|month|quarter|year|"
    r"decade|century|" + _PARTS_OF_DAY + r")s?\b"
)
_PART_OF_DAY = re.compile(rf"\b(?:{_PARTS_OF_DAY})\b", re.I)
#: A rate's "per": "per day" is a unit of a measure, not a date.
_RATE = re.compile(r"^(?i:per)\b")
#: Words before a date that belong to it: "[every] Saturday", "[the following] September".
_WIDENS = re.compile(r"^(?i:every|each|the following|the previous)\s")


def dated_entities(
    text: str, timexes: Iterable[tuple[int, int, str, str | None]], spans: Iterable[Span]
) -> list[Span]:
    """``spans`` with DATE or TIME entities for the ``timexes`` (start, end, TIMEX3 type,
    value) that name a calendar unit and overlap none of them, and a date widened to the
    expression that holds it ("[every] [Saturday]" -> "[every Saturday]"); see the module.
    Each look-up is a binary search over the sorted spans, so the cost stays linear."""
    old = sorted(spans)
    starts = [s for s, _, _ in old]
    longest = max((e - s for s, e, _ in old), default=0)
    widened: dict[Span, Span] = {}
    added: list[Span] = []
    for start, end, ttype, value in timexes:
        words = text[start:end]
        if not _CALENDAR.search(words) or _RATE.match(words):
            continue
        lo = bisect.bisect_left(starts, start - longest)
        inside = [sp for sp in old[lo : bisect.bisect_left(starts, end)] if sp[1] > start]
        if _WIDENS.match(words) and len(inside) == 1:
            s, e, label = inside[0]
            if label in {"DATE", "TIME"} and start < s and e <= end:
                widened[inside[0]] = (start, end, label)  # "the following September"
            continue
        if " of " in words and _pieces_of(inside, start, end):  # "[the morning] of [May 2]"
            for piece in inside:
                widened[piece] = (start, end, "TIME" if ttype == "TIME" else "DATE")
            continue
        if inside or (added and added[-1][1] > start):
            continue
        short = ttype == "TIME" or (ttype == "DURATION" and (value or "").startswith("PT"))
        part = ttype not in {"DURATION", "SET"} and _PART_OF_DAY.search(words)
        added.append((start, end, "TIME" if short or part else "DATE"))
    return _through_of(text, sorted({widened.get(sp, sp) for sp in old} | set(added)), timexes)


def _through_of(
    text: str, spans: list[Span], timexes: Iterable[tuple[int, int, str, str | None]]
) -> list[Span]:
    """A date or time the model ended on "of" runs on through the timex after it: "[the
    early hours of] June 4" -> "[the early hours of June 4]"; no entity ends on "of"."""
    after = {start: end for start, end, _, _ in timexes}
    out: list[Span] = []
    for s, e, label in spans:
        if out and out[-1][1] > s:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, out[-1][2])
            continue  # inside the date just run on
        end = after.get(e + 1) if label in {"DATE", "TIME"} and text.endswith(" of", 0, e) else None
        out.append((s, end, label) if end else (s, e, label))
    return out


def _pieces_of(inside: list[Span], start: int, end: int) -> bool:
    """Dates and times inside one "X of Y" expression and not the whole of it: "the autumn
    of [2022]", "[the morning] of [May 2]" are one entity, as they are one timex."""
    return (
        bool(inside)
        and all(label in {"DATE", "TIME"} and start <= s and e <= end for s, e, label in inside)
        and (len(inside) > 1 or inside[0][:2] != (start, end))
    )
