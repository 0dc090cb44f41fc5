"""Resolvers of days, weeks and times of day: one function a kind of temporal expression, from a candidate to a value.

Each takes the candidate, the body text, the Doc, the anchor day and the reference day (the
day the story last talked about) and returns ``(type, Period, rule)``, where ``rule`` says in
plain words how the value was reached.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from . import values as tv
from .values import Candidate, Period, Resolved


def clock(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    when = _day_word(g, anchor, doc, c.start) or ref or anchor
    if g.get("named"):
        named = g["named"].lower()
        hh, mm = (0, 0) if named == "midnight" else (12, 0)
        value = (
            f"{when.isoformat()}TMI"
            if named == "midday"
            else f"{when.isoformat()}T{hh:02d}:{mm:02d}"
        )
        return "TIME", Period(value, when, when), f"{named} on {when.isoformat()}"
    if g.get("hhmm"):
        hh, mm = int(g["hhmm"][:2]), int(g["hhmm"][2:])
    elif g.get("h24"):
        hh, mm = int(g["h24"]), int(g["mi24"])
        if (g.get("part2") or "").lower() in {"afternoon", "evening"} and hh < 12:
            hh += 12
    else:
        hh, mm = int(g["h"]), int(g["mi"] or 0)
        pm = g["ampm"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    if hh > 24 or mm > 59:
        return "TIME", Period(None), "not a real time of day"
    rule = f"clock time on {when.isoformat()} (the day the story is talking about)"
    return "TIME", Period(f"{when.isoformat()}T{hh:02d}:{mm:02d}", when, when), rule


def _day_word(g, anchor, doc, offset) -> dt.date | None:
    if g.get("dayword"):
        return {
            "today": anchor,
            "tonight": anchor,
            "yesterday": anchor - dt.timedelta(days=1),
            "tomorrow": anchor + dt.timedelta(days=1),
        }[g["dayword"].lower()]
    if g.get("weekday"):
        return tv.weekday_near(
            anchor, tv.WEEKDAY_NUMBERS[g["weekday"].lower()], tv.tense_at(doc, offset)
        )
    return None


def part_of_day(
    c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None
) -> Resolved:
    g = c.groups
    rel = g["rel"].lower()
    shift = {"yesterday": -1, "tomorrow": 1, "this": 0, "today": 0, "last": -1}.get(rel)
    if shift is None:
        when = tv.weekday_near(anchor, tv.WEEKDAY_NUMBERS[rel], tv.tense_at(doc, c.start))
    else:
        when = anchor + dt.timedelta(days=shift)
    code = tv.PARTS[g["part"].lower()]
    return (
        "TIME",
        Period(f"{when.isoformat()}T{code}", when, when),
        f"the {g['part'].lower()} of {when.isoformat()}",
    )


def tonight(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    word = c.groups["word"].lower()
    when = {"tonight": anchor, "last night": anchor - dt.timedelta(days=1)}.get(word, ref or anchor)
    return "TIME", Period(f"{when.isoformat()}TNI", when, when), f"the night of {when.isoformat()}"


def middle_night(
    c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None
) -> Resolved:
    when = ref or anchor
    return (
        "TIME",
        Period(f"{when.isoformat()}TNI", when, when),
        "the night the story is talking about",
    )


def weekday(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    wd = tv.WEEKDAY_NUMBERS[g["weekday"].lower()]
    rel = (g.get("rel") or "").lower()
    if rel == "last":
        week = tv.iso_week(anchor, -1)
        when = week.start + dt.timedelta(days=wd)
        rule = f"last {g['weekday']}: in the week before {anchor.isoformat()}"
    elif rel == "next":
        week = tv.iso_week(anchor, 1)
        when = week.start + dt.timedelta(days=wd)
        rule = f"next {g['weekday']}: in the week after {anchor.isoformat()}"
    elif rel == "this":
        when = tv.iso_week(anchor).start + dt.timedelta(days=wd)
        rule = f"this {g['weekday']}: in the week of {anchor.isoformat()}"
    else:
        direction = (
            1 if rel == "this coming" else -1 if rel == "this past" else tv.tense_at(doc, c.start)
        )
        when = tv.weekday_near(anchor, wd, 1 if direction > 0 else -1)
        word = "future" if direction > 0 else "past"
        rule = f"a weekday in a {word}-tense sentence: the {g['weekday']} on or {'after' if direction > 0 else 'before'} {anchor.isoformat()}"
    return "DATE", tv.day(when), rule


def deictic(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    w = c.groups["word"].lower()
    if w in {"today", "yesterday", "tomorrow"}:
        when = anchor + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
        return "DATE", tv.day(when), f"{w}, counted from {anchor.isoformat()}"
    if w in {"now", "right now", "currently", "presently", "nowadays"}:
        return "DATE", Period("PRESENT_REF", anchor, anchor), "the present: the publication day"
    if w in {"the future", "in the future"}:
        return "DATE", Period("FUTURE_REF"), "an unspecified future"
    return "DATE", Period("PAST_REF"), "an unspecified past"


def rel_week(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    rel, unit, mod = g["rel"].lower(), g["unit"].lower(), (g.get("mod") or "").lower()
    base = ref if rel in {"that", "the same"} and ref else anchor
    shift = {
        "this": 0,
        "last": -1,
        "next": 1,
        "the past": -1,
        "the coming": 1,
        "that": 0,
        "the same": 0,
        "the previous": -1,
        "the following": 1,
    }[rel]
    if rel in {"the past", "the coming"} and unit != "weekend":
        return "DURATION", Period(tv.duration_value(1, unit)), f"a length of one {unit}"
    if unit == "week":
        p = tv.iso_week(base, shift)
        if mod == "late":
            p = p.narrowed(p.start + dt.timedelta(days=3), p.start + dt.timedelta(days=5))
        elif mod == "early":
            p = p.narrowed(p.start, p.start + dt.timedelta(days=2))
        elif mod == "earlier" and shift == 0:
            p = p.narrowed(p.start, max(p.start, anchor - dt.timedelta(days=1)))
        elif mod == "later" and shift == 0:
            p = p.narrowed(min(p.end, anchor + dt.timedelta(days=1)), p.end)
    elif unit == "weekend":
        p = tv.weekend(base, shift if rel != "this" or tv.tense_at(doc, c.start) >= 0 else -1)
    elif unit == "month":
        p = tv.month(*tv.shift_month(base.year, base.month, shift))
    elif unit == "year":
        p = tv.year(base.year + shift)
    elif unit == "quarter":
        q = (base.month - 1) // 3 + 1 + shift
        p = tv.quarter(base.year + (q - 1) // 4, (q - 1) % 4 + 1)
    else:
        p = Period(
            f"{base.year // 10 + shift}",
            dt.date((base.year // 10 + shift) * 10, 1, 1),
            dt.date((base.year // 10 + shift) * 10 + 9, 12, 31),
        )
    return "DATE", p, f"{rel} {unit} from {base.isoformat()}"


def weekend(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    direction = tv.tense_at(doc, c.start)
    shift = 0 if direction > 0 or anchor.weekday() >= 5 else -1
    return "DATE", tv.weekend(anchor, shift), "the weekend nearest in the tense's direction"


def rel_day(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    base = ref or anchor
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


def that_day(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    base = ref or anchor
    return "DATE", tv.day(base), f"the day the story last named, {base.isoformat()}"
