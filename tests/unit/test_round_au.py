"""Round AU (2026-12-02, fourth session): rules that need no model."""

from __future__ import annotations

import datetime as dt

from newslab.person_nouns import is_person_noun


def test_person_nouns_come_from_wordnet_first_senses():
    assert all(is_person_noun(w) for w in ("nurse", "witness", "colleague", "Spokeswoman"))
    # a first sense that is not a person: a thing, a body, a part
    assert not any(is_person_noun(w) for w in ("source", "company", "report", "head", "union"))


def test_a_paragraph_that_opens_a_quotation_and_holds_nothing_else_is_carried_on():
    from newslab.quotation_marks import opens_carried

    text = '"We wait.\n"We act," she said.'
    quoted = bytearray(len(text))
    for k in (*range(1, 9), *range(11, 18)):
        quoted[k] = 1
    assert opens_carried(text, quoted, 0, 10)
    assert not opens_carried(text, quoted, 10, len(text))  # "she said" is outside


def test_a_weekday_joined_to_every_weekday_is_every_week_too(blank):
    from tests.conftest import timexes_by_hand

    text = "The court will sit every Tuesday and Thursday. They met on Monday and Friday."
    got = timexes_by_hand(blank, text, anchor=dt.date(2025, 6, 12))
    assert got["Thursday"].type == "SET" and got["Thursday"].value == "XXXX-WXX-4"
    assert got["Friday"].type == "DATE"


def test_a_day_and_the_length_of_a_sentence_after_it_are_two_dates():
    from newslab.entities.edges import moved_dates

    text = "He was sentenced on Wednesday to 12 years in prison; jailed up to 20 days."
    got = moved_dates(text, [(20, 41, "DATE"), (60, 73, "DATE")])
    assert [(text[s:e], label) for s, e, label in got] == [
        ("Wednesday", "DATE"),
        ("12 years", "DATE"),
        ("up to 20 days", "DATE"),
    ]
