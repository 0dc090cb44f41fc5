"""Quotation marks, read without the model."""

from __future__ import annotations

from newslab.quotation_marks import quoted_segments


def texts(body):
    segs, warnings = quoted_segments(body)
    return [body[s.start : s.end] for s in segs], warnings


def test_straight_and_curly_marks_and_final_punctuation_outside():
    assert texts('He said “all right.” She said "no!" Then.') == (["all right", "no"], [])


def parts(body):
    segs, warnings = quoted_segments(body)
    return [(body[s.start : s.end], s.goes_on) for s in segs], warnings


def test_a_quote_reopened_in_the_next_paragraph_goes_on_one_part_a_paragraph():
    # the news convention: no closing mark at the paragraph's end, an opening one after it
    body = "“First part of it.\n“Second part,” he said."
    assert parts(body) == ([("First part of it", True), ("Second part", False)], [])
    body = 'Ada Brun said: "One.\n"Two.\n"Three," she added.'
    assert parts(body) == ([("One", True), ("Two", True), ("Three", False)], [])


def test_a_quote_split_into_a_line_a_sentence_closes_in_the_next_line():
    body = 'Ada Brun said "The slump goes on.\nWe must act," and left.'
    assert parts(body) == ([("The slump goes on", True), ("We must act", False)], [])
    body = "Ada Brun said “The slump goes on.\nWe must act.” Then."
    assert parts(body) == ([("The slump goes on", True), ("We must act", False)], [])


def test_a_next_line_that_opens_a_quotation_of_its_own_does_not_close_the_open_one():
    got, warnings = parts('He said "it is open.\nThen she said "no" twice.')
    assert got == [("it is open", False), ("no", False)]
    assert warnings == ["paragraph 1: a quotation mark is never closed"]
    got, warnings = parts('He said "it is open.\nShe replied: "We wait.')
    assert got[0] == ("it is open", False)


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


def test_an_inch_mark_after_a_number_opens_no_quotation():
    assert texts('Kelder sells 13.3" and 15" laptops. She said "yes".') == (["yes"], [])
    assert texts('The 17" screen is dim.') == ([], [])
    # after a number inside a quotation, the mark closes it
    assert texts('She said "the price is 15" and left.') == (["the price is 15"], [])
