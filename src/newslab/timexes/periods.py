"""Resolvers for expressions that name a calendar period: dates, months, years, quarters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..lexicon import WEEKDAYS
from . import moves as mv
from . import values as tv
from .context import Context
from .patterns import MONTH_WORDS
from .values import Candidate, Period, Resolved
from .words import MONTH_NUMBERS

_DAY_BEFORE = re.compile(
    rf"\b({MONTH_WORDS})\s(\d{{1,2}})(?:st|nd|rd|th)?(?:\s(?:and|or|to)\s|\s?[-–]\s?)$"
)
_YEARWORD = {"last": -1, "this": 0, "next": 1, "that": 0}


def year_word(word: str, ctx: Context) -> tuple[int, str]:
    """The year "last/this/next year" names, or "the year": the year the sentence is set
    in or last named, else the publication year."""
    word = word.lower()
    if word == "that" and ctx.last is not None and ctx.last.start:  # "14 June that year"
        return ctx.year or ctx.last.start.year, "that year: the one the story last named"
    if word == "the":
        here = ctx.here.start.year if ctx.here is not None and ctx.here.start else None
        if ctx.tense > 0 and here is not None and here < ctx.anchor.year:
            here = None  # "lost money since 2004 and may run out by the end of the year"
        y = ctx.year or here or ctx.anchor.year
        return y, f"the year the sentence is in, {y}"
    return ctx.anchor.year + _YEARWORD[word], f"{word} year from {ctx.anchor.isoformat()}"


def month_day(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    m = MONTH_NUMBERS[g["month"].lower().rstrip(".")]
    d = int(g["day"])
    if g.get("year"):
        y, rule = int(g["year"]), "a full date"
    elif g.get("yearword"):
        y, rule = year_word(g["yearword"], ctx)
    elif ctx.year is not None and ctx.tense <= 0:  # "In 2013 a storm hit on November 8"
        y, rule = ctx.year, f"no year given: {ctx.year}, the year the sentence is set in"
    else:
        y = mv.nearest_year(ctx.anchor, m, d, ctx.tense, plan=ctx.tense >= 0 or ctx.planned)
        rule = (
            f"no year given: {y}, the nearest to {ctx.anchor.isoformat()} in the tense's direction"
        )
    try:
        return "DATE", tv.day(dt.date(y, m, d)), rule
    except ValueError:
        return "DATE", Period(None), f"{g['month']} {d} is not a real day"


def month(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    name, anchor = g["month"], ctx.anchor
    m = MONTH_NUMBERS[name.lower().rstrip(".")]
    rel = (g.get("rel") or "").lower()
    if g.get("year"):
        y, rule = int(g["year"]), "month and year"
    elif g.get("yearword"):
        y, rule = year_word(g["yearword"], ctx)
        rule = f"{name} of {rule}"
    elif rel in {"last", "this past"}:
        y = anchor.year if m < anchor.month else anchor.year - 1
        rule = f"last {name}: the most recent before {anchor.isoformat()}"
    elif rel in {"next", "this coming"}:
        y = anchor.year if m > anchor.month else anchor.year + 1
        rule = f"next {name}: the first after {anchor.isoformat()}"
    elif rel in {"the following", "the previous"} and (base := ctx.ref or _last_start(ctx)):
        y = base.year + (m <= base.month if rel == "the following" else -(m >= base.month))
        rule = f"{rel} {name}: the first {'after' if rel == 'the following' else 'before'} {base.isoformat()}"
    elif _after_that(c, ctx) and ctx.last is not None and ctx.last.start is not None:
        y = ctx.last.start.year  # "on August 20, 2018 ... That September": that year's
        rule = f"that {name}: in {y}, the year the story last named"
    elif ctx.year is not None and ctx.tense <= 0 and not rel:  # "In 2013, ... in November"
        y, rule = ctx.year, f"no year given: {ctx.year}, the year the sentence is set in"
    else:
        y = mv.nearest_year(anchor, m, None, ctx.tense)
        rule = f"no year given: {y}, the nearest to {anchor.isoformat()} in the tense's direction"
        part = mv.part_of_month(tv.month(y, m), g.get("mod"))
        if g.get("mod") and part.start and ctx.tense < 0 and part.start > anchor:
            if _IN_OR_SINCE.search(ctx.text, max(0, c.start - 8), c.start):
                y -= 1  # "went missing in late November", told early in November: last year's
                rule = f"{g['mod']} {name} of a past event not yet begun this year: {y}'s"
    return "DATE", mv.part_of_month(tv.month(y, m), g.get("mod")), rule


def _last_start(ctx: Context) -> dt.date | None:
    """The first day of the last period the story named, if any."""
    return ctx.last.start if ctx.last is not None else None


#: "in" or "since" before a month: when something happened, not a plan ("moved to").
_IN_OR_SINCE = re.compile(r"\b(?:in|since|during)\s$")


def _after_that(c: Candidate, ctx: Context) -> bool:
    """ "That September": a demonstrative "that" right before the month, not the "that" of
    a clause ("said that September was wet")."""
    span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0 or _qualified(c):
        return False
    that = ctx.doc[span.start - 1]
    return that.lower_ == "that" and that.dep_ != "mark" and that.pos_ != "SCONJ"


def _qualified(c: Candidate) -> bool:
    """A month written with its own "last", "next" or "early": no "that" to read."""
    return bool(c.groups.get("rel") or c.groups.get("mod"))


def day_month(c: Candidate, ctx: Context) -> Resolved:
    return month_day(c, ctx)


def second_day(c: Candidate, ctx: Context) -> Resolved:
    """The "5" of "March 4 and 5": the month (and year) of the day before it."""
    before = _DAY_BEFORE.search(ctx.text[max(0, c.start - 40) : c.start])
    if before is None:
        return None
    first = Candidate(0, 0, "monthday", {"month": before.group(1), "day": before.group(2)})
    resolved = month_day(first, dataclasses.replace(ctx))
    if resolved is None or resolved[1].start is None:
        return None
    try:
        when = resolved[1].start.replace(day=int(c.groups["day"]))
    except ValueError:
        return "DATE", Period(None), "not a real day"
    return "DATE", tv.day(when), f"a day in the month of {before.group(0).split()[0]} before it"


def weekday_date(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    m, d = MONTH_NUMBERS[g["month"].lower().rstrip(".")], int(g["day"] or g["dayfirst"])
    y = mv.nearest_year(ctx.anchor, m, d, 1 if (g.get("rel") or "").lower() == "next" else 0)
    if g.get("year"):
        y = int(g["year"])
    else:  # the year whose date falls on the weekday given, the nearest if two do
        wd = WEEKDAYS.index(g["weekday"].lower())
        fits = [x for x in (y, y - 1, y + 1) if mv.weekday_of(x, m, d) == wd]
        y = fits[0] if fits else y
    try:
        return "DATE", tv.day(dt.date(y, m, d)), "a weekday with its date"
    except ValueError:
        return "DATE", Period(None), "not a real day"


def iso_date(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    try:
        return "DATE", tv.day(dt.date(int(g["y"]), int(g["m"]), int(g["d"]))), "an ISO date"
    except ValueError:
        return "DATE", Period(None), "not a real day"


def numeric_date(c: Candidate, ctx: Context) -> Resolved:
    """ "7/8/07": month first, as in American news, unless the first number is over 12."""
    g = c.groups
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    y = y if len(g["y"]) == 4 else 2000 + y if y < 50 else 1900 + y
    m, d, rule = (a, b, "a numeric date, month first") if a <= 12 else (b, a, "day first")
    try:
        return "DATE", tv.day(dt.date(y, m, d)), rule
    except ValueError:
        return None  # "31/31/31" is no date at all


def year(c: Candidate, ctx: Context) -> Resolved:
    return "DATE", tv.year(int(c.groups["year"])), "a year"


def year_range(c: Candidate, ctx: Context) -> Resolved:
    """Each end of "the 2015-2016 season" or "the 1961-62 expedition" is a year."""
    g = c.groups
    if g.get("year"):
        return "DATE", tv.year(int(g["year"])), "a year, the first of a range"
    if g.get("later"):
        return "DATE", tv.year(int(g["later"])), "a year, the end of a range"
    first = int(ctx.text[c.start - 5 : c.start - 1])
    end = g["end"]
    y = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
    return "DATE", tv.year(y), f"a year, the end of a range from {first}"


def year_part(c: Candidate, ctx: Context) -> Resolved:
    """ "early 2009", "mid-2011", "the end of last year": the year, its days narrowed."""
    g = c.groups
    if g.get("year"):
        y, rule = int(g["year"]), "a part of a year"
    else:
        y, rule = year_word(g.get("rel") or "the", ctx)
    return "DATE", mv.part_of_year(tv.year(y), g.get("mod"), ctx.anchor), rule


_LATEST = {"last", "latest", "most recent"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
ORDINALS.update({"fourth": 4, "4th": 4, "final": 4, "last": 4, "latter": 2})
ORDINALS.update({"latest": 4, "most recent": 4})


def _latest_quarter(day: dt.date) -> Period:
    """The last quarter that ended before ``day``."""
    y, m = tv.shift_month(day.year, day.month, -3)
    return tv.quarter(y, (m - 1) // 3 + 1)


def quarter(c: Candidate, ctx: Context) -> Resolved:
    """ "the third quarter" is the nearest one in the tense's direction (in the past, the
    last one that has ended); "the last quarter" without a year is the one before."""
    return _part(c, ctx, tv.quarter, "quarter", "q")


def half(c: Candidate, ctx: Context) -> Resolved:
    return _part(c, ctx, tv.half, "half", "h")


def _part(c: Candidate, ctx: Context, make, name: str, short: str) -> Resolved:  # type: ignore[no-untyped-def]
    """The quarter or half meant; "the end of the third quarter" keeps the quarter's value
    and narrows its days to its last month (its first for "the start", the middle one)."""
    resolved = _whole_part(c, ctx, make, name, short)
    part = (c.groups.get("part") or "").lower()
    if resolved is None or not part or name != "quarter" or resolved[1].start is None:
        return resolved
    first = resolved[1].start
    m = first.month + {"beginning": 0, "start": 0, "middle": 1, "end": 2}[part]
    days = tv.month(first.year, m)
    assert days.start is not None and days.end is not None
    return resolved[0], resolved[1].narrowed(days.start, days.end), resolved[2]


def _whole_part(c: Candidate, ctx: Context, make, name: str, short: str) -> Resolved:  # type: ignore[no-untyped-def]
    g = c.groups
    index = int(g[short]) if g.get(short) else ORDINALS[g["ord"].lower()]
    if g.get("year") or g.get("year2"):
        return "DATE", make(int(g.get("year") or g["year2"]), index), f"a {name} of a year"
    if g.get("yearword"):
        y, rule = year_word(g["yearword"], ctx)
        return "DATE", make(y, index), f"a {name} of {rule}"
    if name == "quarter" and " ".join((g.get("ord") or "").lower().split()) in _LATEST:
        rule = f"the last quarter ended before {ctx.anchor.isoformat()}"
        return "DATE", _latest_quarter(ctx.anchor), rule
    p = mv.period_near(make, ctx.anchor, index, ctx.tense)
    just = make(ctx.anchor.year, index)
    if (
        ctx.tense > 0
        and _describes_a_noun(ctx.text, c.start, c.end)
        and 0 < (ctx.anchor - just.end).days < 100
    ):
        return "DATE", just, f"a {name} describing figures: the one just ended"
    word = {-1: "the last that has ended", 1: "the next that has not ended"}.get(ctx.tense)
    return "DATE", p, f"a {name} of the year: {word or 'in the year of ' + str(ctx.anchor.year)}"


def _describes_a_noun(text: str, start: int, end: int) -> bool:
    """ "third-quarter results": a hyphenated part of a year before a lower-case noun."""
    return bool(re.search(r"-(?:quarter|half) [a-z]", text[start : end + 2]))


def same_period(c: Candidate, ctx: Context) -> Resolved:
    """ "the same period last year", "the year-earlier quarter": the period the story last
    named (for "period", the last longer than a day; else the one around the day it is
    at), a year before."""
    unit = (c.groups.get("unit") or c.groups.get("unit2") or "period").lower()
    last = (ctx.stretch or ctx.last) if unit == "period" else ctx.last
    if last is not None and (unit in {"period", "time"} or mv.length_of(last) == unit):
        p = last
    else:
        base = ctx.base
        p = {
            "week": tv.iso_week(base),
            "month": tv.month(base.year, base.month),
            "quarter": _latest_quarter(base),
            "year": tv.year(base.year),
        }.get(unit, tv.day(base))
    shifted = mv.shifted_years(p, -1) if unit != "week" else tv.iso_week(p.start, -52)  # type: ignore[arg-type]
    if shifted.value is None:
        return None
    return "DATE", shifted, f"the same {unit} a year before {p.value}"


def unnamed_day(c: Candidate, ctx: Context) -> Resolved:
    """ "a later date", "some unspecified date", "an undisclosed time": a day the text does
    not name, TIMEX3's ``XXXX-XX-XX``."""
    return (
        "DATE",
        Period("XXXX-XX-XX"),
        f"a day the text does not name ({c.groups['word'].lower()})",
    )
