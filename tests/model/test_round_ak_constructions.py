"""Statement constructions met after batch AK's score (issue #13: business news from
MEANTIME's texts), through the whole pipeline on text written for these tests: words said "in a
letter that ...", a plan announced, a paper quoting a source "as saying", and two people with
their titles speaking together."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, said

pytestmark = pytest.mark.model


def test_what_is_said_in_a_letter_or_a_statement_is_reported_by_the_verb():
    assert said("Mara Quell announced Tuesday in a letter to staff that she would retire.") == [
        ("she would retire", "Mara Quell", "indirect", "announce")
    ]
    assert said("Mara Quell said in a statement that she would retire.") == [
        ("she would retire", "Mara Quell", "indirect", "say")
    ]


def test_a_relative_clause_that_makes_the_medium_reports_nothing():
    assert said("Mara Quell spoke in an interview that aired on Sunday.") == []
    assert said("Mara Quell wept in a letter that she sent to staff.") == []


def test_a_plan_announced_is_what_was_announced_with_its_aim():
    assert said("Tarnwick Mills announced plans Thursday to close nine of its shops.") == [
        ("plans Thursday to close nine of its shops", "Tarnwick Mills", "indirect", "announce")
    ]
    assert said("The council announced a plan for the park.") == []
    assert said("Tarnwick Mills had not, as of Monday, announced any plans to close shops.") == []


def test_a_paper_quoting_a_source_as_saying_gives_the_source_as_speaker():
    text = (
        'Governor Ilse Brandvold spoke in Kestrel. "We cannot wait any longer," the Kestrel '
        "Courier quoted Brandvold as saying."
    )
    assert said(text) == [("We cannot wait any longer", "Ilse Brandvold", "direct", "quote")]


def test_two_people_each_with_a_title_speak_together():
    text = (
        "Prime Minister Ilse Brandvold and industry minister Oren Castell today announced "
        "that the city would build a new bridge."
    )
    assert said(text) == [
        (
            "the city would build a new bridge",
            "Ilse Brandvold and Oren Castell",
            "indirect",
            "announce",
        )
    ]


def test_an_indexs_points_stay_a_count_and_the_index_is_an_organisation(nlp):
    """Batches AK and AL marked "416 points" QUANTITY and AM mostly a CARDINAL; the model,
    trained on OntoNotes' market reports, reads the number alone, and so does newslab."""
    ann = annotation_of("The FTSE 100 fell 54 points, and the Nikkei closed 2 percent lower.")
    assert [(e.text, e.label) for e in ann.entities] == [
        ("FTSE 100", "ORG"),
        ("54", "CARDINAL"),
        ("Nikkei", "ORG"),
        ("2 percent", "PERCENT"),
    ]


def test_a_title_set_after_a_name_to_the_sentences_end_names_the_role_later(nlp):
    text = (
        "The bridge was opened by Ana Quell, the prime minister of Velka. The prime minister "
        "cited its success as a source of pride."
    )
    assert said(text) == [("its success as a source of pride", "Ana Quell", "indirect", "cite")]


def test_a_title_before_a_comma_and_an_honorific_names_the_role_later(nlp):
    text = (
        "Guests included the Prime Minister of Velka, Mr. Oren Castell, at the airport. In "
        "his speech, the Prime Minister cited its success as a source of pride."
    )
    assert said(text) == [("its success as a source of pride", "Oren Castell", "indirect", "cite")]


def test_a_phrase_after_a_name_that_is_no_apposition_names_no_role(nlp):
    text = (
        "The ruling was read by Ana Quell, adding that the court would rule again. The court "
        "said the mill would close."
    )
    assert said(text)[-1][:2] == ("the mill would close", "The court")


def test_words_of_the_characterization_before_the_quoted_ones_make_it_mixed(nlp):
    assert said('Quell described the growth as not "nearly enough."') == [
        ('the growth as not "nearly enough."', "Quell", "mixed", "describe")
    ]
    assert said('Quell described the slump as one that had been "years in the making."') == [
        ('the slump as one that had been "years in the making."', "Quell", "mixed", "describe")
    ]


def test_a_characterization_quoted_whole_or_qualified_after_stays_direct(nlp):
    assert said('Quell described the vote as "a disgrace".') == [
        ("a disgrace", "Quell", "direct", "describe")
    ]
    assert said('Quell described the mayor as an "emerging" figure in the party.') == [
        ("emerging", "Quell", "direct", "describe")
    ]


def test_what_a_source_suggests_as_a_bare_object_is_what_it_said(nlp):
    assert said("Some reports suggest a deliberate criminal act.") == [
        ("a deliberate criminal act", "Some reports", "indirect", "suggest")
    ]
    got = said("The researchers suggested the algae, like warm seas, might weaken the reef.")
    assert got == [  # a clause the parser cut at its subject: the clause, not "the algae"
        (
            "the algae, like warm seas, might weaken the reef",
            "The researchers",
            "indirect",
            "suggest",
        )
    ]


def test_a_view_given_as_someones_is_what_they_said(nlp):
    text = (
        "Oren Castell came to support his friends. In his opinion, the theory test was the "
        "hardest part. From his view, this is a nationwide problem."
    )
    assert said(text) == [
        ("the theory test was the hardest part", "Oren Castell", "indirect", "say"),
        ("this is a nationwide problem", "Oren Castell", "indirect", "say"),
    ]
    assert said("Mara Quell runs the clinic. In Quell's view, the vote was fair.") == [
        ("the vote was fair", "Mara Quell", "indirect", "say")
    ]


def test_a_view_written_as_the_writers_is_no_statement(nlp):
    assert said("In the view of many, the law is too strict.") == []
