"""Timex constructions of the 2026-12-01 session (issue #14), without the model: a "Now" that
opens a sentence as a discourse marker is no time."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timexes_by_hand

ANCHOR = dt.date(2024, 3, 5)


def test_a_now_that_moves_an_argument_on_is_no_time(blank):
    for text in (
        "The bill goes to the council. Now if the council agrees, it passes.",
        "Now imagine a city with no cars.",
        "The town is old. Now, imagine it rebuilt.",
        "Now let us look at the figures.",
    ):
        assert "Now" not in timexes_by_hand(blank, text, anchor=ANCHOR), text


def test_a_now_of_the_present_stays_a_time(blank):
    for text in (
        "Now the company says it will close the plant.",
        "The bill goes to the council. Now, the council must decide.",
        "The plant is now closed.",
    ):
        got = timexes_by_hand(blank, text, anchor=ANCHOR)
        assert [t.value for k, t in got.items() if k.lower() == "now"] == ["PRESENT_REF"], text
