"""Resolvers for expressions that name a calendar period: dates, months, years, decades."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from . import values as tv
from .patterns import MONTH_NUMBERS
from .values import Candidate, Period, Resolved


def month_day(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    m = MONTH_NUMBERS[g["month"].lower().rstrip(".")]
    d = int(g["day"])
    if g.get("year"):
        y, rule = int(g["year"]), "a full date"
    elif g.get("yearword"):
        y = anchor.year + {"last": -1, "this": 0, "next": 1}[g["yearword"].lower()]
        rule = f"the year {g['yearword'].lower()} year from {anchor.isoformat()}"
    else:
        direction = tv.tense_at(doc, c.start)
        y = tv.nearest_year(anchor, m, d, direction)
        rule = f"no year given: {y}, the nearest to {anchor.isoformat()} in the tense's direction"
    try:
        return "DATE", tv.day(dt.date(y, m, d)), rule
    except ValueError:
        return "DATE", Period(None), f"{g['month']} {d} is not a real day"


def month(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    m = MONTH_NUMBERS[g["month"].lower().rstrip(".")]
    rel = (g.get("rel") or "").lower()
    if g.get("year"):
        y, rule = int(g["year"]), "month and year"
    elif g.get("yearword"):
        y = anchor.year + {"last": -1, "this": 0, "next": 1}[g["yearword"].lower()]
        rule = f"{g['month']} of {g['yearword'].lower()} year, from {anchor.isoformat()}"
    elif rel in {"last", "this past"}:
        y = anchor.year if m < anchor.month else anchor.year - 1
        rule = f"last {g['month']}: the most recent before {anchor.isoformat()}"
    elif rel in {"next", "this coming"}:
        y = anchor.year if m > anchor.month else anchor.year + 1
        rule = f"next {g['month']}: the first after {anchor.isoformat()}"
    else:
        y = tv.nearest_year(anchor, m, None, tv.tense_at(doc, c.start))
        rule = f"no year given: {y}, the nearest to {anchor.isoformat()} in the tense's direction"
    return "DATE", tv.part_of_month(tv.month(y, m), g.get("mod")), rule


def day_month(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    return month_day(c, text, doc, anchor, ref)


def weekday_date(
    c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None
) -> Resolved:
    g = c.groups
    m, d = MONTH_NUMBERS[g["month"].lower().rstrip(".")], int(g["day"])
    y = tv.nearest_year(anchor, m, d, 1 if (g.get("rel") or "").lower() == "next" else 0)
    try:
        return "DATE", tv.day(dt.date(y, m, d)), "a weekday with its date"
    except ValueError:
        return "DATE", Period(None), "not a real day"


def iso_date(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    try:
        return "DATE", tv.day(dt.date(int(g["y"]), int(g["m"]), int(g["d"]))), "an ISO date"
    except ValueError:
        return "DATE", Period(None), "not a real day"


def year(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    return "DATE", tv.year(int(c.groups["year"])), "a year"


def decade(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    dec = int(g["dec"]) if g.get("dec") else 190 + int(g["short"])
    return (
        "DATE",
        Period(str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31)),
        "a decade",
    )


def century(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    n = int(c.groups["ord"])
    return (
        "DATE",
        Period(f"{n - 1:02d}", dt.date((n - 1) * 100 + 1, 1, 1), dt.date(n * 100, 12, 31)),
        "a century",
    )


ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}


def quarter(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    if g.get("q"):
        return "DATE", tv.quarter(int(g["year2"]), int(g["q"])), "a quarter"
    y = int(g["year"]) if g.get("year") else anchor.year
    return "DATE", tv.quarter(y, ORDINALS[g["ord"].lower()]), "a quarter of the year"


def half(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    y = int(g["what"]) if g["what"].isdigit() else anchor.year
    return "DATE", tv.half(y, 1 if g["ord"].lower() == "first" else 2), "a half of the year"


def season(c: Candidate, text: str, doc: Doc, anchor: dt.date, ref: dt.date | None) -> Resolved:
    g = c.groups
    name = g["season"].lower()
    _, first, _ = tv.SEASONS[name]
    if g.get("year"):
        y = int(g["year"])
    else:
        rel = (g.get("rel") or "").lower()
        direction = (
            -1
            if rel in {"last", "this past"}
            else 1
            if rel == "next"
            else tv.tense_at(doc, c.start)
        )
        y = anchor.year
        started = (anchor.month, anchor.day) >= (first, 1)
        if direction < 0 and not (started and name != "winter"):
            y -= 1
        elif direction > 0 and started:
            y += 1
        if rel == "this" or (not rel and not g.get("the") and direction == 0):
            y = anchor.year
    return (
        "DATE",
        tv.season(y, name),
        f"the {name} nearest {anchor.isoformat()} in the tense's direction",
    )
