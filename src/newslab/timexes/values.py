"""Calendar arithmetic for TIMEX3 values: periods, their first and last days.

Pure functions of dates; the tense of a sentence is read from the parse in :mod:`.tense`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .words import UNIT_CODES

__all__ = ["Candidate", "Period", "day", "fiscal_year", "iso_week", "month", "year", "shift_month"]

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
    return Period(f"{year:04d}-W{week:02d}", monday, monday + dt.timedelta(days=6))


def weekend(d: dt.date, shift: int = 0) -> Period:
    week = iso_week(d, shift)
    assert week.start is not None
    sat = week.start + dt.timedelta(days=5)
    return Period(f"{week.value}-WE", sat, sat + dt.timedelta(days=1))


def fiscal_year(y: int) -> Period:
    """TIMEX3's fiscal year ``FY2007``: its days depend on the organisation, so none."""
    if not 1 <= y <= 9999:
        raise ValueError(f"year {y} is outside the calendar")
    return Period(f"FY{y:04d}")


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
    a fraction under one (or of a decade or century) is written in a smaller unit, and so is
    one decade or century ("a decade" is P10Y; "four decades" P4DE).

    >>> duration_value(0.25, "century"), duration_value(2.5, "year"), duration_value(0.5, "hour")
    ('P25Y', 'P2.5Y', 'PT30M')
    >>> duration_value(1, "decade"), duration_value(4, "decade"), duration_value(1, "century")
    ('P10Y', 'P4DE', 'P100Y')
    """
    if unit == "fortnight" and number is not None:
        number, unit = number * 2, "week"
    if number == 1 and unit in {"decade", "century"}:  # "a decade", "the past decade": P10Y,
        number, unit = (10 if unit == "decade" else 100), "year"  # as TimeBank writes one
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
    if number is not None and unit in {"hour", "minute"} and float(number * 60).is_integer():
        whole, rest = divmod(round(number * 60), 60)
        if whole and rest:  # "an hour and a half" is PT1H30M: clock lengths in their units
            return f"PT{whole}{code}{rest}{'M' if unit == 'hour' else 'S'}"
    if number is None:
        amount = "X"
    elif float(number).is_integer():
        amount = str(int(number))
    else:
        amount = f"{number:f}".rstrip("0")
    return f"P{prefix}{amount}{code}"
