"""Constructions of round AS (2026-12-02, issue #13), through the whole pipeline on text
written for these tests: "she" after a subject that names its person in an apposition ("The
airline's chief executive, Lena Holm, apologised. She said ...") is that person, not the
woman who spoke before; a firm named in full and then by its first word is one source."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of

pytestmark = pytest.mark.model


def test_she_after_a_subject_named_in_apposition_is_that_person():
    got = speakers_of(
        "His mother told reporters he was innocent.",
        "The airline's chief executive, Lena Holm, apologised to the families. "
        "She said an investigation was under way.",
    )
    assert ("an investigation was under way", "Lena Holm") in got
    assert ("he was innocent", "His mother") in got


def test_a_firm_named_by_its_first_word_is_the_firm_named_in_full():
    got = speakers_of(
        "Orlin Aerospace, the European planemaker, said deliveries would be delayed.",
        "The delay is costly, Orlin said.",
    )
    assert got == [
        ("deliveries would be delayed", "Orlin Aerospace"),
        ("The delay is costly", "Orlin Aerospace"),
    ]


def test_the_agency_may_be_an_organisation_named_before():
    got = speakers_of(
        "The Kestrin Health Organization praised the decision. "
        "In a statement, the agency said early action saves lives."
    )
    assert got == [("early action saves lives", "Kestrin Health Organization")]


def test_a_participles_aside_between_the_source_and_the_cue():
    got = speakers_of(
        "The court struck down the ban.",
        "Justice Ruth Kell, writing for the majority, said free speech cannot be traded.",
    )
    assert ("free speech cannot be traded", "Ruth Kell") in got  # the parse loses its subject


def test_a_sentence_ending_in_an_abbreviation_ends_there():
    from tests.conftest import annotation_of

    ann = annotation_of(
        'Tom Brannoc conceded shortly after 11 p.m. "The voters have spoken," he told '
        "supporters in Orlin. It ended at 9 a.m. He left."
    )
    assert [(q.text, q.speaker) for q in ann.quotes] == [("The voters have spoken", "Tom Brannoc")]
    assert [s.text for s in ann.doc.sents][1].startswith('"The voters')
    assert any(s.text == "He left." for s in ann.doc.sents)


def test_starting_a_weekday_looks_ahead_unless_the_sentence_tells_of_the_past():
    from tests.conftest import timexes_of

    got = timexes_of(
        "The Orlin ministry plans to vaccinate 2 million children, starting Monday.",
        published="2025-02-12",  # a Wednesday
    )
    assert got["Monday"].value == "2025-02-17"
    got = timexes_of("Brannoc flights resumed starting Monday.", published="2025-02-12")
    assert got["Monday"].value == "2025-02-10"


def test_a_wire_service_in_a_dateline_written_with_a_hyphen_is_no_source():
    got = speakers_of(
        "NEW YORK (Reuters) - Shares of Brannoc Pharma soared 38% on Wednesday after the "
        "drugmaker said its treatment slowed decline by 27%."
    )
    assert got == [("its treatment slowed decline by 27%", "Brannoc Pharma")]


def test_a_subject_after_a_dateline_the_parser_made_a_second_subject():
    for city in ("LONDON", "BRANNOC"):  # the parser makes the city a subject of "announced"
        got = speakers_of(
            f"{city} (AP) — The mayor announced Monday that the city will hold a vote."
        )
        assert got == [("the city will hold a vote", "The mayor")], city


def test_a_statement_that_opens_the_article_starts_after_the_dateline():
    got = speakers_of(
        "ORLIN (Reuters) - Brannoc's economy shrank 0.3% in the fourth quarter, the statistics "
        "office said on Tuesday."
    )
    assert got == [("Brannoc's economy shrank 0.3% in the fourth quarter", "the statistics office")]
