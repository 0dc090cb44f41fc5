"""Calendar arithmetic and candidate spans, without the model."""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.timexes import find_candidates
from newslab.timexes import moves as mv
from newslab.timexes import values as tv

MONDAY = dt.date(2022, 2, 14)


def test_iso_weeks_and_weekends():
    assert tv.iso_week(MONDAY) == tv.Period("2022-W07", dt.date(2022, 2, 14), dt.date(2022, 2, 20))
    assert tv.iso_week(MONDAY, -1).value == "2022-W06"
    assert tv.iso_week(dt.date(2021, 1, 3)).value == "2020-W53"  # a Sunday in ISO 2020
    assert tv.weekend(dt.date(2019, 8, 8), -1) == tv.Period(
        "2019-W31-WE", dt.date(2019, 8, 3), dt.date(2019, 8, 4)
    )


def test_months_years_quarters_seasons():
    assert tv.month(2024, 2).end == dt.date(2024, 2, 29)
    assert tv.year(2014) == tv.Period("2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert tv.quarter(2022, 3) == tv.Period("2022-Q3", dt.date(2022, 7, 1), dt.date(2022, 9, 30))
    assert tv.season(2018, "summer") == tv.Period(
        "2018-SU", dt.date(2018, 6, 1), dt.date(2018, 8, 31)
    )
    assert tv.season(2021, "winter").end == dt.date(2022, 2, 28)
    assert tv.shift_month(2022, 1, -1) == (2021, 12)


def test_parts_of_a_month():
    june = tv.month(2020, 6)
    assert mv.part_of_month(june, "late") == tv.Period(
        "2020-06", dt.date(2020, 6, 21), dt.date(2020, 6, 30)
    )
    assert mv.part_of_month(june, "early").end == dt.date(2020, 6, 10)
    assert mv.part_of_month(june, "mid-").start == dt.date(2020, 6, 11)


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (6, -1, dt.date(2022, 2, 13)),  # "Sunday", past: the day before
        (0, -1, MONDAY),  # "Monday" on a Monday: that day
        (4, 1, dt.date(2022, 2, 18)),  # "will meet on Friday"
        (4, -1, dt.date(2022, 2, 11)),  # "met on Friday"
    ],
)
def test_weekday_in_the_tense_direction(weekday, direction, expected):
    assert mv.weekday_near(MONDAY, weekday, direction) == expected


def test_the_past_keeps_a_month_behind_and_no_tense_prefers_a_month_just_past():
    march, october = dt.date(2021, 3, 10), dt.date(2021, 10, 14)
    assert mv.nearest_year(march, 7, None, -1) == 2020  # "detained in early July", past
    assert mv.nearest_year(dt.date(2021, 9, 10), 1, None, -1) == 2021  # "introduced in January"
    assert mv.nearest_year(october, 3, None, 0) == 2021  # "the March flood": 7 back, 5 ahead
    assert mv.nearest_year(october, 12, None, 0) == 2021  # two months ahead: this December
    assert mv.nearest_year(october, 3, None, 1) == 2022  # "will open in March"
    assert mv.nearest_year(march, 3, None, -1) == 2021  # the month itself, from inside it


def test_nearest_year_for_a_month_day_without_a_year():
    assert mv.nearest_year(MONDAY, 2, 20, 1) == 2022  # "end on Feb. 20"
    assert mv.nearest_year(dt.date(2019, 1, 7), 12, 22, -1) == 2018  # "on December 22"
    assert mv.nearest_year(dt.date(2020, 3, 13), 3, 3, 0) == 2020
    assert (
        mv.nearest_year(dt.date(2019, 7, 28), 8, 2, -1) == 2019
    )  # five days ahead beats a year back


@pytest.mark.parametrize(
    ("number", "unit", "value"),
    [
        (3, "hour", "PT3H"),
        (2, "week", "P2W"),
        (None, "day", "PXD"),
        (1, "fortnight", "P2W"),
        (25, "year", "P25Y"),
        (None, "decade", "PXDE"),
        (1.5, "hour", "PT1H30M"),  # "an hour and a half": a clock length in its units
        (2.5, "minute", "PT2M30S"),
        (0.25, "century", "P25Y"),  # "a quarter century"
        (0.5, "year", "P6M"),  # "half a year"
        (0.5, "hour", "PT30M"),  # "half an hour"
        (2.5, "year", "P2.5Y"),  # "two and a half years"
        (2.5, "decade", "P25Y"),
        (2, "quarter", "P2Q"),  # "two consecutive quarters"
        (0.5, "quarter", "P0.5Q"),  # 1.5 months is no whole month either
        (None, "quarter", "PXQ"),
        (0.5, "fortnight", "P1W"),
    ],
)
def test_duration_values(number, unit, value):
    assert tv.duration_value(number, unit) == value


def test_counting_from_a_day():
    assert mv.add(MONDAY, 2, "day", 1) == tv.day(dt.date(2022, 2, 16))
    assert mv.add(MONDAY, 1, "week", -1) == tv.day(dt.date(2022, 2, 7))
    assert mv.add(MONDAY, 2, "year", -1).value == "2020"
    assert mv.add(MONDAY, 2, "quarter", -1).value == "2021-Q3"  # August 2021
    assert mv.add(MONDAY, 1.5, "year", -1).value == "2020-08"  # 18 months back
    assert mv.add(MONDAY, 1.5, "day", -1) is None  # no whole day to land on


def test_quarters_and_halves_nearest_in_the_tense_direction():
    jan = dt.date(2008, 1, 24)
    assert mv.period_near(tv.quarter, jan, 4, -1).value == "2007-Q4"  # ended before Jan 24
    assert mv.period_near(tv.quarter, jan, 1, -1).value == "2007-Q1"  # Q1 2008 has not ended
    assert mv.period_near(tv.quarter, jan, 1, 1).value == "2008-Q1"  # still running
    assert mv.period_near(tv.half, jan, 2, 0).value == "2008-H2"  # no tense: this year's
    assert mv.period_near(tv.half, dt.date(2008, 7, 1), 1, -1).value == "2008-H1"


def test_parts_of_a_year_and_the_same_period_a_year_before():
    y = tv.year(2009)
    assert (mv.part_of_year(y, "early").start, mv.part_of_year(y, "early").end) == (
        dt.date(2009, 1, 1),
        dt.date(2009, 4, 30),
    )
    assert mv.part_of_year(y, "mid-").start == dt.date(2009, 5, 1)
    assert mv.part_of_year(y, "the end of").start == dt.date(2009, 9, 1)
    assert mv.part_of_year(y, "the rest of", dt.date(2009, 10, 5)).start == dt.date(2009, 10, 6)
    assert mv.part_of_year(y, "the end of").value == "2009"  # the value stays the year
    assert mv.shifted_years(tv.quarter(2010, 1), -1).value == "2009-Q1"
    assert mv.shifted_years(tv.day(dt.date(2012, 2, 29)), -1).value == "2011-02-28"
    assert mv.shifted_years(tv.Period("PRESENT_REF"), -1).value is None


@pytest.mark.parametrize(
    ("words", "amount"),
    [
        ("two and a half", 2.5),
        ("half a", 0.5),
        ("a quarter of an", 0.25),
        ("three quarters of a", 0.75),
        ("twenty-five", 25),
        ("twenty three", 23),
        ("a couple of", 2),
        ("a hundred", 100),
        ("several", None),
        ("two thousand", 2000),  # a scale word multiplies: "two thousand years"
        ("4.6 billion", 4.6e9),
        ("several million", None),
        ("three twenty", None),
    ],
)
def test_numbers_of_the_time_lexicon(words, amount):
    from newslab.timexes.words import number

    assert number(words) == amount


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("It ended at 6:41 p.m. in Moscow.", "6:41 p.m.", "clock"),
        ("Starts at 6 p.m. local time (1700 UTC) tomorrow.", "6 p.m. local time", "clock"),
        ("Starts at 6 p.m. local time (1700 UTC) tomorrow.", "1700 UTC", "clock"),
        ("They met late last week.", "late last week", "relweek"),
        ("It ends on Feb. 20.", "Feb. 20", "monthday"),
        ("Troops may invade within days.", "within days", "vague_duration"),
        ("No change for at least another week.", "at least another week", "duration"),
        ("In the 1990s it grew.", "the 1990s", "decade"),
        ("The fire began yesterday morning.", "yesterday morning", "partofday"),
        ("It was a 25-year-old building.", "25-year-old", "age"),
        ("Wages rose over the past quarter century.", "the past quarter century", "duration"),
        ("It shrank for two consecutive quarters.", "two consecutive quarters", "duration"),
        ("It ran late by almost two and a half years.", "almost two and a half years", "duration"),
        ("He left a year and a half ago.", "a year and a half ago", "ago"),
        ("Stocks fell for the past five trading days.", "the past five trading days", "duration"),
        ("It takes between 60 and 90 days.", "60", "range_first"),
        ("Output fell in early 2009.", "early 2009", "year_part"),
        ("Prices peaked in mid-2011.", "mid-2011", "year_part"),
        ("Work ended at the end of last year.", "the end of last year", "year_part"),
        ("The 2015-2016 season was long.", "2016", "year_range"),
        ("The 1961-62 expedition failed.", "62", "year_range"),
        ("Profits rose in the third-quarter report.", "the third-quarter", "quarter"),
        ("It happened on March 4 and 5.", "5", "second_day"),
        ("He won in 3:07:35 on Sunday.", "3:07:35", "elapsed"),
        ("Crews came at 6.40 a.m. Friday.", "6.40 a.m. Friday", "clock"),
        ("Crews came at 6.40 a.m. on Friday.", "6.40 a.m.", "clock"),  # "on" separates
        ("Staff work 24/7 to keep up.", "24/7", "set_adverb"),
        ("The minimum wage is $15 an hour.", "an hour", "rate"),
        ("They wash once a year.", "once a year", "rate"),
        ("Later that day the army arrived.", "Later that day", "that_part"),
        ("No one was charged at the time.", "the time", "that_time"),
        ("Sales rose from the same period last year.", "the same period last year", "same_period"),
        ("Profit beat the year-ago quarter.", "the year-ago quarter", "same_period"),
        ("Sales in fiscal 2011 grew.", "fiscal 2011", "fiscal"),
        ("It grew 4% the year before.", "the year before", "unit_before"),
        ("They attacked at dawn.", "dawn", "daylight"),
        ("He slept 20 hours a day.", "20 hours a day", "per_length"),
        ("Its annual report came out.", "annual", "set_adverb"),
    ],
)
def test_candidate_spans_follow_the_conventions(text, span, kind):
    found = {(text[c.start : c.end], c.kind) for c in find_candidates(text)}
    assert (span, kind) in found


@pytest.mark.parametrize(
    "text",
    [
        "Stock markets continued to fall.",
        "A fall in retail sales hit the index.",
        "The fall of the wall changed Europe.",
        "It will cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.",
        "Carla Ruiz, 52, was elected.",
        "The now-closed factory stood empty.",
        "Now that the vote is over, talks begin.",
        "At the end of the day, all efforts failed.",
        "About a quarter of the staff left.",
        "The virus was first called 2019-nCoV.",
        "As recently as that, it was open.",
    ],
)
def test_words_that_are_no_time_give_no_timex(blank, text):
    """Even where the model marks the whole sentence as a date."""
    from newslab.timexes import extract_timexes

    doc = blank(text)
    doc.ents = [doc.char_span(0, len(text) - 1, label="DATE", alignment_mode="contract")]
    assert extract_timexes(doc, (), anchor=MONDAY) == ()


def test_names_that_look_like_dates_are_not_candidates():
    text = "Marcelo Ebrard met Marcus in Maryland. They may go."
    assert find_candidates(text) == []
