"""Amounts the model cuts in two or mistakes for time: number pairs, fractions of a whole.

- "three or four" is one CARDINAL; "five or six feet", "five to six million dollars" one
  QUANTITY or MONEY, the unit after the second number being both's. Digits joined by "to"
  must rise to make a range ("10 to 12"; a vote of "66 to 27" is two counts).
- "about 15–25 million dollars": a number and a dash before an amount make its range, the
  hedge before them inside.
- "a quarter of the island", "about half of the votes": a fraction of a whole is a CARDINAL,
  not the quarter of a year or half of a day the model took it for;
- "about half a mile", "a quarter mile": a fraction of a unit of measure is a QUANTITY;
- "a 30GB iPod", "a 2.4GHz chip": a number glued to a unit of data or frequency is one
  QUANTITY; "320x240" (a screen's size in pixels) is a CARDINAL, no name. (An index's points,
  "fell 54 points", stay a CARDINAL without "points", as OntoNotes and the model read them.)
- a number the model read as a name ("8,579.19" as a title) is a CARDINAL; a count that ends in
  "percent" ("between three and seven percent") is a PERCENT; "the", "another", "the other"
  and "an additional" before an amount in digits stay outside it ("another [1.4%]"), as
  OntoNotes leaves determiners outside and hedges inside.

>>> fractions_of("for about a quarter of the island", [(4, 19, "DATE")])
[(4, 19, 'CARDINAL')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import HEDGE_RE, TIME_WORDS, UNITS
from ..nlp import doc_text, doc_tokens
from ..quotation_marks import inch_marks
from ..spans import Occupancy, Span, replace_with

__all__ = [
    "fractions_of",
    "fractions_of_units",
    "glued_units",
    "number_pairs",
    "numeric_edges",
    "one_before_a_noun",
    "percentage_points",
    "ranges_before",
]

#: A hedge of the lexicon's list, as a prefix: "about ", "more than ".
_HEDGE = r"(?:" + HEDGE_RE.pattern.removesuffix(r"\s*$") + r" )?"
#: A fraction of something, the "of" after it: "a quarter of", "one half of", "a third of".
_FRACTION_OF = re.compile(
    _HEDGE + r"(?:a|one|an?other) (?:quarter|half|third|fifth|tenth)", re.IGNORECASE
)


def fractions_of(text: str, spans: list[Span]) -> list[Span]:
    """ "a quarter of the island": a fraction of a whole, taken for a DATE or a TIME, is a
    CARDINAL (see the module)."""
    return [
        (s, e, "CARDINAL")
        if label in {"DATE", "TIME"}
        and _FRACTION_OF.fullmatch(text, s, e)
        and text[e : e + 4] == " of "
        else (s, e, label)
        for s, e, label in spans
    ]


#: A fraction of a unit of measure: "half a mile", "a quarter mile", "one third of a metre".
_FRACTION_UNIT = re.compile(
    _HEDGE + rf"(?:(?:a|one) )?(?:half|quarter|third)(?: of)? (?:an? )?(?:{UNITS})\b",
    re.IGNORECASE,
)


def fractions_of_units(text: str, spans: list[Span]) -> list[Span]:
    """ "about half a mile": a fraction of a unit of measure is one QUANTITY, its hedge inside.

    >>> fractions_of_units("lies about half a mile away", [(5, 15, "CARDINAL")])
    [(5, 22, 'QUANTITY')]
    """
    found = []
    for m in _FRACTION_UNIT.finditer(text):
        words = m.group().lower().split()
        if words[-2] in {"a", "an", "of"} or words[-2] in {"half", "quarter"}:
            found.append((m.start(), m.end(), "QUANTITY"))
    if not found:
        return spans
    return sorted(replace_with(spans, found))


_PAIR_JOIN = re.compile(r" (?:or|to) ")


def number_pairs(text: str, spans: list[Span]) -> list[Span]:
    """ "three or four": two CARDINALs joined by "or" or "to" are one; so are a CARDINAL and
    the measure after it ("five or six feet" is one QUANTITY).

    >>> number_pairs("three or four houses", [(0, 5, "CARDINAL"), (9, 13, "CARDINAL")])
    [(0, 13, 'CARDINAL')]
    """
    out: list[Span] = []
    for span in sorted(spans):
        if out and out[-1][2] == "CARDINAL" and span[2] in _MEASURES:
            gap = text[out[-1][1] : span[0]]
            first, second = text[out[-1][0] : out[-1][1]], text[span[0] : span[1]]
            change = text[max(0, out[-1][0] - 5) : out[-1][0]].lower() == "from "
            if (
                _PAIR_JOIN.fullmatch(gap)
                and _same_kind(first.split(" ")[-1], second.split(" ")[0], gap)
                and not (change and gap.strip() == "to")  # "rose from 18 to 23 dollars"
            ):  # "five or six feet", "five to six million dollars": the unit is both's
                out[-1] = (out[-1][0], span[1], span[2])
                continue
        out.append(span)
    return out


#: What a number before "or"/"to" shares: a count, or the unit of the measure after it.
_MEASURES = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _same_kind(a: str, b: str, joint: str) -> bool:
    """Both written in digits or both in words ("2 or three" is left alone); digits joined by
    "to" rise, as a range does ("10 to 12"; a vote of "66 to 27" is two counts)."""
    if a[:1].isdigit() != b[:1].isdigit():
        return False
    if joint.strip() == "to" and a[:1].isdigit():
        low, high = (_digits(x) for x in (a, b))
        return low is not None and high is not None and low < high
    return True


def _digits(text: str) -> float | None:
    m = re.fullmatch(r"\d[\d,]*(?:\.\d+)?", text)
    return float(m.group().replace(",", "")) if m else None


#: A number and a dash or "to" right before an amount, a hedge before them: "about 15–",
#: "18 to" (not a change "from 18 to").
_RANGE_START = re.compile(_HEDGE + r"\d[\d,.]*(?:[–-]| to )$", re.IGNORECASE)


def ranges_before(text: str, spans: list[Span]) -> list[Span]:
    """ "about 15–25 million dollars", "an 18 to 23 foot surge": the model's "25 million
    dollars" takes the start of its range (not "rose from 18 to 23 percent").

    >>> ranges_before("fined about 15–25 million dollars", [(15, 33, "MONEY")])
    [(6, 33, 'MONEY')]
    """
    out = []
    for s, e, label in spans:
        m = _RANGE_START.search(text, max(0, s - 24), s) if label in _MEASURES else None
        if m and m.group().endswith(" to ") and not _rising(text, m, s, label):
            m = None  # "from 18 to 23 percent" a change, "66 to 27" a score
        if m and text[s : s + 1].isdigit() and m.end() == s:
            s = m.start()
        out.append((s, e, label))
    return out


def _rising(text: str, m: re.Match[str], start: int, label: str) -> bool:
    """Whether "N to" before a measure opens its range: a unit's measure or money, not after
    "from", and the first number no larger than the second ("18 to 23 foot")."""
    first = re.search(r"\d[\d,.]*", m.group())
    second = re.match(r"\d[\d,]*(?:\.\d+)?", text[start:])
    low = _digits(first.group().rstrip(".")) if first else None
    high = _digits(second.group()) if second else None
    return (
        label in {"QUANTITY", "MONEY"}
        and text[max(0, m.start() - 5) : m.start()].lower() != "from "
        and low is not None
        and high is not None
        and low <= high
    )


#: "30GB", "2.4GHz", "512 MB": a number and a unit of data or frequency, glued or not.
_GLUED = re.compile(r"(?<![\w.])\d+(?:\.\d+)? ?(?:[KMGTP]B|[KMGT]Hz|Mbps|Gbps)\b")
#: "320x240", "1920×1080": a screen's or an image's size in pixels.
_PIXELS = re.compile(r"(?<![\w.])\d{2,5}[x×]\d{2,5}(?![\w.])")


def glued_units(text: str, spans: list[Span]) -> list[Span]:
    """ "30GB" read as a count and a name ("30", "GB") is one QUANTITY, as is a screen's
    '15"'; "320x240" is a CARDINAL.

    >>> glued_units("the 30GB model", [(4, 6, "CARDINAL"), (6, 8, "ORG")])
    [(4, 8, 'QUANTITY')]
    """
    found = [(m.start(), m.end(), "QUANTITY") for m in _GLUED.finditer(text)]
    found += [(m.start(), m.end(), "CARDINAL") for m in _PIXELS.finditer(text)]
    if '"' in text:
        inches = inch_marks(text)  # read as the statements read the marks
        found += [
            (m.start(), m.end(), "QUANTITY")
            for m in _INCHES.finditer(text)
            if m.end() - 1 in inches
        ]
    return sorted(replace_with(spans, found)) if found else spans


#: '13.3"', '15"': a screen's size in inches, the mark right after the number.
_INCHES = re.compile(r'(?<![\w.])\d{1,3}(?:\.\d)?"(?=[\s,;)]|$)')


#: A number written with a thousands comma or a decimal point, nothing else.
_NUMBER_ONLY = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
#: A count whose last word makes it a share: "between three and seven percent".
_PERCENT_END = re.compile(r"(?:percent|per cent|%)$")
#: Words before an amount that are no part of it: "another 1.4%", "the other 19.9%".
_DETERMINER = re.compile(r"(?:the other|another|an additional|a further|the) (?=\S)", re.I)
_AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
#: An amount in digits, its currency's sign first or not: "1.4%", "US$5 billion", "€40m".
_DIGITS_FIRST = re.compile(r"(?:[A-Z]{0,3}[$€£¥] ?)?\d")


def numeric_edges(text: str, spans: list[Span]) -> list[Span]:
    """A number read as a name is a CARDINAL, a count or a sum ending in "percent" or "per
    cent" a PERCENT, and a determiner before an amount outside it.

    >>> numeric_edges("up another 1.4% to 8,579.19", [(3, 15, "PERCENT"), (19, 27, "PERSON")])
    [(11, 15, 'PERCENT'), (19, 27, 'CARDINAL')]
    """
    out = []
    for s, e, label in spans:
        if (
            label not in _AMOUNTS
            and label not in {"DATE", "TIME"}
            and _NUMBER_ONLY.fullmatch(text, s, e)
        ):
            label = "CARDINAL"  # "8,579.19" read as a title
        if label in {"CARDINAL", "MONEY"} and _PERCENT_END.search(text, s, e):
            label = "PERCENT"  # "4.2 per cent" is no sum of cents
        m = _DETERMINER.match(text, s, e) if label in _AMOUNTS else None
        if m is not None and _DIGITS_FIRST.match(text, m.end(), e):
            s = m.end()  # "another [1.4%]", not "the [one]" nor "another [million]" in words
        out.append((s, e, label))
    return out


#: "3 percentage points", "half a percentage point", "a 10-percentage-point lead".
_POINTS = re.compile(r"(?: an?)?[ -]percentage[ -]points?\b")


def percentage_points(text: str, spans: list[Span]) -> list[Span]:
    """ "rose by 3 percentage points": a number of percentage points is a PERCENT with its
    unit (the model reads the number alone as a CARDINAL).

    >>> percentage_points("Support fell 3 percentage points.", [(13, 14, "CARDINAL")])
    [(13, 32, 'PERCENT')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        m = _POINTS.match(text, end) if label == "CARDINAL" else None
        out.append((start, m.end(), "PERCENT") if m else (start, end, label))
    return out


#: Words before "one" that make it a pronoun ("no one", "this one", "the other one").
_NOT_COUNTING = frozenset(
    "no this that another other any every each some which the someone".split()
)


def one_before_a_noun(doc: Doc, spans: list[Span]) -> list[Span]:
    """A bare "one" counting the noun after it ("one person died", "six males to one
    female") is a CARDINAL where the model found nothing, as ANNOTATIONS.md has it; not "no
    one", "this one", "the other one", "one day" (a date the model reads so), "one way or
    another", nor the "One" of a name ("Marine One").

    >>> from spacy.vocab import Vocab
    >>> words = ["Only", "one", "person", "and", "no", "one", "else", "."]
    >>> pos = ["ADV", "NUM", "NOUN", "CCONJ", "DET", "PRON", "ADV", "PUNCT"]
    >>> one_before_a_noun(Doc(Vocab(), words=words, pos=pos), [])
    [(5, 8, 'CARDINAL')]
    """
    ones = [t for t in doc_tokens(doc) if t.text.lower() == "one" and t.i + 1 < len(doc)]
    if not ones:
        return spans
    used = Occupancy(len(doc_text(doc)), spans)
    found = []
    for t in ones:
        after, before = t.nbor(), t.nbor(-1).text.lower() if t.i else ""
        if after.pos_ != "NOUN" or before in _NOT_COUNTING or _measure(after.text):
            continue
        if t.text == "One" and t.i and doc[t.i - 1].text[-1:] not in '.!?"“\n':
            continue  # "his Marine One helicopter": a name's number
        if after.text.lower() == "way":
            continue  # "one way or the other"
        if used.free(t.idx, t.idx + 3):
            found.append((t.idx, t.idx + 3, "CARDINAL"))
    return sorted(spans + found) if found else spans


def _measure(word: str) -> bool:
    """A unit of time or of measure: "one day" is a DATE, "one mile" a QUANTITY."""
    return word.lower().removesuffix("s") in TIME_WORDS or bool(re.fullmatch(UNITS, word))
