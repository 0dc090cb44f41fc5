"""Seasons: "last summer", "the autumn of next year", "that winter", "winter 2014".

A season without a year is the nearest one in the direction the sentence's tense points;
"this" is the one under way (in February, the winter that began the December before);
"that" is the one of the year the story last named; "of next year" counts from publication.
"""

from __future__ import annotations

from . import values as tv
from .context import Context
from .periods import year_word
from .values import Candidate, Resolved

__all__ = ["season"]


def season(c: Candidate, ctx: Context) -> Resolved:
    """The season a phrase names, in its year (see the module).

    >>> import datetime as dt, spacy
    >>> ctx = Context("", spacy.blank("en")(""), dt.date(2025, 11, 20))
    >>> c = Candidate(0, 28, "season", {"season": "summer", "yearword": "next"})
    >>> season(c, ctx)[1].value
    '2026-SU'
    """
    g = c.groups
    name, anchor = g["season"].lower(), ctx.anchor
    _, first, last = tv.SEASONS[name]
    rel = (g.get("rel") or "").lower()
    told = g.get("year") or g.get("yearword") or (rel == "that" and ctx.last is not None)
    if told:
        y = int(g["year"]) if g.get("year") else year_word(g.get("yearword") or rel, ctx)[0]
    else:
        direction = -1 if rel in {"last", "this past"} else 1 if rel == "next" else ctx.tense
        y = anchor.year
        started = (anchor.month, anchor.day) >= (first, 1)
        under_way = started and name != "winter" and anchor.month <= last
        if direction < 0 and not (started and name != "winter"):
            y -= 1
        elif direction < 0 and under_way and rel in {"last", "this past"}:
            y -= 1  # "last summer", said in July: the one before this
        elif direction > 0 and started and (name == "winter" or anchor.month > last):
            y += 1  # "will close in the spring" in early March: this spring, under way
        elif direction > 0 and under_way and rel == "next":
            y += 1  # "next summer", said in July: the one after this
        if rel == "this" or (not rel and not g.get("the") and direction == 0):
            y = anchor.year - (name == "winter" and anchor.month <= last)  # in February, the
            # winter under way began the December before
    p = tv.season(y, name)
    if rel in {"early", "late"} and p.start is not None and p.end is not None:
        mid = p.start + (p.end - p.start) / 2
        p = p.narrowed(p.start, mid) if rel == "early" else p.narrowed(mid, p.end)
    if told:
        return "DATE", p, f"the {name} of {y}"
    return "DATE", p, f"the {name} nearest {anchor.isoformat()} in the tense's direction"
