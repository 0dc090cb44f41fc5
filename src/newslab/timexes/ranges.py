"""A range's first day takes the year written once, after its last: "from March 3 to
April 9, 2016" runs in 2016, whenever the story was published."""

from __future__ import annotations

import re

from . import values as tv
from .values import Candidate, Resolved

__all__ = ["year_from_range_end"]

#: What joins a range's two ends: "to", "through", "until", a dash; "and" after "between".
_JOIN = re.compile(r"\s*(?:to|through|until|till|-|–|—)\s*")
_BETWEEN_AND = re.compile(r"\s+and\s+")
_DAYS = {"monthday", "daymonth"}


def year_from_range_end(
    cands: list[Candidate], results: dict[int, Resolved], text: str
) -> dict[int, Resolved]:
    """``results`` with a range's yearless first day moved to the year its last day gives
    (the year before, if the first day's month and day come after the last's).

    >>> import datetime as dt
    >>> a = Candidate(5, 12, "monthday", {"month": "March", "day": "3"})
    >>> b = Candidate(16, 29, "monthday", {"month": "April", "day": "9", "year": "2016"})
    >>> out = year_from_range_end([a, b], {0: ("DATE", tv.day(dt.date(2023, 3, 3)), "x"),
    ...     1: ("DATE", tv.day(dt.date(2016, 4, 9)), "y")}, "from March 3 to April 9, 2016")
    >>> out[0][1].value, out[0][2]
    ('2016-03-03', 'the first day of a range whose last day is in 2016')
    """
    out = dict(results)
    for i in range(len(cands) - 1):
        first, last = cands[i], cands[i + 1]
        if first.kind not in _DAYS or last.kind not in _DAYS or not last.groups.get("year"):
            continue
        if first.groups.get("year") or first.groups.get("yearword"):
            continue
        joined = _JOIN.fullmatch(text, first.end, last.start) or (
            _BETWEEN_AND.fullmatch(text, first.end, last.start)
            and text[max(0, first.start - 8) : first.start].lower().endswith("between ")
        )
        mine, theirs = out.get(i), out.get(i + 1)
        if not joined or mine is None or theirs is None:
            continue
        start, end = mine[1].start, theirs[1].start
        if start is None or end is None or start != mine[1].end:
            continue
        year = end.year - ((start.month, start.day) > (end.month, end.day))
        try:
            day = start.replace(year=year)
        except ValueError:  # February 29 in a year without one
            continue
        why = f"the first day of a range whose last day is in {end.year}"
        out[i] = (mine[0], tv.day(day), why)
    return out
