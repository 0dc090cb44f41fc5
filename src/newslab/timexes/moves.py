"""Where a period falls: the year a month is in, the weekday nearest a day, a day counted
from another, the part of a month or year a modifier names, the same period a year before.

Pure functions of dates, like :mod:`.values`, whose periods they build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .values import Period, day, half, month, quarter, shift_month, year

__all__ = [
    "add",
    "length_of",
    "nearest_year",
    "part_of_month",
    "part_of_year",
    "period_near",
    "shifted_years",
    "weekday_near",
]


def part_of_month(p: Period, mod: str | None) -> Period:
    """ "early June" days 1-10, "mid-June" 11-20, "late June" 21 to the end ("the last days
    of June" too, as "the first days of June" are its early days)."""
    if not mod or p.start is None or p.end is None:
        return p
    mod = " ".join(mod.lower().rstrip("-").split())
    if mod.endswith(" days of"):
        mod = "early" if mod.split()[1] in {"first", "opening"} else "late"
    if mod in {"early", "the beginning of", "the start of"}:
        return p.narrowed(p.start, p.start.replace(day=10))
    if mod == "mid":
        return p.narrowed(p.start.replace(day=11), p.start.replace(day=20))
    if mod in {"late", "the end of"}:
        return p.narrowed(p.start.replace(day=21), p.end)
    return p


def nearest_year(
    anchor: dt.date,
    m: int,
    d: int | None,
    direction: int,
    *,
    day_in: Callable[[int], dt.date] | None = None,
    plan: bool = True,
) -> int:
    """The year that puts month ``m`` (day ``d``) nearest ``anchor`` in the tense's direction.
    ``day_in`` gives the day in a year instead, for a day that moves (Easter).

    +1 (future): the first on or after ``anchor`` (a month counts from inside it); -1
    (past): the latest on or before it, though a day up to three months ahead still wins (a
    past verb with a near date is a plan: "was moved to June 2"), unless ``plan`` is False
    (a deed, not a plan: "flattened the harbour on November 8"); 0 (no tense): the
    nearest, but a month more than three months ahead loses to the past one ("the March
    flood", read in October).
    """
    gaps, single = {}, bool(d or day_in)  # one day, or a whole month
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            first = day_in(y) if day_in else dt.date(y, m, d or 1)
        except ValueError:
            continue
        last = first if single else month(y, m).end
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
        return future if single and plan and ahead <= 92 else past
    if single:
        return future if ahead < back else past
    return future if ahead <= 92 else past


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday on or before ``anchor`` (past, the default in news) or after it (future)."""
    if direction > 0:
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back)


def add(anchor: dt.date, number: float, unit: str, sign: int) -> Period | None:
    """``anchor`` moved by a whole number of units: the day, month, quarter or year it
    lands in; None where the count is not whole, the unit is too long or short, or the
    day falls outside the calendar (years 1 to 9999)."""
    try:
        return _add(anchor, number, unit, sign)
    except (ValueError, OverflowError):
        return None


def _add(anchor: dt.date, number: float, unit: str, sign: int) -> Period | None:
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


def length_of(p: Period) -> str | None:
    """The calendar unit a period's value names: day, week, month, quarter, half or year."""
    v = p.value or ""
    if not v[:4].isdigit():
        return None
    marked = {"-Q": "quarter", "-H": "half", "-W": "week"}.get(v[4:6])
    return marked or {4: "year", 7: "month", 10: "day"}.get(len(v))


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


def weekday_of(y: int, m: int, d: int) -> int | None:
    """The weekday (Monday 0) of a day, None where the day does not exist.

    >>> weekday_of(2024, 3, 16), weekday_of(2025, 2, 29)
    (5, None)
    """
    try:
        return dt.date(y, m, d).weekday()
    except ValueError:
        return None
