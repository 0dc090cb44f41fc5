"""Names defined by an acronym (Schwartz and Hearst's match) and dates only the timex layer
found, on spans built by hand (no model)."""

from __future__ import annotations

from newslab.entities.dated import dated_entities
from newslab.entities.defined import defined_names, definition


def _defined(before: str, acronym: str) -> str | None:
    at = definition(before, acronym)
    return None if at is None else before[at:]


def test_the_definition_is_found_by_initials_then_letter_by_letter():
    assert _defined("run by the World Health Organization", "WHO") == "World Health Organization"
    assert _defined("a study by the Lake Research Council of Norland", "LRCN") == (
        "Lake Research Council of Norland"
    )
    # no initials fit: Schwartz and Hearst's letter match inside the words
    assert _defined("the National Institute of Water and Atmospheric Research", "NIWA") == (
        "National Institute of Water and Atmospheric Research"
    )
    assert _defined("said the mayor of the town", "XQZ") is None


def test_a_name_read_whole_or_a_title_is_left_as_the_model_read_it():
    text = "The World Health Organization (WHO) said so."
    spans = [(4, 29, "ORG"), (31, 34, "ORG")]
    assert defined_names(text, spans) == spans
    text = "A Member of Parliament (MP) spoke."
    assert defined_names(text, [(12, 22, "ORG")]) == [(12, 22, "ORG")]


def test_a_definition_the_model_saw_little_of_is_no_name():
    text = "The plant reached its End Of Life (EOL) in May."
    assert defined_names(text, [(29, 33, "WORK_OF_ART")]) == [(29, 33, "WORK_OF_ART")]


def test_dates_from_timexes_name_a_calendar_unit_and_take_no_ones_place():
    text = "Crews work every Sunday morning. It is now calm. Rates are $5 per day."
    timexes = [
        (11, 31, "SET", "XXXX-WXX-7TMO"),
        (39, 42, "DATE", "PRESENT_REF"),
        (62, 69, "SET", "P1D"),
    ]
    assert dated_entities(text, timexes, []) == [(11, 31, "DATE")]
    assert dated_entities(text, timexes, [(17, 31, "TIME")]) == [(11, 31, "TIME")]
    assert dated_entities(text, timexes, [(5, 15, "ORG")]) == [(5, 15, "ORG")]
