"""Last tests of a pattern's match (a :class:`.Kind`'s ``accept``): the words around it that
tell a time from the same words used otherwise ("May" the month from "may" the verb, "fall"
the season from a fall in sales, "an hour" a rate from "a year" a length).

>>> import re
>>> from newslab.timexes import patterns
>>> bool(may_is_a_month(re.search(patterns.MONTH, "talks in May")))
True
"""

from __future__ import annotations

import re

from ..entities.numbers import years_apart
from ..entities.teams import SPORT_WORDS
from ..lexicon import UNITS
from . import patterns as p
from .words import NUMBER_WORDS, alternation

__all__ = [
    "not_a_discourse_now",
    "not_a_match_half",
    "not_a_paper",
    "not_a_temperature",
    "not_an_ordinal_second",
    "not_a_title",
    "after_a_preposition",
    "fall_is_a_season",
    "follows_a_date",
    "is_a_rate",
    "is_year_range",
    "is_weekly",
    "may_is_a_month",
    "names_a_day",
]


def may_is_a_month(m: re.Match[str]) -> bool:
    """ "May" is a month only with a year, a modifier or after a preposition of time."""
    if m.group("month").lower().rstrip(".") != "may":
        return True
    before = m.string[max(0, m.start() - 7) : m.start()].lower()
    after_prep = bool(re.search(r"\b(?:in|since|until|by|from|during|of|early|late)\s$", before))
    listed = re.search(  # "in March and May", "from April to May": a month beside a month
        rf"\b(?:{p.MONTH_WORDS})(?:,? and|,? or|,| to|\s?[-–])\s?$", m.string[: m.start()][-16:]
    )
    return bool(m.group("year") or m.group("rel") or m.group("mod") or after_prep or listed) and (
        m.group("month")[0] == "M"
    )


def fall_is_a_season(m: re.Match[str]) -> bool:
    """ "fall" is the season only after "this", "last", "next", "early", "late" or "in
    (the)", or with a year: never "continued to fall" or "a fall in sales"."""
    if m.group("season").lower() != "fall":
        return True
    if m.group("year"):
        return True
    if re.match(r"\s+of\s+(?!\d)", m.string[m.end() : m.end() + 8]):
        return False
    before = m.string[max(0, m.start() - 4) : m.start()].lower()
    return bool(m.group("rel") or m.group("the") or before.endswith("in "))


def follows_a_date(m: re.Match[str]) -> bool:
    """ "5" is a day in "March 4 and 5" and "March 4–5" (a capitalised month and a day
    before it)."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    return bool(
        re.search(
            rf"\b(?:{p.MONTH_WORDS})\s\d{{1,2}}(?:st|nd|rd|th)?(?:\s\w+\s|\s?[-–]\s?)$", before
        )
    )


def is_a_rate(m: re.Match[str]) -> bool:
    """ "once a year", "three times a week", "per day", and "a day" after a number
    ("$15 an hour", "5% a year"); not after a unit of measure."""
    before = m.string[max(0, m.start() - 24) : m.start()]
    if _MEASURE.search(before) or _AGO.match(m.string, m.end()):
        return False  # "75 miles per hour" is a speed; "$121 million a year ago" a date
    if m.group("word") or m.group("per").lower() == "per":
        return True
    if re.search(r"\d%?\s$", before):
        return True
    if m.group("unit").lower() == "second" and _NOUN_AFTER.match(m.string, m.end()):
        return False  # "a second hearing": the ordinal
    counted = _COUNTED.search(m.string, max(0, m.start() - 60), m.start())
    return (
        bool(counted)
        and counted.group("last").lower() not in _NOT_COUNTED
        and not re.search(r"[.!?]\s", counted.group())  # "ended on June 30. The panel ..."
    )


_NOUN_AFTER = re.compile(r"\s[a-z]")
_NUMBERS = alternation(w for w in NUMBER_WORDS if w not in {"a", "an"})
#: A count of something right before "a day" ("five rallies a day", "one proper meal a day",
#: "150 minutes of moderate activity a week"): up to four words after the number, none of
#: them a conjunction or a comma, the last no preposition ("the fourth crash in a month").
_COUNTED = re.compile(
    rf"(?:\d|\b(?:{_NUMBERS})\b)\S*(?:\s(?!(?:and|or|but)\b)[\w'’-]+){{0,3}}"
    r"\s(?P<last>[\w'’-]+)\s$",
    re.IGNORECASE,
)
_NOT_COUNTED = frozenset(
    "for in on at after before within over about than by from to of during into since until "
    "once each every per nearly almost around under".split()
)


_AGO = re.compile(r"\s(?:ago|earlier|before|later)\b")
#: A unit of measure just before "per hour" or "an hour" ("miles per hour", "km a day").
_MEASURE = re.compile(rf"\b(?:{UNITS})\s$", re.IGNORECASE)


def after_a_preposition(m: re.Match[str]) -> bool:
    """ "that time" or "that point" after "at", "by", "since" or "until"; "the time", "this
    time" and "this point" only after "at"; "that date" anywhere."""
    if m.group("word") is None:
        return True  # "at the time of the fire", "by the time of his death"
    word = " ".join(m.group("word").lower().split())
    before = m.string[max(0, m.start() - 6) : m.start()].lower().split()[-1:]
    if word == "that date":
        return True
    if word in {"that time", "that point"}:
        return before in (["at"], ["by"], ["since"], ["until"])
    return before == ["at"]  # "at the time", "at this point"; "by the time" is a conjunction


def is_year_range(m: re.Match[str]) -> bool:
    """Both ends are years, the second after the first: at most ten years on when the end is
    written short ("2015-16"), a hundred with a whole year after a dash ("1987–2017"), fifty
    with "to" or "and" ("from 2009 to 2011")."""
    if m.group("year"):
        end = re.match(r"[-–](\d+)", m.string[m.end() :])
        first, last = int(m.group("year")), end.group(1) if end else ""
    else:
        pattern = r"(?<![\d.,:/$£€-])(\d{4})(?:[-–]|\s\w+\s)$"
        before = re.search(pattern, m.string[max(0, m.start() - 14) : m.start()])
        if before is None:
            return False
        first, last = int(before.group(1)), m.group("end") or m.group("later")
    # a dash between two whole years spans a term or a life ("1987–2017"); a short end
    # ("2015-16") a season, never more than ten years on
    span = 50 if m.group("later") else 100 if len(last) == 4 else 10
    return years_apart(first, last, longest=span)


def is_weekly(m: re.Match[str]) -> bool:
    """ "every Sunday", "on Sundays", "Friday nights"; not the nights of coordinated days
    ("on Monday and Tuesday nights" are two nights, not every Tuesday's)."""
    if m.group("word") or m.group("plural"):
        return True
    if not m.group("parts"):
        return False
    before = m.string[max(0, m.start() - 16) : m.start()]
    return not re.search(r"(?:day,?\s(?:and|or|to)|day,)\s$", before)


def names_a_day(m: re.Match[str]) -> bool:
    """ "the night of" is a part of a day only where the day follows."""
    return bool(m.group("weekday") or m.group("month") or m.group("month2"))


def not_a_title(m: re.Match[str]) -> bool:
    """ "a 60 Minutes interview", "the 24 Hours of Le Mans": a length whose unit is
    capitalised inside a sentence is a title's, no length of time; nor are quarters that
    share something out ("three quarters of voters", "a three-quarters majority")."""
    unit = m.group("unit")
    num = (m.groupdict().get("num") or "").lower()
    if unit.lower() == "quarter" and num.endswith("three") and _SHARE.match(m.string, m.end()):
        return False
    if not unit[:1].isupper():
        return True
    before = m.string[max(0, m.start() - 3) : m.start()].rstrip(" \"“'‘(")
    return not before or before[-1] in ".!?:\n"


#: What follows quarters that share something out: "of" and no time, or a noun after a hyphen.
_SHARE = re.compile(
    r"s?\sof\s(?!(?:the\s|a\s|this\s|that\s|last\s|next\s)?(?:year|century|decade|hour|day)s?\b)"
    r"|(?<=s)\s(?:majority|share|stake)\b"
)


def not_a_temperature(m: re.Match[str]) -> bool:
    """ "the 90s" is a decade, but not where the words before speak of heat ("temperatures
    in the 50s", "highs in the 80s")."""
    if not m.group("short"):
        return True
    before = m.string[max(0, m.start() - 40) : m.start()].lower()
    return not re.search(r"temperature|degree|°|\bhighs?\b|\blows?\b|fahrenheit|celsius", before)


def not_an_ordinal_second(m: re.Match[str]) -> bool:
    """ "every year", "each week": a repetition; "every second person" counts, it is no time."""
    return m.group("unit").lower() != "second"


def not_a_paper(m: re.Match[str]) -> bool:
    """ "a daily dose", "a monthly series": after "a", "daily" repeats only before a noun of
    its own; "a daily printed in X", "a weekly in Y" is a newspaper."""
    word = m.group("word")
    if word in _PAPERS and _THE_PAPER.search(m.string, max(0, m.start() - 25), m.start()):
        after = m.string[m.end() : m.end() + 12]  # "the business weekly Vasarnapi Hirek",
        if re.match(r"\s(?:[A-Z]|(?:said|says|reported|reports|wrote|writes)\b)", after):
            return False  # "the weekly reported": a newspaper
    if (
        not word
        or m.string[max(0, m.start() - 2) : m.start()].lower() != "a "
        or (m.start() > 2 and m.string[m.start() - 3].isalnum())
    ):
        return True
    after = re.match(r"\s([a-z][\w-]*)", m.string[m.end() : m.end() + 30])
    return after is not None and not (
        after.group(1).endswith("ed")
        or after.group(1) in {"in", "of", "on", "at", "for", "and", "or"}
    )


_THE_PAPER = re.compile(r"\b[Tt]he\s(?:[a-z]+\s)?$")
_PAPERS = frozenset({"daily", "weekly", "monthly"})

#: What follows a "Now" that opens a sentence as a discourse marker, not a time: a condition
#: or a call to imagine ("Now if ...", "Now, imagine ...", "Now let us ...").
_AFTER_NOW = re.compile(
    r",?\s(?:if|imagine|consider|suppose|let|let's|say|think|listen|look|remember)\b"
)


def not_a_discourse_now(m: re.Match[str]) -> bool:
    """ "Now if that is the future", "Now, imagine a city": a "Now" that opens a sentence to
    move an argument on is no time (TimeML leaves discourse markers out)."""
    if m.group("word") != "Now":
        return True
    start, end = m.start("word"), m.end("word")
    before = m.string[max(0, start - 4) : start].rstrip(" ")
    opens = not before or before[-1] in '.!?:\n"”’)'
    return not (opens and _AFTER_NOW.match(m.string, end))


#: Words of a game (the entities' words of sport, and a match's deeds): a half in a
#: paragraph with them is the match's, not the year's.
_GAME = re.compile(
    rf"\b(?:{SPORT_WORDS}|scor(?:e|ed|es|ing)|goalkeeper|striker|played|whistle|penalty|"
    r"referee|equali[sz]ed|innings|touchdowns?|quarterback)\b",
    re.I,
)


def not_a_match_half(m: re.Match[str]) -> bool:
    """ "the first half" of a year is no half of a game: in a paragraph of goals, scores and
    whistles, a half with no year ("scored twice in the second half") is no time of the
    calendar; "the first half of 2024" always is."""
    if m.group("year") or m.group("yearword") or m.group("year2"):
        return True
    start = m.string.rfind("\n", 0, m.start()) + 1
    end = m.string.find("\n", m.end())
    return not _GAME.search(m.string, start, end if end >= 0 else len(m.string))
