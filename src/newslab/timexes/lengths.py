"""Resolvers for lengths, ages, repetitions and counted offsets ("three days later")."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from . import values as tv
from .patterns import NUMBER_WORDS
from .values import Candidate, Period, Resolved


def number(word: str | None) -> float | None:
    if word is None:
        return None
    w = word.lower().replace("-", " ")
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return float(w)
    if w.startswith("twenty") and w != "twenty":
        return 20 + NUMBER_WORDS.get(w.split()[-1], 0)
    return NUMBER_WORDS.get(w)


def ago(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    n, unit, direction = number(g["num"]), g["unit"].lower().rstrip("s"), g["dir"].lower()
    if unit in {"centurie"}:
        unit = "century"
    if (
        n is None
        or unit in {"second", "minute", "hour", "decade", "century"}
        or direction in {"before", "after"}
    ):
        return "DURATION", Period(tv.duration_value(n, unit)), f"a length of time ({direction})"
    if direction == "ago":
        base, sign = anchor, -1
    else:
        base, sign = (ref or anchor), (1 if direction == "later" else -1)
        if ref is None or ref == anchor:
            return (
                "DURATION",
                Period(tv.duration_value(n, unit)),
                "a length of time: no day to count from",
            )
    p = tv.add(base, int(n), unit, sign)
    return "DATE", p, f"{int(n)} {unit}(s) {'before' if sign < 0 else 'after'} {base.isoformat()}"


def vague_ago(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    direction = c.groups["dir"].lower()
    value = "PAST_REF" if direction in {"ago", "earlier"} else "FUTURE_REF"
    return "DATE", Period(value), f"some {c.groups['unit']} {direction}: not a calendar day"


def duration(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    unit = g["unit"].lower()
    n = number(g["num"])
    if g["num"] and g["num"].lower() in {"a few", "several", "few", "many", "some"}:
        n = None
    return "DURATION", Period(tv.duration_value(n, unit)), "a length of time"


def vague_duration(
    c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None
) -> Resolved:
    unit = c.groups["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    return (
        "DURATION",
        Period(tv.duration_value(None, unit)),
        "an unspecified number of " + unit + "s",
    )


def age(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    return (
        "DURATION",
        Period(tv.duration_value(number(c.groups["num"]), c.groups["unit"].lower())),
        "an age",
    )


def aged(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    return "DURATION", Period(f"P{c.groups['num']}Y"), "an age"


def age_comma(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    n = c.groups.get("num") or c.groups.get("num2")
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    before = doc[span.start - 2] if span is not None and span.start >= 2 else None
    if c.groups.get("num") and (before is None or before.pos_ not in {"PROPN", "NOUN"}):
        return None
    if not 0 < int(n) < 120:
        return None
    return "DURATION", Period(f"P{int(n)}Y"), "an age"


def set_(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    unit = c.groups["unit"].lower()
    if unit in {"night", "morning", "evening"}:
        return "SET", Period(f"XXXX-XX-XXT{tv.PARTS[unit]}"), f"every {unit}"
    return "SET", Period(tv.duration_value(1, unit)), f"every {unit}"


def set_adverb(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    unit = {
        "daily": "day",
        "nightly": "day",
        "weekly": "week",
        "monthly": "month",
        "yearly": "year",
        "annually": "year",
        "hourly": "hour",
    }[c.groups["word"].lower()]
    return "SET", Period(tv.duration_value(1, unit)), f"every {unit}"
