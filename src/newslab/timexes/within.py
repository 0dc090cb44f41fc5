"""A part of a week, month or year: "later in the week", "the end of last month", "the rest
of the month", "earlier in the year".

The TIMEX3 value is the whole period (TimeML marks the part with ``mod``, which the contract
leaves out); the days are the part meant, as for "late last week" in ANNOTATIONS.md. "the
week" is the week last named, else the week of the day the story is at; "this", "last" and
"next" count from the publication day.

>>> PART_OF_UNIT.startswith("(?:the")
True
"""

from __future__ import annotations

import datetime as dt

from . import moves as mv
from . import values as tv
from .context import Context
from .patterns import MONTH_WORDS
from .periods import month_day
from .resolvers import weekday
from .values import Candidate, Period, Resolved

__all__ = ["PART_OF_UNIT", "PERIOD_ENDED", "part_of_unit", "period_ended"]

PART_OF_UNIT = (
    r"(?:the\s(?:very\s)?(?P<part>end|beginning|start|middle|rest|remainder)\sof"
    r"|(?P<mod>later|earlier|early|late)\sin)"
    r"\s(?P<rel>the|this|last|next)\s(?P<unit>week|month|year)\b"
    r"(?!\s(?:of|before|after|that|when|in|to)\b|-)"
)
_SHIFT = {"the": 0, "this": 0, "last": -1, "next": 1}
#: Each word of a part, as one of: start, middle, end, before (the story's day), after it.
_PART = {
    "beginning": "start",
    "start": "start",
    "early": "start",
    "middle": "middle",
    "end": "end",
    "late": "end",
    "rest": "after",
    "remainder": "after",
    "later": "after",
    "earlier": "before",
}


def _period(unit: str, rel: str, ctx: Context) -> tuple[Period, dt.date, str]:
    """The whole week, month or year meant, the day its "rest" counts from, and which day
    that is: "the month" after "in May" is May; after a day, the month of the day the
    story is at."""
    day, where = (ctx.base, "the day the story is at") if rel == "the" else (ctx.anchor, "")
    last = ctx.last
    if rel == "the" and last is not None and last.start and mv.length_of(last) == unit:
        if not last.start <= ctx.base <= (last.end or last.start):
            day, where = last.start, f"the {unit} last named"
    where = where or "the publication day"
    shift = _SHIFT[rel]
    if unit == "week":
        return tv.iso_week(day, shift), day, where
    if unit == "month":
        return tv.month(*tv.shift_month(day.year, day.month, shift)), day, where
    return tv.year(day.year + shift), day, where


def _narrow(p: Period, unit: str, part: str, day: dt.date) -> Period:
    first, last = p.start, p.end
    assert first is not None and last is not None
    if part in {"after", "before"}:
        if not first <= day <= last:
            return p  # "the rest of next month": the whole month
        if part == "after":
            return p.narrowed(min(last, day + dt.timedelta(days=1)), last)
        return p.narrowed(first, max(first, day - dt.timedelta(days=1)))
    if unit == "week":  # as "late last week": Thursday to Saturday
        offsets = {"start": (0, 2), "middle": (1, 3), "end": (3, 5)}[part]
        return p.narrowed(*(first + dt.timedelta(days=d) for d in offsets))
    if unit == "month":
        return mv.part_of_month(p, {"start": "early", "middle": "mid", "end": "late"}[part])
    return mv.part_of_year(p, {"start": "early", "middle": "mid", "end": "late"}[part])


def part_of_unit(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    unit, rel = g["unit"].lower(), g["rel"].lower()
    word = (g.get("part") or g.get("mod") or "").lower()
    p, day, where = _period(unit, rel, ctx)
    rule = f"a part ({word}) of {p.value}, counted from {where}, {day.isoformat()}"
    return "DATE", _narrow(p, unit, _PART[word], day), rule


#: "the quarter ended Sept. 30", "the week ending Friday": the period is the one that ends
#: on the day named after it, which is its own timex (TimeBank's practice).
PERIOD_ENDED = (
    r"\bthe\s(?P<unit>week|month|quarter|year)(?=\s(?:that\s|which\s)?(?:ended|ending|ends)\s"
    rf"(?:on\s)?(?:(?P<month>{MONTH_WORDS})\s(?P<day>\d{{1,2}})\b(?:,?\s(?P<year>\d{{4}}))?"
    r"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"
)


def period_ended(c: Candidate, ctx: Context) -> Resolved:
    """The week, month, quarter or year that ends on the day named after it; a year that
    ends on another day than December 31 is a fiscal year (``FY``)."""
    g = c.groups
    named = month_day(c, ctx) if g.get("month") else weekday(c, ctx)
    if named is None or named[1].start is None:
        return "DATE", Period(None), f"the {g['unit']} ended: its last day is not a real day"
    end, unit = named[1].start, g["unit"].lower()
    if unit == "week":
        p = tv.iso_week(end)
    elif unit == "month":
        p = tv.month(end.year, end.month)
    elif unit == "quarter":
        p = tv.quarter(end.year, (end.month - 1) // 3 + 1)
    elif (end.month, end.day) >= (12, 28):
        p = tv.year(end.year)
    else:
        return "DATE", tv.fiscal_year(end.year), f"the fiscal year ending on {end.isoformat()}"
    return "DATE", p, f"the {unit} ending on {end.isoformat()}"
