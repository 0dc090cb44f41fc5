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


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in annotation_of(text).entities]


def test_a_firm_named_for_its_trade_is_an_organisation_whatever_its_first_word():
    got = _entities(
        "Shares in Andescom fell after Harlow Mining said it would sell its stake. "
        "Gordon Capital and Felix Media objected. Samantha Power and Danielle Steel spoke."
    )
    assert ("Harlow Mining", "ORG") in got
    assert ("Gordon Capital", "ORG") in got
    assert ("Felix Media", "ORG") in got
    assert ("Samantha Power", "PERSON") in got and ("Danielle Steel", "PERSON") in got
