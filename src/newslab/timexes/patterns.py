"""The regular expressions of the temporal expression kinds, and the words they share.

Each kind's pattern is named after it (``CLOCK`` for ``clock``); :mod:`.kinds` pairs it
with a resolver. Span conventions follow ANNOTATIONS.md:
hedges, "local time" and "UTC" inside; "at", "on", "by", "for", "as of" outside; "the"
inside relative dates ("the same day", "the past five years").
"""

from __future__ import annotations

__all__ = ["MONTH_NUMBERS", "NUMBER_WORDS"]

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

# One pattern a kind, named after it; ``kinds.py`` pairs each with its resolver and flags.
ISO = r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"
CLOCK = (
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
    + r"(?P<part2>morning|afternoon|evening|night)))?"
)
PARTOFDAY = (
    r"(?:(?P<mod>early|late)\s)?(?P<rel>yesterday|tomorrow|this|last|today|"
    + _WEEKDAY.replace("(?P<weekday>", "")
    + r"\s"
    + _PART
)
TONIGHT = r"\b(?P<word>tonight|overnight|last night)\b"
MIDDLE_NIGHT = r"\bthe middle of the night\b"
WEEKDAY_DATE = (
    r"(?:(?P<rel>next|this|last)\s)?" + _WEEKDAY + r",\s" + _MONTH + r"\s(?P<day>\d{1,2})\b"
)
MONTHDAY = (
    r"(?:(?P<mod>early|late|mid-?)\s?)?" + _MONTH + r"\s(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s(?P<year>\d{4}))?(?:,\s(?P<yearword>last|this|next) year)?"
)
DAYMONTH = r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH + r"(?:,?\s(?P<year>\d{4}))?"
MONTH = (
    r"(?:(?P<mod>early|late|mid-?|the end of|the beginning of|the start of)\s?)?"
    r"(?:(?P<rel>last|this|next|this past|this coming)\s)?"
    + _MONTH
    + r"(?:,?\s(?P<year>\d{4})|\sof\s(?P<yearword>last|this|next)\syear)?(?!\s\d)"
)
WEEKDAY = (
    r"(?:(?P<mod>late|early)(?:\son)?\s)?(?:(?P<rel>this past|this coming|this|last|next)\s)?"
    + _WEEKDAY
    + r"\b"
)
DEICTIC = (
    r"(?:(?P<mod>late|early)\s)?\b(?P<word>today|yesterday|tomorrow|right now|now|"
    r"currently|presently|nowadays|recently|lately|the past|the future|in the future)\b(?!\sas\b)"
)
RELWEEK = (
    r"(?:(?P<mod>late|early|earlier|later)\s)?(?P<rel>this|last|next|the past|the coming|that|"
    r"the same|the previous|the following)\s(?P<unit>week(?:end)?|month|year|quarter|decade)\b"
)
WEEKEND = r"\bthe weekend\b"
RELDAY = (
    r"\bthe (?P<rel>same|following|next|previous|preceding) (?P<unit>day|morning|night|evening)\b"
)
THATDAY = r"\b(?:that|the) day\b"
AGO = _HEDGE + _NUM + r"\s" + _UNIT + r"s?\s(?P<dir>ago|later|earlier|before|after)\b"
VAGUE_AGO = r"\b(?P<unit>days|weeks|months|years|decades)\s(?P<dir>ago|later|earlier)\b"
DURATION = (
    r"(?:(?P<the>the)\s(?P<rel>past|last|next|first|coming|previous|following)\s)?"
    + r"(?:within\s)?"
    + _HEDGE
    + _NUM
    + r"(?:[- ]|\s(?:more|another|additional)\s)"
    + _UNIT
    + r"s?(?:[- ]long)?\b(?!-old)"
)
AGE = r"\b(?P<num>\d{1,3})-(?P<unit>year|month|week|day)s?-old\b"
AGED = r"\b(?:aged|age)\s(?P<num>\d{1,3})\b"
VAGUE_DURATION = (
    r"(?:\bwithin\s)?\b(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b"
)
SET = r"\b(?P<word>every|each|per|once a|twice a)\s(?P<unit>second|minute|hour|day|week|month|year|night|morning|evening)\b"
SET_ADVERB = r"(?<!\ba )\b(?P<word>daily|weekly|monthly|yearly|annually|hourly|nightly)\b"
AGE_COMMA = r"(?<=, )(?P<num>\d{1,3})(?=,)|(?:(?<=\bhe was )|(?<=\bshe was ))(?P<num2>\d{1,3})\b(?!\s?(?:%|percent|\w+s\b))"
DECADE = r"\b(?P<the>the\s)?(?:(?P<mod>early|late|mid-?)\s?)?(?P<dec>\d{3})0s\b|\bthe\s'(?P<short>\d)0s\b"
CENTURY = r"\bthe\s(?P<ord>\d{1,2})(?:st|nd|rd|th)\scentury\b"
QUARTER = r"\b(?:the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\squarter(?:\sof\s(?P<year>\d{4}))?|\bQ(?P<q>[1-4])\s(?P<year2>\d{4})\b"
HALF = r"\bthe\s(?P<ord>first|second)\shalf\sof\s(?:the\s)?(?P<what>year|\d{4})\b"
SEASON = r"\b(?:(?P<rel>last|this|next|this past)\s|(?P<the>the)\s)?(?P<season>spring|summer|autumn|fall|winter)(?:\sof\s(?P<year>\d{4}))?\b"
YEAR = r"(?<![\d$£€.,:/])\b(?P<year>1[5-9]\d\d|20\d\d)\b(?![\d,.:]\d|\s?(?:UTC|GMT|%)|-\d)"
