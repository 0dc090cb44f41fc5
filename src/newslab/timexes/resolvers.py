"""Resolvers of days, weeks and clock times (parts of the day are in :mod:`.dayparts`): one
function a kind of temporal expression, from a candidate to a value.

Each takes the candidate and its :class:`.Context` (the text, the Doc, the anchor day, the
day the story is at) and returns ``(type, Period, rule)``, where ``rule`` says in plain
words how the value was reached, or None where the phrase is not a time after all.
"""

from __future__ import annotations

import datetime as dt
import re

from . import moves as mv
from . import values as tv
from .context import Context
from .eras import last_century
from .values import Candidate, Period, Resolved
from .words import number
from .zones import utc_day_shift

_ZONES_UTC = ("UTC", "GMT", "Z")
#: A preposition of time right before an hour told in words ("at two in the morning").
_AT_HOUR = re.compile(r"\b(?:at|around|about|until|till|before|after|by|since|from|to|and)\s$")


def clock(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    when = _day_word(g, ctx) or ctx.base
    if g.get("named"):
        named = g["named"].lower()
        if named == "midnight" and (g.get("weekday") or g.get("dayword")):
            value = f"{when.isoformat()}T24:00"  # TIMEX3: the midnight that ends that day
            return "TIME", Period(value, when, when), f"midnight at the end of {when.isoformat()}"
        hh, mm = (0, 0) if named == "midnight" else (12, 0)
        value = (
            f"{when.isoformat()}TMI"
            if named == "midday"
            else f"{when.isoformat()}T{hh:02d}:{mm:02d}"
        )
        return "TIME", Period(value, when, when), f"{named} on {when.isoformat()}"
    if g.get("oc"):  # "ten o'clock", "10 o'clock in the evening", "at two in the morning"
        if "clock" not in ctx.text[c.start : c.end] and not _AT_HOUR.search(
            ctx.text, max(0, c.start - 8), c.start
        ):
            return None  # "One in the morning group left": a count
        hh, mm = int(number(g["oc"]) or 0), 0
        part = (g.get("part2") or "").lower()
        if hh < 12 and (part in {"afternoon", "evening"} or part == "night" and hh >= 6):
            hh += 12
    elif g.get("hhmm"):  # "(0030 UTC)" after "8:30 p.m.": may be the next day's
        hh, mm = int(g["hhmm"][:2]), int(g["hhmm"][2:])
        when += dt.timedelta(days=utc_day_shift(ctx.text, c.start, hh, mm))
    elif g.get("h24"):
        hh, mm = int(g["h24"]), int(g["mi24"])
        if (g.get("part2") or "").lower() in {"afternoon", "evening"} and hh < 12:
            hh += 12
    else:
        hh, mm = int(g["h"]), int(g["mi"] or 0)
        if hh > 12:
            return "TIME", Period(None), "not a real time of day (over 12 with a.m./p.m.)"
        pm = g["ampm"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    if hh > 24 or mm > 59:
        return "TIME", Period(None), "not a real time of day"
    if not (g.get("dayword") or g.get("weekday")) and ctx.here is None and ctx.habitual:
        value = f"XXXX-XX-XXT{hh:02d}:{mm:02d}"  # "held every day at 1 pm": of no one day
        return "TIME", Period(value), f"a clock time of every day: {value}"
    rule = f"clock time on {when.isoformat()} (the day the story is talking about)"
    return "TIME", Period(f"{when.isoformat()}T{hh:02d}:{mm:02d}", when, when), rule


def _day_word(g: dict, ctx: Context) -> dt.date | None:
    if g.get("dayword"):
        now = ctx.now
        return {
            "today": now,
            "tonight": now,
            "yesterday": now - dt.timedelta(days=1),
            "tomorrow": now + dt.timedelta(days=1),
        }[g["dayword"].lower()]
    if g.get("weekday"):
        wd = tv.WEEKDAY_NUMBERS[g["weekday"].lower()]
        return weekday_inside(ctx, wd) or mv.weekday_near(ctx.anchor, wd, ctx.tense)
    return None


def weekday(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    name, anchor = g["weekday"], ctx.anchor
    wd = tv.WEEKDAY_NUMBERS[name.lower()]
    rel = (g.get("rel") or "").lower()
    if rel in {"last", "next", "this"}:
        shift = {"last": -1, "next": 1, "this": 0}[rel]
        when = tv.iso_week(anchor, shift).start + dt.timedelta(days=wd)  # type: ignore[operator]
        where = {"last": "the week before", "next": "the week after", "this": "the week of"}[rel]
        way = ctx.tense if rel == "this" else 0
        if way and (when - anchor).days * way < 0:  # "This Sunday, he crossed": the Sunday past
            when = mv.weekday_near(anchor, wd, way)
            word = "past" if way < 0 else "future"
            return "DATE", tv.day(when), f"this {name} in a {word}-tense sentence: the nearest one"
        return "DATE", tv.day(when), f"{rel} {name}: in {where} {anchor.isoformat()}"
    if not rel and _EVERY_DAY_AND.search(ctx.text, max(0, ctx.at - 24), ctx.at):
        return "SET", Period(f"XXXX-WXX-{wd + 1}"), f"every {name}, joined to an earlier one"
    direction = 1 if rel == "this coming" else -1 if rel == "this past" else ctx.tense
    if not rel and ctx.range_from is not None:  # "Wednesday through Friday": the Friday after
        when = ctx.range_from + dt.timedelta(days=(wd - ctx.range_from.weekday() - 1) % 7 + 1)
        return "DATE", tv.day(when), f"a {name} ending a range from {ctx.range_from.isoformat()}"
    if not rel and (inside := weekday_inside(ctx, wd)) is not None:
        return "DATE", tv.day(inside), f"a {name} inside the days of the range the story named"
    if not rel and ctx.year is not None and direction <= 0:
        rule = f"a {name} in {ctx.year}, the year the sentence is set in"
        return "DATE", Period(f"{ctx.year}-WXX-{wd + 1}"), rule
    word = "future" if direction > 0 else "past"
    when = mv.weekday_near(anchor, wd, 1 if direction > 0 else -1)
    side = "after" if direction > 0 else "before"
    rule = f"a weekday in a {word}-tense sentence: the {name} on or {side} {anchor.isoformat()}"
    return "DATE", tv.day(when), rule


#: "every Tuesday and ": the weekday after it is every week's too.
_EVERY_DAY_AND = re.compile(r"\b(?i:every|each)\s[A-Z][a-z]+day,?\s(?:and|or)\s$")


def weekday_inside(ctx: Context, wd: int) -> dt.date | None:
    """The day of weekday ``wd`` inside the few days of a range the story named ("from March
    15 to 17 ... on Saturday": the 16th), until it names a day outside them; else None."""
    days = ctx.days
    if days is None or days.start is None or days.end is None:
        return None
    when = days.start + dt.timedelta(days=(wd - days.start.weekday()) % 7)
    return when if when <= days.end else None


_DAYWORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_DAYWORDS |= {"the day before yesterday": -2, "the day after tomorrow": 2}


#: "The island is today a barren place", "it today has a grassy landscape": today as these
#: days, not as a day ("is closed today", "is today expected to", "today's ruling", and
#: "the events of today" as much as "the women of today", are left to the day).
_GENERIC = r" (?:a|an|the|one|home|part|among|largely|mostly|still|far|no|many|few|some)\b"
_NOWADAYS = re.compile(
    rf"\b(?:is|are|am|has|have) today(?={_GENERIC})"
    rf"|(?<=\b(?:it|he) )today (?:is|has)(?={_GENERIC})"
    rf"|(?<=\bthey )today (?:are|have)(?={_GENERIC})",
    re.I,
)

_NOW_WORDS = frozenset(
    {"now", "right now", "currently", "presently", "nowadays", "these days", "the time being"}
    | {"the moment", "the present day"}
)


def deictic(c: Candidate, ctx: Context) -> Resolved:
    w = " ".join(c.groups["word"].lower().split())
    now = ctx.now
    said = "" if ctx.speech is None else " (the day the quoted words were said)"
    if w == "today" and _NOWADAYS.search(ctx.text, max(0, c.start - 5), c.end + 12):
        return "DATE", Period("PRESENT_REF", now, now), f"today as these days: {now.isoformat()}"
    if w == "this day":  # "to this day": until now; "judge this day kindly": the day itself
        if ctx.text[max(0, c.start - 3) : c.start].lower() == "to ":
            return "DATE", Period("PRESENT_REF", now, now), f"to this day: up to {now.isoformat()}"
        return "DATE", tv.day(now), f"this day: {now.isoformat()}{said}"
    if w in _DAYWORDS:
        when = now + dt.timedelta(days=_DAYWORDS[w])
        return "DATE", tv.day(when), f"{w}, counted from {now.isoformat()}{said}"
    if w in _NOW_WORDS:
        return "DATE", Period("PRESENT_REF", now, now), f"the present: {now.isoformat()}{said}"
    if w == "future" and _modifies_a_noun(c, ctx):
        return None  # "in future years": an adjective
    if w.endswith(("future", "term")):
        return "DATE", Period("FUTURE_REF"), "an unspecified future"
    if w.startswith("recent ") and w != "recent times":  # "in recent years": TimeBank's
        unit = w.split()[1].removesuffix("s")  # and MEANTIME's vague length, PXY
        return "DURATION", Period(tv.duration_value(None, unit)), f"some {unit}s up to now"
    return "DATE", Period("PAST_REF"), "an unspecified past"


def _modifies_a_noun(c: Candidate, ctx: Context) -> bool:
    span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and span[-1].dep_ in {"amod", "compound"}


_SHIFTS = {
    "this": 0,
    "last": -1,
    "next": 1,
    "the past": -1,
    "the last": -1,  # "over the last year", a length; "the last quarter", "the last weekend"
    "the coming": 1,
    "that": 0,
    "the same": 0,
    "that same": 0,
    "the previous": -1,
    "the prior": -1,
    "the current": 0,
    "the following": 1,
    "the next": 1,
    "the": 0,  # "the month's biggest stories": the month last named
}


def _as_fine(last: Period | None, unit: str) -> bool:
    """Whether the period last named is no longer than ``unit`` ("that month" may follow
    "in August 2019", not "in 2019"); weeks count from the last day named instead."""
    value = last.value or "" if last is not None else ""
    if unit in {"week", "weekend"} or not value[:1].isdigit():
        return False
    return unit in {"year", "decade"} or len(value) >= 7 and "-H" not in value


def rel_week(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    rel, unit, mod = (
        " ".join(g["rel"].lower().split()),
        g["unit"].lower(),
        (g.get("mod") or "").lower(),
    )
    anaphoric = rel in {
        "that",
        "the same",
        "that same",
        "the previous",
        "the prior",
        "the following",
        "the next",  # "Ann Roe quit in May 2019. The next month, ...": June 2019
        "the",
    }
    named = ctx.stretch.value if ctx.stretch is not None else None
    if rel == "the" and unit == "quarter" and "-Q" not in (named or ""):
        return None  # "the quarter" points back only to a quarter the story named
    base = ctx.anchor
    if anaphoric and _as_fine(ctx.last, unit):
        base = ctx.last.start or base  # type: ignore[union-attr]
    elif anaphoric:
        base = ctx.base
    shift = _SHIFTS[rel]
    if unit == "century" and rel == "the last":
        return last_century(c, ctx)
    length = rel == "the past" or rel == "the last" and unit != "quarter"  # a company's quarter
    if length and unit != "weekend" or rel == "the coming" and unit == "decade":
        return "DURATION", Period(tv.duration_value(1, unit)), f"a length of one {unit}"
    if rel == "the coming" and unit != "weekend":
        # the first that starts on or after the publication day (from a Monday, the week
        # now beginning)
        shift = 0 if rel_week(_this(c, unit), ctx)[1].start == ctx.anchor else 1  # type: ignore[index]
    if unit == "week":
        p = tv.iso_week(base, shift)
        assert p.start is not None and p.end is not None
        if mod in {"late", "early"} and rel == "this" and ctx.tense > 0:
            first = 3 if mod == "late" else 0
            if p.start + dt.timedelta(days=first + 2) < ctx.anchor:  # already past: next week's
                p, rel = tv.iso_week(base, 1), f"{rel} ({mod} days already past: the next)"
                assert p.start is not None
        if mod == "late":
            p = p.narrowed(p.start + dt.timedelta(days=3), p.start + dt.timedelta(days=5))
        elif mod == "early":
            p = p.narrowed(p.start, p.start + dt.timedelta(days=2))
    elif unit == "weekend":
        p = tv.weekend(base, shift if rel != "this" or ctx.tense >= 0 else -1)
    elif unit == "month":
        p = mv.part_of_month(tv.month(*tv.shift_month(base.year, base.month, shift)), mod)
    elif unit == "year":
        p = tv.year(base.year + shift)
    elif unit == "quarter":
        q = (base.month - 1) // 3 + 1 + shift
        p = tv.quarter(base.year + (q - 1) // 4, (q - 1) % 4 + 1)
    else:
        first = (base.year // 10 + shift) * 10
        p = Period(f"{first // 10}", dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
    if mod in {"earlier", "later"} and shift == 0:
        p = _before_or_after(p, base if anaphoric else ctx.anchor, mod)
    return "DATE", p, f"{rel} {unit} from {base.isoformat()}"


def _this(c: Candidate, unit: str) -> Candidate:
    return Candidate(c.start, c.end, c.kind, {"rel": "this", "unit": unit, "mod": None})


def _before_or_after(p: Period, day: dt.date, mod: str) -> Period:
    """ "earlier this year" is the days of the year before ``day``, "later this month" those
    after it (the value stays the whole period, as for "Earlier this week")."""
    if p.start is None or p.end is None or not p.start <= day <= p.end:
        return p
    if mod == "earlier":
        return p.narrowed(p.start, max(p.start, day - dt.timedelta(days=1)))
    return p.narrowed(min(p.end, day + dt.timedelta(days=1)), p.end)


def weekend(c: Candidate, ctx: Context) -> Resolved:
    anchor, way = ctx.anchor, (c.groups.get("dir") or "").lower()
    on_it = anchor.weekday() >= 5
    if way:  # "this past weekend", "this coming weekend"
        shift = (0 if on_it else -1) if way == "past" else (1 if on_it else 0)
        return "DATE", tv.weekend(anchor, shift), f"the weekend {way} from {anchor.isoformat()}"
    shift = 0 if ctx.tense > 0 or on_it else -1
    return "DATE", tv.weekend(anchor, shift), "the weekend nearest in the tense's direction"
