"""Constructions of round AZ (2026-12-03, ninth session, issue #13), through the whole
pipeline on text written for these tests (names and wording of our own)."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, speakers_of

pytestmark = pytest.mark.model


def _cues(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in annotation_of("\n".join(paragraphs)).quotes]


def test_a_lone_quotation_goes_to_the_source_the_next_sentence_names():
    got = _cues(
        "Petra Holmqvist said the ferry would sail.",
        '"The harbour has never been so busy." The words came from harbour master Ivo Ranzetti.',
        '"Prices will double by spring." That was the warning of economist Mila Dragovic.',
        '"The hall stays open." Those were the words of Mayor Oskar Lindqvar.',
    )
    assert got == [
        ("the ferry would sail", "Petra Holmqvist", "say"),
        ("The harbour has never been so busy", "Ivo Ranzetti", "say"),
        ("Prices will double by spring", "Mila Dragovic", "warn"),
        ("The hall stays open", "Oskar Lindqvar", "say"),
    ]


def test_with_those_words_and_made_the_comments_name_the_source_after_the_quotation():
    got = _cues(
        "Petra Holmqvist said the ferry would sail.",
        '"This is a fair result." With those words, judge Anneke Vossberg closed the hearing.',
        '"Nobody asked us." Farmer Teodor Baszko made the comments at a meeting on Friday.',
    )
    assert got == [
        ("the ferry would sail", "Petra Holmqvist", "say"),
        ("This is a fair result", "Anneke Vossberg", "close"),
        ("Nobody asked us", "Teodor Baszko", "comment"),
    ]


def test_was_speaking_in_the_next_paragraph_names_the_source_but_spans_stay_behind():
    quotes = annotation_of(
        "Petra Holmqvist said the ferry would sail.\n"
        '"We have waited long enough."\n'
        "Union organiser Ruben Askeland was speaking to reporters after the vote."
    ).quotes
    last = quotes[-1]
    assert (last.text, last.speaker) == ("We have waited long enough", "Ruben Askeland")
    assert last.speaker_span is None and last.cue_span is None  # not in the quote's paragraph


def test_a_sentence_about_the_words_that_names_nobody_leaves_the_earlier_source():
    got = speakers_of(
        'Petra Holmqvist spoke at the quay. "The ferry will sail." The message was clear.'
    )
    assert got == [("The ferry will sail", "Petra Holmqvist")]


def test_titles_in_quotation_marks_are_not_statements():
    got = speakers_of(
        'Ines Halvardsen, a columnist for the weekly "Fjord Courier", said the vote was close.',
        'Hunger is spreading, the Grain Watch Office said in its annual "Harvest Outlook" report.',
        'The central bank will publish its quarterly "Money and Credit Review" in June.',
        'A study by the river authority, "Living with Floods", found most towns were at risk.',
        'Singer Amadou Keltani recorded "Songs of the Delta" and "Night Road" in Bamako.',
    )
    assert got == [
        ("the vote was close", "Ines Halvardsen"),
        ("Hunger is spreading", "Grain Watch Office"),
        ("most towns were at risk", "the river authority"),
    ]


def test_a_role_given_before_the_name_with_a_longer_phrase_or_a_rank_stays_that_persons():
    got = speakers_of(
        "The chairwoman of the Harbour Traders Guild, Liv Brattensen, said sales fell. "
        '"It was a hard winter," the chairwoman said.',
        "A navy spokesman, Captain Erlend Moskvik, said the port was shut. "
        "The spokesman said it would reopen soon.",
    )
    assert got == [
        ("sales fell", "Liv Brattensen"),
        ("It was a hard winter", "Liv Brattensen"),
        ("the port was shut", "Erlend Moskvik"),
        ("it would reopen soon", "Erlend Moskvik"),
    ]


def test_the_official_the_doctor_and_the_rider_are_the_person_given_that_office():
    got = speakers_of(
        "The district commissioner, Asha Mwenelupembe, said the bridge was closed. "
        "The official said it would reopen in a week.",
        'Dr. Halvard Oyelaran said the ward was full. "We have no beds left," the doctor said.',
        "The tribunal banned Danish cyclist Mads Kjeldgaard. The rider said he would appeal.",
    )
    assert got == [
        ("the bridge was closed", "Asha Mwenelupembe"),
        ("it would reopen in a week", "Asha Mwenelupembe"),
        ("the ward was full", "Halvard Oyelaran"),
        ("We have no beds left", "Halvard Oyelaran"),
        ("he would appeal", "Mads Kjeldgaard"),
    ]


def test_an_unnamed_official_is_someone_new():
    got = speakers_of(
        "The district commissioner, Asha Mwenelupembe, said the bridge was closed. "
        "A government official said repairs would cost more."
    )
    assert got == [
        ("the bridge was closed", "Asha Mwenelupembe"),
        ("repairs would cost more", "A government official"),
    ]
