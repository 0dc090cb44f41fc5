"""Relatives as sources, and what a speaker leaves unsaid: sentences written for these tests
(issue #13). "his daughter said" is the daughter the article named ("his daughter Saga
Ekblad"); "without elaborating" at a clause's end is the speaker's silence, not the news."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in annotation_of(text).quotes]


def test_a_relative_named_before_is_the_source_of_the_family_noun(nlp):
    text = (
        "The painter Tomas Ekblad died on Monday, his daughter Saga Ekblad confirmed. "
        "Although he had lived in Chile, his daughter said he died in Sweden."
    )
    assert said(text)[1] == ("he died in Sweden", "Saga Ekblad", "say")


def test_a_relative_named_in_an_apposition_is_the_source_too(nlp):
    text = (
        "Mira Holm, the mother of the missing hiker, spoke to reporters. "
        "The mother said her son was an experienced climber."
    )
    assert said(text) == [("her son was an experienced climber", "Mira Holm", "say")]


def test_a_family_noun_the_article_never_named_stays_as_written(nlp):
    text = "Carl Brandt was arrested. The father said the boy was innocent."
    assert said(text) == [("the boy was innocent", "The father", "say")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("His daughter said he died in Sweden without elaborating.", "he died in Sweden"),
        (
            "The ministry said the plant would close without giving further details.",
            "the plant would close",
        ),
    ],
)
def test_without_elaborating_is_the_speakers_not_the_news(nlp, text, clause):
    assert [q[0] for q in said(text)] == [clause]


def test_without_doing_something_else_stays_in_the_clause(nlp):
    text = "Police said the man left the shop without paying."
    assert [q[0] for q in said(text)] == ["the man left the shop without paying"]


def test_an_answer_going_on_in_paragraphs_of_its_own_is_a_statement_each(nlp):
    text = (
        "Wikinews spoke to the astronomer Lena Varga about her find.\n"
        "((WN)) What did you find?\n"
        "((Lena Varga)) A young star. I think it is only a million years old.\n"
        "It also spins fast, and we hope to measure it again next year.\n"
        "██ Stars: 3\n"
        "Having won the prize, Varga moved to Kestrelton with her family.\n"
        "((WN)) You said it was young? Did the Tarnow Institute say it was old?\n"
        "((Lena Varga)) Yes."
    )
    ann = annotation_of(text)
    found = [(q.text, q.speaker, q.kind, q.speaker_span) for q in ann.quotes]
    assert found == [
        (
            "A young star. I think it is only a million years old.",
            "Lena Varga",
            "direct",
            (text.index("Lena Varga))"), text.index("Lena Varga))") + 10),
        ),
        # the answer's next paragraph: her words, but no name in its own paragraph to point at
        (
            "It also spins fast, and we hope to measure it again next year.",
            "Lena Varga",
            "direct",
            None,
        ),
        # a chart's legend and the writer's narration are no answer; the interviewer's "You
        # said ..." reports her words, asked back or not (as the gold's interviews have it:
        # "You said [you have been working ...] [right]?"), and a third party named in a
        # question still spoke
        (
            "it was young",
            "Lena Varga",
            "indirect",
            (text.index("You said"), text.index("You said") + 3),
        ),
        (
            "it was old",
            "Tarnow Institute",
            "indirect",
            (text.index("the Tarnow"), text.index("the Tarnow") + len("the Tarnow Institute")),
        ),
        (
            "Yes.",
            "Lena Varga",
            "direct",
            (text.rindex("Lena Varga))"), text.rindex("Lena Varga))") + 10),
        ),
    ]


def test_questions_with_no_answer_given_state_nothing_of_their_own(nlp):
    text = (
        "The candidate Lena Varga answered questions by email.\n"
        "((WSS)) : Which people would you ask to be in your cabinet?\n"
        "((WSS)) : Do you expect it to be close?"
    )
    assert said(text) == []


def test_we_and_it_inside_an_answer_are_the_answer_speaking(nlp):
    text = (
        "((WN)) What did you find?\n"
        "((Lena Varga)) The rats pressed both levers. Now after we found that, we went on. "
        "It shows us that rats dislike harm. The coach said we had to rebuild."
    )
    # the answer is one statement of hers: what it reports ("The coach said ...") is part of
    # it, as the gold's interviews have it
    assert [(q[1], q[2]) for q in said(text)] == [("Lena Varga", None)]  # nothing introduces it
