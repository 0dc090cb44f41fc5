"""Each construction of attributed speech, on short sentences written for the test."""

from __future__ import annotations

import pytest

from newslab import Article, annotate

pytestmark = pytest.mark.model


def quotes(nlp, *paragraphs, published="2022-02-14"):
    ann = annotate(Article.from_text("\n".join(paragraphs), title="t", published=published))
    return [(q.text, q.speaker, q.speaker_named, q.kind, q.cue) for q in ann.quotes]


def test_direct_quote_speaker_after(nlp):
    got = quotes(
        nlp, "“Things are fine, let’s continue talking,” said Fyodor Lukyanov, a political analyst."
    )
    assert got == [
        ("Things are fine, let’s continue talking", "Fyodor Lukyanov", True, "direct", "say")
    ]


def test_direct_quote_speaker_before_with_colon_and_straight_marks(nlp):
    got = quotes(nlp, 'Sergei Lavrov said: "There is always a chance."')
    assert got == [("There is always a chance", "Sergei Lavrov", True, "direct", "say")]


def test_quote_split_by_the_attribution_and_a_pronoun(nlp):
    got = quotes(
        nlp,
        "Oksana Antonenko works at Control Risks.",
        "“We do not expect any rolling back,” she added, “at least for a week.”",
    )
    assert [g[:4] for g in got] == [
        ("We do not expect any rolling back", "Oksana Antonenko", True, "direct"),
        ("at least for a week", "Oksana Antonenko", True, "direct"),
    ]


def test_quote_over_two_paragraphs_is_a_statement_a_paragraph_of_one_speaker(nlp):
    # each paragraph's part is a statement, as the hand annotation of quotations carried
    # over paragraphs has them (tests/gold/meantime), so that spans stay in their paragraph
    got = quotes(nlp, "Maria Lopez said, “We will rebuild the bridge.", "“It will take two years.”")
    assert got == [
        ("We will rebuild the bridge", "Maria Lopez", True, "direct", "say"),
        ("It will take two years", "Maria Lopez", True, "direct", "say"),
    ]


def test_indirect_with_and_without_that(nlp):
    got = quotes(
        nlp,
        "Sergei Lavrov said that Russia has drafted a response.",
        "Russia will continue the talks, Lavrov said.",
    )
    assert got == [
        ("Russia has drafted a response", "Sergei Lavrov", True, "indirect", "say"),
        ("Russia will continue the talks", "Sergei Lavrov", True, "indirect", "say"),
    ]


def test_told_warned_and_asked_if(nlp):
    got = quotes(
        nlp,
        "Foreign Minister Sergei Lavrov told Vladimir Putin that there was still hope.",
        "U.S. officials warned that an invasion may be imminent.",
        "Putin asked him if he thought there was a chance.",
    )
    assert ("there was still hope", "Sergei Lavrov", True, "indirect", "tell") in got
    assert ("an invasion may be imminent", "U.S. officials", False, "indirect", "warn") in got
    assert ("if he thought there was a chance", "Vladimir Putin", True, "indirect", "ask") in got
    assert len(got) == 3  # "he thought" inside the question is not a statement of its own


def test_according_to_at_the_start_and_the_end(nlp):
    got = quotes(
        nlp,
        "According to the fire service, the building had no alarms.",
        "Thirty people were rescued, according to officials.",
    )
    assert got == [
        ("the building had no alarms", "the fire service", False, "indirect", "according to"),
        ("Thirty people were rescued", "officials", False, "indirect", "according to"),
    ]


def test_scare_quotes_in_a_reported_clause_make_it_mixed(nlp):
    got = quotes(
        nlp, "Sergei Lavrov said that the initial offers helped “shake up” Western capitals."
    )
    assert got == [
        (
            "the initial offers helped “shake up” Western capitals",
            "Sergei Lavrov",
            True,
            "mixed",
            "say",
        )
    ]


def test_stance_verbs_report_their_object(nlp):
    got = quotes(
        nlp,
        "Moscow dismissed that as “hysteria.”",
        "The U.S. and its allies rejected Moscow’s main proposals as nonstarters.",
    )
    assert ("hysteria", "Moscow", False, "direct", "dismiss") in got
    rejected = [g for g in got if g[4] == "reject"]
    assert [(t, s.lower(), n, k) for t, s, n, k, _ in rejected] == [
        ("Moscow’s main proposals as nonstarters", "the u.s. and its allies", False, "indirect")
    ]


def test_role_nouns_resolve_to_the_titled_person(nlp):
    got = quotes(
        nlp,
        "Mexico's Foreign Secretary Marcelo Ebrard visited the city.",
        "The foreign minister said Mexico would consider charges.",
    )
    assert got == [("Mexico would consider charges", "Marcelo Ebrard", True, "indirect", "say")]


def test_unnamed_sources_stay_as_written(nlp):
    got = quotes(nlp, "A person familiar with the talks said the deal was close.")
    assert got == [
        ("the deal was close", "A person familiar with the talks", False, "indirect", "say")
    ]


def test_negated_and_sourceless_verbs_are_no_statements(nlp):
    got = quotes(
        nlp,
        "Shoigu didn’t announce that troops would leave.",
        "The storm was forecast to weaken.",
    )
    assert got == []


def test_bad_marks_keep_the_statement_and_warn(nlp):
    ann = annotate(
        Article.from_text("Lavrov said: “We will talk.\nNothing more.", title="t", published=None)
    )
    assert [(q.text, q.speaker, q.kind) for q in ann.quotes] == [
        ("We will talk", "Lavrov", "direct")
    ]
    assert ann.warnings == ["paragraph 1: a quotation mark is never closed"]
    orphan = annotate(
        Article.from_text("“Nobody knows who said this at all.”", title="t", published=None)
    )
    assert orphan.quotes == ()  # quoted words the article gives to nobody are no statement
