"""Constructions met while the interview gold was brought to one convention, through the
whole pipeline on text written for these tests (issues #13 and #15)."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model

_INTERVIEW = (
    "Beekeeper Mira Brenlow won the Orrin Vale prize in May.\n"
    "((WN)) Why bees?\n"
    "((Mira Brenlow)) They are clever, and they keep the orchards alive.\n"
    "I started with two hives in my late mother's garden.\n"
    "((WN)) What next?\n"
    "((Mira Brenlow)) More hives."
)


def test_an_interviews_answers_take_the_headlines_verb_as_their_cue(nlp):
    ann = annotation_of(_INTERVIEW, title="Beekeeper Mira Brenlow tells Wikinews about her hives")
    assert [(q.speaker, q.kind, q.cue, q.text) for q in ann.quotes] == [
        ("Mira Brenlow", "direct", "tell", "They are clever, and they keep the orchards alive."),
        ("Mira Brenlow", "direct", "tell", "I started with two hives in my late mother's garden."),
        ("Mira Brenlow", "direct", "tell", "More hives."),
    ]


def test_an_interview_nothing_introduces_has_answers_with_no_cue(nlp):
    ann = annotation_of(_INTERVIEW, title="Beekeeper wins prize")
    assert [q.cue for q in ann.quotes] == [None, None, None]


def test_an_acronym_spelled_out_in_lower_case_is_not_an_organisation(nlp):
    ann = annotation_of(
        "Critics of DRM (digital rights management) say DRM locks readers out, and the "
        "Quillby Readers Union agrees."
    )
    assert [(e.text, e.label) for e in ann.entities] == [("Quillby Readers Union", "ORG")]


def test_a_system_with_its_version_is_a_product_in_every_mention(nlp):
    ann = annotation_of(
        "Staff moved their servers to Tarvo Linux 8 last year. Tarvo Linux is free, and "
        "Linux runs most of the web."
    )
    products = [e.text for e in ann.entities if e.label == "PRODUCT"]
    assert products == ["Tarvo Linux 8", "Tarvo Linux", "Linux"]
