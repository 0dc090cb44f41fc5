"""Entity constructions of the 2026-12-01 afternoon session (issue #15), without the model,
on sentences written for these tests: a law named after a person with a middle initial, a
law whose head is "Law" after two words of its name, an article's section."""

from __future__ import annotations

from newslab.entities.laws import law_names
from tests.conftest import named_spans


def _laws(text: str) -> list[tuple[str, str]]:
    return [pair for pair in named_spans(text, law_names(text, [])) if pair[1] == "LAW"]


def test_a_law_named_after_a_person_keeps_the_middle_initial():
    assert _laws("Congress passed the Mara T. Velt Clean Water Act on Monday.") == [
        ("Mara T. Velt Clean Water Act", "LAW")
    ]


def test_a_law_headed_by_law_needs_two_words_of_its_name():
    text = "He read the Ostrian Election Law and the Internal Revenue Laws at Kelder Law."
    assert _laws(text) == [("Ostrian Election Law", "LAW"), ("Internal Revenue Laws", "LAW")]
    assert _laws("She teaches at Orvik Law and at the Orvik Law School.") == []


def test_an_article_keeps_its_section():
    assert _laws("The case turns on Article 4, Section 2 of the charter.") == [
        ("Article 4, Section 2", "LAW")
    ]


def test_a_law_passed_on_a_weekday_leaves_the_day_out():
    assert _laws("The council signed the Orvik Harbour Act on Monday.") == [
        ("Orvik Harbour Act", "LAW")
    ]


def test_law_as_a_discipline_is_no_law():
    text = "Mara Velt of the Orvik University School of Law read the Ostrian Election Law."
    assert _laws(text) == [("Ostrian Election Law", "LAW")]


def test_a_count_that_opens_a_time_leaves_the_name_before_it():
    from newslab.entities.glued import counts_before_times

    text = "It was bought by Kelder Labs 7 or 8 years ago, before Route 66 opened."
    spans = [(17, 30, "ORG"), (34, 45, "DATE"), (54, 62, "FAC")]
    assert named_spans(text, counts_before_times(text, spans)) == [
        ("Kelder Labs", "ORG"),
        ("7 or 8 years ago", "DATE"),
        ("Route 66", "FAC"),  # no time after the number: a name's own number
    ]
