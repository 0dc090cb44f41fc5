"""Amounts written with a currency's local sign in letters: "KSh 1.5 million", "Rs 500",
"RM2.4 billion", "TSh 3,000", "R20 million", "Rs.30-Rs.40".

The signs are those the Unicode CLDR (read through ``babel``, on first use) gives each
English-speaking country's own currency: "Ksh" in Kenya, "Rs" in Pakistan, "RM" in Malaysia.
A sign of one letter ("R", "K", "P") is money only before a scale word ("R20 million"); signs
that are also common abbreviations (a road's "SR", "RF" for radio, "VT" for Vermont) and the
ISO codes (:mod:`.money`) are left out; the symbol signs ("$", "€") are :mod:`.patterns`'s.

>>> sign_amounts("The county paid KSh 1.5 million.", [(20, 31, "CARDINAL")])
[(16, 31, 'MONEY')]
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..spans import NUMBER_LABELS, Span, replace_with

__all__ = ["sign_amounts"]

#: CLDR signs that are also common abbreviations, or too short to tell apart from one.
_ABBREVIATIONS = frozenset({"sr", "rf", "vt", "ar", "le", "d", "e", "nfk"})
_AMOUNT = re.compile(
    r"(?<![\w$.])([A-Z][A-Za-z₵]{0,3}\.?\$?|kr\.?) ?\d(?:[\d,.]*\d)?(?:[-–](?:\1)? ?\d(?:[\d,.]*\d)?)?"
    r"(?P<scale> (?:thousand|million|billion|trillion)\b)?"
)


@functools.cache
def local_signs() -> frozenset[str]:
    """The lower-case letter signs of English-speaking countries' currencies in the CLDR.

    >>> {"ksh", "rs", "rm"} <= local_signs()
    True
    """
    from babel import localedata
    from babel.numbers import get_currency_symbol, get_territory_currencies

    signs = set()
    for locale in localedata.locale_identifiers():
        country = locale.rsplit("_", 1)[-1]
        if not locale.startswith("en_") or not (country.isalpha() and country.isupper()):
            continue
        for code in get_territory_currencies(country, dt.date(2024, 1, 1)):
            sign = get_currency_symbol(code, locale)
            if sign != code and any(c.isalpha() for c in sign):
                signs.add(sign.lower())
    return frozenset(signs - _ABBREVIATIONS)


def sign_amounts(text: str, spans: list[Span]) -> list[Span]:
    """An amount after a currency's local sign is MONEY, in place of the number the model
    found in it (never over a name or a date)."""
    found = []
    for m in _AMOUNT.finditer(text):
        sign = m.group(1).lower()
        sign = sign if sign in local_signs() else sign.rstrip(".")  # "Rs. 2,000"
        if sign not in local_signs() or (len(sign.rstrip(".$")) == 1 and not m.group("scale")):
            continue
        inside = [s for s in spans if s[0] < m.end() and m.start() < s[1]]
        if any(s[2] == "MONEY" and s[0] <= m.start() and m.end() <= s[1] for s in inside):
            continue
        if all(s[2] != "DATE" and (s[2] in NUMBER_LABELS or _digit(text, s)) for s in inside):
            found.append((m.start(), m.end(), "MONEY"))
    return replace_with(spans, found) if found else spans


def _digit(text: str, span: Span) -> bool:
    """ "R20 million" read as a law's name: a name with a digit in it is the amount misread."""
    return any(c.isdigit() for c in text[span[0] : span[1]])
