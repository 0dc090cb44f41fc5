"""Resolvers of the parts of a day: "Tuesday night", "tonight", "at dawn", "later in the
evening", "in morning trading". Each is the part of a day the text gives, or of the day the
story is talking about (the ``ref`` a :class:`.Story` hands on).

>>> PARTS["evening"]
'EV'
"""

from __future__ import annotations

import datetime as dt
import re

from ..nlp import sentence_of
from . import moves as mv
from . import values as tv
from .context import HABIT_WORDS, Context
from .patterns import MONTH_WORDS
from .periods import month_day
from .resolvers import weekday, weekday_inside
from .values import PARTS, Candidate, Period, Resolved

__all__ = [
    "EARLY_HOURS",
    "PARTS",
    "PART_OF_DATE",
    "daylight",
    "early_hours",
    "middle_night",
    "part_in_story",
    "part_of_date",
    "part_of_day",
    "sooner_in_the_day",
    "tonight",
]


def part_of_day(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    rel = g["rel"].lower()
    shift = {"yesterday": -1, "tomorrow": 1, "this": 0, "today": 0, "last": -1}.get(rel)
    if shift is None:
        wd = tv.WEEKDAY_NUMBERS[rel]
        when = weekday_inside(ctx, wd) or mv.weekday_near(ctx.anchor, wd, ctx.tense)
    else:
        when = ctx.now + dt.timedelta(days=shift)
    code = tv.PARTS[g["part"].lower()]
    if shift is None and ctx.year is not None and ctx.tense <= 0:
        wd = tv.WEEKDAY_NUMBERS[rel] + 1
        rule = f"a {rel} {g['part'].lower()} in {ctx.year}, the year the sentence is set in"
        return "TIME", Period(f"{ctx.year}-WXX-{wd}T{code}"), rule
    return (
        "TIME",
        Period(f"{when.isoformat()}T{code}", when, when),
        f"the {g['part'].lower()} of {when.isoformat()}",
    )


def tonight(c: Candidate, ctx: Context) -> Resolved:
    """ "tonight", "last night", "overnight" (the night the story is at) and "overnight
    Tuesday" (that Tuesday's night)."""
    word = c.groups["word"].lower()
    now = ctx.now
    when = {"tonight": now, "last night": now - dt.timedelta(days=1)}.get(word, ctx.base)
    if c.groups.get("weekday"):
        named = weekday(Candidate(c.start, c.end, "weekday", {"weekday": c.groups["weekday"]}), ctx)
        when = named[1].start if named is not None and named[1].start else when
    return "TIME", Period(f"{when.isoformat()}TNI", when, when), f"the night of {when.isoformat()}"


def middle_night(c: Candidate, ctx: Context) -> Resolved:
    when = ctx.base
    return (
        "TIME",
        Period(f"{when.isoformat()}TNI", when, when),
        "the night the story is talking about",
    )


def daylight(c: Candidate, ctx: Context) -> Resolved:
    """ "at dawn", "a pre-dawn raid", "by nightfall": the morning or evening of the day the
    story is talking about."""
    word, when = c.groups["word"].lower(), ctx.base
    code = "EV" if word in {"dusk", "nightfall"} else "MO"
    return "TIME", Period(f"{when.isoformat()}T{code}", when, when), f"{word} on {when}"


def part_in_story(c: Candidate, ctx: Context) -> Resolved:
    """A part of the day without a day of its own: "later in the evening", "in morning
    trading" (a part of the day before a noun it times), "died in the evening" (once, in
    the past). The part of the day the story is talking about; "evening dress" after "in"
    is not a time, so the word after a bare part must be a noun the part is said of. "In
    the evening" of every day or of a day to come is a part of no day told (XXXX-XX-XXTEV)."""
    g = c.groups
    part = g["part"].lower()
    if (g.get("the") or g.get("early")) and not _on_one_day(c, ctx):
        if not _every_day_or_to_come(c, ctx):
            return None  # "until early evening": once, in the past, as "in the evening" is
        value = f"XXXX-XX-XXT{PARTS[part]}"  # "they come home in the evening", "will be
        return "TIME", Period(value), f"a {part} of no day told: {value}"  # picked up in the
    if not g.get("adv") and not g.get("the") and not g.get("early"):
        span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
        after = ctx.doc[span.end] if span is not None and span.end < len(ctx.doc) else None
        if after is None or after.pos_ not in {"NOUN", "PROPN"}:
            return None
    when = ctx.base
    value = f"{when.isoformat()}T{PARTS[part]}"
    return "TIME", Period(value, when, when), f"the {part} of the day the story is at, {when}"


def _on_one_day(c: Candidate, ctx: Context) -> bool:
    """ "died in the evening" happened once, in the past; "they come home in the evening"
    and "we used to go in the morning" happen every day."""
    span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
    try:  # the sentence by bisection (spaCy's Span.sent walks the whole Doc each call)
        sentence = sentence_of(span[0]).text if span is not None else ""
    except ValueError:  # a Doc without sentence boundaries
        sentence = ""
    return ctx.tense < 0 and not _HABIT_OR_WOULD.search(sentence)


def _every_day_or_to_come(c: Candidate, ctx: Context) -> bool:
    """ "Birds sing in the morning", "we used to go in the morning", "he will be picked up in
    the morning": a present main verb, or words of habit or of a time to come."""
    span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # the verb the part of the day is said of
    present = verb.tag_ == "VBZ" or (  # not a past the tagger took for a present ("overshot
        verb.tag_ == "VBP"  # the runway in the evening and slid off")
        and verb.lower_ in {verb.lemma_.lower(), "are", "am", "'re"}
        and not any(k.tag_ == "VBD" for k in verb.conjuncts)
    )
    return present or bool(_HABIT_OR_FUTURE.search(sentence_of(span[0]).text))


_HABIT_OR_WOULD = re.compile(rf"\b(?:{HABIT_WORDS}|would)\b", re.I)
_HABIT_OR_FUTURE = re.compile(rf"\b(?:{HABIT_WORDS}|would|will|going\sto)\b", re.I)


#: "the early hours of Tuesday", "the small hours of this morning", "the early hours": the
#: first hours after midnight, TIMEX3's morning of that day (never a length of hours).
EARLY_HOURS = (
    r"\bthe\s(?:early|small|wee)\shours(?:\sof\s(?:the\smorning|"
    r"(?P<dayword>today|yesterday|tomorrow|this)(?:\smorning)?|"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\smorning)?))?\b"
)


def early_hours(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    if g.get("weekday"):
        named = weekday(c, ctx)
        if named is None or named[1].start is None:
            return named
        when = named[1].start
    elif g.get("dayword"):
        shift = {"yesterday": -1, "tomorrow": 1}.get(g["dayword"].lower(), 0)
        when = ctx.now + dt.timedelta(days=shift)
    else:
        when = ctx.base
    return "TIME", Period(f"{when.isoformat()}TMO", when, when), f"the early hours of {when}"


_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: "the night of July 4", "the morning of Tuesday, March 5", "the evening of 5 May 2019",
#: "the night of Monday to Tuesday": that day's part.
PART_OF_DATE = (
    r"\b[Tt]he\s(?P<part>morning|afternoon|evening|night)\sof\s(?:(?P<weekday>"
    + _DAYS
    + r")(?P<into>\s(?:to|into)\s(?:"
    + _DAYS
    + r"))?(?:,?\s(?=[A-Z]))?)?"
    rf"(?:(?P<month>{MONTH_WORDS})\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<month2>{MONTH_WORDS})(?:\s(?P<year2>\d{{4}}))?)?"
)


def part_of_date(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    if g.get("month") or g.get("month2"):
        groups = {
            "month": g.get("month") or g["month2"],
            "day": g.get("day") or g["day2"],
            "year": g.get("year") or g.get("year2"),
        }
        named = month_day(Candidate(c.start, c.end, "monthday", groups), ctx)
    else:
        named = weekday(Candidate(c.start, c.end, "weekday", {"weekday": g["weekday"]}), ctx)
    if named is None or named[1].start is None:
        return "TIME", Period(None), f"the {g['part']} of a day that is not a real day"
    when, part = named[1].start, g["part"].lower()
    value = f"{when.isoformat()}T{PARTS[part]}"
    last = when + dt.timedelta(days=1) if g.get("into") else when  # "Monday to Tuesday"
    return "TIME", Period(value, when, last), f"the {part} of {when.isoformat()}"


#: "later in the day", "late in the day": the day the story is at, as "later that day".
SOONER_IN_THE_DAY = r"\b(?P<mod>later|earlier|late|early)\sin\sthe\sday\b"


def sooner_in_the_day(c: Candidate, ctx: Context) -> Resolved:
    when = ctx.base
    return "DATE", tv.day(when), f"{c.groups['mod'].lower()} in the day the story is at, {when}"
