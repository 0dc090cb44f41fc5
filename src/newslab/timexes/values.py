"""Calendar arithmetic for TIMEX3 values: periods, their first and last days.

Pure functions of dates; the tense of a sentence is read from the parse in :mod:`.tense`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .words import UNIT_CODES

__all__ = ["Candidate", "Period", "day", "iso_week", "month", "year", "shift_month"]

WEEKDAY_NUMBERS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI"}
SEASONS = {
    "spring": ("SP", 3, 5),
    "summer": ("SU", 6, 8),
    "autumn": ("FA", 9, 11),
    "fall": ("FA", 9, 11),
    "winter": ("WI", 12, 2),
}


@dataclass(frozen=True)
class Candidate:
    """A place in the body that may be a temporal expression, and the kind that found it."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


@dataclass(frozen=True)
class Period:
    """A TIMEX3 value with the inclusive calendar days it covers (None where it has none)."""

    value: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def narrowed(self, first: dt.date, last: dt.date) -> Period:
        return Period(self.value, first, last)


#: What a resolver returns: the TIMEX3 type, the period, and how it was reached; or None.
Resolved = tuple[str, "Period", str] | None


def day(d: dt.date) -> Period:
    return Period(d.isoformat(), d, d)


def iso_week(d: dt.date, shift: int = 0) -> Period:
    monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=shift)
    year, week, _ = monday.isocalendar()
    return Period(f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6))


def weekend(d: dt.date, shift: int = 0) -> Period:
    week = iso_week(d, shift)
    assert week.start is not None
    sat = week.start + dt.timedelta(days=5)
    return Period(f"{week.value}-WE", sat, sat + dt.timedelta(days=1))


def month(y: int, m: int) -> Period:
    last = calendar.monthrange(y, m)[1]
    return Period(f"{y:04d}-{m:02d}", dt.date(y, m, 1), dt.date(y, m, last))


def year(y: int) -> Period:
    return Period(f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31))


def quarter(y: int, q: int) -> Period:
    first = dt.date(y, 3 * q - 2, 1)
    last = month(y, 3 * q).end
    return Period(f"{y:04d}-Q{q}", first, last)


def half(y: int, h: int) -> Period:
    return Period(
        f"{y:04d}-H{h}",
        dt.date(y, 1 if h == 1 else 7, 1),
        dt.date(y, 6 if h == 1 else 12, 30 if h == 1 else 31),
    )


def season(y: int, name: str) -> Period:
    code, first, last = SEASONS[name]
    end_year = y + 1 if first > last else y
    return Period(f"{y:04d}-{code}", dt.date(y, first, 1), month(end_year, last).end)


def shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + by
    return index // 12, index % 12 + 1


def part_of_month(p: Period, mod: str | None) -> Period:
    """ "early June" days 1-10, "mid-June" 11-20, "late June" 21 to the end."""
    if not mod or p.start is None or p.end is None:
        return p
    mod = mod.lower().rstrip("-")
    if mod in {"early", "the beginning of", "the start of"}:
        return p.narrowed(p.start, p.start.replace(day=10))
    if mod == "mid":
        return p.narrowed(p.start.replace(day=11), p.start.replace(day=20))
    if mod in {"late", "the end of"}:
        return p.narrowed(p.start.replace(day=21), p.end)
    return p


def nearest_year(anchor: dt.date, m: int, d: int | None, direction: int) -> int:
    """The year that puts month ``m`` (day ``d``) nearest ``anchor`` in the tense's direction.

    +1 (future): the first on or after ``anchor`` (a month counts from inside it); -1
    (past): the latest on or before it, though a day up to three months ahead still wins (a
    past verb with a near date is a plan: "was moved to June 2"); 0 (no tense): the
    nearest, but a month more than three months ahead loses to the past one ("the March
    flood", read in October).
    """
    gaps = {}
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            first = dt.date(y, m, d or 1)
        except ValueError:
            continue
        last = first if d else month(y, m).end
        gaps[y] = (first - anchor).days if first > anchor else min(0, (last - anchor).days)
    if not gaps:
        return anchor.year
    past = max((y for y, g in gaps.items() if g <= 0), default=None)
    future = min((y for y, g in gaps.items() if g >= 0), default=None)
    if past is None or future is None:
        return past if future is None else future  # type: ignore[return-value]
    ahead, back = gaps[future], -gaps[past]
    if direction > 0:
        return future
    if direction < 0:
        return future if d and ahead <= 92 else past
    if d:
        return future if ahead < back else past
    return future if ahead <= 92 else past


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday on or before ``anchor`` (past, the default in news) or after it (future)."""
    if direction > 0:
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back)


#: Smaller units a fraction of a unit is written in ("half a year" is P6M).
_SMALLER = {
    "century": ("year", 100),
    "decade": ("year", 10),
    "year": ("month", 12),
    "quarter": ("month", 3),
    "fortnight": ("day", 14),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


def duration_value(number: float | None, unit: str) -> str:
    """``3, "hour"`` -> ``PT3H``; ``None, "week"`` -> ``PXW``; fortnights are two weeks, and
    a fraction under one (or of a decade or century) is written in a smaller unit.

    >>> duration_value(0.25, "century"), duration_value(2.5, "year"), duration_value(0.5, "hour")
    ('P25Y', 'P2.5Y', 'PT30M')
    """
    if unit == "fortnight" and number is not None:
        number, unit = number * 2, "week"
    while (
        number is not None
        and not float(number).is_integer()
        and unit in _SMALLER
        and (number < 1 or unit in {"century", "decade", "quarter"})
    ):
        smaller, times = _SMALLER[unit]
        if not float(number * times).is_integer():
            break
        number, unit = number * times, smaller
    prefix, code = UNIT_CODES[unit]
    if number is None:
        amount = "X"
    elif float(number).is_integer():
        amount = str(int(number))
    else:
        amount = f"{number:f}".rstrip("0")
    return f"P{prefix}{amount}{code}"


def add(anchor: dt.date, number: float, unit: str, sign: int) -> Period | None:
    """``anchor`` moved by a whole number of units: the day, month, quarter or year it
    lands in; None where the count is not whole or the unit is too long or short."""
    if not float(number).is_integer():
        if unit == "year" and float(number * 12).is_integer():
            number, unit = number * 12, "month"
        else:
            return None
    n = int(number)
    if unit in {"day", "week", "fortnight"}:
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return day(anchor + dt.timedelta(days=sign * days))
    if unit == "month":
        return month(*shift_month(anchor.year, anchor.month, sign * n))
    if unit == "quarter":
        y, m = shift_month(anchor.year, anchor.month, sign * 3 * n)
        return quarter(y, (m - 1) // 3 + 1)
    if unit == "year":
        return year(anchor.year + sign * n)
    return None


def part_of_year(p: Period, mod: str | None, today: dt.date | None = None) -> Period:
    """A part of a year: "early" (or "the start of") January to April, "mid-" May to
    August, "late" (or "the end of") September to December; "the rest of" from the day
    after ``today``."""
    if not mod or p.start is None:
        return p
    y = p.start.year
    word = mod.lower().rstrip("-").split()[1] if mod.lower().startswith("the ") else mod.lower()
    word = word.rstrip("-")
    if word in {"early", "beginning", "start"}:
        return p.narrowed(dt.date(y, 1, 1), dt.date(y, 4, 30))
    if word in {"mid", "middle"}:
        return p.narrowed(dt.date(y, 5, 1), dt.date(y, 8, 31))
    if word in {"late", "end"}:
        return p.narrowed(dt.date(y, 9, 1), dt.date(y, 12, 31))
    if word in {"rest", "remainder"} and today is not None and today.year == y and today.month < 12:
        return p.narrowed(today + dt.timedelta(days=1), dt.date(y, 12, 31))
    return p


def period_near(make, anchor: dt.date, index: int, direction: int) -> Period:  # type: ignore[no-untyped-def]
    """The quarter or half ``index`` (``make(year, index)``) nearest ``anchor``: in the
    past, the latest that has ended; in the future, the first that has not; with no tense,
    the one in ``anchor``'s year."""
    if direction < 0:
        y = anchor.year if make(anchor.year, index).end < anchor else anchor.year - 1
    elif direction > 0:
        y = anchor.year if make(anchor.year, index).end >= anchor else anchor.year + 1
    else:
        y = anchor.year
    return make(y, index)


def shifted_years(p: Period, years: int) -> Period:
    """The same period ``years`` earlier or later: a day, month, quarter, half or year."""
    v = p.value or ""
    if p.start is None or not v[:4].isdigit():
        return Period(None)
    y = int(v[:4]) + years
    rest = v[4:]
    if rest == "":
        return year(y)
    if rest[:2] == "-Q":
        return quarter(y, int(rest[2]))
    if rest[:2] == "-H":
        return half(y, int(rest[2]))
    if len(rest) == 3:
        return month(y, int(rest[1:]))
    if len(rest) == 6 and rest[3] == "-":
        try:
            return day(dt.date(y, int(rest[1:3]), int(rest[4:6])))
        except ValueError:
            return day(dt.date(y, 2, 28))
    return Period(None)
