"""Phrases that point back to the story's own time: "the following day", "the day before",
"that day", "later that night", "at the time". Each counts from the day (or the period) the
story last named, which :class:`.Story` hands on in the :class:`.Context`.

>>> import datetime as dt
>>> ctx = Context("", None, dt.date(2022, 2, 14), ref=dt.date(2022, 2, 10))
>>> rel_day(Candidate(0, 0, "relday", {"rel": "following", "unit": "day"}), ctx)[1].value
'2022-02-11'
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from ..transcripts import turn_start
from . import values as tv
from .context import Context, quotation_at
from .patterns import MONTH_WORDS
from .resolvers import rel_week
from .values import Candidate, Period, Resolved

__all__ = [
    "EVENT_DAY",
    "event_day",
    "event_part",
    "not_a_span_back",
    "rel_day",
    "that_day",
    "that_time",
    "unit_before",
]


def rel_day(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    base = ctx.base
    shift = {"same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}[
        g["rel"].lower()
    ]
    when = base + dt.timedelta(days=shift)
    unit = g["unit"].lower()
    if unit != "day":
        return (
            "TIME",
            Period(f"{when.isoformat()}T{tv.PARTS[unit]}", when, when),
            f"{g['rel']} {unit} after {base.isoformat()}",
        )
    return "DATE", tv.day(when), f"the {g['rel'].lower()} day, from {base.isoformat()}"


def unit_before(c: Candidate, ctx: Context) -> Resolved:
    """ "the year before", "the day after": the unit before or after the one last named."""
    unit, later = c.groups["unit"].lower(), c.groups["dir"].lower() in {"after", "later"}
    last = ctx.last
    if (  # "on Wednesday, the day before the vote": the day just named, told by its event
        unit == "day"
        and last is not None
        and last.start is not None
        and last.start == last.end
        and ctx.last_at is not None
        and _APPOSED.fullmatch(ctx.text, ctx.last_at, c.start)
        and _EVENT_AFTER.match(ctx.text, c.end)
    ):
        return "DATE", tv.day(last.start), f"the day just named, {last.start}, told by its event"
    if unit == "day":
        groups = {"rel": "following" if later else "previous", "unit": "day"}
        return rel_day(Candidate(c.start, c.end, c.kind, groups), ctx)
    groups = {"rel": "the following" if later else "the previous", "unit": unit, "mod": None}
    return rel_week(Candidate(c.start, c.end, c.kind, groups), ctx)


#: The day named, then a comma: what follows is set beside it ("Wednesday, the day before").
_APPOSED = re.compile(r"[\w ,]{1,30}?, ")
#: An event after "the day before": "the vote", "his trial", "Christmas".
_EVENT_AFTER = re.compile(r"\s(?:the|his|her|its|their|a)\s\w+|\s[A-Z]\w+")


def that_day(c: Candidate, ctx: Context) -> Resolved:
    """ "that day", "the day", "later that night": the day the story last named; not the
    words "that day" before a noun they form ("so that day workers can ...")."""
    base = ctx.base
    part = (c.groups.get("part") or "").lower()
    span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is not None and (span[-1].dep_ == "compound" or _links_a_clause(span)):
        return None
    if part:
        value = f"{base.isoformat()}T{tv.PARTS[part]}"
        return "TIME", Period(value, base, base), f"the {part} of the day last named, {base}"
    return "DATE", tv.day(base), f"the day the story last named, {base.isoformat()}"


def _links_a_clause(span: Span) -> bool:
    """ "that" opens a clause ("clear that day workers were angry"), not "that day"."""
    that = next((t for t in span if t.lower_ == "that"), None)
    return that is not None and (that.dep_ == "mark" or that.pos_ == "SCONJ")


#: "the time of the fire," "of her death.": the event the story is about, in a word.
_EVENT_JUST_NAMED = re.compile(r"\sof\s(?:the|his|her|its|their)\s\w+(?:\s[,.]|[,.])")


def that_time(c: Candidate, ctx: Context) -> Resolved:
    """ "at that time", "by that date", "at the time": the period the story last named
    ("at the time of the fire,", the story's event; "at the time of the news reports", a past
    time of its own);
    "at this time" is the present, but in a sentence told in the past it is the story's
    time ("At this time, he made remarks about ..."), as "at that time" is."""
    if c.groups.get("word2") and not _EVENT_JUST_NAMED.match(ctx.text, c.end):
        # "at the time of the news reports", "of the adoption of this constitution": a past
        # event of its own, not the time the story named last ("at the time of his death,")
        return "DATE", Period("PAST_REF"), "the time of a past event the text does not date"
    word = c.groups.get("word")
    word = " ".join(word.lower().split()) if word else "that date"
    if word in {"this time", "this point"} and (
        ctx.tense >= 0 or quotation_at(ctx.text, c.start) is not None
    ):
        now = ctx.now
        return "DATE", Period("PRESENT_REF", now, now), f"the present: {now.isoformat()}"
    last = ctx.last
    # an interview's turn is a discourse of its own: no time named in an earlier turn is
    # what "at that time" points back to
    turn = turn_start(ctx.text, c.start)
    if turn is not None and ctx.tense < 0 and (ctx.last_at or -1) < turn:
        return "DATE", Period("PAST_REF"), f"{word}: a past time this answer does not date"
    future = last is None or last.start is None or last.start > ctx.anchor
    if word != "that date" and ctx.tense < 0 and future:
        # a past sentence cannot mean a time still to come ("was serving ... at the time",
        # after "the 2020 race"): some time in the past the text does not date
        return "DATE", Period("PAST_REF"), f"{word}: a past time the text does not date"
    if last is None:
        return None
    return "DATE", last, f"{word}: the time the story last named, {last.value}"


#: "on the first day of the convention", "On the last night, ...": a day of an event, by its
#: place in the event; not a day of a month or a year the calendar names ("the first day of
#: May"), and not the span back from now ("in the last day", "over the last day").
EVENT_DAY = (
    r"\b[Tt]he\s(?P<ord>first|last|final|opening|closing)\s(?P<unit>day|night)\b"
    rf"(?!\sof\s(?:the\s)?(?:year|month|week|[A-Z][a-z]+\s\d|(?:{MONTH_WORDS})\b|\d))"
)


#: "the first week of the trial", "the final month", "the very last week she could work": a
#: longer part of an event by its place in it; "the last week" alone is the span back from
#: now (a length), and "last" is that only after "very" or before "of".
EVENT_PART = (
    r"\b[Tt]he\s(?:very\s)?(?P<ord>first|final|opening|closing|(?<=very\s)last"
    r"|last(?=\s\w+\sof\s(?:the|a|an|his|her|its|their|this|that|my|our|your)\s))\s(?P<unit>week|weekend|month|year)\b(?!\sor\s)"
    rf"(?!\sof\s(?:the\s)?(?:year|month|week|decade|century|[A-Z][a-z]+\s\d|(?:{MONTH_WORDS})\b|\d))"
)


_SOME = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}


def event_part(c: Candidate, ctx: Context) -> Resolved:
    """ "the first year of his term": a year (month, week) the text does not date, as TimeML
    writes one: XXXX (XXXX-XX, XXXX-WXX).

    >>> import re
    >>> [m.group() for m in re.finditer(EVENT_PART, "In the first week of the trial, ...")]
    ['the first week']
    """
    unit = c.groups["unit"].lower()
    return (
        "DATE",
        Period(_SOME[unit]),
        f"the {c.groups['ord'].lower()} {unit} of something the text does not date",
    )


def not_a_span_back(m: re.Match[str]) -> bool:
    """ "in the last day", "over the last day": the span back from now, no event's day."""
    before = m.string[max(0, m.start() - 8) : m.start()].lower().split()[-1:]
    return before not in (["in"], ["over"], ["within"], ["for"], ["during"])


def event_day(c: Candidate, ctx: Context) -> Resolved:
    """ "the first day of the convention", "the last night": a day the text places only in
    an event it does not date; TimeML's PAST_REF (or FUTURE_REF) by the sentence's tense,
    and ``None`` where the tense does not say.

    >>> import re
    >>> text = "The last night was long; in the last day, none."
    >>> [m.group() for m in re.finditer(EVENT_DAY, text) if not_a_span_back(m)]
    ['The last night']
    """
    tense = ctx.tense
    if tense == 0:
        return None
    value = "PAST_REF" if tense < 0 else "FUTURE_REF"
    where = "past" if tense < 0 else "future"
    return (
        "DATE",
        Period(value),
        f"the {c.groups['ord'].lower()} {c.groups['unit'].lower()} of an event the text does not date: {where}",
    )
