"""Resolvers for lengths, ages, repetitions and counted offsets ("three days later")."""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import WEEKDAYS
from ..number_words import SCALES
from . import moves as mv
from . import values as tv
from .context import Context, yardstick
from .values import Candidate, Period, Resolved
from .words import DIRECTIONS, MONTH_NUMBERS, VAGUE_NUMBERS, number, unit_of

#: Units an offset is not counted in to a calendar day ("two hours later" stays a length).
_NOT_DAYS = frozenset({"second", "minute", "hour", "decade", "century"})
#: Words that may follow a length; any other word after "a second" makes it an ordinal.
_AFTER_A_LENGTH = (
    frozenset(DIRECTIONS)
    | {"or", "and", "of", "to", "in", "on", "for", "from"}
    | {"ahead", "behind", "faster", "slower", "quicker", "short", "off"}
)


def _amount(c: Candidate) -> tuple[float | None, str]:
    """The number and the singular unit of a length ("two and a half years" -> 2.5, year)."""
    g = c.groups
    unit = unit_of(g["unit"]) or "day"
    text = " ".join((g.get("num") or "").lower().split()).removesuffix("+")  # "18+": 18
    vague, _, times = text.rpartition(" ")
    if vague in VAGUE_NUMBERS and times in {"hundred", "thousand"}:  # "a few hundred years"
        big = {"hundred": "century", "thousand": "millennium"}[times]
        return None, big if unit == "year" else unit
    n = None if text in VAGUE_NUMBERS else number(text)
    if n is not None and g.get("plus"):
        n += 0.5
    return n, unit


def ago(c: Candidate, ctx: Context) -> Resolved:
    n, unit = _amount(c)
    direction = " ".join(c.groups["dir"].lower().split()).replace("back", "ago")  # "days back"
    if n is None and direction == "ago" and (c.groups.get("num") or "").strip():
        return "DATE", Period("PAST_REF"), f"some {unit}s ago: not a calendar day"
    if n is not None and direction == "ago" and unit in {"decade", "century"} and n.is_integer():
        return _long_ago(ctx, int(n), unit)
    if n is not None and unit in {"decade", "century"} and direction != "ago":
        n, unit = n * (10 if unit == "decade" else 100), "year"  # "a decade later": ten years
    if n is None or unit in _NOT_DAYS:
        return "DURATION", Period(tv.duration_value(n, unit)), f"a length of time ({direction})"
    if direction == "ago":
        base, sign = ctx.now, -1
    elif direction[5:] in WEEKDAYS:  # "a week from Friday": from the coming Friday
        wd = WEEKDAYS.index(direction[5:])
        base, sign = ctx.now + dt.timedelta(days=(wd - ctx.now.weekday()) % 7), 1
    elif direction.startswith("from "):  # "two weeks from now": counted from the present
        base, sign = ctx.now, 1
    else:
        # "three days later", or "three days before." (the phrase ends: before what the
        # story last named)
        base, sign = _counted_from(ctx, unit), (1 if direction in {"later", "after"} else -1)
        if base is None:
            value = tv.duration_value(n, unit)
            return "DURATION", Period(value), "a length of time: no day to count from"
    p = mv.add(base, n, unit, sign)
    if p is None:
        value = tv.duration_value(n, unit)
        return "DURATION", Period(value), "a length of time: not a whole number of units"
    side = "before" if sign < 0 else "after"
    same = _same_part(c, ctx, n, unit) if sign < 0 else None
    if same is not None:
        return "DATE", same, f"the same part of the year {n:g} year(s) before {ctx.here.value}"  # type: ignore[union-attr]
    return "DATE", p, f"{n:g} {unit}(s) {side} {base.isoformat()}"


_PART = re.compile(r"(\d{4})-(?:Q([1-4])|H([12])|(\d{2}))")


def _same_part(c: Candidate, ctx: Context, n: float, unit: str) -> Period | None:
    """ "Third-quarter income fell to $42 million from $49 million a year earlier": the
    yardstick of a comparison with a quarter, a half or a month of its sentence is that part
    of the year the given number of years before (TimeBank's "1988-Q3"), not the whole year."""
    here = ctx.here
    if unit != "year" or not n.is_integer() or here is None or not here.value:
        return None
    m = _PART.fullmatch(here.value)
    if m is None or not yardstick(ctx.text, c.start):  # the gap holds no sentence's end
        return None
    y = int(m.group(1)) - int(n)
    if m.group(2):
        return tv.quarter(y, int(m.group(2)))
    if m.group(3):
        return tv.half(y, int(m.group(3)))
    return tv.month(y, int(m.group(4)))


#: Calendar units from the finest: a period counts a length in its own unit or a longer one.
_GRAIN = ("day", "week", "fortnight", "month", "quarter", "half", "year")


def _counted_from(ctx: Context, unit: str) -> dt.date | None:
    """The day "two years later" or "a month earlier" counts from: the period the story
    last named where it is no longer than the unit ("In 1984 ... Eight years earlier"),
    else the last day it named; None where the story has named no time of its own yet."""
    last, grain = ctx.last, mv.length_of(ctx.last) if ctx.last is not None else None
    if last is not None and last is ctx.here and grain in _GRAIN[_GRAIN.index(unit) + 1 :]:
        return None  # "submitted in March and accepted eleven weeks later": no day to count
    if last is not None and last.start is not None and grain is not None:
        on_anchor = last.start <= ctx.anchor <= (last.end or last.start)
        if not on_anchor and _GRAIN.index(grain) <= _GRAIN.index(unit):
            return last.start
    if ctx.ref is None or ctx.ref == ctx.anchor:
        return None
    return ctx.ref


def than_planned(c: Candidate, ctx: Context) -> Resolved:
    """ "two days later than planned" compares with the planned day, which the text does not
    give: the phrase is the time it happened, the day (or month, or year) named earlier in
    its sentence ("arrived on March 2, two days later than planned"; "enters service in
    2010, two years later than planned"); without one, no value."""
    here = ctx.here
    if here is None or here.start is None:
        return "DATE", Period(None), "later or earlier than planned: no time named to place it"
    return "DATE", here, f"later or earlier than planned: the time named, {here.value}"


def _long_ago(ctx: Context, n: int, unit: str) -> Resolved:
    """ "a decade ago" is the decade ten years back ("198" from 1989); "two centuries ago"
    the century two hundred years back."""
    size = 10 if unit == "decade" else 100
    y = ctx.now.year - n * size
    if y < size:
        return "DURATION", Period(tv.duration_value(n, unit)), f"a length of time: {unit}s ago"
    first = y // size * size
    value = f"{y // size:03d}" if unit == "decade" else f"{y // size:02d}"
    p = tv.Period(value, dt.date(max(first, 1), 1, 1), dt.date(first + size - 1, 12, 31))
    return "DATE", p, f"{n} {unit}(s) before {ctx.now.isoformat()}: the {unit} of {y}"


def vague_ago(c: Candidate, ctx: Context) -> Resolved:
    direction = c.groups["dir"].lower()
    value = "PAST_REF" if direction in {"ago", "earlier"} else "FUTURE_REF"
    return "DATE", Period(value), f"some {c.groups['unit']} {direction}: not a calendar day"


def duration(c: Candidate, ctx: Context) -> Resolved:
    n, unit = _amount(c) if c.groups.get("num") else (1, unit_of(c.groups["unit"]) or "day")
    one = ctx.text[c.start : c.end].lower().endswith("second")  # not "81 seconds faster"
    if unit == "second" and one and _is_ordinal_second(c, ctx):
        return None
    singular = c.groups["unit"].lower() == "quarter"
    if singular and n == 1 and ctx.text[c.end : c.end + 4] == " of ":
        return None  # "a quarter of the staff" is a fraction
    if n == 1 and unit in {"day", "week", "month", "year"} and _WHEN.match(ctx.text, c.end):
        return "DATE", Period("XXXX-XX-XX"), f"a {unit} the text does not name (a {unit} when)"
    return "DURATION", Period(tv.duration_value(n, unit)), "a length of time"


#: "a day when ...": a relative clause makes "a day" one day, unnamed, not a length.
_WHEN = re.compile(r"\s+when\b")


def _is_ordinal_second(c: Candidate, ctx: Context) -> bool:
    """ "a second consecutive day", "a second time": "second" counts, it is no length."""
    rest = ctx.text[c.end : c.end + 20].split()
    return bool(rest) and rest[0][:1].isalpha() and rest[0].lower() not in _AFTER_A_LENGTH


def range_first(c: Candidate, ctx: Context) -> Resolved:
    """ "between 60 and 90 days", "10-15 minutes": the first number takes the unit of the
    second (and its scale: "15-75 million years")."""
    g = c.groups
    n, unit = number(g["num"] or g["word"]), unit_of(g["unit"] or g["unit2"]) or "day"
    if n is None or _OFFSET_AFTER.match(ctx.text, c.end):
        return None  # "7 or 8 years ago": one time back, not a length of seven years
    scale = (g.get("scale") or g.get("scale2") or "").strip()
    n *= SCALES.get(scale, 1)  # "between 15 and 75 million years": 15 million
    return (
        "DURATION",
        Period(tv.duration_value(n, unit)),
        f"a length of time (with the {unit}s after it)",
    )


#: The rest of a range that counts back or on: "[7] or 8 years ago".
_OFFSET_AFTER = re.compile(r"\s?(?:or|to|and|[-–])\s?[\w.]+\s[a-z]+\s(?:ago|later|earlier)\b")


def vague_duration(c: Candidate, ctx: Context) -> Resolved:
    unit = unit_of(c.groups["unit"]) or "day"
    return (
        "DURATION",
        Period(tv.duration_value(None, unit)),
        "an unspecified number of " + unit + "s",
    )


#: "all day", "the entire week": the length of one whole unit (TimeML's DURATION P1D).
ALL_DAY = r"\b(?:[Aa]ll|[Tt]he\s(?:entire|whole))\s(?P<unit>day|week|month)\b(?![-\s]long)"


def all_day(c: Candidate, ctx: Context) -> Resolved:
    unit = c.groups["unit"].lower()
    return "DURATION", Period(tv.duration_value(1, unit)), f"a whole {unit}"


def age(c: Candidate, ctx: Context) -> Resolved:
    return (
        "DURATION",
        Period(tv.duration_value(number(c.groups["num"]), c.groups["unit"].lower())),
        "an age",
    )


def set_(c: Candidate, ctx: Context) -> Resolved:
    """ "every year", "every other week" (one in two), "every four years", "every night",
    "every October" (each year's October)."""
    unit = c.groups["unit"].lower()
    if unit.rstrip(".") in MONTH_NUMBERS:  # a month is written capitalised ("every march")
        name, month = c.groups["unit"], MONTH_NUMBERS[unit.rstrip(".")]
        if c.groups.get("n") or name[:1].islower():
            return None
        return "SET", Period(f"XXXX-{month:02d}"), f"every {name}: each year's"
    n = 2 if c.groups.get("other") else number(c.groups["n"]) if c.groups.get("n") else 1
    if unit in {"night", "morning", "evening"} and n == 1:
        return "SET", Period(f"XXXX-XX-XXT{tv.PARTS[unit]}"), f"every {unit}"
    season = "autumn" if unit == "fall" else unit
    if season in tv.SEASONS:  # "every summer": each year's summer
        return ("SET", Period(f"XXXX-{tv.SEASONS[season][0]}"), f"every {unit}") if n == 1 else None
    if n is None or unit in {"night", "morning", "evening"}:
        return None
    return "SET", Period(tv.duration_value(n, unit)), f"every {n:g} {unit}(s)"


def rate(c: Candidate, ctx: Context) -> Resolved:
    """ "once a year", "three times a week", "$15 an hour", "per-day": a repetition."""
    unit = c.groups["unit"].lower()
    return "SET", Period(tv.duration_value(1, unit)), f"so often a {unit}"


def set_adverb(c: Candidate, ctx: Context) -> Resolved:
    if c.groups.get("allday"):
        return "SET", Period("P1D"), "24/7: every day, all day"
    if c.groups.get("everyday"):  # the adverb, not "everyday life"
        return "SET", Period("P1D"), "everyday: every day"
    unit = {
        "daily": "day",
        "nightly": "day",
        "weekly": "week",
        "monthly": "month",
        "yearly": "year",
        "annually": "year",
        "annual": "year",
        "hourly": "hour",
    }[c.groups["word"].lower()]
    return "SET", Period(tv.duration_value(1, unit)), f"every {unit}"


def weekly_day(c: Candidate, ctx: Context) -> Resolved:
    """ "on Sundays", "every Monday", "Friday nights": that day (and part) of every week;
    "every other Thursday" is that day of every second week (TIMEX3 has no value for "every
    second": the day stays, the rule says it)."""
    g = c.groups
    name = g["weekday"]
    value = f"XXXX-WXX-{tv.WEEKDAY_NUMBERS[name.lower()] + 1}"
    if g.get("part"):
        value += f"T{tv.PARTS[g['part'].lower()]}"
    if "other" in (g.get("word") or "").lower():
        return "SET", Period(value), f"every other {name}: that day of every second week"
    return "SET", Period(value), f"every {name}"
