"""Parts of named days, days of every week and centuries, on Docs built by hand (no model).

Every sentence is written for these tests; values are worked out by hand from the calendar
and the TIMEX3 guidelines. The publication day is Friday 2021-09-17.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timexes_by_hand

FRIDAY = dt.date(2021, 9, 17)


def got(blank, text, dated=()):
    return timexes_by_hand(blank, text, dated, anchor=FRIDAY)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ferry sails on Sundays.", "Sundays", "XXXX-WXX-7"),
        ("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
        ("The choir sings each Wednesday evening.", "each Wednesday evening", "XXXX-WXX-3TEV"),
        ("The club is loud on Friday nights.", "Friday nights", "XXXX-WXX-5TNI"),
        ("Shops close early on Saturday afternoons.", "Saturday afternoons", "XXXX-WXX-6TAF"),
    ],
)
def test_a_day_of_every_week_is_a_set(blank, text, span, value):
    t = got(blank, text)
    assert (t[span].type, t[span].value) == ("SET", value)


def test_nights_of_coordinated_days_are_those_nights(blank):
    # "Monday and Tuesday nights" are two nights: Tuesday's is a night, not every Tuesday's
    t = got(blank, "Guards patrolled on Monday and Tuesday nights.")
    assert t["Monday"].value == "2021-09-13"
    assert (t["Tuesday night"].type, t["Tuesday night"].value) == ("TIME", "2021-09-14TNI")


@pytest.mark.parametrize(
    ("text", "span", "value", "last"),
    [
        ("The barge sank on the night of July 4.", "the night of July 4", "2021-07-04TNI", None),
        ("It was seen the morning of Tuesday.", "the morning of Tuesday", "2021-09-14TMO", None),
        (
            "Rain fell the evening of 5 May 2018.",
            "the evening of 5 May 2018",
            "2018-05-05TEV",
            None,
        ),
        (
            "It rained the afternoon of Monday, September 13.",
            "the afternoon of Monday, September 13",
            "2021-09-13TAF",
            None,
        ),
        # a night from one day into the next covers both days
        (
            "Shelling went on the night of Sunday to Monday.",
            "the night of Sunday to Monday",
            "2021-09-12TNI",
            "2021-09-13",
        ),
    ],
)
def test_the_part_of_a_named_day_is_a_time(blank, text, span, value, last):
    t = got(blank, text)[span]
    assert (t.type, t.value) == ("TIME", value)
    assert t.end_date == (last or value[:10])


def test_the_part_of_an_event_is_no_time(blank):
    assert got(blank, "The night of the storm was long; the morning of the vote was calm.") == {}


def test_overnight_with_a_weekday_is_that_night(blank):
    t = got(blank, "Residents left their homes overnight Tuesday.")
    assert t["overnight Tuesday"].value == "2021-09-14TNI"


def test_later_in_the_day_is_the_day_the_story_is_at(blank):
    text = "Shares rose on 2021-09-08 before falling later in the day."
    assert got(blank, text)["later in the day"].value == "2021-09-08"
    # with no day named, the day of the news: the publication day
    assert (
        got(blank, "Later in the day, the market fell.")["Later in the day"].value == "2021-09-17"
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Mills closed in the late 19th century.", "the late 19th century", "18"),
        ("Mills closed in the nineteenth century.", "the nineteenth century", "18"),
        ("Mills reopen in the twenty-first century.", "the twenty-first century", "20"),
        ("Mills closed in the mid-18th century.", "the mid-18th century", "17"),
    ],
)
def test_centuries_by_ordinal_word_or_with_a_part(blank, text, span, value):
    assert got(blank, text)[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Crime fell in the nineties.", "the nineties", "199"),
        ("Jazz boomed in the Twenties.", "the Twenties", "192"),
        ("Rents rose in the late eighties.", "the late eighties", "198"),
    ],
)
def test_decades_by_name(blank, text, span, value):
    assert got(blank, text)[span].value == value


def test_an_age_range_is_no_decade(blank):
    assert got(blank, "Most voters are in their twenties.") == {}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The bell rang at 10 o'clock.", "10 o'clock", "2021-09-17T10:00"),
        ("The bell rang at ten o’clock.", "ten o’clock", "2021-09-17T10:00"),
        (
            "The bell rang at nine o'clock in the evening.",
            "nine o'clock in the evening",
            "2021-09-17T21:00",
        ),
    ],
)
def test_o_clock_is_a_time_of_day(blank, text, span, value):
    assert got(blank, text)[span].value == value
