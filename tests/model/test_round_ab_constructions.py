"""Statements in constructions met in round AB, each on sentences written for these tests
with made-up names (issue #13)."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def _statements(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in annotation_of(text).quotes]


def test_a_statement_saying_a_long_subject_and_its_verb(nlp):
    # the parser makes "an attack" the participle's object and hangs "produced" on "released"
    assert _statements(
        "On Friday, the coalition released a statement saying an attack that day on an air "
        "base produced no casualties."
    ) == [
        (
            "an attack that day on an air base produced no casualties",
            "the coalition",
            "say",
        )
    ]


def test_cited_as_stating_reports_what_the_cited_source_stated(nlp):
    assert _statements(
        "The publication cited the Air Force as stating Tarvo Airlines owned the jet."
    ) == [("Tarvo Airlines owned the jet", "Air Force", "state")]


def test_citing_someone_as_saying_is_no_statement_of_the_citer(nlp):
    assert _statements(
        "The BBC also cited Varo Kent, chief of the Tessarian spy agency, as saying the "
        "suspects were linked to the Red Dawn network."
    ) == [("the suspects were linked to the Red Dawn network", "Varo Kent", "say")]
    # citing something as a reason is still the citer's claim
    assert _statements("Critics cited the new tax as a reason for the fall in sales.") == [
        ("the new tax as a reason for the fall in sales", "Critics", "cite")
    ]


def test_a_clause_after_the_cues_own_time_in_brackets_and_a_comma(nlp):
    assert _statements(
        "Harwick Power announced via Twitter around 11:30 am (1830 UTC), phase two had been "
        "completed."
    ) == [("phase two had been completed", "Harwick Power", "announce")]


def test_a_subject_after_an_opening_phrase_read_as_its_apposition(nlp):
    assert _statements(
        "In findings published on Wednesday in the journal Marine Letters, an international "
        "team of scientists report ancient farmers captured wild geese for use in ritual "
        "sacrifice."
    ) == [
        (
            "ancient farmers captured wild geese for use in ritual sacrifice",
            "an international team of scientists",
            "report",
        )
    ]


def test_the_year_of_an_events_name_is_still_a_date(nlp):
    from tests.conftest import timexes_of

    ann = annotation_of("She won the 2019 Tessbury Marathon in record time.")
    assert [(e.text, e.label) for e in ann.entities] == [("2019 Tessbury Marathon", "EVENT")]
    found = timexes_of("She won the 2019 Tessbury Marathon.", published="2021-03-10")
    assert {text: t.value for text, t in found.items()} == {"2019": "2019"}


def test_a_research_paper_is_a_study_not_the_newspaper_quoted_last(nlp):
    speakers = [
        q.speaker
        for q in annotation_of(
            'The Tessbury Courier interviewed the scientists. "It works," said Ana Varlow. '
            "The research paper noted the microbes survived in pure hydrogen. With the Varlo "
            "Telescope due next year, the paper suggests astronomers could see more planets."
        ).quotes
    ]
    assert speakers == ["Ana Varlow", "The research paper", "the paper"]
    # a paper with no study before it is still the newspaper
    assert [
        q.speaker
        for q in annotation_of(
            "The Tessbury Courier reported the strike. The paper said workers would return."
        ).quotes
    ] == ["Tessbury Courier", "Tessbury Courier"]


def test_today_as_these_days_is_the_present_not_the_day(nlp):
    from tests.conftest import timexes_of

    def value(text: str) -> str | None:
        return timexes_of(text, published="2021-03-10")["today"].value

    assert value("Tessbury Island is today a barren place with few trees.") == "PRESENT_REF"
    assert value("It today has a grass-dominated landscape.") == "PRESENT_REF"
    assert value("The events of today were a defining moment.") == "2021-03-10"
    assert value("The shops are closed today.") == "2021-03-10"
    assert value("The minister is today expected to resign.") == "2021-03-10"
    assert value("As of today, no one has been charged.") == "2021-03-10"


def test_a_race_time_in_parts_is_one_length(nlp):
    from tests.conftest import timexes_of

    found = timexes_of("He finished in 1 hour 59 minutes 40.2 seconds.", published="2021-03-10")
    assert {text: t.value for text, t in found.items()} == {
        "1 hour 59 minutes 40.2 seconds": "PT1H59M40.2S"
    }


def test_an_answer_under_a_question_with_the_name_and_a_colon(nlp):
    from newslab import Article, annotate

    text = (
        "Ana Varlow studies owls at Tessbury University. She answered our questions.\n"
        "((Wikinews)) What made you study owls?\n"
        "Ana Varlow: I have loved birds since I was a child. Owls are fascinating.\n"
        "((Wikinews)) What did you find?\n"
        "Ana Varlow: We found that females live longer than males.\n"
        "((WN)) What next?\n"
        "AV: We will count the chicks."
    )
    ann = annotate(Article.from_text(text, title="t", published="2021-03-10"))
    assert [(q.text, q.speaker, q.kind) for q in ann.quotes] == [
        ("I have loved birds since I was a child. Owls are fascinating.", "Ana Varlow", "direct"),
        ("We found that females live longer than males.", "Ana Varlow", "direct"),
        ("We will count the chicks.", "Ana Varlow", "direct"),  # her initials, a colon
    ]


def test_what_was_described_as_starts_after_as(nlp):
    assert _statements(
        "The plane, reported by local press as belonging to the Tessarian army, crashed."
    ) == [("belonging to the Tessarian army", "local press", "report")]


def test_told_of_a_gerund_is_what_was_told(nlp):
    assert _statements("The painter Ana Varlow told of being forced to re-evaluate her life.") == [
        ("being forced to re-evaluate her life", "Ana Varlow", "tell")
    ]
    assert _statements("The mayor spoke of a new era.") == []  # a noun phrase is no report
