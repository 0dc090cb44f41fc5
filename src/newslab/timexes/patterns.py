"""The regular expressions of the temporal expression kinds, built from the time lexicon.

Each kind's pattern is named after it (``CLOCK`` for ``clock``); :mod:`.kinds` pairs it
with a resolver. Span conventions follow ANNOTATIONS.md: hedges, "local time" and "UTC"
inside; "at", "on", "by", "for", "as of" outside; "the" inside relative dates ("the same
day", "the past five years"); a part of a period stays with it ("early 2009", "mid-2011").
"""

from __future__ import annotations

from .words import (
    DECADE_WORDS,
    DIRECTIONS,
    HEDGES,
    NUMBER_WORDS,
    QUALIFIERS,
    RELATIONS,
    VAGUE_NUMBERS,
    ZONE,
    alternation,
)

__all__ = ["MONTH_WORDS", "UNIT_WORDS", "YEAR_NUMBER"]

MONTH_WORDS = (
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
)
UNIT_WORDS = r"second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries"
_MONTH = rf"(?P<month>{MONTH_WORDS})(?![a-z])"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_HEDGE = rf"(?:(?:{alternation(h for h in HEDGES if h != 'mid')}|mid-?)\s)*"
#: A year a timex may name on its own.
YEAR_NUMBER = r"1[5-9]\d\d|20\d\d"
_YEAR = YEAR_NUMBER
_CARD = (
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + alternation(w for w in NUMBER_WORDS if w not in {"a", "an"})
    # "a" counts one: never a plural unit ("a decades-long feud" is decades, not one)
    + r"|an?(?!\s(?!(?:thousand|million|billion)\s)(?:[a-z]+\s)?(?:(?:second|minute|hour|day|week|month|quarter|year|decade)s"
    + r"|centuries)\b)"
)
_FRACTION = r"(?:(?:a|one|three)\s)?(?:half|quarters?)(?:\sof)?(?:\san?(?=\s))?"
#: A fraction is tried first: "a quarter of a century" is 25 years, not "a quarter".
#: A count: a fraction, a number ("18+" is at least 18), or a vague one ("a few hundred").
_NUM = (
    rf"(?P<num>{_FRACTION}|(?:{_CARD})(?:[- ]and[- ]a[- ]half|\+|(?:\s(?:hundred|thousand|million|billion)(?=\s)){{1,2}})?"
    rf"|(?:{alternation(VAGUE_NUMBERS)})(?:\s(?:hundred|thousand|million|billion)(?=\s))?)"
)
_UNIT = rf"(?P<unit>{UNIT_WORDS})"
_PLUS = r"(?P<plus>[\s-]and[\s-]a[\s-]half)?"
_BETWEEN = rf"(?:[- ]|(?:\s(?:{alternation(QUALIFIERS)}))+\s)"
_NOT_FIRST = {"a", "an", "another", "single", "couple", "a couple of", "hundred", "a hundred"}
_DAYWORD = r"(?P<dayword>today|tonight|yesterday|tomorrow)"
#: "earlier" or "later" before a day ("Earlier on Friday", "later today"), never after a
#: length ("a week earlier Monday" is a week earlier than Monday).
_SOONER = (
    "".join(rf"(?<!{u}\s)(?<!{u}s\s)" for u in ("day", "week", "month", "year", "hour"))
    + r"(?:[Ee]arlier|[Ll]ater)"
)

# One pattern a kind, named after it; ``kinds.py`` pairs each with its resolver and flags.
ISO = r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"
NUMERIC_DATE = r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"
CLOCK = (
    _HEDGE
    + r"(?:(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s?(?P<ampm>[ap](?:\.m\.?|m)|[AP](?:\.M\.?|M))(?!\w)"
    + ZONE
    + r"|(?<![\d:.])(?P<h24>\d{1,2}):(?P<mi24>\d{2})(?![\d:]|\.\d)"
    + ZONE
    + r"|(?P<hhmm>\d{4})\s(?:UTC|GMT)|(?P<named>noon|midnight|midday)\b"
    + ZONE
    + r"|(?<![\d:.])(?P<oc>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    + r"twelve)(?:\so['’]clock\b|(?=\sin\sthe\s(?:morning|afternoon|evening|night)\b))"
    + ZONE
    + r")"
    # "3 p.m. Monday" is one span; "3 p.m. on Monday" two ("on" separates them)
    + rf"(?:\s(?:{_DAYWORD}|{_WEEKDAY}(?:\s{_PART})?|in the "
    + r"(?P<part2>morning|afternoon|evening|night)))?"
)
PARTOFDAY = (
    r"(?:(?P<mod>early|late)(?:\son(?=\s[A-Z][a-z]+\s(?:morning|afternoon|evening|night)\b))?\s)?(?P<rel>yesterday|tomorrow|this|(?<![Tt]he\s)last|today|"
    + _WEEKDAY.replace("(?P<weekday>", "")
    + r"\s"
    + _PART
)
PART_IN_STORY = (
    r"(?:(?P<adv>[Ll]ater|[Ee]arlier|[Ee]arly|[Ll]ate)\sin\sthe\s|(?:(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s)"
    r"|(?<=\b[Tt]hrough\s)|(?<=\b[Tt]hroughout\s)|(?<=\b[Ii]nto\s)|(?<=\b[Uu]ntil\s)"
    r"|(?<=\b[Bb]y\s)(?=the\s|early\s|late\s))(?P<the>the\s)?(?P<early>(?:early|late)\s)?)"
    r"(?P<part>morning|afternoon|evening|night)\b"
    r"(?(adv)|(?(the)(?!\s(?:of|before|after)\b)|(?(early)(?!\s(?:of|before|after)\b)|(?=\s[a-z]))))"
)
TONIGHT = (
    r"\b(?P<word>tonight|overnight(?:\s(?:on\s)?"
    + _WEEKDAY
    + r"(?![\w-]))?|(?<![Tt]he\s)last night)\b"
)
MIDDLE_NIGHT = r"\bthe middle of the night\b"
WEEKDAY_DATE = r"(?:(?P<rel>next|this|last)\s)?" + _WEEKDAY + r",\s(?:(?P<dayfirst>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?)?" + _MONTH + r"(?(dayfirst)\b|\s(?P<day>\d{1,2})\b)(?:,?\s(?P<year>1[5-9]\d\d|20\d\d)\b)?"  # "Tuesday, November 3, 2026", "Saturday, 16 March"
#: A year in digits, or named by a word, after a day: "July 1 next year", "June 17 of that year".
_YEARWORD = r"(?:,?\s(?P<year>\d{4}))?(?:(?:,|\sof)?\s(?P<yearword>last|this|next|that)\syear)?"
MONTHDAY = (
    r"(?:(?P<mod>early|late|mid-?)\s?)?" + _MONTH + r"\s(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
) + _YEARWORD
DAYMONTH = r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH + _YEARWORD
MONTH = (
    r"(?:(?P<mod>early|late|mid-?|the end of|the beginning of|the start of|the\s(?:first|last|final|opening|closing)\s(?:few\s)?days\sof)\s?)?"
    r"(?:(?P<rel>last|this|next|this past|this coming|the following|the previous)\s)?"
    + _MONTH
    + r"(?:(?:,?\s|\sof\s)(?P<year>\d{4})|(?:,|\sof)?\s(?P<yearword>last|this|next|that)\syear)?"
    + r"(?!\s\d)"
)
WEEKDAY = (
    rf"(?:(?P<mod>late|early|{_SOONER})(?:\son)?\s)?(?:(?P<rel>this past|this coming|this|last|next)\s)?"
    + _WEEKDAY
    + r"\b"
)
DEICTIC = (
    rf"(?:(?P<mod>late|early|{_SOONER}(?=\s(?:today|yesterday|tomorrow)\b))\s)?\b(?P<word>the\sday\s(?:before\syesterday|after\stomorrow)|"
    r"today|yesterday|tomorrow|right now|now(?!\sthat\b)|this\sday(?![-‑\w])|"
    r"currently|presently|nowadays|these\sdays|recently(?!\sas\b)|lately|the time being|"
    r"(?<=\b[Aa]t\s)the\smoment(?=\s?[,.;:!?)\"”]|\s(?:but|and)\b)|"
    r"the past(?!\s(?:\d|(?:few|several|couple|many|days|weeks|months|years|decades)\b))|"
    r"recent\s(?:days|weeks|months|years|decades|times)|"
    r"(?:the\s(?:(?:near|distant|foreseeable)\s)?|(?<=\b[Ii]n\s))future|the\spresent\sday|"
    r"the\s(?:near|short|medium|long|longer)\sterm)\b(?![-‑])"
)
#: "the month", "the week" alone point back ("the month's biggest stories"), but not "the year
#: before", "the week since the vote", "the month of May", "the year 2019" or "of the Year".
_THE_UNIT = r"the(?=\s(?-i:week|month|year|quarter)\b(?!\s(?:of|before|after|earlier|later|since)\b|\s\d))"
RELWEEK = (
    r"(?:(?P<mod>late|early|earlier|later)\s)?(?P<rel>this|the last(?=\s\w+\b(?!\sof\b))|last|"
    r"next|the past|the coming|that|the same|that same|the previous|the prior|the following|"
    r"the next|the current|"
    + _THE_UNIT
    + r")\s(?P<unit>week(?:end)?|month|year|quarter|decade|(?<=the\s[pl]ast\s)century)\b(?![-‑]long)"
)
YEAR_PART = (
    r"(?:(?P<mod>early|late|mid-?|the\s(?:end|beginning|start|middle|rest|remainder)\sof)[\s-]?)"
    rf"(?:(?P<year>{_YEAR})\b|(?P<rel>last|this|next|the)\syear\b)"
    r"|\bthe\s(?:entire|whole|full)\syear\b"
)
WEEKEND = r"\b(?:the|this\s(?P<dir>past|coming))\sweekend\b"
RELDAY = (  # "later the same day" is whole, as "later that day" is
    r"\b(?:(?:later|earlier)\s(?=(?:the|that)\s(?:very\s)?same\s))?"
    r"(?:the|that)\s(?:very\s)?(?P<rel>same|following|next|previous|preceding)\s"
    r"(?P<unit>day|morning|night|evening)\b"
)
#: "the day before", "the year after", "the week before the vote" (the day the story last
#: named is the vote's), not "the day after falling" (a clause); "the month earlier" only
#: where the phrase ends.
UNIT_BEFORE = (
    r"\bthe\s(?P<unit>day|week|month|year)\s(?P<dir>(?:before|after)(?!\s(?:last|\w+ing)\b)"
    r"|(?:earlier|previous|prior|later)(?=\s*(?:[,.;:)]|$)))"
)
DAYLIGHT = r"\b(?P<word>pre-?dawn|dawn|daybreak|dusk|nightfall)\b(?!\sof\b)"
THATDAY = r"(?<!\bat the end of )\bthe\sday\b"
#: "that day", "later that night", "that same morning": the day the story last named.
THAT_PART = (
    r"\b(?:(?P<mod>later|earlier)\s)?that\s(?:(?:same|very)\s)?"
    r"(?:(?P<part>morning|afternoon|evening|night)|day(?![-\w]))\b"
)
UNNAMED_DAY = (
    r"\b(?:some|an?)\s(?:(?:as\s)?yet\s|still\s)?(?P<word>unspecified|undisclosed|undetermined|"
    r"unknown|unannounced|unspecific|indeterminate|later|future|earlier)\s(?:date|day|time)\b"
)
THAT_TIME = (
    r"\b(?P<word>th(?:at|e|is)\stime|th(?:at|is)\spoint|that\sdate)\b(?!\s(?:of|when|that|being|in|for)\b)"
    r"|(?<=\b[AaBb][ty]\s)(?P<word2>the\stime)(?=\sof\s(?:the|his|her|its|their|[A-Z]\w+['’]s?)\s)"
)
SAME_PERIOD = (
    r"\bthe\s(?:same\s(?P<unit>period|time|day|week|month|quarter)\s(?:a\syear\s"
    r"(?:earlier|ago|before)|(?:of\s)?(?:the\s)?(?:last|previous|prior)\syear)|"
    r"year-(?:earlier|ago)\s(?P<unit2>period|quarter|month|week|day|year))\b"
)
#: "before" and "after" end an offset only where the phrase ends ("three days before."):
#: "two weeks before the deadline" is a length and an event.
_DIRECTION = alternation(d for d in DIRECTIONS if d not in {"before", "after"})
_DIRECTION += r"|(?:before|after)(?=\s*(?:[,.;:!?)\"”]|$))"
AGO = _HEDGE + _NUM + _BETWEEN + _UNIT + r"s?" + _PLUS + rf"\s(?P<dir>{_DIRECTION})\b"
#: A delay measured against a plan ("two days later than originally planned"): the words
#: that name what was planned.
_PLANNED = (
    r"planned|scheduled|expected|anticipated|forecast|predicted|intended|hoped|announced|"
    r"promised|projected|thought"
)
THAN_PLANNED = (
    _HEDGE
    + _NUM
    + _BETWEEN
    + _UNIT
    + r"s?\s(?P<dir>later|earlier|sooner)\sthan\s"
    + r"(?:(?:it|they|had|had\sbeen|was|were|originally|initially|previously|first|once)\s)*"
    + rf"(?:{_PLANNED})\b"
)
VAGUE_AGO = r"\b(?P<unit>days|weeks|months|years|decades)\s(?P<dir>ago|later|earlier)\b"
DURATION = (
    rf"(?:(?P<the>the)\s(?P<rel>{alternation(RELATIONS)})\s)?"
    + r"(?:within\s)?"
    + _HEDGE
    + _NUM
    + _BETWEEN
    + _UNIT
    + r"s?(?:[- ]long)?"
    + _PLUS
    + r"\b(?!-old)"
)
LENGTH_ADJECTIVE = rf"\b(?:(?=[\w.]+-(?:{UNIT_WORDS}))(?P<num>{_CARD}|single)-|(?<![-‑]))(?P<unit>{UNIT_WORDS})(?(num)(?:-long)?|-long)\b(?!-old)"
SECOND_DAY = (
    r"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d[-–])|(?<=\d\s[-–]\s))"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    rf"(?!\s?(?:[,.:]\d|%|{UNIT_WORDS}|{MONTH_WORDS}))"
)
RANGE_FIRST = (
    rf"\b(?:(?P<num>\d+(?:\.\d+)?)(?=\s?[-–]\s?\d+(?:\.\d+)?(?P<scale>\s(?:million|billion))?[- ](?P<unit>{UNIT_WORDS})s?\b)"
    rf"|(?P<word>\d+(?:\.\d+)?|{alternation(w for w in NUMBER_WORDS if w not in _NOT_FIRST)})"
    rf"(?=\s(?:and|to|or)\s(?:\d+(?:\.\d+)?|[a-z]+)(?P<scale2>\s(?:million|billion))?[- ](?P<unit2>{UNIT_WORDS})s?\b))"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_AGE_WORDS = alternation(w for w in NUMBER_WORDS if " " not in w and w not in _NOT_FIRST)
AGE = (
    rf"\b(?P<num>\d{{1,3}}|{_TENS}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    rf"{_AGE_WORDS})-(?P<unit>year|month|week|day)s?-old\b"
)
VAGUE_DURATION = (
    r"(?:\bwithin\s)?(?:\bthe\s(?:coming|next|past|last|following)\s(?!\w+\sof\b))?"
    r"(?<!light\s)(?<!light-)\b(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|"
    r"decades|centuries|millennia)(?:-long)?\b(?!\s(?:1[89]|20)\d\d\b)"  # "the years 2025 to"
)
_SET_UNITS = "second|minute|hour|day|week|month|year|night|morning|evening|spring|summer|autumn|fall|winter|" + MONTH_WORDS
_EVERY_N = r"(?:(?P<other>other)\s|(?P<n>two|three|four|five|six|ten|\d{1,2})\s)?"
SET = rf"\b(?P<word>every|each)\s{_EVERY_N}(?P<unit>{_SET_UNITS})(?(n)s)\b"
PER_LENGTH = (
    _HEDGE + _NUM + _BETWEEN + rf"(?:{UNIT_WORDS})s?\s(?:per|an?|each|every)\s"
    r"(?P<unit>second|minute|hour|day|week|month|year)\b"
)
RATE = (
    r"(?:\b(?P<word>once|twice|thrice|[\w-]+\stimes)\s)?\b(?P<per>an?|per)[\s-]"
    r"(?P<unit>second|minute|hour|day|week|month|year)\b"
)
#: "on Sundays", "every Monday", "Friday nights": a day of every week.
WEEKLY_DAY = (
    r"\b(?:(?P<word>[Ee]very(?:\sother)?|[Ee]ach)\s)?"
    + _WEEKDAY
    + r"(?P<plural>s)?(?:\s(?P<part>morning|afternoon|evening|night)(?P<parts>s)?)?\b"
)
SET_ADVERB = (
    r"(?<![\w/])(?:(?P<word>daily|weekly|monthly|yearly|annual|annually|hourly|nightly)\b"
    r"(?!\s(?:(?:news)?papers?|tabloids?|magazines?|(?<=ly\s)(?-i:[A-Z])))"  # "the daily Kestrel Post"
    r"|(?P<allday>24/7)(?![\d/])|(?P<everyday>everyday)(?=\s*(?:[.,;:!?)]|$)"  # "talks to her everyday."
    r"|\s(?:at|for|in|on|and|or|but|to|from|until|basically)\b))"
)
DECADE = (
    r"\b(?P<the>the\s)?(?:(?P<mod>early|late|mid-?)\s?)?(?P<dec>\d{3})0s\b|\bthe\s['’]?(?P<short>\d)0s\b"
    rf"|\bthe\s(?:(?:early|late|mid-?)\s?)?(?P<word>{alternation(DECADE_WORDS)})\b"
)
#: "the end of": a part of a quarter or half keeps the whole period's value, as "early 2009".
_PART_OF = r"(?:the\s(?:very\s)?(?P<part>end|beginning|start|middle)\sof\s)?"
QUARTER = (
    r"\b"
    + _PART_OF
    + r"(?:the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|"
    r"most\srecent)[\s-]quarter"
    rf"(?:\sof\s(?:(?P<year>{_YEAR})|(?P<yearword>last|this|next|the)\syear))?"
    rf"|\bQ(?P<q>[1-4])(?:\s(?P<year2>{_YEAR}))?\b"
)
HALF = (
    r"\b" + _PART_OF + r"(?:the\s)?(?P<ord>first|second|1st|2nd|latter)[\s-]half"
    rf"(?:\sof\s(?:(?P<year>{_YEAR})|(?P<yearword>last|this|next|the)\syear)|(?!\sof\b))"
    rf"|\bH(?P<h>[12])\s(?P<year2>{_YEAR})\b"
)
SEASON = (
    r"\b(?:(?:earlier|later)\s(?=(?:this|last|next)\s))?"
    r"(?:(?P<rel>last|this|next|this past|early|late|that)\s|(?P<the>(?:(?<=\bin\s)|(?<=by\s)|(?<=\bduring\s)"
    r"|(?<=\bthrough\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bsince\s)|(?<=throughout\s))the|the(?=\s\w+\sof\s))\s)?"
    rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s(?:of\s)?(?P<year>{_YEAR})|\sof\s(?P<yearword>last|this|next)\syear)?\b"
)
_COUNTED_AFTER = (
    r"persons|people|patients|cases|deaths|children|residents|soldiers|troops|workers|votes|"
    r"homes|houses|buildings|vehicles|cars|passengers|students|members|employees|jobs"
)
#: A year; "1846 persons were hospitalized" is a count, unless a preposition of time leads
#: ("In 2019 people voted").
YEAR = (
    r"(?<![\d$£€.,:/])\b"
    r"(?:(?<=\bin\s)|(?<=\bIn\s)|(?<=[Ss]ince\s)|(?<=\bby\s)|(?<=[Ff]rom\s)|(?<=[Uu]ntil\s)"
    rf"|(?<=[Dd]uring\s)|(?<=[Bb]efore\s)|(?<=[Aa]fter\s)|(?<=\bof\s)|(?!\d{{4}}\s(?:{_COUNTED_AFTER})\b))"
    r"(?P<year>1[5-9]\d\d|20\d\d)\b(?![\d,.:]\d|\s?(?:UTC|GMT|%)|-\w)"
)
YEAR_RANGE = (
    rf"(?=\d)(?:(?<![\d$£€.,:/])\b(?P<year>{_YEAR})(?=[-–](?:\d\d){{1,2}}\b)"
    r"|(?<=\d\d[-–])(?P<end>\d\d(?:\d\d)?)\b(?![-–]\d)"
    r"|(?:(?<=\d{4}\sto\s)|(?<=\d{4}\sand\s)|(?<=\d{4}\suntil\s)|(?<=\d{4}\sthrough\s))"
    rf"(?P<later>{_YEAR})\b(?![\d,.:]\d|%|\s?(?:UTC|GMT)))"
)
