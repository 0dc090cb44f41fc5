"""Calendar arithmetic for TIMEX3 values: periods, their first and last days, and tense.

Pure functions of dates; no spaCy here except :func:`tense_at`, which reads a Doc.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

__all__ = ["Candidate", "Period", "day", "iso_week", "month", "year", "shift_month", "tense_at"]

WEEKDAY_NUMBERS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI"}
UNITS = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "week": ("", "W"),
    "fortnight": ("", "W"),
    "month": ("", "M"),
    "year": ("", "Y"),
    "decade": ("", "DE"),
    "century": ("", "CE"),
    "centuries": ("", "CE"),
}
SEASONS = {
    "spring": ("SP", 3, 5),
    "summer": ("SU", 6, 8),
    "autumn": ("FA", 9, 11),
    "fall": ("FA", 9, 11),
    "winter": ("WI", 12, 2),
}


@dataclass(frozen=True)
class Candidate:
    """A place in the body that may be a temporal expression, and the kind that found it."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


@dataclass(frozen=True)
class Period:
    """A TIMEX3 value with the inclusive calendar days it covers (None where it has none)."""

    value: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def narrowed(self, first: dt.date, last: dt.date) -> Period:
        return Period(self.value, first, last)


#: What a resolver returns: the TIMEX3 type, the period, and how it was reached; or None.
Resolved = tuple[str, "Period", str] | None


def day(d: dt.date) -> Period:
    return Period(d.isoformat(), d, d)


def iso_week(d: dt.date, shift: int = 0) -> Period:
    monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=shift)
    year, week, _ = monday.isocalendar()
    return Period(f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6))


def weekend(d: dt.date, shift: int = 0) -> Period:
    week = iso_week(d, shift)
    assert week.start is not None
    sat = week.start + dt.timedelta(days=5)
    return Period(f"{week.value}-WE", sat, sat + dt.timedelta(days=1))


def month(y: int, m: int) -> Period:
    last = calendar.monthrange(y, m)[1]
    return Period(f"{y:04d}-{m:02d}", dt.date(y, m, 1), dt.date(y, m, last))


def year(y: int) -> Period:
    return Period(f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31))


def quarter(y: int, q: int) -> Period:
    first = dt.date(y, 3 * q - 2, 1)
    last = month(y, 3 * q).end
    return Period(f"{y:04d}-Q{q}", first, last)


def half(y: int, h: int) -> Period:
    return Period(
        f"{y:04d}-H{h}",
        dt.date(y, 1 if h == 1 else 7, 1),
        dt.date(y, 6 if h == 1 else 12, 30 if h == 1 else 31),
    )


def season(y: int, name: str) -> Period:
    code, first, last = SEASONS[name]
    end_year = y + 1 if first > last else y
    return Period(f"{y:04d}-{code}", dt.date(y, first, 1), month(end_year, last).end)


def shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + by
    return index // 12, index % 12 + 1


def part_of_month(p: Period, mod: str | None) -> Period:
    """ "early June" days 1-10, "mid-June" 11-20, "late June" 21 to the end."""
    if not mod or p.start is None or p.end is None:
        return p
    mod = mod.lower().rstrip("-")
    if mod in {"early", "the beginning of", "the start of"}:
        return p.narrowed(p.start, p.start.replace(day=10))
    if mod == "mid":
        return p.narrowed(p.start.replace(day=11), p.start.replace(day=20))
    if mod in {"late", "the end of"}:
        return p.narrowed(p.start.replace(day=21), p.end)
    return p


def nearest_year(anchor: dt.date, m: int, d: int | None, direction: int) -> int:
    """The year that puts month ``m`` (day ``d``) nearest ``anchor`` in the tense's direction:
    -1 the past, +1 the future, 0 either way."""
    best, best_key = anchor.year, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = dt.date(y, m, d or 15)
        except ValueError:
            continue
        gap = (when - anchor).days
        if d is None:  # a whole month: the month itself is "this month" from inside it
            gap = 0 if (y, m) == (anchor.year, anchor.month) else gap
        wrong_way = (direction < 0 and gap > 0) or (direction > 0 and gap < 0)
        key = (abs(gap) + (45 if wrong_way else 0),)
        if best_key is None or key < best_key:
            best, best_key = y, key
    return best


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday on or before ``anchor`` (past, the default in news) or after it (future)."""
    if direction > 0:
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back)


def duration_value(number: float | None, unit: str) -> str:
    """``3, "hour"`` -> ``PT3H``; ``None, "week"`` -> ``PXW``; fortnights are two weeks."""
    prefix, code = UNITS[unit]
    if unit == "fortnight" and number is not None:
        number *= 2
    amount = (
        "X" if number is None else (str(int(number)) if float(number).is_integer() else str(number))
    )
    return f"P{prefix}{amount}{code}"


def add(anchor: dt.date, number: int, unit: str, sign: int) -> Period | None:
    """``anchor`` moved by a number of units: the day, month or year it lands in."""
    if unit in {"day", "week", "fortnight"}:
        days = number * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return day(anchor + dt.timedelta(days=sign * days))
    if unit == "month":
        return month(*shift_month(anchor.year, anchor.month, sign * number))
    if unit == "year":
        return year(anchor.year + sign * number)
    return None


_FUTURE = frozenset(
    "will 'll ’ll shall wo going expected forecast scheduled planned plans "
    "upcoming tomorrow".split()
)


def tense_at(doc: Doc, offset: int) -> int:
    """The direction the clause around ``offset`` points: -1 past, +1 future.

    "will meet on Friday", "is expected to ... Friday", "is due ... Friday" are +1;
    everything else, as usual in news, is -1.
    """
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return -1
    from ..nlp import sentence_of

    sent = sentence_of(span[0])
    words = {t.lower_ for t in sent if t.i < span[0].i or t.head.i <= span[0].i + 3}
    if words & _FUTURE:
        return 1
    return _verb_tense(span)


def _verb_tense(span) -> int:  # type: ignore[no-untyped-def]
    tok = span[0]
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"}:
            break
        if tok.head.i == tok.i:
            return -1
        tok = tok.head
    aux = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}} | {tok.lower_}
    if aux & {"will", "'ll", "’ll", "shall", "wo"} or ("going" in aux and tok.tag_ == "VB"):
        return 1
    if tok.tag_ in {"VBD", "VBN"} or aux & {"was", "were", "had", "did"}:
        return -1
    return -1
