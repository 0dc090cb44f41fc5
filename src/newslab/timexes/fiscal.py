"""Fiscal years: "fiscal 1989", "FY 2019/20", "the 2019-20 financial year", "last fiscal
year". TIMEX3 writes a fiscal year ``FY`` and the year it ends in; its days depend on the
organisation, so none are given.

>>> fiscal(Candidate(0, 10, "fiscal", {"year3": "2019", "end3": "20"}), None)[1].value
'FY2020'
"""

from __future__ import annotations

from . import values as tv
from .context import Context
from .patterns import YEAR_NUMBER
from .periods import year_word
from .values import Candidate, Period, Resolved

__all__ = ["FISCAL", "REL_FISCAL", "fiscal", "rel_fiscal"]

#: The second year of a split fiscal year: "2019/20", "2019-2020".
_FY_END = r"(?:[/–-](?P<end{n}>\d\d(?:\d\d)?)(?![\d/–-]))?"
FISCAL = (
    rf"\b(?:(?:fiscal(?:\syear)?|financial\syear)\s(?P<year>{YEAR_NUMBER}){_FY_END.format(n='')}"
    rf"|(?P<year2>{YEAR_NUMBER}){_FY_END.format(n=2)}\s(?:fiscal|financial)\syear"
    rf"|FY\s?(?P<year3>\d{{4}}|\d\d){_FY_END.format(n=3)})\b"
)
REL_FISCAL = (
    r"\b(?:the\s(?:very\s)?(?:beginning|start|end|middle|rest|remainder)\sof\s)?"
    r"(?P<rel>this|last|next|the\scurrent|the\sprevious|the\slast|the\snext|the\scoming|the)"
    r"\s(?:fiscal|financial)\syear\b(?!\s(?:\d|end|to\b|that\b|which\b)|s)"
)


def fiscal(c: Candidate, ctx: Context) -> Resolved:
    """ "fiscal 1989", "the 1990 fiscal year", "FY2007", "FY19": TIMEX3's fiscal year (its
    days depend on the organisation, so none are given). A split year ("FY 2019/20",
    "the 2019-20 financial year") is named after the year it ends in, as "this fiscal year"
    is: ``FY2020``."""
    g = c.groups
    y = _full_year(g.get("year") or g.get("year2") or g["year3"] or "")
    end = g.get("end") or g.get("end2") or g.get("end3")
    if end is None:
        return "DATE", tv.fiscal_year(y), "a fiscal year"
    last = int(end) if len(end) == 4 else y // 100 * 100 + int(end)
    last += 100 if len(end) == 2 and last < y else 0  # "1999/00"
    if last != y + 1:
        return "DATE", Period(None), f"a fiscal year from {y} to {last}: not one year on"
    return "DATE", tv.fiscal_year(last), f"a fiscal year from {y} to {last}, named by its end"


def _full_year(digits: str) -> int:
    """ "2019" is 2019; "19" is 2019 and "98" 1998 (the nearest to 2000)."""
    n = int(digits)
    return n if len(digits) == 4 else 2000 + n if n < 50 else 1900 + n


def rel_fiscal(c: Candidate, ctx: Context) -> Resolved:
    """ "this fiscal year", "the last financial year": the fiscal year named after the year
    it ends in, so the one in progress takes the publication year (TimeML's ``FY``); "the
    fiscal year" is the one in progress, or the year the sentence is set in. A day named
    nearby does not tell it: a fiscal year need not start in January."""
    rel = " ".join(c.groups["rel"].lower().split()).removeprefix("the ")
    if rel in {"", "the"}:
        y = ctx.year or ctx.anchor.year
        return "DATE", tv.fiscal_year(y), f"the fiscal year in progress in {y}"
    y, rule = year_word(_FISCAL_WORDS.get(rel, rel), ctx)
    return "DATE", tv.fiscal_year(y), f"a fiscal year: {rule}"


_FISCAL_WORDS = {"current": "this", "previous": "last", "coming": "next"}
