"""Constructions of round BA (2026-12-03, tenth session, issues #14 and #15: timexes and
entities), through the whole pipeline on text written for these tests (places, names and
wording of our own, none from a gold article)."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def _times(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in annotation_of(text, published=published).timexes]


def _entities(text: str, published: str = "2025-10-21") -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in annotation_of(text, published=published).entities]


def test_a_day_in_a_bracket_converting_a_clock_time_is_that_times_own():
    text = (
        "The ferry capsized on Sunday night. It sank at 10:40 p.m. local time (02:40 GMT on "
        "Monday), the coast guard said. Divers resumed the search the following day."
    )
    assert _times(text, "2025-03-06") == [  # a Thursday; that Sunday was March 2
        ("Sunday night", "TIME", "2025-03-02TNI"),
        ("10:40 p.m. local time", "TIME", "2025-03-02T22:40"),
        ("02:40 GMT", "TIME", "2025-03-03T02:40"),
        ("Monday", "DATE", "2025-03-03"),
        ("the following day", "DATE", "2025-03-03"),
    ]


def test_a_past_deed_on_a_near_date_is_last_years_a_moved_date_this_years():
    assert _times("A storm flattened the harbour on November 8.", "2025-10-21") == [
        ("November 8", "DATE", "2024-11-08")
    ]
    assert _times("The museum reopened on 12 December after repairs.", "2025-10-21") == [
        ("12 December", "DATE", "2024-12-12")
    ]
    assert _times("The vote was moved to November 8.", "2025-10-21") == [
        ("November 8", "DATE", "2025-11-08")
    ]


def test_a_sentence_set_in_an_earlier_year_keeps_its_days_and_months_there():
    text = "In 2013 a storm flattened the harbour on November 8. It hit again in December."
    assert _times(text, "2025-10-21")[:2] == [
        ("2013", "DATE", "2013"),
        ("November 8", "DATE", "2013-11-08"),
    ]
    text = "In 2013, floods reached the port in November and again on 3 December."
    assert _times(text, "2025-10-21") == [
        ("2013", "DATE", "2013"),
        ("November", "DATE", "2013-11"),
        ("3 December", "DATE", "2013-12-03"),
    ]


def test_a_present_fixture_on_a_weekday_is_ahead():
    published = "2025-10-21"  # a Tuesday
    assert _times("The final round is on Friday, organisers said.", published) == [
        ("Friday", "DATE", "2025-10-24")
    ]
    assert _times("Wednesday brings the hardest stage of the race.", published) == [
        ("Wednesday", "DATE", "2025-10-22")
    ]
    assert _times("Officials say the man died on Tuesday.", published) == [
        ("Tuesday", "DATE", "2025-10-21")
    ]


def test_a_weekday_with_its_date_day_first_or_with_a_year_is_one_date():
    assert _times("Mourners will gather in Hobart on Saturday, 16 March.", "2024-03-07") == [
        ("Saturday, 16 March", "DATE", "2024-03-16")
    ]
    text = "The vote will be held on Tuesday, November 3, 2026, officials said."
    assert _times(text, "2024-03-07") == [("Tuesday, November 3, 2026", "DATE", "2026-11-03")]


def test_a_ranges_first_day_takes_the_year_written_after_its_last():
    assert _times("The festival ran from March 3 to April 9, 2016.", "2024-07-20") == [
        ("March 3", "DATE", "2016-03-03"),
        ("April 9, 2016", "DATE", "2016-04-09"),
    ]
    text = "Talks were held between 28 December and 2 January 2019."
    assert _times(text, "2024-07-20") == [
        ("28 December", "DATE", "2018-12-28"),
        ("2 January 2019", "DATE", "2019-01-02"),
    ]


def test_last_and_next_season_said_inside_that_season():
    published = "2024-07-20"  # in the summer
    assert _times("Farmers said last summer was the driest in decades.", published)[0] == (
        "last summer",
        "DATE",
        "2023-SU",
    )
    assert _times("The club plans to open a stadium next summer.", published) == [
        ("next summer", "DATE", "2025-SU")
    ]
    assert _times("The dam will close in the summer.", published) == [
        ("the summer", "DATE", "2024-SU")
    ]


def test_the_people_of_a_stan_country_are_norp_and_a_town_of_their_name_a_place():
    assert ("Tajiks", "NORP") in _entities("Uzbeks and Tajiks crossed the border.")
    assert _entities("Kazakh herders rode to the polls.") == [("Kazakh", "NORP")]
    assert ("Kazakh", "GPE") in _entities("Police in Kazakh arrested two men.")


def test_a_name_apposed_to_a_capital_is_the_city():
    assert ("Antananarivo", "GPE") in _entities("Floods hit the capital, Antananarivo.")


def test_the_parts_of_one_x_of_y_date_are_one_entity_as_they_are_one_timex():
    assert ("the autumn of 2022", "DATE") in _entities("Talks resumed in the autumn of 2022.")
    assert ("the morning of May 2", "TIME") in _entities("The talks ended on the morning of May 2.")
    got = _entities("The fire started in the early hours of June 4 last year.")
    assert got == [("the early hours of June 4 last year", "TIME")]
    assert not any(text.endswith(" of") for text, _ in got)


def test_a_bracketed_acronym_may_skip_a_place_or_split_a_hyphened_word():
    got = _entities(
        "The Varna Port Safety Authority (PSA) closed the harbour. PSA officials gave no reason."
    )
    assert got.count(("PSA", "ORG")) == 2
    got = _entities("The Pan-Andean Court of Water Rights (PACtWR) ruled. The PACtWR later spoke.")
    assert got == [
        ("Pan-Andean Court of Water Rights", "ORG"),
        ("PACtWR", "ORG"),
        ("PACtWR", "ORG"),
    ]


def test_a_long_name_opening_with_a_title_word_is_still_defined_by_its_acronym():
    text = (
        "Many were hurt, according to the Federal Office of Coastal Protection and Flood "
        "Relief (FOCPFR). The FOCPFR gave no figures."
    )
    assert _entities(text) == [
        ("Federal Office of Coastal Protection and Flood Relief", "ORG"),
        ("FOCPFR", "ORG"),
        ("FOCPFR", "ORG"),
    ]
    assert ("Parliament", "ORG") in _entities("He is a Member of Parliament (MP) for Leeds.")


def test_a_place_before_based_stands_outside_the_bodys_name():
    assert _entities("The Oslo-based Centre for Fjord Research released a report.") == [
        ("Oslo", "GPE"),
        ("Centre for Fjord Research", "ORG"),
    ]


def test_an_amount_in_words_or_in_a_currency_that_is_also_a_word_is_money():
    got = _entities("Each offence carries a fine of up to two million shillings.")
    assert got == [("up to two million shillings", "MONEY")]
    assert _entities("The bridge cost 90 billion kip.") == [("90 billion kip", "MONEY")]
    assert ("2019", "DATE") in _entities("Nadal, who in 2019 won the title, withdrew.")
    assert not any(label == "MONEY" for _, label in _entities("In 2019 won the title."))


def test_a_ships_prefix_of_another_fleet_and_the_bare_name_later():
    got = _entities("The ferry KM Laut Timur sank near Bitung. The Laut Timur was carrying rice.")
    assert ("KM Laut Timur", "PRODUCT") in got
    assert ("Laut Timur", "PRODUCT") in got


def test_a_stage_race_is_an_event():
    got = _entities(
        "Joris Vandekerkhof won the Volta ao Algarve on Sunday. "
        "He crashed during the Tour of Lombardy last year."
    )
    assert ("Volta ao Algarve", "EVENT") in got
    assert ("Tour of Lombardy", "EVENT") in got


def test_a_reported_expectation_looks_ahead_of_the_report():
    text = (
        "Forecasters said the storm was expected to weaken by Thursday evening and reach the "
        "coast on Saturday."
    )
    assert _times(text, "2025-10-21") == [  # a Tuesday
        ("Thursday evening", "TIME", "2025-10-23TEV"),
        ("Saturday", "DATE", "2025-10-25"),
    ]
    assert _times("The vote was expected to take place on Monday.", "2025-10-21") == [
        ("Monday", "DATE", "2025-10-20")
    ]
