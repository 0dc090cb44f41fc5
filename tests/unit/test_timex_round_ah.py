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
