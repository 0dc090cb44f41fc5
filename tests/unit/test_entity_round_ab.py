"""Names in constructions met in round AB (issue #15), on text written for these tests."""

from __future__ import annotations

from newslab.entities.labels import relabel_by_head
from newslab.entities.works import years_of_events


def test_a_year_before_an_events_name_is_part_of_it():
    text = "She won the 2019 Tessbury Marathon in record time."
    assert years_of_events(text, [(12, 16, "DATE")]) == [(12, 34, "EVENT")]
    text = "Orlin's 2021 Jazz Festival opened."
    assert years_of_events(text, [(8, 12, "DATE"), (13, 26, "EVENT")]) == [(8, 26, "EVENT")]


def test_a_year_that_only_opens_a_sentence_stays_a_date():
    text = "In 2019 Tessbury Marathon runners raised funds."
    assert years_of_events(text, [(3, 7, "DATE")]) == [(3, 7, "DATE")]
    text = "the 2019 Tessbury Marathon Association met"  # a body named after the event
    assert years_of_events(text, [(4, 8, "DATE")]) == [(4, 8, "DATE")]


def test_an_events_head_word_outranks_a_law_label():
    assert relabel_by_head("the Tessbury Marathon", [(4, 21, "LAW")]) == [(4, 21, "EVENT")]


def test_a_tribe_is_an_organisation_not_a_person():
    text = "The Orlin Tribe and the Varlo Tribes sued."
    assert relabel_by_head(text, [(4, 15, "PERSON"), (24, 36, "PERSON")]) == [
        (4, 15, "ORG"),
        (24, 36, "ORG"),
    ]


def test_an_awards_name_keeps_its_of_and_leaves_its_owner_out():
    from newslab.entities.addresses import awards

    text = "She received the Champion of Freedom Award and Tessbury's Guardian of the Sea Medal."
    got = [text[s:e] for s, e, _ in awards(text, [])]
    assert got == ["Champion of Freedom Award", "Guardian of the Sea Medal"]


def test_a_correctional_facility_is_a_facility():
    text = "Inmates at the Tom Varlow Correctional Facility went on strike."
    assert relabel_by_head(text, [(15, 47, "PERSON")]) == [(15, 47, "FAC")]


def test_a_fellow_of_a_society_is_a_title_between_the_body_and_the_person():
    from newslab.entities.person_titles import split_titled_names

    text = "said Royal Society Fellow Ana Varlow."
    assert split_titled_names(text, [(5, 36, "ORG")]) == [(5, 18, "ORG"), (26, 36, "PERSON")]
    text = "his fellow senator Tom Orlin"  # a lower-case "fellow" is no title of a name
    assert split_titled_names(text, [(19, 28, "PERSON")]) == [(19, 28, "PERSON")]


def test_a_quoted_title_beside_a_kind_of_work_is_one_work():
    from newslab.entities.titles import quoted_works

    def works(text: str, spans: list) -> list[str]:
        return [text[s:e] for s, e, label in quoted_works(text, spans) if label == "WORK_OF_ART"]

    assert works('He played on the album "Ride on the River" in 1973.', [(36, 41, "GPE")]) == [
        "Ride on the River"
    ]
    assert works("We worked on the 'Varlo on the Run' album in Lagos.", []) == ["Varlo on the Run"]
    assert works('the film "The Time of Your Life," she said', []) == ["The Time of Your Life"]
    # quotation marks with no kind of work beside them are a quotation, not a title
    assert works('He said "Ride on the River" twice.', []) == []
