"""Statements, names and times in constructions met while reading batches R and S, each on
sentences written for these tests with made-up names (issues #13, #14, #15).

Timex values are worked out by hand from the calendar: 2024-03-08 is a Friday, so the
Saturday after it is 2024-03-09 and the one before 2024-03-02.
"""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, said, timexes_of

pytestmark = pytest.mark.model


def test_a_name_never_runs_across_a_verb(nlp):
    # the model's one ORG "Tribune reported Hale" is a paper, a verb and a person
    ann = annotation_of("The Tribune reported Hale was planning to visit Ruiz on Friday.")
    assert not any(" reported " in e.text for e in ann.entities)
    assert ann.quotes[0].speaker in {"Tribune", "The Tribune"}


def test_what_went_on_around_a_declaration_is_no_deed_judged(nlp):
    # "with the river rising" is the scene, not what the mayor was accused of or declared
    assert (
        said(
            "The mayor declared a state of emergency for the city on Thursday, with the river rising."
        )
        == []
    )
    assert said("The union accused the board of hiding its losses.") == [
        ("the board of hiding its losses", "The union", "indirect", "accuse")
    ]


def test_a_who_clause_on_how_someone_is_now_is_part_of_the_report(nlp):
    got = said(
        "The Tribune reported Hale was planning to visit Ruiz, who is being treated in hospital."
    )
    assert got[0][0] == "Hale was planning to visit Ruiz, who is being treated in hospital"


def test_a_who_clause_on_what_someone_did_is_the_writers_background(nlp):
    got = said("The paper reported Pell had met Ruiz, who served as mayor from 2008 until 2016.")
    assert got[0][0] == "Pell had met Ruiz"


def test_a_cue_after_an_apposition_the_parser_hung_on_the_noun_is_the_nouns(nlp):
    got = said("The security chief, Ana Ruiz, announced on Tuesday the suspects were in custody.")
    assert got == [("the suspects were in custody", "Ana Ruiz", "indirect", "announce")]


def test_a_present_forecast_looks_ahead(nlp):
    got = timexes_of("Forecasters predict landfall Saturday morning.", published="2024-03-08")
    assert got["Saturday morning"].value == "2024-03-09TMO"
    past = timexes_of("The storm hit Saturday morning.", published="2024-03-08")
    assert past["Saturday morning"].value == "2024-03-02TMO"


def test_the_hundreds_of_a_century_are_the_century(nlp):
    # TIMEX3 writes a century as its years' first two digits; "the 1960s" stays a decade
    got = timexes_of(
        "In the 1800s the herd was hunted; in the 1960s it grew.", published="2024-03-08"
    )
    assert got["the 1800s"].value == "18"
    assert got["the 1960s"].value == "196"


def test_early_evening_after_a_preposition_is_that_evening(nlp):
    got = timexes_of(
        "On Sunday the crowd marched through the city. By late afternoon most had left.",
        published="2024-03-08",
    )
    assert got["late afternoon"].value == "2024-03-03TAF"


def test_a_day_before_an_event_noun_anchors_the_previous_day(nlp):
    got = timexes_of(
        "The island was without power after the January 7 quake. A smaller one hit the "
        "previous day.",
        published="2024-03-08",
    )
    assert got["January 7"].value == "2024-01-07"
    assert got["the previous day"].value == "2024-01-06"


def test_a_year_before_a_name_is_a_timex(nlp):
    got = timexes_of("The 1965 Kestrel Rights Act was amended.", published="2024-03-08")
    assert got["1965"].value == "1965"


def test_would_under_a_past_report_is_no_future_of_the_publication(nlp):
    # published Thursday 2019-09-19: "predicted it would pass Wednesday night" is the
    # Wednesday before, as a past-tense report leaves it; "would" in a present report looks ahead
    got = timexes_of(
        "The agency predicted that the storm would pass the island Wednesday night.",
        published="2019-09-19",
    )
    assert got["Wednesday night"].value == "2019-09-18TNI"


def test_an_object_and_to_be_after_it_are_what_was_reported(nlp):
    assert said("The Daily Vell reported the commander to be dead.") == [
        ("the commander to be dead", "Daily Vell", "indirect", "report")
    ]
    # an infinitive after an object is otherwise its purpose, not a report
    assert said("The ministry announced a new law to curb fraud.") == []
    # and one urged to do something is no part of what was urged
    assert said("Ana Ruiz urged the company to be careful.")[0][0] == "to be careful"


def test_a_death_announced_is_news_told_and_a_resignation_announced_a_deed(nlp):
    assert said("The ministry announced the death of the poet Tomas Vell.") == [
        ("the death of the poet Tomas Vell", "The ministry", "indirect", "announce")
    ]
    assert said("Mayor Ana Ruiz announced her resignation on Monday.") == []


def test_an_intention_stated_is_what_was_said(nlp):
    assert said("The firm Kestrel Foods stated its intention to leave the market.")[0][:2] == (
        "its intention to leave the market",
        "Kestrel Foods",
    )


def test_a_cue_the_parser_read_as_a_participle_with_the_clause_as_the_sentences(nlp):
    text = (
        "He survived an attack in 2019. The city's police chief, Jonas Pell, announced on "
        "Tuesday there were suspects in custody."
    )
    assert said(text) == [("there were suspects in custody", "Jonas Pell", "indirect", "announce")]


def test_a_sources_phrase_ends_before_an_aside_inside_it(nlp):
    got = said("The governor of Tarnia, a state on the coast, declared that the storm was serious.")
    assert got[0][1] == "The governor of Tarnia"
    got = said(
        "The account for Kestrel Radio, which replaced the old show, said the host had left."
    )
    assert got[0][1] == "The account for Kestrel Radio"


def test_a_hospital_is_a_source_of_what_it_found(nlp):
    assert said("The hospital found him to be positive for the virus.") == [
        ("him to be positive for the virus", "The hospital", "indirect", "find")
    ]


def test_a_participle_after_the_sentence_posts_what_its_subject_wrote(nlp):
    text = (
        "Officials said the ferry was late.\nTomas Vell took to social media, posting at 12:54 "
        'am local time (0454 UTC) on Twitter, "Tonight, [Ana] and I tested positive. We will '
        'get through this TOGETHER!"'
    )
    assert said(text)[1][1:] == ("Tomas Vell", "direct", "post")


def test_a_source_named_by_named_or_called_is_that_name(nlp):
    assert said("A local teacher named Ana Ruiz said the school was closed.")[0][1] == "Ana Ruiz"
    assert said("A man called Tomas Vell said it was over.")[0][1] == "Tomas Vell"


def test_a_quotation_after_a_colon_is_its_own_sentences_source(nlp):
    text = (
        "The mayor declared an emergency on Thursday.\nGovernor Ana Ruiz addressed the public: "
        '"No one should take this storm lightly. Low intensity does not mean low impact."'
    )
    assert said(text) == [
        (
            "No one should take this storm lightly. Low intensity does not mean low impact",
            "Ana Ruiz",
            "direct",
            "address",
        )
    ]


def test_a_verb_of_how_words_sounded_reports_no_clause_set_after_a_comma(nlp):
    # VerbNet manner_speaking-37.3: "sang" is no report of what came next in the list
    assert said("Pupils sang, Elder Tomas Vell gave a prayer, and the horses were released.") == []
    assert said("Ana Ruiz shouted that the bridge was closed.") == [
        ("the bridge was closed", "Ana Ruiz", "indirect", "shout")
    ]


def test_a_number_and_a_dash_before_an_amount_are_its_range(nlp):
    ann = annotation_of("He sought about 15–25 million dollars from the firm.")
    assert [(e.text, e.label) for e in ann.entities] == [("about 15–25 million dollars", "MONEY")]


def test_an_as_attribution_before_or_after_its_clause_reports_the_clause(nlp):
    assert said("As the agency reported, the bridge was closed for two days.") == [
        ("the bridge was closed for two days", "the agency", "indirect", "report")
    ]
    assert said("The bridge was closed for two days, as the agency reported.") == [
        ("The bridge was closed for two days", "the agency", "indirect", "report")
    ]
    # a comparison and a going-on are no attribution
    assert said("They got about a quarter as much money as Ana Ruiz requested.") == []
    assert said("The march went on, as protests continued.") == []


def test_an_attribution_set_between_commas_inside_its_clause_reports_all_of_it(nlp):
    assert said("The tide was enough, the study suggests, to flood the lower town.") == [
        (
            "The tide was enough, the study suggests, to flood the lower town",
            "the study",
            "indirect",
            "suggest",
        )
    ]
    assert said("The fire started, the rangers said, near the old mill.")[0][0] == (
        "The fire started, the rangers said, near the old mill"
    )
