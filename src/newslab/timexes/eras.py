"""Resolvers for decades and centuries: "the 1990s" is 199, "the 19th century" is 18.

>>> from newslab.timexes.values import Candidate
>>> decade(Candidate(0, 9, "decade", {"dec": "199"}), None)[1].value
'199'
"""

from __future__ import annotations

import datetime as dt

from . import values as tv
from .context import Context
from .values import Candidate, Period, Resolved
from .words import DECADE_WORDS, ORDINAL_WORDS, alternation

__all__ = [
    "CENTURY",
    "PART_OF_ERA",
    "YEAR_END",
    "century",
    "decade",
    "era_part",
    "last_century",
    "year_end",
]

_ORDINAL = alternation(ORDINAL_WORDS)
#: "the 19th century", "the early twentieth century"; and a century that describes a noun,
#: "a 17th-century painting", "the 17th-century church" (there "the" is the noun's: outside).
CENTURY = (
    r"\bthe\s(?:(?P<mod>early|late|mid-?)\s?)?"
    rf"(?:(?P<ord>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{_ORDINAL}))"
    r"(?:\scentury\b(?!(?-i:\s[A-Z][a-z]))|(?-i:-century\b(?!\s[a-z])))"
    rf"|(?<![\w-])(?:(?P<adj_ord>\d{{1,2}})(?:st|nd|rd|th)|(?P<adj_word>{_ORDINAL}))"
    r"(?-i:-century(?=\s[a-z]))"
)


def _century(cent: int) -> Period:
    """The century whose years begin with ``cent`` ("18": 1800-1899), as TIMEX3 writes it."""
    return Period(
        f"{cent:02d}", dt.date(max(cent * 100, 1), 1, 1), dt.date(cent * 100 + 99, 12, 31)
    )


def _decade(dec: int) -> Period:
    """The decade whose years begin with ``dec`` ("199": 1990-1999), as TIMEX3 writes it."""
    return Period(str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31))


def decade(c: Candidate, ctx: Context) -> Resolved:
    g = c.groups
    if g.get("word"):
        dec = 190 + DECADE_WORDS[g["word"].lower()]
    else:
        dec = int(g["dec"]) if g.get("dec") else 190 + int(g["short"])
    if g.get("dec") and dec % 10 == 0 and dec < 200:  # "the 1800s": the century, 1800-1899
        cent = dec // 10  # (TimeML's "18"; "the 2000s" is read as the decade, as news uses it)
        return "DATE", _century(cent), "a century"
    return "DATE", _decade(dec), "a decade"


def century(c: Candidate, ctx: Context) -> Resolved:
    word = (c.groups.get("word") or c.groups.get("adj_word") or "").lower()
    n = ORDINAL_WORDS[word] if word else int(c.groups.get("ord") or c.groups["adj_ord"])
    if n < 1:
        return None
    return (
        "DATE",
        # the days of the value: "the 19th century" is "18", the years 1800-1899, as "two
        # centuries ago" gives them (TIMEX3 writes a century as its years' first two digits)
        _century(n - 1),
        "a century",
    )


#: Words before "the last century" that make it the hundred years up to now, a length.
_OVER = frozenset({"over", "across", "throughout", "through", "for", "within"})


def last_century(c: Candidate, ctx: Context) -> Resolved:
    """ "over the last century" is the hundred years up to now (P100Y); "hunted to extinction
    in the last century" is the century before the publication's: in 2010, "19"."""
    before = ctx.text[max(0, c.start - 12) : c.start].lower().split()
    if before and before[-1] in _OVER:
        return "DURATION", Period("P100Y"), "a length of one century, up to now"
    return "DATE", _century(ctx.anchor.year // 100 - 1), "the last century"


#: "by the end of the decade", "the start of the century": a part of the decade (century)
#: the story is in, which keeps the whole period's value, as "early 2009" does.
PART_OF_ERA = (
    r"\bthe\s(?:very\s)?(?:end|beginning|start|middle)\sof\sthe\s(?P<unit>decade|century)\b"
)


def era_part(c: Candidate, ctx: Context) -> Resolved:
    """The decade or century of the story's day (the publication's, before it names one).

    >>> import re
    >>> bool(re.search(PART_OF_ERA, "by the end of the decade"))
    True
    """
    year = (ctx.ref or ctx.anchor).year
    if c.groups["unit"].lower() == "century":
        return "DATE", _century(year // 100), "the century the story is in"
    return "DATE", _decade(year // 10), "the decade the story is in"


#: "by year-end", "at year end 2023": the end of a calendar year, which keeps its value.
YEAR_END = (  # not a "fiscal year-end", which is the firm's own day
    r"(?<!fiscal\s)(?<!financial\s)\b(?:the\s)?year[-\s]end\b(?:\s(?P<year>(?:19|20)\d\d)\b)?"
)


def year_end(c: Candidate, ctx: Context) -> Resolved:
    """The year named after it, else the year of the story's day.

    >>> import re
    >>> re.search(YEAR_END, "a new plant by year-end").group()
    'year-end'
    """
    year = int(c.groups["year"]) if c.groups.get("year") else (ctx.ref or ctx.anchor).year
    return "DATE", tv.year(year), f"the end of {year}"
