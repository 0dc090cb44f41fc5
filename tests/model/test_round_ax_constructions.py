"""Constructions of round AX (2026-12-03, seventh session, issues #13, #14 and #15), through
the whole pipeline on text written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in annotation_of(text).entities]


def _times(text: str, published: str = "2024-03-05") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in annotation_of(text, published=published).timexes]


def test_a_length_in_fortnights_is_a_date_and_a_timex():
    text = "The talks lasted a fortnight. The river rose two fortnights ago."
    assert [e for e in _entities(text) if e[1] == "DATE"] == [
        ("a fortnight", "DATE"),
        ("two fortnights ago", "DATE"),
    ]
    assert _times(text) == [
        ("a fortnight", "DURATION", "P2W"),
        ("two fortnights ago", "DATE", "2024-02-06"),
    ]


def test_names_with_particles_stay_whole_whatever_the_model_made_of_their_parts():
    got = _entities(
        "The minister, Jan ter Horst, spoke first. Ursula von der Leyen said it. "
        "The mayor, Maria do Carmo Fagundeira, said the bridge would reopen."
    )
    assert [name for name, label in got if label == "PERSON"] == [
        "Jan ter Horst",
        "Ursula von der Leyen",
        "Maria do Carmo Fagundeira",
    ]
    assert not [t for t in annotation_of("The minister, Jan ter Horst, spoke.").timexes]


def test_places_with_particles_are_not_people():
    got = _entities("Flights from Rio de Janeiro and Santa Cruz de Tenerife resumed.")
    assert got == [("Rio de Janeiro", "GPE"), ("Santa Cruz de Tenerife", "GPE")]


def test_late_on_a_weekday_night_is_one_time():
    text = "The blaze started late on Sunday night. Crews came early on Monday morning."
    assert _times(text) == [
        ("late on Sunday night", "TIME", "2024-03-03TNI"),
        ("early on Monday morning", "TIME", "2024-03-04TMO"),
    ]
    assert _entities(text) == [
        ("late on Sunday night", "TIME"),
        ("early on Monday morning", "TIME"),
    ]


def test_a_currencys_local_sign_in_letters_makes_money():
    got = _entities(
        "The county paid KSh 1.5 million to the contractor. The fine was Rs. 500. "
        "The bill came to R20 million. Tickets cost 20 reais. Take the R20 to the coast."
    )
    assert [name for name, label in got if label == "MONEY"] == [
        "KSh 1.5 million",
        "Rs. 500",
        "R20 million",
        "20 reais",
    ]


def _said(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in annotation_of("\n".join(paragraphs)).quotes]


def test_a_that_clause_after_the_vote_or_the_speech_is_what_was_said():
    got = _said(
        "Senator Ilse Brandvold told parliament before the vote that the state must change. "
        "She spoke after the speech that she gave."
    )
    assert got == [("the state must change", "Ilse Brandvold")]
