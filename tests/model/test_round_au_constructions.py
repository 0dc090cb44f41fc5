"""Constructions of round AU (2026-12-02, fourth session, issues #13, #14 and #15), through
the whole pipeline on text written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of

pytestmark = pytest.mark.model


def test_a_day_after_the_cue_verb_dates_the_saying_not_the_clause():
    got = speakers_of(
        "Health Minister Ewa Halvorsen said on Tuesday she was ready to meet the union. "
        "Police said late on Sunday night they had arrested two men."
    )
    assert got == [
        ("she was ready to meet the union", "Ewa Halvorsen"),
        ("they had arrested two men", "Police"),
    ]


def test_a_day_inside_the_clause_stays_in_it():
    got = speakers_of(
        "Ewa Halvorsen said Tuesday was the deadline. "
        "Marek Felsted said Thursday's meeting was tense. "
        "Ewa Halvorsen said that on Monday the talks had failed."
    )
    assert [text for text, _ in got] == [
        "Tuesday was the deadline",
        "Thursday's meeting was tense",
        "on Monday the talks had failed",
    ]
