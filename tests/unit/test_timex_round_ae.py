"""Times in constructions met after AE's score (issue #14), on text written for these tests:
a month's nth or last weekend, a range of days written with a dash, an age with its "old",
and a yearly event's "annual" before its name."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timexes_by_hand

TUESDAY = dt.date(2024, 7, 2)


def _found(blank, text: str, dated=(), anchor=TUESDAY) -> dict:  # type: ignore[no-untyped-def]
    return timexes_by_hand(blank, text, dated, anchor=anchor)


def test_the_last_weekend_of_a_month_is_the_weekend_of_its_last_saturday(blank):
    # June 2024 ends on a Sunday: its last weekend is June 29-30 (ISO week 26)
    got = _found(blank, "The Ovenbird Fair took place on the last weekend of June in Pellston.")
    weekend = got["the last weekend of June"]
    assert (weekend.value, weekend.start_date, weekend.end_date) == (
        "2024-W26-WE",
        "2024-06-29",
        "2024-06-30",
    )
    # July 2019 ends on a Wednesday: its last weekend is July 27-28, not the one after it
    got = _found(blank, "It ran on the last weekend of July 2019.")
    assert got["the last weekend of July 2019"].value == "2019-W30-WE"
    # August 2024's 31st is a Saturday: the weekend runs into September
    got = _found(blank, "It ran on the last weekend of August 2024.")
    last = got["the last weekend of August 2024"]
    assert (last.value, last.start_date, last.end_date) == (
        "2024-W35-WE",
        "2024-08-31",
        "2024-09-01",
    )


def test_the_first_and_second_weekends_count_from_the_first_saturday(blank):
    # August 2024 starts on a Thursday: its first Saturday is the 3rd
    got = _found(blank, "The fair runs on the first weekend of August.")
    assert got["the first weekend of August"].start_date == "2024-08-03"
    # September 2025 starts on a Monday: first Saturday the 6th, second the 13th
    got = _found(blank, "The vote is on the second weekend of September 2025.")
    second = got["the second weekend of September 2025"]
    assert (second.value, second.start_date) == ("2025-W37-WE", "2025-09-13")
    # the week, not the weekend, is unchanged: the week holding September 11th
    got = _found(blank, "The vote is in the second week of September 2025.")
    assert got["the second week of September 2025"].value == "2025-W37"


def test_a_weekday_after_the_last_weekend_of_a_month_is_inside_it(blank):
    # published on a Monday in August: the Saturday of the fair, not of the week before
    text = "The Ovenbird Fair ran on the last weekend of July. A choir sang on Saturday."
    got = _found(blank, text, anchor=dt.date(2019, 8, 5))
    assert got["Saturday"].value == "2019-07-27"


def test_a_range_of_days_written_with_a_dash_is_two_days(blank):
    for text in ("The fair ran July 27–28 in Pellston.", "The fair ran July 27-28 in Pellston."):
        got = _found(blank, text)
        assert got["July 27"].value == "2024-07-27"
        assert got["28"].value == "2024-07-28", text
    got = _found(blank, "The fair ran July 27 – 28 in Pellston.")
    assert got["28"].value == "2024-07-28"


def test_a_dash_after_a_number_that_is_no_day_of_a_month_makes_no_day(blank):
    got = _found(blank, "The score was 27-28 at half time, and the vote fell 27–28.")
    assert "28" not in got


def test_an_age_keeps_its_old(blank):
    text = "Quennell, who was 82 years old, retired. The boy is six years old."
    got = _found(blank, text, ["82 years", "six years"])
    assert got["82 years old"].value == "P82Y"
    assert got["six years old"].value == "P6Y"
    text = "She was 15 years, 8 months old."
    assert _found(blank, text, ["15 years", "8 months"])["15 years, 8 months old"].value == "P15Y8M"


def test_a_length_before_older_or_a_name_is_no_age(blank):
    got = _found(blank, "The bridge is ten years older than the road.", ["ten years"])
    assert list(got) == ["ten years"]
    got = _found(blank, "It took ten years Old Town's council to agree.", ["ten years"])
    assert list(got) == ["ten years"]


def test_annual_before_an_events_name_is_a_set(blank):
    got = _found(blank, "The gardeners attended the ninth annual Brisket Show in Pellston.")
    assert (got["annual"].type, got["annual"].value) == ("SET", "P1Y")


def test_a_daily_or_weekly_before_a_name_is_a_newspaper(blank):
    got = _found(blank, "The Daily Kestrel and the weekly Pellston Herald wrote about it.")
    assert got == {}


def test_every_other_weekday_is_a_set_not_a_date(blank):
    got = _found(blank, "The council meets every other Thursday and each Friday.")
    assert (got["every other Thursday"].type, got["every other Thursday"].value) == (
        "SET",
        "XXXX-WXX-4",
    )
    assert "every other" in got["every other Thursday"].rule
    assert got["each Friday"].value == "XXXX-WXX-5"


def test_the_nth_or_last_weekday_of_a_month_is_that_day(blank):
    text = "Voters go to the polls on the first Tuesday of November."
    got = _found(blank, text, anchor=dt.date(2024, 11, 6))
    assert got["the first Tuesday of November"].value == "2024-11-05"  # November 1 is a Friday
    got = _found(
        blank, "It is held on the last Friday of May 2025 and the second Sunday of June 2025."
    )
    assert got["the last Friday of May 2025"].value == "2025-05-30"  # May 31 is a Saturday
    assert got["the second Sunday of June 2025"].value == "2025-06-08"  # June 1 is a Sunday


def test_a_length_from_a_weekday_counts_from_the_coming_one(blank):
    got = _found(
        blank,
        "The results are due a week from Friday, and the vote is two weeks from Tuesday.",
        ["a week", "two weeks"],
        anchor=dt.date(2024, 11, 6),  # a Wednesday
    )
    assert got["a week from Friday"].value == "2024-11-15"
    assert got["two weeks from Tuesday"].value == "2024-11-26"


def test_the_fourth_of_july_is_its_day(blank):
    got = _found(blank, "They met on the Fourth of July and again on July Fourth.")
    assert got["Fourth of July"].value == "2024-07-04"
    assert got["July Fourth"].value == "2024-07-04"
    assert "July" not in got


def test_the_last_night_of_an_event_is_not_last_night(blank):
    got = _found(blank, "On the last night of the fair, the band played. Last night it rained.")
    assert list(got) == ["Last night"]
    assert got["Last night"].value == "2024-07-01TNI"
