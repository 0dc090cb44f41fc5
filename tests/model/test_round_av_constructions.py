"""Constructions of round AV (2026-12-02, fifth session, issues #13, #14 and #15), through
the whole pipeline on text written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, speakers_of, timexes_of

pytestmark = pytest.mark.model


def test_a_present_tense_of_a_timetable_looks_ahead():
    # 2025-06-11 is a Wednesday: each weekday is the one after it
    got = timexes_of(
        "Ministers meet on Thursday to discuss the budget.",
        "The team plays Calvoreno on Saturday.",
        "The prime minister visits Tallinn on Friday.",
        "Lawmakers vote on the bill on Tuesday.",
        published="2025-06-11",
    )
    assert {text: t.value for text, t in got.items()} == {
        "Thursday": "2025-06-12",
        "Saturday": "2025-06-14",
        "Friday": "2025-06-13",
        "Tuesday": "2025-06-17",
    }
