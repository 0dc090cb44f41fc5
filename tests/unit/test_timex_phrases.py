"""No time phrase takes an article down: phrases made from the time lexicon's own words.

Every combination of a modifier, a number (digits, words, fractions, vague counts), a unit
(every unit the lexicon knows, with "half"), and a direction ("ago", "later", "since",
"until", ...) is annotated in a sentence of its own. Annotation must never raise, and every
value must be a valid TIMEX3 value, or None with a rule that says why. The TIMEX3 grammar
below is written from the TimeML guidelines, not from newslab's code.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslab.entities import Entity
from newslab.timexes import extract_timexes
from newslab.timexes.holidays import HOLIDAYS
from newslab.timexes.words import (
    DIRECTIONS,
    FRACTIONS,
    HEDGES,
    NUMBER_WORDS,
    RELATIONS,
    UNIT_CODES,
    VAGUE_NUMBERS,
)

_DAY = r"(?:\d{2}|\d{3}|\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
_CLOCK = r"T(?:\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI|MI|DT)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_LENGTH = (
    rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML))+(?:T(?:{_AMOUNT}[HMS])+)?|T(?:{_AMOUNT}[HMS])+)"
)
TIMEX3 = {
    "DATE": re.compile(
        rf"(?:{_DAY}(?:{_CLOCK})?|FY\d{{4}}|PRESENT_REF|PAST_REF|FUTURE_REF|{_LENGTH})"
    ),
    "TIME": re.compile(rf"{_DAY}{_CLOCK}|PRESENT_REF"),
    "DURATION": re.compile(_LENGTH),
    "SET": re.compile(rf"{_LENGTH}|{_DAY}(?:{_CLOCK})?"),
}

MODIFIERS = ("",) + HEDGES + tuple(f"the {r}" for r in RELATIONS)
NUMBERS = (
    ("1", "3", "12", "2.5", "100", "0.004", "40.333", "10,000", "9999999")
    + tuple(NUMBER_WORDS)
    + tuple(FRACTIONS)
    + tuple(f"{w} and a half" for w in ("one", "two", "a"))
    + VAGUE_NUMBERS
)
UNITS = tuple(UNIT_CODES) + ("half", "centuries")
SUFFIXES = ("",) + DIRECTIONS
PREFIXES = ("", "since", "until", "for", "within", "in")


def check(blank, phrase: str, day: dt.date) -> list:
    text = f"Prices rose {phrase}, officials said."
    doc = blank(text)
    dated = (Entity(12, 12 + len(phrase), phrase, "DATE", phrase),)  # as the model might
    found = []
    for t in extract_timexes(doc, dated, anchor=day) + extract_timexes(doc, dated, anchor=None):
        assert text[t.start : t.end] == t.text, phrase
        assert t.type in TIMEX3, (phrase, t)
        if t.value is None:
            assert t.rule, f"{phrase!r}: no value and no reason"
        else:
            assert TIMEX3[t.type].fullmatch(t.value), f"{phrase!r}: {t.type} {t.value!r}"
        assert (t.start_date is None) == (t.end_date is None), (phrase, t)
        if t.start_date is not None:
            assert t.start_date <= t.end_date, (phrase, t)
        found.append(t)
    return found


def phrase_of(prefix: str, modifier: str, number: str, unit: str, plural: bool, suffix: str):
    word = unit + ("s" if plural and not unit.endswith("s") else "")
    return " ".join(w for w in (prefix, modifier, number, word, suffix) if w)


@given(
    st.sampled_from(PREFIXES),
    st.sampled_from(MODIFIERS),
    st.sampled_from(NUMBERS),
    st.sampled_from(UNITS),
    st.booleans(),
    st.sampled_from(SUFFIXES),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
@settings(max_examples=400, deadline=None)
def test_any_time_phrase_gives_a_timex3_value_or_a_reason(
    blank, prefix, modifier, number, unit, plural, suffix, day
):
    check(blank, phrase_of(prefix, modifier, number, unit, plural, suffix), day)


@pytest.mark.parametrize("unit", UNITS)
def test_every_unit_with_every_direction(blank, unit):
    day = dt.date(2020, 2, 29)
    for suffix in SUFFIXES:
        for prefix in ("", "since", "until"):
            for number in ("a", "two", "half a", "one and a half", "several", "7"):
                for modifier in ("", "the past"):
                    check(blank, phrase_of(prefix, modifier, number, unit, True, suffix), day)
                    check(blank, phrase_of(prefix, modifier, number, unit, False, suffix), day)


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_phrases_at_the_ends_of_the_calendar_give_values_or_reasons(blank, day):
    for number, unit, suffix in itertools.product(("a", "the last", "100"), UNITS, SUFFIXES):
        check(blank, phrase_of("since", "", number, unit, False, suffix), day)
        check(blank, phrase_of("", "the next", number, unit, True, suffix), day)


@pytest.mark.parametrize(
    "phrase",
    [
        "over the past quarter century",
        "the past quarter",
        "the coming quarter",
        "the last quarter",
        "the coming quarter century",
        "a quarter of an hour",
        "three quarters of a century",
        "a fortnight ago",
        "half a decade later",
        "two and a half centuries earlier",
        "the first half of the year",
    ],
)
def test_phrases_that_once_crashed_are_timexes(blank, phrase):
    found = check(blank, phrase, dt.date(2019, 12, 31))
    assert any(t.value for t in found), phrase


NAMED_DAYS = tuple(HOLIDAYS) + ("Christmas", "Easter", "Thanksgiving", "New Year's")
ENDS_OF_CALENDAR = (dt.date(1, 1, 1), dt.date(2020, 2, 29), dt.date(9999, 12, 31))


@pytest.mark.parametrize("name", NAMED_DAYS)
def test_every_named_day_in_every_direction_gives_a_value_or_a_reason(blank, name):
    for day, rel, year in itertools.product(
        ENDS_OF_CALENDAR, ("", "last ", "next "), ("", " 2009")
    ):
        found = check(blank, f"on {rel}{name}{year}", day)
        assert [t.text for t in found] == [f"{rel}{name}{year}"] * 2  # anchored, then not


@pytest.mark.parametrize(
    "phrase",
    [
        "later in the week",
        "the rest of the month",
        "the end of last year",
        "in the quarter ended March 31",
        "the week ending Friday",
        "the day before yesterday",
        "this past weekend",
        "the current fiscal year",
        "three days later than planned",
        "in morning trading",
        "at some unspecified time",
        "on the 31st",
        "by the 29th",
        "the early hours of Sunday",
    ],
)
def test_story_phrases_at_the_ends_of_the_calendar(blank, phrase):
    for day in ENDS_OF_CALENDAR:
        assert check(blank, phrase, day), phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "the first week of January",
        "the last week of December",
        "the week of December 30",
        "the coming week",
        "the coming year",
        "during the week",
        "FY 2019/20",
        "FY99",
        "the 1999/00 fiscal year",
        "the night of December 31",
        "the night of Sunday to Monday",
        "overnight Sunday",
        "on Sundays",
        "every Friday night",
        "later in the day",
        "later that same day",
        "Earlier on Friday",
        "earlier this year",
        "later this month",
        "the nineties",
        "ten o'clock in the evening",
        "the twenty-first century",
        "a decade later",
        "three days before.",
        "the day before the vote",
        "three quarters of an hour",
        "an eleven-month-old",
    ],
)
def test_news_phrases_at_the_ends_of_the_calendar(blank, phrase):
    for day in ENDS_OF_CALENDAR:
        assert check(blank, phrase, day), phrase
