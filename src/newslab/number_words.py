"""Numbers written in words or digits, and what they amount to: shared by the engines
(a length in hours for the entities, a duration's amount for the timexes).

>>> number("twenty-five"), number("10,000"), number("two and a half"), number("several")
(25.0, 10000.0, 2.5, None)
>>> number("4.6 billion"), number("a million")
(4600000000.0, 1000000.0)
"""

from __future__ import annotations

import re

__all__ = ["FRACTIONS", "NUMBER_WORDS", "SCALES", "number"]

_ONES = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_TEENS = "fifteen sixteen seventeen eighteen nineteen"
#: Counting words and what they count; "a couple of" and "single" count too.
NUMBER_WORDS: dict[str, float] = {
    **{w: i for i, w in enumerate(f"{_ONES} {_TEENS}".split(), 1)},
    **{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70},
    **{"eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100},
    **{"a": 1, "an": 1, "another": 1, "single": 1, "couple": 2, "a couple of": 2, "a couple": 2},
}
#: Words that scale the number before them: "4.6 billion", "a million", "a couple hundred".
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
#: Fractions of a unit, alone ("half a year") or after a number ("two and a half years").
FRACTIONS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three quarters": 0.75}


def number(text: str | None) -> float | None:
    """The amount a number phrase gives, or None where it gives none ("several").

    Digits, words ("twenty-five"), fractions ("half a", "a quarter of an", "three quarters")
    and "N and a half".
    """
    if text is None:
        return None
    w = " ".join(text.lower().replace("-", " ").split())
    head, _, scale = w.rpartition(" ")
    if scale in SCALES and head:  # "4.6 billion", "a million", "seventy five thousand"
        n = number(head)
        return None if n is None else n * SCALES[scale]
    w = re.sub(r"(?<=\d),(?=\d{3})", "", w)  # "10,000"
    w = re.sub(r"(?:\s(?:of|a|an))+$", "", w) if w not in NUMBER_WORDS else w
    extra = 0.0
    if w.endswith(" and a half"):
        w, extra = w[: -len(" and a half")], 0.5
    if w in FRACTIONS:
        return FRACTIONS[w] + extra
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + extra
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w] + extra
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, ones = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        return tens + ones + extra if tens >= 20 and tens % 10 == 0 and ones < 10 else None
    return None
