"""Constructions met after AE's score, through the whole pipeline on sentences written for
these tests (issues #14 and #15): a language's name before a noun, an event's closing year,
and a weekend of a month."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in annotation_of(text).entities]


def test_a_language_before_a_noun_is_the_peoples_adjective(nlp):
    got = _entities("English mathematician Tom Quennell, who spoke English and French, died.")
    assert got[0] == ("English", "NORP")
    assert ("English", "LANGUAGE") in got and ("French", "LANGUAGE") in got


def test_a_language_stays_a_language_before_its_own_nouns(nlp):
    got = _entities("The English translation and the English language test came later.")
    assert got == [("English", "LANGUAGE"), ("English", "LANGUAGE")]


def test_an_events_closing_year_is_in_its_name_and_still_a_date(nlp):
    ann = annotation_of("Fans came to Kestrel Comicon 2019 on Saturday.", published="2019-03-29")
    assert ("Kestrel Comicon 2019", "EVENT") in [(e.text, e.label) for e in ann.entities]
    assert ("2019", "2019") in [(t.text, t.value) for t in ann.timexes]


def test_the_last_weekend_of_a_month_and_the_saturday_inside_it(nlp):
    text = (
        "Our reporter visited the Pellston Beekeepers Convention on the last weekend of June. "
        "A choir sang on Saturday and again that evening."
    )
    ann = annotation_of(text, published="2023-07-03")  # a Monday; June 30 was a Friday
    got = {t.text: t.value for t in ann.timexes}
    assert got["the last weekend of June"] == "2023-W25-WE"
    assert got["Saturday"] == "2023-06-24" and got["that evening"] == "2023-06-24TEV"
    assert ("Pellston Beekeepers Convention", "EVENT") in [(e.text, e.label) for e in ann.entities]


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in annotation_of(text).quotes]


def test_a_second_verb_of_saying_after_and_is_a_second_statement(nlp):
    got = _said("Mayor Ana Ruiz said the bridge was safe and added that it would reopen soon.")
    assert ("the bridge was safe", "Ana Ruiz", "say") in got
    assert ("it would reopen soon", "Ana Ruiz", "add") in got
    got = _said("The tenant was angry and told reporters she would appeal.")
    assert got == [("she would appeal", "The tenant", "tell")]


def test_a_passives_second_verb_with_an_infinitive_and_no_object_reports_nothing(nlp):
    assert _said("The tenant was evicted and told to leave within a week.") == []
    got = _said("The report was published on Monday and urged the city to build homes.")
    assert got == [("to build homes", "The report", "urge")]
    got = _said("The minister was sworn in and said the budget would pass.")
    assert got == [("the budget would pass", "The minister", "say")]


def test_a_backshifted_clause_after_and_goes_on_with_the_statement(nlp):
    got = _said(
        "Mayor Ana Ruiz said the Pellston bridge will reopen in May, and drivers would be able "
        "to cross it for free."
    )
    assert got == [
        (
            "the Pellston bridge will reopen in May, and drivers would be able to cross it "
            "for free",
            "Ana Ruiz",
            "say",
        )
    ]


def test_a_clause_in_the_writers_own_tense_after_and_is_the_writers(nlp):
    got = _said("Mayor Ana Ruiz said the bridge was safe, and the council voted to reopen it.")
    assert got == [("the bridge was safe", "Ana Ruiz", "say")]


def test_a_mixed_statement_keeps_the_marks_of_its_quotation(nlp):
    got = _said('A spokesperson for the Kestrel Party said the candidate "regrets the remarks."')
    assert got == [
        ('the candidate "regrets the remarks."', "A spokesperson for the Kestrel Party", "say")
    ]
    got = _said('Tarvo Lund said "the talks" were over.')
    assert got == [('"the talks" were over', "Tarvo Lund", "say")]
    got = _said('Tarvo Lund said the talks were "going nowhere" in May.')
    assert got == [('the talks were "going nowhere" in May', "Tarvo Lund", "say")]


def test_late_in_a_month_not_yet_reached_is_last_years_for_a_past_event(nlp):
    def value(text: str) -> str | None:
        return annotation_of(text, published="2024-11-06").timexes[0].value

    assert value("Police said the man had been missing since late November.") == "2023-11"
    assert value("The man disappeared in late November.") == "2023-11"
    assert value("The vote was moved to late November.") == "2024-11"  # a plan
    assert value("The man will return in late November.") == "2024-11"
    assert value("The man disappeared in early November.") == "2024-11"


def test_a_body_named_in_apposition_after_its_description_is_the_speaker(nlp):
    got = _said("The country's health ministry, MINSA, said the number could rise.")
    assert got == [("the number could rise", "MINSA", "say")]
    got = _said("The agency, Kestrel Wire, said the number could rise.")
    assert got == [("the number could rise", "Kestrel Wire", "say")]


def test_the_couple_is_the_two_people_last_named_together(nlp):
    got = _said(
        "Tarvo Lund and his wife Marisol Lund left Pellston in 2019. The couple said they "
        "would not return."
    )
    assert got == [("they would not return", "Tarvo Lund and Marisol Lund", "say")]
    got = _said("Orla Venn met Tom Hale. The couple said they were happy.")
    assert got == [("they were happy", "The couple", "say")]  # never named together


def test_a_name_a_bearing_is_taken_from_is_a_place(nlp):
    got = _entities("The quake struck 40 km (25 miles) south of Orlin, just northwest of Tarvo.")
    assert ("Orlin", "GPE") in got and ("Tarvo", "GPE") in got


def test_a_person_with_a_particle_in_the_name_the_model_missed(nlp):
    got = _entities("Ana de la Vega and Jan van der Berg spoke on Monday.")
    assert ("Ana de la Vega", "PERSON") in got and ("Jan van der Berg", "PERSON") in got


def test_a_telescope_named_after_a_person_is_no_person(nlp):
    got = _entities("Orlin's Marisol Vega Telescope will launch in 2031.")
    assert ("Marisol Vega Telescope", "PRODUCT") in got


def test_a_person_named_as_what_they_are_to_be_is_what_was_announced(nlp):
    got = _said("Tom Hale named Senator Orla Venn of Pellstonia as his running mate.")
    assert got == [("Senator Orla Venn of Pellstonia as his running mate", "Tom Hale", "name")]
    got = _said('The Kestrel Times announced its choice of Orla Venn as its "Voice of the Year".')
    assert got == [
        ('its choice of Orla Venn as its "Voice of the Year"', "Kestrel Times", "announce")
    ]


def test_a_naming_whose_object_the_parser_lost_still_starts_after_the_verb(nlp):
    from newslab import Article, annotate

    text = (
        "The law mandated that ballots be mailed to all voters.\n"
        "Tom Hale named Senator Orla Venn of Pellstonia as his running mate. Venn had run before."
    )
    quotes = annotate(Article.from_text(text, title="t", published="2020-09-30")).quotes
    assert [(q.text, q.cue) for q in quotes if q.cue == "name"] == [
        ("Senator Orla Venn of Pellstonia as his running mate", "name")
    ]
