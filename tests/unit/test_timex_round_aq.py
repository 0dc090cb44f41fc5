"""Timex constructions of the 2026-12-01 evening session (issue #14), without the model, on
sentences written for these tests: "at the time of" a longer noun phrase is the time of a
past event of its own, where "at the time of the fire," is the story's event."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timexes_by_hand

ANCHOR = dt.date(2024, 3, 5)  # a Tuesday


def test_the_time_of_a_longer_noun_phrase_is_a_past_time_of_its_own(blank):
    text = "Velt won in 2019. At the time of the first news reports, Velt polled at 3 percent."
    got = timexes_by_hand(blank, text, ["2019"], anchor=ANCHOR)
    assert got["the time"].value == "PAST_REF"
    text = "Brenner left in 2019. Neither was a citizen at the time of Brenner's birth."
    assert timexes_by_hand(blank, text, ["2019"], anchor=ANCHOR)["the time"].value == "PAST_REF"


def test_the_time_of_the_storys_event_in_a_word_is_the_time_it_named(blank):
    text = "A fire broke out in the hall on May 4, 2021. It was empty at the time of the fire."
    got = timexes_by_hand(blank, text, ["May 4, 2021"], anchor=ANCHOR)
    assert got["the time"].value == "2021-05-04"


def test_a_utc_time_in_brackets_after_the_local_time_may_fall_on_another_day(blank):
    text = "Police came on May 4, 2021 at 8:30 p.m. (0030 UTC) and left at 9 p.m. (0100 UTC)."
    got = timexes_by_hand(blank, text, ["May 4, 2021"], anchor=ANCHOR)
    assert got["0030 UTC"].value == "2021-05-05T00:30"  # UTC-4: half past midnight next day
    text = "The quake hit on May 4, 2021 at 1:10 a.m. local time (1610 UTC)."
    got = timexes_by_hand(blank, text, ["May 4, 2021"], anchor=ANCHOR)
    assert got["1610 UTC"].value == "2021-05-03T16:10"  # UTC+9: the afternoon before
    text = "It landed on May 4, 2021 at 10:15 a.m. (0215 UTC)."
    got = timexes_by_hand(blank, text, ["May 4, 2021"], anchor=ANCHOR)
    assert got["0215 UTC"].value == "2021-05-04T02:15"
