"""Statements, names and times in constructions met while reading batch T, each on sentences
written for these tests with made-up names (issues #13, #14, #15).

Timex values are worked out by hand from the calendar: 2020-11-07 is a Saturday, so the
Monday before it is 2020-11-02.
"""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, said, timexes_of

pytestmark = pytest.mark.model


def test_a_count_after_a_weekday_and_a_comma_is_no_year(nlp):
    ann = annotation_of("As of Monday, 1885 aftershocks had been felt in Velkovo.")
    found = [(e.text, e.label) for e in ann.entities]
    assert ("Monday", "DATE") in found and ("1885", "CARDINAL") in found
    times = timexes_of("As of Monday, 1885 aftershocks had been felt.", published="2020-11-07")
    assert set(times) == {"Monday"} and times["Monday"].value == "2020-11-02"


def test_it_points_to_a_body_not_to_a_plural_source(nlp):
    ann = annotation_of(
        "The Tarn Water Board said the dam was safe. Officials said most roads were open. "
        'It also urged people to "stay away from the river."'
    )
    urged = [q for q in ann.quotes if q.cue == "urge"]
    assert len(urged) == 1 and urged[0].speaker == "Tarn Water Board"


def test_an_aside_between_auxiliary_and_cue_keeps_the_subject(nlp):
    # the parser hangs "The board" on "has", not on "urged"
    assert said("The board has, in a letter, urged drivers to slow down.") == [
        ("to slow down", "The board", "indirect", "urge")
    ]


def test_according_to_inside_a_phrase_reports_that_phrase(nlp):
    assert said(
        "The disease has killed 80 people, including, according to the ministry, 12 children."
    ) == [
        (
            "including, according to the ministry, 12 children",
            "the ministry",
            "indirect",
            "according to",
        )
    ]
    assert said("The hall was, according to the owner, insured.") == [
        ("The hall was, according to the owner, insured", "the owner", "indirect", "according to")
    ]


def test_according_to_after_a_joining_adverb_reports_the_clause(nlp):
    got = said("The ship sank, however, according to the navy, without loss of life.")
    assert [q[0] for q in got] == [
        "The ship sank, however, according to the navy, without loss of life"
    ]


def test_according_to_before_a_new_clause_reports_what_came_before(nlp):
    got = said(
        "Magnitude 5.1 according to the Velkovo observatory, it was recorded as magnitude 5.3 "
        "by another agency."
    )
    assert got == [("Magnitude 5.1", "the Velkovo observatory", "indirect", "according to")]


def test_the_body_before_a_statement_is_the_body_that_spoke(nlp):
    got = said(
        "The Velkovo Water Board said on Monday the dam was safe. "
        "The board statement said the river was falling."
    )
    assert [q[1] for q in got] == ["Velkovo Water Board", "Velkovo Water Board"]
    # "a federal court decision" is some other court's, not the court the story is about
    other = said(
        "The Velkovo District Court said on Monday the dam was safe. "
        "A federal court decision said the river was public."
    )
    assert other[1][1] != "Velkovo District Court"


def test_a_statement_that_a_body_issued_is_the_bodys(nlp):
    assert said("The board issued a statement that a guard had been injured.") == [
        ("a guard had been injured", "The board", "indirect", "state")
    ]


def test_a_statement_to_the_effect_reports_what_follows(nlp):
    assert said(
        "The palace issued a statement to the effect the king considered it inappropriate."
    ) == [("the king considered it inappropriate", "The palace", "indirect", "state")]


def test_a_figure_reported_keeps_where_and_when_but_not_the_writers_background(nlp):
    assert said(
        "The local health secretary reported one more case in Vellmark village, where some "
        "nurses live."
    ) == [("one more case in Vellmark village", "The local health secretary", "indirect", "report")]
    assert said("The ministry reported 36 infections at the Velkovo base on Monday.")[0][0] == (
        "36 infections at the Velkovo base on Monday"
    )


def test_a_quotation_of_several_sentences_after_a_comma_is_the_subjects(nlp):
    got = said('The singer also reacted on Twitter, "Sad news. He was a fiery drummer."')
    assert got == [("Sad news. He was a fiery drummer", "The singer", "direct", "react")]


def test_a_year_before_a_singular_noun_is_a_date_and_a_count_stays_a_count(nlp):
    ann = annotation_of("A 2016 study of the Velkovo club found it had 2020 members.")
    found = [(e.text, e.label) for e in ann.entities]
    assert ("2016", "DATE") in found and ("2020", "CARDINAL") in found
    assert [t.value for t in ann.timexes] == ["2016"]


def test_a_year_and_a_half_ago_with_hyphens_is_dated(nlp):
    # 18 months before 2020-06-06 is December 2018
    times = timexes_of("The man converted a year-and-a-half ago.", published="2020-06-06")
    assert times["a year-and-a-half ago"].value == "2018-12"


def test_a_nationality_before_its_noun_stays_a_nationality(nlp):
    ann = annotation_of("Tomas Vell, a three-year-old Syrian boy, was found on the beach.")
    assert ("Syrian", "NORP") in [(e.text, e.label) for e in ann.entities]


def test_an_object_and_to_be_read_as_an_adverbial_is_still_the_finding(nlp):
    got = said(
        "The team studied the ibis bones. They found the DNA sequences from the ancient "
        "birds to be relatively diverse."
    )
    assert got == [
        (
            "the DNA sequences from the ancient birds to be relatively diverse",
            "The team",
            "indirect",
            "find",
        )
    ]
    assert said("The agency announced a plan to be ready by May.") == []


def test_a_campaign_or_an_administration_named_for_a_person_is_the_body(nlp):
    got = said("Ana Ruiz spoke on Monday. The Ruiz campaign said the bridge was safe.")
    assert got[0][1] == "The Ruiz campaign"
    assert said("Study co-author Karen Vell said the ice melted.")[0][1] == "Karen Vell"


def test_an_object_and_its_phrase_the_parser_gave_the_cue_open_the_clause(nlp):
    got = said("The Velkovo board announced the tests by a laboratory found poison in the well.")
    assert got == [
        (
            "the tests by a laboratory found poison in the well",
            "The Velkovo board",
            "indirect",
            "announce",
        )
    ]
    # a plan announced is what was announced (round AK, as the gold of both Red Hat articles
    # and batch AK has it); the purpose of a thing announced is not ("a new law to mandate")
    assert said("The Velkovo board announced a new law to mandate masks.") == []


def test_a_that_clause_hung_on_the_objects_apposition_is_what_was_told(nlp):
    got = said(
        "A hospital official told a local agency, a news outlet, that one of the dead was Tomas Vell."
    )
    assert got == [("one of the dead was Tomas Vell", "A hospital official", "indirect", "tell")]
    # a true relative clause, its object missing, is no report
    assert (
        said("The Velkovo Post published an article about a laptop that he left at a shop.") == []
    )


def test_a_colon_that_opens_a_quotation_ends_the_reported_clause(nlp):
    got = said(
        "One of the authors, Tom Harrel, told a magazine the pattern suggested a deep cause: "
        '"Somehow, these frogs are turning on old machinery."'
    )
    assert [(q[0], q[2]) for q in got] == [
        ("the pattern suggested a deep cause", "indirect"),
        ("Somehow, these frogs are turning on old machinery", "direct"),
    ]


def test_an_acronym_in_brackets_is_its_names_whatever_its_letters(nlp):
    got = said(
        "The Velkovo Security Service (KSB) said the blast was an accident. "
        "The KSB denied the two blasts are related."
    )
    assert [q[1] for q in got] == ["Velkovo Security Service", "Velkovo Security Service"]
