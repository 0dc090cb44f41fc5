"""Names met after AC's score, through the whole pipeline on sentences written for these
tests (issue #15): later steps keep what the software and team rules decide."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in annotation_of(text).entities]


def test_software_names_survive_the_given_name_and_one_label_rules(nlp):
    got = _entities(
        "Will Rocky Tarvo Linux succeed? Tarvo Hat dropped Tarvo Hat Enterprise Linux (THEL) "
        "in 2020, and Rocky Tarvo Linux 8 replaces THEL 8."
    )
    assert ("Rocky Tarvo Linux", "PRODUCT") in got
    assert ("Rocky Tarvo Linux 8", "PRODUCT") in got
    assert ("THEL 8", "PRODUCT") in got
    assert ("Tarvo Hat", "ORG") in got
    assert not [t for t, label in got if label == "PERSON"]


def test_towns_in_a_match_report_are_teams_and_the_ground_a_place(nlp):
    got = _entities(
        "On Saturday, Gympie defeated Bundaberg 32–22 in round 4 of the league at Gympie. "
        "Bundaberg coach Ana Ruiz said the match was close."
    )
    assert got.count(("Gympie", "ORG")) == 1 and ("Gympie", "GPE") in got
    assert got.count(("Bundaberg", "ORG")) == 2
    assert ("32–22", "CARDINAL") in got and ("Ana Ruiz", "PERSON") in got


def test_a_postponed_vote_has_two_dates(nlp):
    got = _entities("The council postponed the vote from March 3 to April 7.")
    assert ("March 3", "DATE") in got and ("April 7", "DATE") in got


def _timexes(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in annotation_of(text, published=published).timexes]


def test_a_weekday_after_a_range_of_days_is_the_one_inside_it(nlp):
    # published a week after: the Saturday of the fair, not the Saturday before publication
    got = _timexes(
        "The Orlin fair ran from March 15 to 17. Last year it drew 3,000 people. On Saturday "
        "afternoon, a panel met, and on Saturday Ana Ruiz spoke.",
        "2019-03-25",
    )
    assert ("Saturday afternoon", "2019-03-16TAF") in got and ("Saturday", "2019-03-16") in got


def test_a_weekday_outside_the_range_or_after_another_day_counts_from_publication(nlp):
    got = _timexes(
        "The Orlin fair ran from June 6 to 9. On June 20, police said it was safe. On "
        "Saturday, Ana Ruiz won a prize.",
        "2019-06-25",
    )
    assert got[-1] == ("Saturday", "2019-06-22")  # not June 8: the story has moved on
    got = _timexes("The Orlin fair ran from June 12 to 14. On Monday, Ana Ruiz left.", "2019-06-25")
    assert got[-1] == ("Monday", "2019-06-24")  # no Monday between the 12th and the 14th


def test_joint_bodies_keep_the_the_the_article_gives_each(nlp):
    quotes = annotation_of(
        "The Orlin Water Board and the Kestrel Rail Authority said the bridge would close."
    ).quotes
    assert [q.speaker for q in quotes] == ["The Orlin Water Board and the Kestrel Rail Authority"]


def test_super_tuesday_is_an_event_and_still_its_tuesday(nlp):
    ann = annotation_of(
        "Ana Ruiz won nine states on Super Tuesday, her campaign said.", published="2020-03-06"
    )
    assert ("Super Tuesday", "EVENT") in [(e.text, e.label) for e in ann.entities]
    assert ("Tuesday", "2020-03-03") in [(t.text, t.value) for t in ann.timexes]


def test_one_decade_is_ten_years_and_several_are_decades(nlp):
    got = _timexes(
        "Orlin's fleet grew in the past decade. Its crews have worked for four decades.",
        "2019-05-01",
    )
    assert got == [("the past decade", "P10Y"), ("four decades", "P4DE")]


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in annotation_of(text).quotes]


def test_an_inverted_cue_the_parser_reads_as_a_titles_adjective(nlp):
    # the parser makes "stated" an adjective of "minister"
    assert _said("The bomb was placed in a market, stated minister Orla Venn.") == [
        ("The bomb was placed in a market", "Orla Venn", "state")
    ]


def test_an_inverted_cue_in_mid_sentence_reports_the_sentence_around_it(nlp):
    # the parser makes "stated" a second verb of "placed", its subject after it
    text = (
        "The bomb was placed on a motorcycle in a market, stated Minister of Information Tom "
        "Hale, and was left outside the mosque."
    )
    assert _said(text) == [(text[:-1], "Tom Hale", "state")]


def test_at_the_moment_is_the_present_but_not_the_moment_of_an_event(nlp):
    got = _timexes(
        '"We are a young side at the moment, but we learn," Ana Ruiz said. At the moment of '
        "impact the car stopped.",
        "2020-08-25",
    )
    assert got == [("the moment", "PRESENT_REF")]


def test_at_the_time_of_an_event_is_the_day_the_story_named_for_it(nlp):
    got = _timexes(
        "Ana Ruiz died on May 23. She was signed to the Orlin club at the time of her death.",
        "2019-06-16",
    )
    assert got == [("May 23", "2019-05-23"), ("the time", "2019-05-23")]


def test_maintaining_ones_innocence_is_a_statement_and_maintaining_a_lead_is_not(nlp):
    assert _said("Tom Hale, who was convicted in 2016, maintains his innocence.") == [
        ("his innocence", "Tom Hale", "maintain")
    ]
    assert _said("The Orlin club maintained its lead.") == []
