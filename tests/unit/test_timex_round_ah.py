"""Times in constructions met while the interview gold was brought to one convention (issue
#14), on text written for these tests: the United States' Election Day, the eve of a
holiday, and "a daily ..." or "a monthly ..." before a noun."""

from __future__ import annotations

import datetime as dt

from newslab.timexes.holidays import day_of
from tests.conftest import timexes_by_hand

THURSDAY = dt.date(2024, 11, 21)


def _found(blank, text: str, dated=(), anchor=THURSDAY) -> dict:  # type: ignore[no-untyped-def]
    return timexes_by_hand(blank, text, dated, anchor=anchor)


def test_election_day_is_the_tuesday_after_novembers_first_monday():
    # November 2022 began on a Tuesday: its first Monday is the 7th, Election Day the 8th
    assert day_of("Election Day", 2022) == dt.date(2022, 11, 8)
    # November 2026 begins on a Sunday: Monday the 2nd, Election Day the 3rd
    assert day_of("Election Day", 2026) == dt.date(2026, 11, 3)
    # November 2021 began on a Monday: Election Day is the 2nd, never November 1st
    assert day_of("Election Day", 2021) == dt.date(2021, 11, 2)


def test_election_day_in_a_story_is_resolved_like_any_holiday(blank):
    got = _found(blank, "Kestrel County counted ballots for days after Election Day 2022.")
    assert got["Election Day 2022"].value == "2022-11-08"


def test_the_eve_of_a_holiday_is_the_day_before_it(blank):
    got = _found(blank, "The Pellston fair opened on the eve of Christmas 2023.")
    eve = got["the eve of Christmas 2023"]
    assert (eve.value, eve.start_date, eve.end_date) == ("2023-12-24", "2023-12-24", "2023-12-24")
    got = _found(blank, "Marchers met on the eve of the Fourth of July 2023.")
    assert got["the eve of the Fourth of July 2023"].value == "2023-07-03"


def test_the_eve_of_something_that_is_no_holiday_is_left_alone(blank):
    got = _found(blank, "Talks stalled on the eve of the Orrin Vale summit.")
    assert got == {}


def test_a_daily_or_monthly_before_a_noun_is_a_set(blank):
    got = _found(blank, "The clinic gives a daily dose and puts out a monthly newsletter.")
    assert (got["daily"].type, got["daily"].value) == ("SET", "P1D")
    assert (got["monthly"].type, got["monthly"].value) == ("SET", "P1M")
    got = _found(blank, "Nurses check the Brenlow ward on a daily basis.")
    assert got["daily"].value == "P1D"


def test_a_daily_that_is_a_newspaper_is_no_set(blank):
    got = _found(
        blank, "The Marrowfield Courier, a daily printed in Pellston, and a weekly in Orlin."
    )
    assert got == {}


def test_a_length_in_millions_or_billions_of_years(blank):
    text = "The star Orrin-4 is about 4.6 billion years old; its disk took a million years."
    got = _found(blank, text, dated=("4.6 billion years old", "a million years"))
    assert got["about 4.6 billion years old"].value == "P4600000000Y"
    assert got["a million years"].value == "P1000000Y"
    text = "Its moons are 9.3 million years old and will last a few million years."
    got = _found(blank, text, dated=("9.3 million years old", "a few million years"))
    assert got["9.3 million years old"].value == "P9300000Y"
    assert got["a few million years"].value == "PXY"


def test_the_first_number_of_a_range_takes_the_scale_of_the_second(blank):
    got = _found(blank, "The cluster is between 15 and 70 million years old.", dated=("15",))
    assert got["15"].value == "P15000000Y"
    assert got["70 million years old"].value == "P70000000Y"
    text = "The cluster is 15–75 million years old, and the talk lasted 10-15 minutes."
    got = _found(blank, text, dated=("15–75 million years old", "10-15 minutes"))
    assert (got["15"].value, got["10"].value) == ("P15000000Y", "PT10M")


def test_a_capitalised_unit_inside_a_sentence_is_a_titles_word(blank):
    got = _found(
        blank,
        "A 60 Minutes interview aired before the 24 Hours of Pellston race.",
        dated=("60 Minutes", "24 Hours"),
    )
    assert got == {}
    got = _found(
        blank,
        "Talks lasted 12 hours.\nTwo Days Later, a deal was signed.",
        dated=("12 hours", "Two Days"),
    )
    assert got["12 hours"].value == "PT12H" and got["Two Days Later"].value == "P2D"


def test_the_first_or_last_days_of_a_month_are_its_early_or_late_days(blank):
    got = _found(
        blank,
        "Rallies filled the final days of October 2022, and rain the first few days of May 2023.",
    )
    late, early = got["the final days of October 2022"], got["the first few days of May 2023"]
    assert (late.value, late.start_date, late.end_date) == ("2022-10", "2022-10-21", "2022-10-31")
    assert (early.value, early.start_date, early.end_date) == (
        "2023-05",
        "2023-05-01",
        "2023-05-10",
    )


# -- constructions met after AI's score -------------------------------------------------------


def test_a_couple_hundred_and_two_hundred_years(blank):
    text = "The tools are a couple hundred years old; people lived there a couple hundred thousand years."
    got = _found(blank, text, dated=("hundred years old", "hundred thousand years"))
    assert got["a couple hundred years old"].value == "P200Y"
    assert got["a couple hundred thousand years"].value == "P200000Y"


def test_a_decade_written_without_its_apostrophe_but_not_a_temperature(blank):
    got = _found(blank, "The cave was dug again in the 90s, when highs were in the 80s.")
    assert got["the 90s"].value == "199"
    assert "the 80s" not in got


def test_every_year_repeats_without_the_models_date_but_every_second_person_counts(blank):
    got = _found(blank, "Every year the Orrin Vale fair opens, and every second person comes.")
    assert (got["Every year"].type, got["Every year"].value) == ("SET", "P1Y")
    assert len(got) == 1


def test_at_that_point_is_the_time_last_named_and_at_this_point_the_present(blank):
    got = _found(
        blank, "Ann Vale left the Orrin team in May 2022. At that point, the team broke up."
    )
    assert got["that point"].value == "2022-05"
    got = _found(
        blank, "At this point the plan is not ready. The point is moot; at one point it was."
    )
    assert got["this point"].value == "PRESENT_REF" and len(got) == 1
