"""An interview inside a news story whose answers lost the brackets around the name (issue
#13): "((Wikinews)) Why?" then "Ama Sefton Because ...", and later answers under the name's
initials ("AS ..."). Pure text, no model. Every name is made up for the test."""

from __future__ import annotations

from newslab.quotes.interviews import answer_turns, answers

TEXT = (
    "Ama Sefton studies seals. She agreed to answer questions.\n"
    "((Wikinews)) What led you to this?\n"
    "Ama Sefton I grew up by the sea and loved seals.\n"
    "((WN)) What is next?\n"
    "AS We will count the pups again in May.\n"
    "Ama Sefton left for the coast on Monday."
)


def test_an_answer_under_a_question_is_the_named_persons():
    assert [(body, name) for body, _, _, name, _ in answers(TEXT)] == [
        ("I grew up by the sea and loved seals.", "Ama Sefton"),
        ("We will count the pups again in May.", "Ama Sefton"),
    ]


def test_the_answers_offsets_and_speakers_hold():
    turns = answer_turns(TEXT, None)
    assert [TEXT[start:end] for start, end, *_ in turns] == [
        "I grew up by the sea and loved seals.",
        "We will count the pups again in May.",
    ]
    assert [turn[3].name for turn in turns] == ["Ama Sefton", "Ama Sefton"]


def test_a_paragraph_opening_with_a_name_and_no_question_before_is_no_answer():
    # guard: the last line names her, but no question stands before it
    assert all("coast" not in body for body, *_ in answers(TEXT))
    assert answers("Ama Sefton We will see.\nAma Sefton left.") == []
