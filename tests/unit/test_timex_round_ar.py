"""Timex constructions of the 2026-12-02 session (issue #14), without the model, on sentences
written for these tests: "the last year", like "the past year", is the year up to now, a
length (TimeML's DURATION P1Y), with "the" inside the span; "last year" alone stays the year
before the publication year, and "the last week of May" a week of its own."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timexes_by_hand

ANCHOR = dt.date(2024, 3, 5)  # a Tuesday


def test_the_last_unit_is_the_length_up_to_now_with_the_inside(blank):
    text = "Over the last year, prices at the Quorvel market rose by half."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert "last year" not in got
    assert (got["the last year"].type, got["the last year"].value) == ("DURATION", "P1Y")
    text = "Brannoc has sold no boats in the last month."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert got["the last month"].value == "P1M"
    text = "The Quorvel market doubled in size during the last decade."
    assert timexes_by_hand(blank, text, anchor=ANCHOR)["the last decade"].value == "P10Y"


def test_over_the_last_century_is_a_hundred_years_as_the_past_century_is(blank):
    text = "Only nine storms reached the Quorvel coast over the last century."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert (got["the last century"].type, got["the last century"].value) == ("DURATION", "P100Y")
    text = "Only nine storms reached the Quorvel coast in the past century."
    assert timexes_by_hand(blank, text, anchor=ANCHOR)["the past century"].value == "P100Y"


def test_last_year_alone_and_the_last_week_of_a_month_keep_their_dates(blank):
    text = "Last year Brannoc sold nine boats, and he sold two in the last week of May."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert got["Last year"].value == "2023"
    assert "the last week" not in got
    assert got["the last week of May"].type == "DATE"


def test_in_the_last_century_is_the_century_before_the_publications(blank):
    text = "Wolves were hunted to extinction on Quorvel in the last century."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert (got["the last century"].type, got["the last century"].value) == ("DATE", "19")
    assert got["the last century"].start_date == "1900-01-01"
