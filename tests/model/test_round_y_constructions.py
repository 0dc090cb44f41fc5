"""Statements, names and times in constructions met while reading the gold errors of
round Y, each on sentences written for these tests with made-up names (issues #13, #14, #15).
"""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, timexes_of

pytestmark = pytest.mark.model


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in annotation_of(text).quotes]


def test_the_government_is_the_one_the_article_described_before(nlp):
    assert _speakers(
        "The government of Veloria declared a state of emergency. "
        "On Tuesday the government said schools would reopen."
    ) == ["The government of Veloria"]
    assert _speakers(
        "The Velorian government closed its borders. The government said the measure was temporary."
    ) == ["The Velorian government"]


def test_the_administration_is_the_one_named_by_its_leader(nlp):
    assert _speakers(
        "The Harlan administration announced new tariffs on steel. Later the "
        "administration said the tariffs would protect farmers."
    ) == ["The Harlan administration"]


def test_the_embassy_is_the_one_placed_before(nlp):
    assert _speakers(
        "Staff at the embassy in Karvia were evacuated. The embassy said all were safe."
    ) == ["the embassy in Karvia"]


def test_the_hospital_is_the_named_one(nlp):
    assert _speakers(
        "Twelve people were taken to Grenmoor General Hospital after the crash. "
        "The hospital said three were in critical condition."
    ) == ["Grenmoor General Hospital"]


def test_a_government_with_its_own_words_stays_as_written(nlp):
    # guard: "new" makes it another government, and no earlier body stands in for it
    assert _speakers(
        "The Harlan administration announced new tariffs on steel.\n"
        "The new government said taxes would rise."
    ) == ["The new government"]


def test_the_government_is_not_the_last_company_named(nlp):
    assert _speakers(
        "Brannock Steel cut 400 jobs in March.\nThe government said it would help the workers."
    ) == ["The government"]


def test_an_attribution_set_in_after_a_semicolon_reports_only_its_own_clause(nlp):
    assert [
        (q.text, q.speaker)
        for q in annotation_of(
            "Two trucks collided on the bridge; around 40 gallons of oil, officials said, "
            "spilled into the river."
        ).quotes
    ] == [("around 40 gallons of oil, officials said, spilled into the river", "officials")]
    assert [
        q.text
        for q in annotation_of(
            "The fire was put out quickly; the cause, police said, was a cigarette."
        ).quotes
    ] == ["the cause, police said, was a cigarette"]


def test_a_maker_or_a_manufacturer_is_the_firm_named_before(nlp):
    assert _speakers(
        "Kestrel Motors recalled 20,000 cars. The carmaker said a faulty brake was to blame."
    ) == ["Kestrel Motors"]
    assert _speakers("Orvane Foods closed two plants. The manufacturer said sales had fallen.") == [
        "Orvane Foods"
    ]


def test_she_after_a_wife_named_by_her_given_name_is_the_wife(nlp):
    assert _speakers(
        "Tomas Vell's wife, Marta, said he had been depressed. She added that he had lost his job."
    ) == ["Marta", "Marta"]


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.cue) for q in annotation_of(text).quotes]


def test_what_a_thing_is_owed_to_is_said(nlp):
    assert _said("The court ascribed his death to a stroke.") == [
        ("his death to a stroke", "The court", "ascribe")
    ]
    assert _said("Sefton likened the defeat to a funeral.") == [
        ("the defeat to a funeral", "Sefton", "liken")
    ]
    assert _said("Quillon blamed the mayor for the delays.") == [
        ("the mayor for the delays", "Quillon", "blame")
    ]


def test_a_thing_blamed_in_the_passive_has_no_source(nlp):
    # guard: nobody is said to have blamed it
    assert _said("The fire was blamed on faulty wiring.") == []


def test_an_allegation_and_a_forecast_are_said_by_their_own_subject(nlp):
    assert _said("Prosecutors alleged widespread fraud in the vote.") == [
        ("widespread fraud in the vote", "Prosecutors", "allege")
    ]
    assert _said("Forecasters predicted a storm surge of three metres.") == [
        ("a storm surge of three metres", "Forecasters", "predict")
    ]


def test_a_prediction_in_a_gerund_of_a_deed_is_no_statement(nlp):
    # guard: "his work in predicting X" names a deed, and the parse gives it no subject
    assert _said("Ama Sefton won the prize for her work in predicting solar storms.") == []


def test_he_is_a_person_not_a_disaster_that_occurred(nlp):
    assert [
        q.speaker
        for q in annotation_of(
            "John Harrow ran the mine. During his tenure, the Upper Dunmore Mine disaster "
            "occurred. A jury convicted Harrow. He blames federal regulators for the disaster."
        ).quotes
    ] == ["John Harrow"]


def test_what_was_forecast_lies_ahead(nlp):
    # 2019-09-01 is a Sunday: the Monday and Tuesday after it are 09-02 and 09-03
    times = timexes_of(
        "The storm was forecast to reach the coast late on Monday or early Tuesday.",
        published="2019-09-01",
    )
    assert times["late on Monday"].value == "2019-09-02"
    assert times["early Tuesday"].value == "2019-09-03"


def test_that_month_is_in_the_year_the_story_last_named(nlp):
    times = timexes_of(
        "Sefton began her walk on August 20, 2018. That September, she reached Dunmore.",
        published="2019-12-14",
    )
    assert times["September"].value == "2018-09"


def test_a_clauses_that_before_a_month_is_no_demonstrative(nlp):
    # guard: "said that September was ..." counts from the publication day as ever
    times = timexes_of(
        "Sefton began her walk on August 20, 2018. She said that September was wet.",
        published="2019-12-14",
    )
    assert times["September"].value == "2019-09"


def test_days_back_count_back_as_ago_does(nlp):
    times = timexes_of("She fell ill three days back.", published="2019-09-01")
    assert times["three days back"].value == "2019-08-29"
    vague = timexes_of("She fell ill a few days back.", published="2019-09-01")
    assert vague["a few days back"].value == "PAST_REF"


def test_what_a_thing_is_likened_to_may_hang_on_a_gerund(nlp):
    assert _said(
        "Ama Sefton likened her first time seeing the stadium to first seeing the sea."
    ) == [("her first time seeing the stadium to first seeing the sea", "Ama Sefton", "liken")]


def test_every_other_and_every_n_units_are_sets(nlp):
    times = timexes_of(
        "The games are held every other year. The board meets every two weeks.",
        published="2019-10-01",
    )
    assert (times["every other year"].type, times["every other year"].value) == ("SET", "P2Y")
    assert (times["every two weeks"].type, times["every two weeks"].value) == ("SET", "P2W")


def test_the_future_leaves_its_preposition_outside(nlp):
    times = timexes_of("Sefton hopes to run faster in the future.", published="2019-10-01")
    assert set(times) == {"the future"}
    assert times["the future"].value == "FUTURE_REF"


def test_a_timex_keeps_a_named_zone(nlp):
    times = timexes_of(
        "He died at 10:00 a.m. Tarnian time. The advisory came at 8:00 p.m. AST.",
        published="2019-09-12",
    )
    assert times["10:00 a.m. Tarnian time"].value == "2019-09-12T10:00"
    assert times["8:00 p.m. AST"].value == "2019-09-12T20:00"


def test_what_a_warning_is_of_is_said(nlp):
    assert _said(
        "The weather service also warned of potential flash floods, with up to 30 inches of "
        "rain in the north."
    ) == [
        (
            "potential flash floods, with up to 30 inches of rain in the north",
            "The weather service",
            "warn",
        )
    ]


def test_a_report_warning_of_something_in_a_participle_has_no_source_of_its_own(nlp):
    # guard: the participle has no subject of its own
    assert _said("The report, warning of a crisis, was published on Monday.") == []
