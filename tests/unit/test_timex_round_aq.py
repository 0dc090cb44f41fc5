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
