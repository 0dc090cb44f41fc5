"""Calendar arithmetic and candidate spans, without the model."""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.timexes import find_candidates
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
    assert tv.part_of_month(june, "late") == tv.Period(
        "2020-06", dt.date(2020, 6, 21), dt.date(2020, 6, 30)
    )
    assert tv.part_of_month(june, "early").end == dt.date(2020, 6, 10)
    assert tv.part_of_month(june, "mid-").start == dt.date(2020, 6, 11)


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
    assert tv.weekday_near(MONDAY, weekday, direction) == expected


def test_nearest_year_for_a_month_day_without_a_year():
    assert tv.nearest_year(MONDAY, 2, 20, 1) == 2022  # "end on Feb. 20"
    assert tv.nearest_year(dt.date(2019, 1, 7), 12, 22, -1) == 2018  # "on December 22"
    assert tv.nearest_year(dt.date(2020, 3, 13), 3, 3, 0) == 2020
    assert (
        tv.nearest_year(dt.date(2019, 7, 28), 8, 2, -1) == 2019
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
        (1.5, "hour", "PT1.5H"),
    ],
)
def test_duration_values(number, unit, value):
    assert tv.duration_value(number, unit) == value


def test_counting_from_a_day():
    assert tv.add(MONDAY, 2, "day", 1) == tv.day(dt.date(2022, 2, 16))
    assert tv.add(MONDAY, 1, "week", -1) == tv.day(dt.date(2022, 2, 7))
    assert tv.add(MONDAY, 2, "year", -1).value == "2020"


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
    ],
)
def test_candidate_spans_follow_the_conventions(text, span, kind):
    found = {(text[c.start : c.end], c.kind) for c in find_candidates(text)}
    assert (span, kind) in found


def test_names_that_look_like_dates_are_not_candidates():
    text = "Marcelo Ebrard met Marcus in Maryland. They may go."
    assert find_candidates(text) == []
