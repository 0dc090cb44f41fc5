"""The story's reference time, on Docs built by hand (no model): anaphoric phrases count
from the last day the text named, quoted words from the day they were said.

Sentences are written for these tests; values are worked out from the calendar.
"""

from __future__ import annotations

import datetime as dt

from tests.conftest import timexes_by_hand

FRIDAY = dt.date(2022, 9, 9)


def got(blank, text, dated=(), anchor=FRIDAY):
    return timexes_by_hand(blank, text, dated, anchor=anchor)


def test_anaphoric_phrases_follow_the_last_day_named(blank):
    text = (
        "The bridge closed on 2022-08-30. Engineers came the following day. "
        "At that time, no cause was known. Later that night the road reopened. "
        "By that date, traffic was back."
    )
    t = got(blank, text)
    assert t["the following day"].value == "2022-08-31"
    assert "2022-08-30" in t["the following day"].rule
    assert t["that time"].value == "2022-08-31"
    assert t["Later that night"].value == "2022-08-31TNI"
    assert t["that date"].value == "2022-08-31"


def test_that_year_is_the_year_the_story_last_named(blank):
    t = got(blank, "The floods of 1998 ruined the harvest. That year, crops failed.", ["1998"])
    assert t["That year"].value == "1998"


def test_without_a_day_named_that_time_is_no_timex(blank):
    assert "that time" not in got(blank, "Nobody knew the answer at that time.")


def test_quoted_today_is_the_day_the_words_were_said(blank):
    text = (
        "The court ruled on 2022-09-07.\n"
        '"Today is a good day for justice," the lawyer said.\n'
        "The ruling is final today."
    )
    t = got(blank, text)
    quoted, plain = sorted(
        (v for v in t.values() if v.text.lower() == "today"), key=lambda v: v.start
    )
    assert quoted.value == "2022-09-07"
    assert "the quoted words were said" in quoted.rule
    assert plain.value == "2022-09-09"  # outside the quotation: the publication day


def test_a_day_named_by_the_attribution_dates_the_quote(blank):
    text = '"We will rebuild by tomorrow," the mayor said on 2022-09-05.'
    assert got(blank, text)["tomorrow"].value == "2022-09-06"


def test_a_quote_long_after_the_last_day_named_is_from_publication(blank):
    text = 'The dam was built on 2001-05-01.\n"Today it is leaking," an engineer said.'
    assert got(blank, text)["Today"].value == "2022-09-09"


def test_clock_times_take_the_lede_day_and_midnight_ends_a_named_day(blank):
    text = (
        "A storm struck the coast on 2022-09-07.\n"
        "Power failed at 9 p.m. local time.\n"
        "It came back shortly before midnight Thursday night."
    )
    t = got(blank, text)
    assert t["9 p.m. local time"].value == "2022-09-07T21:00"  # the lede's day
    # a weekday without tense counts back from Friday 2022-09-09; midnight ends that day
    assert t["shortly before midnight Thursday night"].value == "2022-09-08T24:00"


def test_ends_of_ranges_are_years(blank):
    text = "The 2015-2016 season and the 1961-62 expedition ran from 2009 to 2011."
    t = got(blank, text, ["2009"])
    assert [t[y].value for y in ("2015", "2016", "1961", "62", "2009", "2011")] == [
        "2015",
        "2016",
        "1961",
        "1962",
        "2009",
        "2011",
    ]


def test_a_range_of_numbers_shares_its_unit(blank):
    text = "The process will take between 60 and 90 days."
    t = got(blank, text, ["between 60 and 90 days"])
    assert (t["60"].type, t["60"].value, t["90 days"].value) == ("DURATION", "P60D", "P90D")


def test_a_second_day_of_a_month(blank):
    t = got(blank, "Limits began on March 4 and 5 in two chains.", anchor=dt.date(2022, 3, 13))
    assert (t["March 4"].value, t["5"].value) == ("2022-03-04", "2022-03-05")


def test_decades_and_centuries_ago_are_that_decade_or_century(blank):
    text = "The mill closed a decade ago and was built two centuries ago."
    t = got(blank, text, ["a decade ago", "two centuries ago"], anchor=dt.date(1989, 5, 4))
    assert (t["a decade ago"].value, t["a decade ago"].start_date) == ("197", "1970-01-01")
    assert t["two centuries ago"].value == "17"  # the years 1700-1799


def test_a_century_by_its_ordinal_has_the_days_of_its_value(blank):
    # "18" is the years 1800-1899 whether the text counts centuries or years back
    text = "The mill was built in the 19th century, two centuries ago."
    t = got(blank, text, ["the 19th century", "two centuries ago"], anchor=dt.date(2019, 5, 4))
    nineteenth, ago = t["the 19th century"], t["two centuries ago"]
    assert (nineteenth.value, ago.value) == ("18", "18")
    assert (nineteenth.start_date, nineteenth.end_date) == ("1800-01-01", "1899-12-31")
    assert (ago.start_date, ago.end_date) == (nineteenth.start_date, nineteenth.end_date)
