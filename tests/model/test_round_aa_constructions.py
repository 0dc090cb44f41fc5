"""Statements in constructions met while reading gold errors in round AA, each on sentences
written for these tests with made-up names (issue #13)."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def _statements(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in annotation_of(text).quotes]


def test_a_consequence_after_so_is_part_of_what_was_said(nlp):
    assert _statements(
        "Treasurer Ada Varlow stated the bridge was paid for with a grant, so it is not a "
        "burden on the town budget."
    ) == [
        (
            "the bridge was paid for with a grant, so it is not a burden on the town budget",
            "Ada Varlow",
        )
    ]


def test_a_clause_after_so_the_parse_sets_apart_stays_out(nlp):
    # the parse makes the second clause the sentence's root: it is not read as reported
    assert _statements("Orlin said he was tired, so he went home early.") == [
        ("he was tired", "Orlin")
    ]


def test_polling_speaks_for_whoever_did_it(nlp):
    assert _statements(
        "Recent opinion polling by local party groups indicated Tessa Varlow is far more "
        "popular than any other candidate."
    ) == [("Tessa Varlow is far more popular than any other candidate", "local party groups")]
    assert _statements(
        "The Varlo Herald backed a recount. According to its polling, two-thirds of voters "
        "preferred a primary."
    ) == [("two-thirds of voters preferred a primary", "Varlo Herald")]
