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


def _timexes(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in annotation_of(text, published=published).timexes}


def test_a_day_of_an_event_the_text_does_not_date_is_past_or_future_by_tense(nlp):
    got = _timexes(
        "The Orrin Vale fair drew crowds. On the first day of the fair, Mira Brenlow spoke, "
        "and on the last night the band played.",
        published="2024-09-02",
    )
    assert got["the first day"] == "PAST_REF" and got["the last night"] == "PAST_REF"
    got = _timexes(
        "The Orrin Vale fair opens soon, and the mayor will speak on the last day.", "2024-09-02"
    )
    assert got["the last day"] == "FUTURE_REF"


def test_the_span_back_from_now_and_a_months_first_day_are_not_an_events_day(nlp):
    got = _timexes(
        "Sales fell in the last day, and on the first day of May they rose.", "2024-09-02"
    )
    assert "the last day" not in got and "the first day" not in got


def _said(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(q.kind, q.text, q.speaker, q.cue) for q in annotation_of(text).quotes]


def test_a_characterization_that_goes_on_past_its_quoted_word_is_one_mixed_statement(nlp):
    assert _said('Critics described the speech as "flat" and lacking energy.') == [
        ("mixed", 'the speech as "flat" and lacking energy', "Critics", "describe")
    ]


def test_a_quoted_word_that_only_qualifies_a_characterization_stays_direct(nlp):
    assert _said('The Kestrel Post described Ann Vale as an "emerging" figure in the party.') == [
        ("direct", "emerging", "Kestrel Post", "describe")
    ]


def test_a_term_in_quotation_marks_opening_a_clause_written_without_that(nlp):
    got = _said(
        'Legal scholar Tom Pell wrote the term "home rule" in the charter requires towns to act.'
    )
    assert got == [
        ("mixed", 'the term "home rule" in the charter requires towns to act', "Tom Pell", "write")
    ]


def test_a_that_clause_whose_verb_the_parser_read_as_a_participle(nlp):
    got = _said(
        'Professor Ann Vale of Orlin writes in a Kestrel essay that the term "home rule" '
        'derived from the old "rule of the home" which included all people born in the county.'
    )
    assert [(k, s, c) for k, _, s, c in got] == [("mixed", "Ann Vale", "write")]
    assert got[0][1].startswith('the term "home rule" derived from')


def test_at_this_time_in_a_sentence_told_in_the_past_is_the_storys_time(nlp):
    got = _timexes(
        "Ann Vale skipped debate practice in June. At this time, she made harsh remarks about the press.",
        "2024-09-02",
    )
    assert got["this time"] == "2024-06"
    got = _timexes("At this time, we are not taking questions.", "2024-09-02")
    assert got["this time"] == "PRESENT_REF"
    got = _timexes(
        'The agency said they were "not travelling to the scene at this time."', "2024-09-02"
    )
    assert got["this time"] == "PRESENT_REF"  # the speaker's own present


def test_lengths_in_astronomical_units_and_light_years_are_quantities(nlp):
    ents = _entities_of(
        "The gap lies about 30 astronomical units from the star Orrin-7, some 520 light-years "
        "away; one planet sits at 5 AU."
    )
    assert ("about 30 astronomical units", "QUANTITY") in ents
    assert ("some 520 light-years", "QUANTITY") in ents and ("5 AU", "QUANTITY") in ents


def _entities_of(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in annotation_of(text).entities]


def test_verbs_of_judging_by_words_report_what_they_judge(nlp):
    assert _said("Ann Vale mocked the Kestrel Post for ignoring the race.") == [
        ("indirect", "the Kestrel Post for ignoring the race", "Ann Vale", "mock")
    ]
    assert _said('"It will fail," Ann Vale scolded.') == [
        ("direct", "It will fail", "Ann Vale", "scold")
    ]


def test_a_verb_of_judging_that_is_also_a_blow_stays_no_cue(nlp):
    assert _said("Witnesses said a man approached and attacked a group of men, using a knife.") == [
        (
            "indirect",
            "a man approached and attacked a group of men, using a knife",
            "Witnesses",
            "say",
        )
    ]


def test_an_answer_given_in_two_languages_is_the_english_words_alone(nlp):
    text = (
        "((WN)) Tell us about yourself. ((hi))Hindi language: \u200dतो बताएँगे?\n"
        "((Mira Brenlow)) My name is Mira. I keep bees. ((hi))Hindi language: \u200dमेरा नाम मीरा है।"
    )
    ann = annotation_of(text, title="Wikinews interviews beekeeper Mira Brenlow")
    assert [(q.text, q.speaker) for q in ann.quotes] == [
        ("My name is Mira. I keep bees.", "Mira Brenlow")
    ]
    assert [e.text for e in ann.entities if e.label == "LANGUAGE"] == ["Hindi", "Hindi"]
