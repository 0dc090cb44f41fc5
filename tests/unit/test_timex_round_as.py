"""Timex constructions of round AS (2026-12-02, issue #14), without the model, on sentences
written for these tests: a comparison's yardstick ("compared with a year earlier", "up from
5,500 in 2020") is no place the story moves to, so "the year" after it is still the year the
story is in; the yardstick of a quarter's, a half's or a month's figure ("... from $49 million
a year earlier") is that part of the year before, as TimeBank values it ("2023-Q3")."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timexes_by_hand

ANCHOR = dt.date(2024, 10, 15)


def test_a_yardstick_of_a_comparison_does_not_move_the_story(blank):
    text = (
        "Quorvel Corp. said income rose in the third quarter, compared with a year earlier. "
        "For the first nine months of the year, profit fell."
    )
    got = timexes_by_hand(blank, text, ("the third quarter", "a year earlier"), anchor=ANCHOR)
    assert got["a year earlier"].value == "2023-Q3"  # the same quarter (see below)
    assert got["the year"].value == "2024"


def test_up_from_a_figure_in_an_earlier_year_does_not_move_the_story(blank):
    text = "Brannoc employs 4,000 people, down from 5,500 in 2020. Sales fell during the year."
    got = timexes_by_hand(blank, text, ("2020",), anchor=ANCHOR)
    assert (got["2020"].value, got["the year"].value) == ("2020", "2024")


def test_a_year_the_story_moves_to_still_sets_the_year(blank):
    text = "Brannoc moved to Orlin in 2019. Sales fell during the year."
    assert timexes_by_hand(blank, text, ("2019",), anchor=ANCHOR)["the year"].value == "2019"


def test_the_yardstick_of_a_quarter_or_a_month_is_the_same_part_a_year_before(blank):
    text = (
        "Quorvel said third-quarter income fell to $42 million, or 80 cents a share, from "
        "$49 million, or 93 cents a share, a year earlier."
    )
    got = timexes_by_hand(blank, text, ("third-quarter", "a year earlier"), anchor=ANCHOR)
    assert (got["third-quarter"].value, got["a year earlier"].value) == ("2024-Q3", "2023-Q3")
    assert (got["a year earlier"].start_date, got["a year earlier"].end_date) == (
        "2023-07-01",
        "2023-09-30",
    )
    text = "Brannoc sales in September rose 5% compared with two years ago."
    got = timexes_by_hand(blank, text, ("September", "two years ago"), anchor=ANCHOR)
    assert got["two years ago"].value == "2022-09"


def test_a_year_earlier_outside_a_comparison_is_the_year(blank):
    text = "Brannoc opened a shop in September. A year earlier, it had closed two."
    got = timexes_by_hand(blank, text, ("September", "A year earlier"), anchor=ANCHOR)
    assert got["A year earlier"].value == "2023"


def test_a_race_time_in_minutes_seconds_and_hundredths_is_a_length(blank):
    text = "Kari Vell won in 30:12.45, ahead of Ana Brell (30:16.9); the final starts at 14:30."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert (got["30:12.45"].type, got["30:12.45"].value) == ("DURATION", "PT30M12.45S")
    assert got["30:16.9"].value == "PT30M16.9S"
    assert (got["14:30"].type, got["14:30"].value) == ("TIME", "2024-10-15T14:30")


def test_the_week_to_a_day_is_the_week_that_ends_on_it(blank):
    text = "Orlin reported 1,204 cases in the week to Sunday, up from 876."
    got = timexes_by_hand(blank, text, anchor=dt.date(2025, 2, 12))  # a Wednesday
    assert got["the week"].value == "2025-W06"  # Monday 3 to Sunday 9 February
    assert got["Sunday"].value == "2025-02-09"
