"""The time lexicon: the words temporal expressions are made of, kept as data.

The patterns (:mod:`.patterns`) are built from these lists, the resolvers read their values
here, and the property test makes phrases from them; so a word added here is matched,
resolved and tested at once.

>>> UNIT_CODES["quarter"], number("two and a half")
(('', 'Q'), 2.5)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import HEDGES as LEXICON_HEDGES
from ..lexicon import TIME_ZONES, WEEKDAYS
from ..number_words import FRACTIONS, NUMBER_WORDS, number

__all__ = [
    "ZONE",
    "DECADE_WORDS",
    "DIRECTIONS",
    "FRACTIONS",
    "HEDGES",
    "MONTH_NUMBERS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "QUALIFIERS",
    "RELATIONS",
    "UNIT_CODES",
    "alternation",
    "number",
    "unit_of",
]

MONTH_NUMBERS = {
    **{m: i for i, m in enumerate("january february march april may june july".split(), 1)},
    **{m: i for i, m in enumerate("august september october november december".split(), 8)},
    **{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
    **{"sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12},
}
#: Words that give no number: the value keeps an X ("several days" is PXD).
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some")
#: Ordinal words and the numbers they give ("the nineteenth century").
ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth twenty-first".split(),
        1,
    )
}
#: Decades by name: "the nineties" (of the twentieth century, as news means them).
DECADE_WORDS = {
    w: i
    for i, w in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), 2
    )
}
#: Units of time: singular word -> (the "T" of a time part, the TIMEX3 code).
UNIT_CODES = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "week": ("", "W"),
    "fortnight": ("", "W"),
    "month": ("", "M"),
    "quarter": ("", "Q"),
    "year": ("", "Y"),
    "decade": ("", "DE"),
    "century": ("", "CE"),
    "millennium": ("", "ML"),  # only for "a few thousand years" (PXML)
}
#: Hedges kept inside a timex span ("[at least another week]", "[nearly 24-hour]"): the
#: number hedges of the lexicon, and those of time.
HEDGES = tuple(h for h in LEXICON_HEDGES if h.isalpha() or " " in h) + (
    "another",
    "shortly before",
    "shortly after",
    "just before",
    "just after",
    "early",
    "late",
    "mid",
)
#: Words between a number and its unit that leave the length as it is ("five trading days").
QUALIFIERS = (
    "more",
    "another",
    "additional",
    "full",
    "whole",
    "straight",
    "consecutive",
    "successive",
    "trading",
    "business",
    "working",
    "calendar",
)
#: Words that count a length from a day ("three days later", "two weeks ago", "a month
#: from now", "a week from Friday").
DIRECTIONS = (
    "ago",
    "back",
    "later",
    "earlier",
    "before",
    "after",
    "from now",
    "from today",
    *(f"from {day}" for day in WEEKDAYS),
)
#: Words that place a period next to the present or the story's day ("the past two years").
RELATIONS = ("past", "last", "next", "first", "coming", "previous", "following")


def unit_of(word: str) -> str | None:
    """The singular unit a word names: ``"centuries"`` -> ``"century"``, ``"millennia"`` ->
    ``"millennium"``, else None."""
    w = word.lower().rstrip(".")
    if w in {"centuries", "millennia"}:
        return {"centuries": "century", "millennia": "millennium"}[w]
    w = w[:-1] if w.endswith("s") and w[:-1] in UNIT_CODES else w
    return w if w in UNIT_CODES else None


#: A clock time's zone, which stays inside its span: "local time", "UTC", "AST", "Moscow time".
ZONE = (
    r"(?:\s(?:local time|[A-Z][a-z]+ time\b|"
    + "|".join(sorted((z.upper() for z in TIME_ZONES if len(z) > 1), key=len, reverse=True))
    + r")(?![A-Za-z]))?"
)


def alternation(words: Iterable[str]) -> str:
    r"""A regular-expression alternation of words, longest first, a space matching any one.

    >>> print(alternation(["last week", "week"]))
    last\sweek|week
    """
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", " ").replace(" ", r"\s") for w in ordered)
