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


def test_an_inverted_cue_after_a_question_takes_the_name_after_it():
    got = speakers_of('Daniel Trevane spoke in Leeds. "A good deal for whom?" asked Trevane.')
    assert got == [("A good deal for whom", "Daniel Trevane")]


def test_a_description_after_an_object_in_the_subject_is_not_the_speaker():
    got = speakers_of(
        "Sources close to the buyer, the Dutch group Holvane Rail, said it planned to "
        "invest. An adviser to the minister, Tom Berg said the plan was dead."
    )
    assert got == [
        ("it planned to invest", "Sources close to the buyer"),
        ("the plan was dead", "Tom Berg"),
    ]
