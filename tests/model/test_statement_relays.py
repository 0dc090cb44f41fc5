"""Statements passed on and set side by side, on sentences written for these tests (#13).

"X, the station reported the mayor said": the clause is the mayor's and the station's
report of it; "A reported X; B reported Y": two statements, each ending at the semicolon;
"A, according to X; B, according to Y": each source keeps its own half.
"""

from __future__ import annotations

import pytest

from newslab import Article, annotate

pytestmark = pytest.mark.model


def quotes(text: str):
    ann = annotate(Article.from_text(text, title="Test", published="2024-03-05"))
    return [(q.text, q.speaker, q.cue) for q in ann.quotes]


@pytest.mark.parametrize(
    ("sentence", "content", "relay", "speaker"),
    [
        (
            "A footbridge in the village of Harwick collapsed, Radio Kestrel reported the mayor said.",
            "A footbridge in the village of Harwick collapsed",
            "Radio Kestrel",
            "the mayor",
        ),
        (
            "Ferry services resumed on Monday, the broadcaster reported officials said.",
            "Ferry services resumed on Monday",
            "the broadcaster",
            "officials",
        ),
    ],
)
def test_a_clause_passed_on_belongs_to_both_sources(nlp, sentence, content, relay, speaker):
    got = quotes(sentence)
    assert (content, relay, "report") in got
    assert (content, speaker, "say") in got
    assert not any(text.endswith(" said") for text, _, _ in got)  # "the mayor said" is no statement


def test_a_verb_of_saying_with_its_own_clause_is_not_passed_on(nlp):
    got = quotes("The agency reported police said twelve people were hurt.")
    assert ("twelve people were hurt", "police", "say") in got
    # and a conjunction before the clause makes it the writer's: "When ..., the mayor said"
    got = quotes("When the bridge collapsed, the mayor said the town would rebuild it.")
    assert [(t, c) for t, _, c in got] == [("the town would rebuild it", "say")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The observatory reported the tremor's magnitude was 4.1; Nordic Seismic Centre (NSC) "
        "reported 4.4.",
        # parsed with the second "said" as the head of the first one's clause
        "The observatory said the tremor's magnitude was 4.1; the seismic centre said 4.4.",
    ],
)
def test_a_statement_ends_where_another_source_takes_over_after_a_semicolon(nlp, sentence):
    got = quotes(sentence)
    assert got[0][:2] == ("the tremor's magnitude was 4.1", "The observatory")
    assert not any("entre" in text for text, _, _ in got)


def test_according_to_after_a_semicolon_reports_its_own_half(nlp):
    got = quotes(
        "Ferry traffic rose in May, according to the port authority; at least 500 ships "
        "docked in June according to the harbour office."
    )
    assert ("at least 500 ships docked in June", "the harbour office", "according to") in got
    got = quotes("Four people were on board; according to investigators, one died at the scene.")
    assert [(t, s) for t, s, _ in got] == [("one died at the scene", "investigators")]


def test_a_clause_whose_verb_the_parser_made_a_second_verb_of_the_cue(nlp):
    # parsed as "reported [farmers]" and "captured" joined to "reported" with no "and"
    got = quotes(
        "An international team of scientists reported ancient farmers captured wild geese "
        "for use in rituals."
    )
    assert got == [
        (
            "ancient farmers captured wild geese for use in rituals",
            "An international team of scientists",
            "report",
        )
    ]
    assert quotes("The company announced record profits and raised its dividend.") == []


def test_an_order_with_a_that_clause_is_a_statement_an_order_to_act_is_not(nlp):
    got = quotes("The judge ordered last week that ballots be accepted until Friday.")
    assert got == [("ballots be accepted until Friday", "The judge", "order")]
    assert quotes("The court ordered the company to halt sales.") == []


def test_a_deed_owned_up_to_is_a_statement(nlp):
    got = quotes("The driver confessed to stealing the van and admitted to acting alone.")
    assert got == [
        ("stealing the van", "The driver", "confess"),
        ("acting alone", "The driver", "admit"),
    ]


def test_an_autopsy_finds_like_a_report(nlp):
    got = quotes("An autopsy determined the horse was pregnant.")
    assert got == [("the horse was pregnant", "An autopsy", "determine")]


def test_part_of_a_document_speaks_for_its_owner(nlp):
    got = quotes(
        "Judge Ana Sol ruled the levy unlawful. Part of the judge's statement reads: \"The "
        'rule is outdated."'
    )
    assert ("The rule is outdated", "Ana Sol", "read") in got


def test_according_to_set_off_before_the_main_verb_reports_the_whole_clause(nlp):
    got = quotes(
        "Since the bridge opened, according to the city council, over four thousand cars "
        "have crossed it."
    )
    assert got == [
        (
            "Since the bridge opened, according to the city council, over four thousand cars "
            "have crossed it",
            "the city council",
            "according to",
        )
    ]
    got = quotes("As a result of the storm, according to a report, twenty ferries were cancelled.")
    assert got == [
        (
            "As a result of the storm, according to a report, twenty ferries were cancelled",
            "a report",
            "according to",
        )
    ]
    # "according to police, who said ...": the relative clause is a statement of its own
    got = quotes(
        "The fire began at 10:39 a.m. local time, according to police, who said officers "
        "arrived at the scene six minutes later."
    )
    assert ("The fire began at 10:39 a.m. local time", "police", "according to") in got
    assert ("officers arrived at the scene six minutes later", "police", "say") in got


def test_a_body_confirming_or_estimating_a_figure_states_it(nlp):
    got = quotes("The health ministry confirmed five new deaths on Tuesday.")
    assert got == [("five new deaths on Tuesday", "The health ministry", "confirm")]  # as gold
    got = quotes("The survey estimated the town's population at just over ten thousand.")
    assert got == [("the town's population at just over ten thousand", "The survey", "estimate")]
    assert quotes("The minister confirmed the plan.") == []
