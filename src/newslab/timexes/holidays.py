"""Named days: holidays whose date a calendar rule gives, resolved as TIMEX3 DATEs.

TimeML annotates a holiday as the day it falls on ("Christmas" in 2020 is ``2020-12-25``).
Each row is a rule, not a date: a fixed day of a month, the n-th weekday of a month
(``-1``: the last), or a number of days from Easter Sunday (the Gregorian computus). Only
names one calendar gives everywhere English news uses them; days whose date depends on the
country ("Independence Day", "Labour Day") or on a lunar calendar are left out.

>>> day_of("Labor Day", 2019), day_of("Good Friday", 2019)
(datetime.date(2019, 9, 2), datetime.date(2019, 4, 19))
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from . import moves as mv
from . import values as tv
from .context import Context
from .values import Candidate, Resolved

__all__ = ["HOLIDAYS", "HOLIDAY", "NEEDS", "day_of", "holiday"]

#: Name -> ("fixed", month, day) | ("nth", month, weekday 0=Monday, n; -1 the last)
#: | ("easter", days from Easter Sunday). Spelling variants map to one row in ``_ALIASES``;
#: a day after the rule's day is in ``_AFTER`` (the Tuesday after November's first Monday).
HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "New Year's Day": ("fixed", 1, 1, 0),
    "New Year's Eve": ("fixed", 12, 31, 0),
    "Valentine's Day": ("fixed", 2, 14, 0),
    "St. Patrick's Day": ("fixed", 3, 17, 0),
    "Halloween": ("fixed", 10, 31, 0),
    "Guy Fawkes Night": ("fixed", 11, 5, 0),
    "Christmas Eve": ("fixed", 12, 24, 0),
    "Christmas Day": ("fixed", 12, 25, 0),
    "Boxing Day": ("fixed", 12, 26, 0),
    "Bastille Day": ("fixed", 7, 14, 0),
    "Canada Day": ("fixed", 7, 1, 0),
    "Australia Day": ("fixed", 1, 26, 0),
    "Anzac Day": ("fixed", 4, 25, 0),
    "Remembrance Day": ("fixed", 11, 11, 0),
    "Veterans Day": ("fixed", 11, 11, 0),
    "Juneteenth": ("fixed", 6, 19, 0),
    "Fourth of July": ("fixed", 7, 4, 0),  # the United States' Independence Day, by its date
    # United Nations observances, on one fixed day everywhere
    "International Holocaust Remembrance Day": ("fixed", 1, 27, 0),
    "International Women's Day": ("fixed", 3, 8, 0),
    "Earth Day": ("fixed", 4, 22, 0),
    "International Workers' Day": ("fixed", 5, 1, 0),
    "World Press Freedom Day": ("fixed", 5, 3, 0),
    "World Environment Day": ("fixed", 6, 5, 0),
    "World Refugee Day": ("fixed", 6, 20, 0),
    "World AIDS Day": ("fixed", 12, 1, 0),
    "Human Rights Day": ("fixed", 12, 10, 0),
    "Martin Luther King Jr. Day": ("nth", 1, 0, 3),
    "Presidents' Day": ("nth", 2, 0, 3),
    "Memorial Day": ("nth", 5, 0, -1),
    "Labor Day": ("nth", 9, 0, 1),
    "Columbus Day": ("nth", 10, 0, 2),
    "Thanksgiving Day": ("nth", 11, 3, 4),
    "Election Day": ("nth", 11, 0, 1),  # the United States': the Tuesday after this Monday
    "Ash Wednesday": ("easter", -46, 0, 0),
    "Palm Sunday": ("easter", -7, 0, 0),
    "Maundy Thursday": ("easter", -3, 0, 0),
    "Good Friday": ("easter", -2, 0, 0),
    "Easter Sunday": ("easter", 0, 0, 0),
    "Easter Monday": ("easter", 1, 0, 0),
}
_ALIASES = {
    "New Year's": "New Year's Day",
    "Valentine's": "Valentine's Day",
    "Saint Patrick's Day": "St. Patrick's Day",
    "St Patrick's Day": "St. Patrick's Day",
    "Armistice Day": "Remembrance Day",
    "July Fourth": "Fourth of July",
    "Veterans' Day": "Veterans Day",
    "MLK Day": "Martin Luther King Jr. Day",
    "Martin Luther King Day": "Martin Luther King Jr. Day",
    "Presidents Day": "Presidents' Day",
    "Thanksgiving": "Thanksgiving Day",
    "Christmas": "Christmas Day",
    "Easter": "Easter Sunday",
    "Women's Day": "International Women's Day",
    "Women's day": "International Women's Day",
    "International Women’s Day": "International Women's Day",
}
_AFTER = {"Election Day": 1}
_NAMES = sorted({*HOLIDAYS, *_ALIASES}, key=len, reverse=True)
#: Every name in lower case up to its apostrophe: a text without one has no holiday.
NEEDS = tuple(sorted({re.split("['’]", n)[0].lower() for n in _NAMES}))
_ALT = "|".join(re.escape(n).replace("'", "['’]").replace(r"\ ", r"\s") for n in _NAMES)
#: The pattern: "Christmas", "last Easter", "Memorial Day 2018", "Christmas of 2019"; never
#: a holiday that begins a longer name ("Easter Island", "Christmas Island"), nor a church's
#: own calendar ("Orthodox Easter").
HOLIDAY = (
    r"(?<!Orthodox\s)(?<!Coptic\s)\b(?P<eve>[Tt]he\seve\sof\s(?:the\s)?)?"
    r"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\spast|[Tt]his\scoming)\s)?"
    rf"(?P<name>{_ALT})(?:,?\s(?:of\s)?(?P<year>1[5-9]\d\d|20\d\d)\b)?(?![\w’'-]|\s[A-Z])"
)


def _key(name: str) -> str:
    name = " ".join(name.replace("’", "'").split())
    return _ALIASES.get(name, name)


@functools.lru_cache(maxsize=512)
def _easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def day_of(name: str, year: int) -> dt.date:
    """The day the holiday ``name`` falls on in ``year``."""
    key = _key(name)
    return _by_rule(*HOLIDAYS[key], year) + dt.timedelta(days=_AFTER.get(key, 0))


def _by_rule(how: str, a: int, b: int, c: int, year: int) -> dt.date:
    if how == "fixed":
        return dt.date(year, a, b)
    if how == "easter":
        return _easter(year) + dt.timedelta(days=a)
    if c > 0:
        first = dt.date(year, a, 1)
        return first + dt.timedelta(days=(b - first.weekday()) % 7 + 7 * (c - 1))
    last = tv.month(year, a).end
    assert last is not None
    return last - dt.timedelta(days=(last.weekday() - b) % 7)


def holiday(c: Candidate, ctx: Context) -> Resolved:
    """A named holiday: the year given, else "last"/"next", else the year the sentence is
    set in, else the nearest in the tense's direction."""
    g, anchor = c.groups, ctx.anchor
    name, rel = _key(g["name"]), " ".join((g.get("rel") or "").lower().split())
    if g.get("year"):
        y, rule = int(g["year"]), f"{name} of the year given"
    elif rel in {"last", "this past"}:
        y = anchor.year if day_of(name, anchor.year) < anchor else anchor.year - 1
        rule = f"last {name}: the most recent before {anchor.isoformat()}"
    elif rel in {"next", "this coming"}:
        y = anchor.year if day_of(name, anchor.year) > anchor else anchor.year + 1
        rule = f"next {name}: the first after {anchor.isoformat()}"
    elif ctx.year is not None:
        y, rule = ctx.year, f"{name} in {ctx.year}, the year the sentence is set in"
    elif rel == "this":
        y, rule = anchor.year, f"this {name}: the one in {anchor.year}"
    else:
        y = mv.nearest_year(anchor, 0, None, ctx.tense, day_in=lambda y: day_of(name, y))
        rule = f"{name}: {y}, the nearest to {anchor.isoformat()} in the tense's direction"
    if g.get("eve"):  # "the eve of Christmas": the day before
        return "DATE", tv.day(day_of(name, y) - dt.timedelta(days=1)), f"the eve of {rule}"
    return "DATE", tv.day(day_of(name, y)), rule
