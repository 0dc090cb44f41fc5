"""Quotation marks, read without the model."""

from __future__ import annotations

from newslab.quotes.quotation_marks import quoted_segments


def texts(body):
    segs, warnings = quoted_segments(body)
    return [body[s.start : s.end] for s in segs], warnings


def test_straight_and_curly_marks_and_final_punctuation_outside():
    assert texts('He said “all right.” She said "no!" Then.') == (["all right", "no"], [])


def test_a_quote_reopened_in_the_next_paragraph_goes_on():
    body = "“First part of it.\n“Second part,” he said."
    (text,), warnings = texts(body)
    assert text == "First part of it.\n“Second part" and warnings == []


def test_unbalanced_marks_are_warnings_not_errors():
    got, warnings = texts("“Never closed\nNext paragraph.")
    assert got == ["Never closed"]
    assert warnings == ["paragraph 1: a quotation mark is never closed"]
    assert texts("A stray ” mark.") == (
        [],
        ["paragraph 1: a closing quotation mark with no opening"],
    )
    _, warnings = texts("“Open “again” here")
    assert "paragraph 1: a quotation opens inside another" in warnings


def test_an_unclosed_quote_at_the_end_of_the_body():
    assert texts('He said "this never ends') == (
        ["this never ends"],
        ["paragraph 1: a quotation mark is never closed"],
    )
