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
from .periods import month, month_day
from .resolvers import weekday
from .values import WEEKDAY_NUMBERS, Candidate, Period, Resolved

__all__ = [
    "ORDINAL_DAY",
    "PART_OF_UNIT",
    "PERIOD_ENDED",
    "THE_WEEK",
    "WEEK_OF_MONTH",
    "ordinal_day",
    "part_of_unit",
    "period_ended",
    "the_week",
    "week_of_month",
]

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


#: "during the week", "in the week leading up to the vote": the week last named, else the
#: week of the day the story is at; not "in the week since", "the week of March 3".
THE_WEEK = (
    r"(?:(?<=\bduring\s)|(?<=\bin\s))the\sweek\b"
    r"(?!\s(?:of|before|after|since|following|ending|ended|ends|to|that|which|when)\b|[-'’])"
)


def the_week(c: Candidate, ctx: Context) -> Resolved:
    """The week meant; in a sentence about the future, never a week already over."""
    p, day, where = _period("week", "the", ctx)
    if ctx.tense > 0 and p.end is not None and p.end < ctx.anchor:
        p, day, where = tv.iso_week(ctx.anchor), ctx.anchor, "the publication day"
    return "DATE", p, f"the week of {where}, {day.isoformat()}"


#: "the quarter ended Sept. 30", "the week ending Friday", "the week to Sunday" (British): the
#: period is the one that ends on the day named after it, which is its own timex (TimeBank's
#: practice).
PERIOD_ENDED = (
    r"\bthe\s(?:(?P<fiscal>fiscal|financial)\s)?(?P<unit>week|month|quarter|year)"
    r"(?=\s(?:that\s|which\s)?(?:ended|ending|ends|(?<=week\s)to)\s"
    rf"(?:on\s)?(?:(?P<month>{MONTH_WORDS})\s(?P<day>\d{{1,2}})\b(?:,?\s(?P<year>\d{{4}}))?"
    r"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"
)


def period_ended(c: Candidate, ctx: Context) -> Resolved:
    """The week, month, quarter or year that ends on the day named after it; a year that
    ends on another day than December 31, or is called fiscal, is a fiscal year (``FY``)."""
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
    elif (end.month, end.day) >= (12, 28) and not g.get("fiscal"):
        p = tv.year(end.year)
    else:
        return "DATE", tv.fiscal_year(end.year), f"the fiscal year ending on {end.isoformat()}"
    return "DATE", p, f"the {unit} ending on {end.isoformat()}"


#: "the first week of March", "the last week of April 2009", "the week of September 23".
WEEK_OF_MONTH = (
    r"\bthe\s(?:(?P<ord>first|second|third|fourth|last|final)\s"
    r"(?P<unit>week(?:end)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\sof"
    rf"|week\sof(?=\s(?:{MONTH_WORDS})\s\d))\s(?P<month>{MONTH_WORDS})(?![a-z])"
    r"(?:\s(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s(?P<year>\d{4})\b)?"
)
_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def week_of_month(c: Candidate, ctx: Context) -> Resolved:
    """The ISO week meant: "the week of September 23" holds that day; "the first week of
    March" is the week with most of its days in March (the one holding March 4th, as ISO
    8601 counts a year's first week), "the last week" the one holding the month's fourth
    day from the end, and the second, third and fourth follow the first. "The first weekend
    of August" is the one of the month's first Saturday, "the last weekend" of its last;
    "the first Tuesday of November" is that day."""
    g = c.groups
    if g.get("day"):
        named = month_day(c, ctx)
        if named is None or named[1].start is None:
            return named
        return "DATE", tv.iso_week(named[1].start), f"the week holding {named[1].value}"
    whole = month(Candidate(c.start, c.end, "month", {"month": g["month"], "year": g["year"]}), ctx)
    assert whole is not None
    first, last = whole[1].start, whole[1].end
    assert first is not None and last is not None
    word, unit = g["ord"].lower(), (g.get("unit") or "").lower()
    if unit.endswith("day"):  # "the first Tuesday of November": that day
        wd = WEEKDAY_NUMBERS[unit]
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7)
        if word in _NTH_WEEK:
            day += dt.timedelta(weeks=_NTH_WEEK[word])
        else:
            day = last - dt.timedelta(days=(last.weekday() - wd) % 7)
        return "DATE", tv.day(day), f"the {word} {g['unit']} of {whole[1].value}"
    if unit == "weekend":
        sat = first + dt.timedelta(days=(5 - first.weekday()) % 7)
        if word in _NTH_WEEK:
            sat += dt.timedelta(weeks=_NTH_WEEK[word])
        else:
            sat = last - dt.timedelta(days=(last.weekday() - 5) % 7)
        return "DATE", tv.weekend(sat), f"the {word} weekend of {whole[1].value}, by its Saturday"
    if word in _NTH_WEEK:
        pivot = first + dt.timedelta(days=3 + 7 * _NTH_WEEK[word])
    else:
        pivot = last - dt.timedelta(days=3)
    return "DATE", tv.iso_week(pivot), f"the {word} week of {whole[1].value}, by most of its days"


_AFTER = ("on", "by", "until", "till", "since", "from", "before", "after", "through", "day")
#: "on the 20th", "by the 5th", "Tuesday the 8th": a day of the month the story is in; not
#: "the 20th century", "the 5th floor" (a word after it) nor "the 1st of May" (a full date).
ORDINAL_DAY = (
    "(?:" + "|".join(rf"(?<=\b{w}\s)" if w != "day" else r"(?<=day\s)" for w in _AFTER) + ")"
    r"the\s(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?!\s(?!(?:and|or|to|through|at|when|in|as)\b)[a-z]|\sof\b|-)"
)


def ordinal_day(c: Candidate, ctx: Context) -> Resolved:
    """The day ``d`` in the month the story last named (unless the tense points away from
    it); else, in the future, the first ``d`` from the story's day or the publication day,
    whichever is later; else the ``d`` in the month of the story's day (the month before
    where that is still to come)."""
    d, last, direction = int(c.groups["day"]), ctx.last, ctx.tense
    if last is not None and last.start is not None and mv.length_of(last) == "month":
        ended = last.end is not None and last.end < ctx.anchor
        if direction > 0 and ended or direction < 0 and last.start > ctx.anchor:
            last = None  # the tense leaves the month named: "... in March. Voters will go ..."
    if last is not None and last.start is not None and mv.length_of(last) == "month":
        try:
            return "DATE", tv.day(last.start.replace(day=d)), f"day {d} of {last.value}"
        except ValueError:
            return "DATE", Period(None), f"{last.value} has no day {d}"
    base = max(ctx.base, ctx.anchor) if direction > 0 else ctx.base
    for shift in (0, 1, 2) if direction > 0 else (0, -1, -2):
        y, m = tv.shift_month(base.year, base.month, shift)
        try:
            pick = dt.date(y, m, d)
        except ValueError:
            continue
        if pick >= base if direction > 0 else pick <= max(base, ctx.anchor):
            break
    else:
        return "DATE", Period(None), f"no month near {base} has a day {d}"
    return (
        "DATE",
        tv.day(pick),
        f"day {d} in the month of {base}, or the nearest in the tense's direction",
    )
