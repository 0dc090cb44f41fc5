"""Amounts of money the model misses or cuts: a currency's ISO code and a limit word.

- An amount written with its currency's ISO 4217 code ("USD15 an hour", "EUR 2.5 million",
  "INR 500") or with a dollar sign after its country's letters ("AU$52.5 million") is MONEY;
  the codes come from ``pycountry``, read on first use. Codes that are
  English words in capitals ("ALL", "TOP", "CUP") are left out.
- An amount with its currency's name after it ("38.8 million euro", "900 million złotys",
  "2,000 rupees", "500 Armenian dram") is MONEY; the names are the last words of
  ``pycountry``'s currency names and of their plurals in the Unicode CLDR (via ``babel``:
  "900 million soles", "5 billion lei"), and "rouble", "yuan", without those that are also
  common English words ("pound", "mark", "real", "won", "sum", ...). An Indian amount's
  "lakh" or "crore" is inside it ("₹36 crore").
- A limit word before an amount stays inside it, as the hedges do ("incomes [below
  US$10,000]", "[above $200,000]").

>>> coded_amounts("They asked for USD15 an hour.", [])
[(15, 20, 'MONEY')]
"""

from __future__ import annotations

import functools
import re

from ..spans import NUMBER_LABELS, Span, replace_with
from .names import fold

__all__ = [
    "abbreviated_scales",
    "amounts_a_year_ago",
    "coded_amounts",
    "limits",
    "named_amounts",
]

#: Codes that are also English words written in capitals.
_WORDS = frozenset({"ALL", "TOP", "CUP", "MOP", "SOS"})
_AMOUNT = re.compile(
    r"(?<![\w$])([A-Z]{3}) ?\d(?:[\d,.]*\d)?(?: (?:thousand|million|billion|trillion))?\b"
)


#: A dollar sign with its country's letters: "AU$52.5 million", "NZ$40", "HK$ 3,000".
_PREFIXED = re.compile(
    r"(?<![\w$])([A-Z]{1,3}\$) ?\d(?:[\d,.]*\d)?(?: (?:thousand|million|billion|trillion))?\b"
)


def _in_money(spans: list[Span], start: int, end: int) -> bool:
    """True where [start, end) lies inside one of ``spans`` that is MONEY."""
    return any(s[2] == "MONEY" and s[0] <= start and end <= s[1] for s in spans)


@functools.cache
def _codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) - _WORDS


def coded_amounts(text: str, spans: list[Span]) -> list[Span]:
    """ "USD15", "EUR 2.5 million": an ISO currency code and a number are MONEY, in place of
    a number, of a "name" with the number in it, or of nothing (never over a date)."""
    found = []
    for m in [*_AMOUNT.finditer(text), *_PREFIXED.finditer(text)]:
        if m.group(1) not in _codes() and not m.group(1).endswith("$"):
            continue
        inside = [s for s in spans if s[0] < m.end() and m.start() < s[1]]
        if _in_money(inside, m.start(), m.end()):
            continue  # "between US$300 and 400 billion": already inside an amount found
        if all(
            s[2] in NUMBER_LABELS or _glued(text[s[0] : s[1]], s[2]) or s[:2] == m.span(1)
            for s in inside  # "CHF 30", the code read as a name
        ):
            found.append((m.start(), m.end(), "MONEY"))
    return replace_with(spans, found) if found else spans


#: Last words of currency names that are English words, or not names at all.
_NOT_NAMES = frozenset(
    "account involved purposes gold silver platinum palladium mark real won sum sol colon "
    "som fomento oro previsional pound dong leone kip".split()
)
_NAMED = re.compile(
    r"(?<![\w.])(?:\d(?:[\d,.]*\d)?|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|several|half a|a few)(?= (?:thousand|million|billion|trillion)))"
    r"(?P<scale> (?:thousand|million|billion|trillion))?((?: [A-Z][a-zA-Z.]*){0,2}) ([a-zł]+)\b"
)
#: Currency names that are English words too: money only after "million" and the like
#: ("90 billion kip", "5 million won"; not "in 2019 won the title").
_SCALED_ONLY = frozenset({"kip", "dong", "won", "sol", "leone", "som"})


@functools.cache
def _names() -> frozenset[str]:
    import pycountry
    from babel.numbers import get_currency_name

    last = {c.name.split()[-1].lower() for c in pycountry.currencies}
    last |= {  # the plurals the Unicode CLDR gives ("Peruvian soles", "Romanian lei")
        get_currency_name(c.alpha_3, count=2, locale="en").split()[-1].lower()
        for c in pycountry.currencies
        if not c.alpha_3.startswith("X")  # units of account, gold, test codes
    } - {"units"}  # funds' units ("Mexican investment units")
    # English names the data does not give: "rouble", "yuan", and "crown" for a koruna, krona or krone
    return frozenset(
        w for w in last if w.isalpha() and w not in _NOT_NAMES and w[:-1] not in _NOT_NAMES
    ) | {
        "rouble",
        "yuan",
        "crown",
    }


def named_amounts(text: str, spans: list[Span]) -> list[Span]:
    """ "38.8 million euro", "900 million złotys": a number and a currency's name are MONEY,
    in place of the number (never over a date or a name); so is a count ending in one.

    >>> named_amounts("fines of half a million US dollars", [(9, 34, "CARDINAL")])
    [(9, 34, 'MONEY')]
    """
    spans = [  # "nearly half a million US dollars", taken for a count
        (s, e, "MONEY" if label == "CARDINAL" and _currency_word(text[s:e]) else label)
        for s, e, label in spans
    ]
    found = []
    for m in _NAMED.finditer(text):
        word = m.group(3).lower()
        scaled = m.group("scale") and (word in _SCALED_ONLY or word[:-1] in _SCALED_ONLY)
        if not (_is_currency(word) or scaled):
            continue
        inside = [s for s in spans if s[0] < m.end() and m.start() < s[1]]
        if _in_money(inside, m.start(), m.end()):
            continue  # "between US$300 and 400 billion": already inside an amount found
        if all(  # "100,000 Georgian lari", "5,000 Hong Kong dollars": whose money it is
            s[2] in NUMBER_LABELS
            and s[2] != "DATE"
            or s[2] in {"NORP", "GPE"}
            and m.start(2) <= s[0]
            and s[1] <= m.end(2)
            for s in inside
        ):
            found.append((m.start(), m.end(), "MONEY"))
    return replace_with(spans, found) if found else spans


def _currency_word(amount: str) -> bool:
    """True for an amount whose last word is a currency's name ("... US dollars")."""
    return " " in amount and _is_currency(amount.rsplit(" ", 1)[-1])


def _is_currency(word: str) -> bool:
    """A currency's name, singular or plural ("euro", "złotys", "dollars")."""
    word = fold(word).lower().replace("ł", "l")
    if word in {"kroner", "kronor", "reais"}:  # the Nordic plurals, and the real's
        return True
    return word in _names() or word.endswith("s") and word[:-1] in _names()


def _glued(name: str, label: str) -> bool:
    """ "USD910" read as a place: a name with a digit in it is the amount misread."""
    return label != "DATE" and bool(re.search(r"\d", name))


_LIMIT = re.compile(r"\b(?:[Bb]elow|[Aa]bove|[Bb]eyond) $")


def limits(text: str, spans: list[Span]) -> list[Span]:
    """ "incomes below US$10,000": the limit word is inside the MONEY span."""
    out = []
    for start, end, label in spans:
        m = _LIMIT.search(text, max(0, start - 7), start) if label == "MONEY" else None
        out.append((m.start() if m else start, end, label))
    return out


#: A scale written short after an amount: "US$7.2 bn", "€40m", "£3.5bn", "$2 mln"; and the
#: Indian numbering's "lakh" (100,000) and "crore" (10 million): "₹36 crore".
_SCALE = re.compile(r" ?(?:bn|bln|mn|mln|m|tn|trn|k)\b(?![.'’]\w)| (?:lakh|crore)s?\b")


def abbreviated_scales(text: str, spans: list[Span]) -> list[Span]:
    """ "US$7.2 bn": the scale written short after an amount of money is part of it.

    >>> abbreviated_scales("a deal worth US$7.2 bn", [(13, 19, "MONEY")])
    [(13, 22, 'MONEY')]
    """
    return [
        (s, m.end(), label)
        if label == "MONEY" and text[e - 1 : e].isdigit() and (m := _SCALE.match(text, e))
        else (s, e, label)
        for s, e, label in spans
    ]


#: A rate's "a year" that is the start of "a year ago": the amount, then a date.
_RATE_AGO = re.compile(r" (an? (?:day|week|month|year|decade) (?:ago|earlier|before))\b")


def amounts_a_year_ago(text: str, spans: list[Span]) -> list[Span]:
    """ "$121 million a year ago": the model's rate ("$121 million a year") is an amount, and
    "a year ago" a DATE.

    >>> amounts_a_year_ago("from $12 million a year ago.", [(5, 23, "MONEY")])
    [(5, 16, 'MONEY'), (17, 27, 'DATE')]
    """
    out: list[Span] = []
    for s, e, label in spans:
        m = (
            _RATE_AGO.search(text, s, e + 12)
            if label in {"MONEY", "CARDINAL", "QUANTITY"}
            else None
        )
        if m and s < m.start() < e < m.end():
            out += [(s, m.start(), label), (m.start(1), m.end(1), "DATE")]
            continue
        out.append((s, e, label))
    return out
