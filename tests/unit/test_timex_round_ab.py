"""Times in constructions met in round AB (issue #14), on text written for these tests."""

from __future__ import annotations

from newslab.timexes.compound import joined_lengths
from newslab.timexes.extract import Timex


def _lengths(text: str, parts: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    timexes, at = [], 0
    for words, value in parts:
        start = text.index(words, at)
        at = start + len(words)
        timexes.append(Timex(start, at, words, "DURATION", value, None, None))
    return [(t.text, t.value) for t in joined_lengths(tuple(timexes), text)]


def test_a_length_written_in_parts_is_one_length():
    text = "Her time was 2 hours 14 minutes 4.5 seconds."
    parts = [("2 hours", "PT2H"), ("14 minutes", "PT14M"), ("4.5 seconds", "PT4.5S")]
    assert _lengths(text, parts) == [("2 hours 14 minutes 4.5 seconds", "PT2H14M4.5S")]
    text = "a sentence of 15 years, 8 months and a fine"
    assert _lengths(text, [("15 years", "P15Y"), ("8 months", "P8M")]) == [
        ("15 years, 8 months", "P15Y8M")
    ]
    text = "The flight took 2 days and 3 hours."
    assert _lengths(text, [("2 days", "P2D"), ("3 hours", "PT3H")]) == [
        ("2 days and 3 hours", "P2DT3H")
    ]


def test_lengths_in_a_list_or_an_offset_stay_apart():
    text = "terms of 10 years, 5 years and 2 years"
    parts = [("10 years", "P10Y"), ("5 years", "P5Y"), ("2 years", "P2Y")]
    assert _lengths(text, parts) == [(w, v) for w, v in parts]
    text = "It lasted two days, and three hours later the power returned."
    parts = [("two days", "P2D"), ("three hours later", "PT3H")]
    assert _lengths(text, parts) == parts
    text = "3 minutes 2 hours"  # a shorter unit first is no single length
    assert _lengths(text, [("3 minutes", "PT3M"), ("2 hours", "PT2H")]) == [
        ("3 minutes", "PT3M"),
        ("2 hours", "PT2H"),
    ]
