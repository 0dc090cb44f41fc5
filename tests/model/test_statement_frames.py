"""The frame a speaker speaks in ("In a statement, ...", "In remarks to reporters, ...") and
the document a court speaks through ("The opinion of the tribunal stated"): sentences written
for these tests (issue #13)."""

from __future__ import annotations

import pytest

from tests.conftest import said

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'In remarks to the press agency, Lena Varga noted, "I have never '
            'seen a flood like this one."',
            ("I have never seen a flood like this one", "Lena Varga", "direct", "note"),
        ),
        (
            'In a statement on Friday, the mayor, Tomas Ekblad, said, "The bridge stays shut."',
            ("The bridge stays shut", "Tomas Ekblad", "direct", "say"),
        ),
    ],
)
def test_a_quotation_after_its_frame_and_cue_is_the_quoted_words_alone(nlp, text, expected):
    assert said(text) == [expected]


def test_a_cue_set_off_inside_a_sentence_still_reports_all_of_it(nlp):
    text = "Beyond that, he said, the bank may be following a lead."
    assert [q[0] for q in said(text)] == ["Beyond that, he said, the bank may be following a lead"]


def test_a_courts_opinion_speaks_for_the_court(nlp):
    text = "The opinion of the tribunal stated that the contract was void."
    assert said(text) == [("the contract was void", "the tribunal", "indirect", "state")]


def test_an_opinion_held_by_experts_is_no_statement(nlp):
    assert said("In the opinion of many experts, the bridge is unsafe.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The co-chair of the panel said the vote was fair.", "The co-chair of the panel"),
        (  # the model sees no name here; the phrase is still whole, not "study co"
            '"The vote was fair," said study co-author and Royal Kestrel Society University '
            "Research Fellow Tomas How.",
            "study co-author",
        ),
    ],
)
def test_a_source_phrase_keeps_its_hyphenated_words_whole(nlp, text, speaker):
    assert [q[1] for q in said(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The reef was surveyed in May. Added Mayor Lena Varga, "We will fund the work."',
            ("We will fund the work", "Lena Varga", "direct", "add"),
        ),
        (
            'The reef was surveyed in May. Added the mayor, "We will fund the work."',
            ("We will fund the work", "the mayor", "direct", "add"),
        ),
    ],
)
def test_a_sentence_opening_with_its_cue_and_source_before_a_quotation(nlp, text, expected):
    assert said(text) == [expected]


def test_according_to_set_off_before_a_verb_that_states_nothing_reports_the_sentence(nlp):
    text = "Local officials, according to the Kestrel Herald, have noted other unusual data."
    assert said(text) == [
        (
            "Local officials, according to the Kestrel Herald, have noted other unusual data",
            "Kestrel Herald",
            "indirect",
            "according to",
        )
    ]


def test_according_to_set_off_before_a_verb_that_reports_a_clause_is_a_relay(nlp):
    text = "Witnesses, according to the Kestrel Herald, said the car was red."
    assert said(text) == [("the car was red", "Witnesses", "indirect", "say")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "State legislators supporting the bill argued it would stop fraud.",
            "State legislators supporting the bill",
        ),
        (
            "Officials investigating the crash said the pilot was tired.",
            "Officials investigating the crash",
        ),
        ("Residents there told reporters the water was brown.", "Residents there"),
        # a participle of saying is a claim of its own, not who the source is
        ("Reports citing sources in the party indicated she would run.", "Reports"),
    ],
)
def test_an_unnamed_source_is_the_phrase_as_written_with_its_participle(nlp, text, speaker):
    assert [q[1] for q in said(text)] == [speaker]


def test_a_title_with_no_name_is_the_phrase_as_written(nlp):
    text = "One MP told the Kestrel Herald that the vote was fair."
    assert said(text) == [("the vote was fair", "One MP", "indirect", "tell")]


def test_a_law_that_states_something_is_its_own_source(nlp):
    text = "Republic Act No. 4521 states that no firm shall build a dam without a permit."
    assert said(text) == [
        ("no firm shall build a dam without a permit", "Republic Act No. 4521", "indirect", "state")
    ]
