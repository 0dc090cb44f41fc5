"""Where the temporal expressions are: one regular expression a kind, over the body text.

Each match is a candidate with a ``kind`` (the name of the rule that found it); the values
are worked out in :mod:`newslab.timex_values`. Span conventions follow ANNOTATIONS.md:
hedges, "local time" and "UTC" inside; "at", "on", "by", "for", "as of" outside; "the"
inside relative dates ("the same day", "the past five years").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import MONTHS, WEEKDAYS

__all__ = ["Candidate", "find_candidates", "NUMBER_WORDS", "MONTH_NUMBERS"]

MONTH_NUMBERS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "another": 1,
    "single": 1,
    "couple": 2,
    "a couple of": 2,
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_ZONE = r"(?:\s(?:local time|UTC|GMT|[ECMP][SD]?T|BST|CET|CEST|IST|JST|AEST|AEDT|MSK))?"
_HEDGE = (
    r"(?:(?:at least|at most|up to|more than|less than|nearly|almost|about|around|some|"
    r"roughly|approximately|just over|just under|over|another|shortly (?:before|after)|"
    r"just (?:before|after)|early|late|mid-?)\s)*"
)
_NUM = (
    r"(?P<num>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]\w+)?|"
    r"thirty|forty|fifty|sixty|a few|a couple of|several|few|many|some|another)"
)
_UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)"
_DAYWORD = r"(?P<dayword>today|tonight|yesterday|tomorrow)"

#: (kind, pattern), tried in this order; a longer match wins over a shorter one.
RULES: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    (
        "clock",
        _HEDGE
        + r"(?:(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s?(?P<ampm>[ap]\.?m\.?|[AP]\.?M\.?)(?!\w)"
        + _ZONE
        + r"|(?P<h24>\d{1,2}):(?P<mi24>\d{2})"
        + _ZONE
        + r"|(?P<hhmm>\d{4})\s(?:UTC|GMT)|(?P<named>noon|midnight|midday)"
        + _ZONE
        + r")"
        + r"(?:\s(?:"
        + _DAYWORD
        + r"|(?:on\s)?"
        + _WEEKDAY
        + r"(?:\s"
        + _PART
        + r")?|in the "
        + r"(?P<part2>morning|afternoon|evening|night)))?",
    ),
    (
        "partofday",
        r"(?:(?P<mod>early|late)\s)?(?P<rel>yesterday|tomorrow|this|last|today|"
        + _WEEKDAY.replace("(?P<weekday>", "")
        + r"\s"
        + _PART,
    ),
    ("tonight", r"\b(?P<word>tonight|overnight|last night)\b"),
    ("middle_night", r"\bthe middle of the night\b"),
    (
        "weekday_date",
        r"(?:(?P<rel>next|this|last)\s)?" + _WEEKDAY + r",\s" + _MONTH + r"\s(?P<day>\d{1,2})\b",
    ),
    (
        "monthday",
        r"(?:(?P<mod>early|late|mid-?)\s?)?" + _MONTH + r"\s(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
        r"(?:,?\s(?P<year>\d{4}))?(?:,\s(?P<yearword>last|this|next) year)?",
    ),
    (
        "daymonth",
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH + r"(?:,?\s(?P<year>\d{4}))?",
    ),
    (
        "month",
        r"(?:(?P<mod>early|late|mid-?|the end of|the beginning of|the start of)\s?)?"
        r"(?:(?P<rel>last|this|next|this past|this coming)\s)?"
        + _MONTH
        + r"(?:,?\s(?P<year>\d{4})|\sof\s(?P<yearword>last|this|next)\syear)?(?!\s\d)",
    ),
    (
        "weekday",
        r"(?:(?P<mod>late|early)(?:\son)?\s)?(?:(?P<rel>this past|this coming|this|last|next)\s)?"
        + _WEEKDAY
        + r"\b",
    ),
    (
        "deictic",
        r"(?:(?P<mod>late|early)\s)?\b(?P<word>today|yesterday|tomorrow|right now|now|"
        r"currently|presently|nowadays|recently|lately|the past|the future|in the future)\b(?!\sas\b)",
    ),
    (
        "relweek",
        r"(?:(?P<mod>late|early|earlier|later)\s)?(?P<rel>this|last|next|the past|the coming|that|"
        r"the same|the previous|the following)\s(?P<unit>week(?:end)?|month|year|quarter|decade)\b",
    ),
    ("weekend", r"\bthe weekend\b"),
    (
        "relday",
        r"\bthe (?P<rel>same|following|next|previous|preceding) (?P<unit>day|morning|night|evening)\b",
    ),
    ("thatday", r"\b(?:that|the) day\b"),
    ("ago", _HEDGE + _NUM + r"\s" + _UNIT + r"s?\s(?P<dir>ago|later|earlier|before|after)\b"),
    ("vague_ago", r"\b(?P<unit>days|weeks|months|years|decades)\s(?P<dir>ago|later|earlier)\b"),
    (
        "duration",
        r"(?:(?P<the>the)\s(?P<rel>past|last|next|first|coming|previous|following)\s)?"
        + r"(?:within\s)?"
        + _HEDGE
        + _NUM
        + r"(?:[- ]|\s(?:more|another|additional)\s)"
        + _UNIT
        + r"s?(?:[- ]long)?\b(?!-old)",
    ),
    ("age", r"\b(?P<num>\d{1,3})-(?P<unit>year|month|week|day)s?-old\b"),
    ("aged", r"\b(?:aged|age)\s(?P<num>\d{1,3})\b"),
    (
        "vague_duration",
        r"(?:\bwithin\s)?\b(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b",
    ),
    (
        "set",
        r"\b(?P<word>every|each|per|once a|twice a)\s(?P<unit>second|minute|hour|day|week|month|year|night|morning|evening)\b",
    ),
    ("set_adverb", r"(?<!\ba )\b(?P<word>daily|weekly|monthly|yearly|annually|hourly|nightly)\b"),
    (
        "age_comma",
        r"(?<=, )(?P<num>\d{1,3})(?=,)|(?:(?<=\bhe was )|(?<=\bshe was ))(?P<num2>\d{1,3})\b(?!\s?(?:%|percent|\w+s\b))",
    ),
    (
        "decade",
        r"\b(?P<the>the\s)?(?:(?P<mod>early|late|mid-?)\s?)?(?P<dec>\d{3})0s\b|\bthe\s'(?P<short>\d)0s\b",
    ),
    ("century", r"\bthe\s(?P<ord>\d{1,2})(?:st|nd|rd|th)\scentury\b"),
    (
        "quarter",
        r"\b(?:the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\squarter(?:\sof\s(?P<year>\d{4}))?|\bQ(?P<q>[1-4])\s(?P<year2>\d{4})\b",
    ),
    ("half", r"\bthe\s(?P<ord>first|second)\shalf\sof\s(?:the\s)?(?P<what>year|\d{4})\b"),
    (
        "season",
        r"\b(?:(?P<rel>last|this|next|this past)\s|(?P<the>the)\s)?(?P<season>spring|summer|autumn|fall|winter)(?:\sof\s(?P<year>\d{4}))?\b",
    ),
    ("year", r"(?<![\d$£€.,:/])\b(?P<year>1[5-9]\d\d|20\d\d)\b(?![\d,.:]\d|\s?(?:UTC|GMT|%)|-\d)"),
]
_COMPILED = [
    (
        kind,
        re.compile(
            pattern if pattern.startswith(("\\b", "(?<")) else r"(?<![\w~])" + pattern,
            re.IGNORECASE if kind not in {"year"} else 0,
        ),
    )
    for kind, pattern in RULES
]
_MONTH_WORDS = tuple(m[:3] for m in MONTHS)
_DAYS = WEEKDAYS
_UNITS = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "centur",
)
#: Words at least one of which a text must hold for a rule to be worth running (speed only).
_NEEDS: dict[str, tuple[str, ...]] = {
    "weekday_date": _DAYS,
    "monthday": _MONTH_WORDS,
    "daymonth": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "weekday": _DAYS,
    "partofday": ("morning", "afternoon", "evening", "night"),
    "tonight": ("night",),
    "middle_night": ("middle of the night",),
    "ago": _UNITS,
    "vague_ago": _UNITS,
    "duration": _UNITS,
    "vague_duration": _UNITS,
    "set": _UNITS + ("night", "morning", "evening"),
    "age": ("-old",),
    "aged": ("age",),
    "decade": ("0s",),
    "century": ("century",),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "half": ("half",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "relday": ("day", "morning", "night", "evening"),
    "thatday": ("day",),
    "weekend": ("weekend",),
}
#: Kinds whose words must be capitalised as written (month and weekday names).
_CASED = {"monthday", "daymonth", "month", "weekday"}


@dataclass(frozen=True)
class Candidate:
    """A place in the body that may be a temporal expression, and the rule that found it."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


def find_candidates(text: str) -> list[Candidate]:
    """Non-overlapping temporal expression candidates, longest first where they overlap.

    Examples
    --------
    >>> [(c.kind, "x") for c in find_candidates("As recently as Sunday, at 6 p.m.")][:2]
    [('weekday', 'x'), ('clock', 'x')]
    """
    found: list[Candidate] = []
    lower = text.lower()
    for kind, rx in _COMPILED:
        needs = _NEEDS.get(kind)
        if needs is not None and not any(word in lower for word in needs):
            continue
        for m in rx.finditer(text):
            if m.end() <= m.start() or not _cased_ok(kind, m):
                continue
            start, end = _strip(text, m.start(), m.end())
            found.append(Candidate(start, end, kind, m.groupdict()))
    found.sort(key=lambda c: (-(c.end - c.start), _order(c.kind), c.start))
    chosen: list[Candidate] = []
    for cand in found:
        if not any(cand.start < o.end and o.start < cand.end for o in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _order(kind: str) -> int:
    return next(i for i, (k, _) in enumerate(RULES) if k == kind)


def _cased_ok(kind: str, m: re.Match[str]) -> bool:
    if kind == "month" and m.group("month").lower().rstrip(".") == "may":
        before = m.string[max(0, m.start() - 7) : m.start()].lower()
        after_prep = bool(
            re.search(r"\b(?:in|since|until|by|from|during|of|early|late)\s$", before)
        )
        return bool(m.group("year") or m.group("rel") or m.group("mod") or after_prep) and (
            m.group("month")[0] == "M"
        )
    if kind in _CASED:
        word = (
            m.group("month")
            if "month" in m.groupdict() and m.group("month")
            else m.group("weekday")
        )
        return bool(word) and word[0].isupper()
    return True


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end
