"""Sources given in an aside ("as the ruling put it"), sources named together ("Ana Ortelli
and Tom Vessberg said") and role nouns that do not fit the body last named: sentences written
for these tests (issue #13)."""

from __future__ import annotations

import pytest

from tests.conftest import said

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Traffic "slowed to a crawl" — as the appeals court ruling put it — on the bridge.',
            ("slowed to a crawl", "the appeals court ruling", "direct", "put"),
        ),
        (
            'The plan was "a bridge too far," as Mayor Ana Ortelli put it on Tuesday.',
            ("a bridge too far", "Ana Ortelli", "direct", "put"),
        ),
        (
            'As Bram Tessel put it, "we were lucky to leave with a point."',
            ("we were lucky to leave with a point", "Bram Tessel", "direct", "put"),
        ),
    ],
)
def test_as_a_source_put_it_gives_the_quotation_its_source(nlp, text, expected):
    assert said(text) == [expected]


def test_as_with_no_verb_of_wording_gives_no_source(nlp):
    assert said('The bridge was busy, as it always is, and "nobody expected it" to close.') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ortelli and Tom Vessberg said the plan would fail.", "Ana Ortelli and Tom Vessberg"),
        (
            "Ana Ortelli, Tom Vessberg and Rui Campos said the plan would fail.",
            "Ana Ortelli, Tom Vessberg and Rui Campos",
        ),
        (
            "Ana Ortelli and Tom Vessberg met on Monday. Ortelli and Vessberg said the plan "
            "would fail.",
            "Ana Ortelli and Tom Vessberg",  # the fullest names the article gives
        ),
        ("Ortelli and colleagues said the plan would fail.", "Ortelli and colleagues"),
        # two titles of one person stay one person
        ('Party chair and Senator Jane Roeville said she was "surprised".', "Jane Roeville"),
    ],
)
def test_sources_named_together_are_one_joint_source(nlp, text, speaker):
    assert [q[1] for q in said(text)] == [speaker]


def test_a_role_noun_is_not_a_body_of_another_kind(nlp):
    text = (
        "Senate leader Dana Morrow spoke on Monday. "
        "The ministry announced the samples showed traces of lead."
    )
    assert [q[1] for q in said(text)] == ["The ministry"]


def test_a_role_noun_is_the_last_body_whose_name_says_no_kind(nlp):
    text = "Kestrel Air cut ten routes. The company said fuel costs had doubled."
    assert [q[1] for q in said(text)] == ["Kestrel Air"]


def test_a_source_reports_a_finding_as_its_object(nlp):
    text = "Researchers at Tarn University reported a new way to grow wheat in salty soil."
    assert said(text) == [
        (
            "a new way to grow wheat in salty soil",
            "Researchers at Tarn University",
            "indirect",
            "report",
        )
    ]


def test_a_reported_figure_keeps_its_detail_after_including(nlp):
    text = "Since then, the ministry has reported more cases of flu, including 165 in one day."
    assert [q[0] for q in said(text)] == ["more cases of flu, including 165 in one day"]


@pytest.mark.parametrize(
    "text",
    [
        "Vessberg reported the theft to the police on Monday.",  # a deed, reported to someone
        "The bishop told priests to report abuses.",  # the priests are to report, not yet
    ],
)
def test_reporting_a_deed_or_a_duty_is_no_finding(nlp, text):
    assert [q for q in said(text) if q[3] == "report"] == []


def test_a_clause_read_as_an_object_is_reported_whole(nlp):
    text = "The weather service reported Storm Anika in the bay had grown into a typhoon."
    assert [q[0] for q in said(text)] == ["Storm Anika in the bay had grown into a typhoon"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to agreed facts heard in court, the fire was set at night.",
            "agreed facts heard in court",
        ),
        (
            "A statement posted to her official account said she had died at home.",
            "A statement posted to her official account",
        ),
    ],
)
def test_an_unnamed_source_keeps_the_participle_that_places_it(nlp, text, speaker):
    assert [q[1] for q in said(text)] == [speaker]


def test_a_sentence_verb_misread_as_a_participle_stays_out_of_the_source(nlp):
    text = 'A neighbour described for the Kestrel Post how it began, stating, "It was loud."'
    assert all(not (q[1] or "").startswith("A neighbour described") for q in said(text))


def test_a_phrasal_cue_keeps_its_particle(nlp):
    text = "The lawyers pointed out that many cultures have a wide idea of family."
    assert [q[3] for q in said(text)] == ["point out"]


def test_a_possessive_before_a_speech_noun_is_the_person_it_points_to(nlp):
    text = "Tom Vessberg spoke on Monday. He backed up his claim that the bridge was safe."
    assert [q[1] for q in said(text)] == ["Tom Vessberg"]


def test_a_relative_word_is_never_a_source_name(nlp):
    text = (
        "Reports go to the council, the body which sets the doctrines. "
        "Per the doctrines, two witnesses are required."
    )
    assert [q[1] for q in said(text)] == ["the doctrines"]


def test_lets_say_is_no_statement(nlp):
    assert said("Let's say I bought it on a DVD and gave it away.") == []
