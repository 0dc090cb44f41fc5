"""Constructions of round AW (2026-12-03, sixth session, issues #13, #14 and #15), through
the whole pipeline on text written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in annotation_of(text).quotes]


def test_according_to_inside_a_clause_after_its_verb_reports_the_whole_clause():
    got = said(
        "The repairs could cost, according to the Harbour Board, as much as $4 million. "
        "Police arrested, according to local media, four men near the border."
    )
    assert got == [
        (
            "The repairs could cost, according to the Harbour Board, as much as $4 million",
            "Harbour Board",
        ),
        ("Police arrested, according to local media, four men near the border", "local media"),
    ]


def test_according_to_before_a_new_clause_reports_only_the_clause_before():
    got = said("The ferry sank, according to the coast guard, and the crew swam ashore.")
    assert got == [("The ferry sank", "the coast guard")]


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in annotation_of(text).entities]


def test_towns_between_which_something_happens_and_cities_on_a_route_are_places():
    got = _entities(
        "The crash happened on a single-track section between Zawiercie and Myszków. "
        "The freight train was carrying coal from Ostrava to Kraków."
    )
    assert [name for name, label in got if label == "GPE"] == [
        "Zawiercie",
        "Myszków",
        "Ostrava",
        "Kraków",
    ]


def test_a_that_clause_after_a_time_phrase_starts_after_that():
    got = said(
        "A neighbour testified last year that she heard shouting. "
        "Party leader Anjali Dahalnath said at the time that her party would stay."
    )
    assert got == [
        ("she heard shouting", "A neighbour"),
        ("her party would stay", "Anjali Dahalnath"),
    ]


def test_a_clock_time_ending_a_reported_clause_stays_inside_it():
    got = said("Ganbold Tseren said he arrived at 7 a.m. He left at noon.")
    assert got == [("he arrived at 7 a.m.", "Ganbold Tseren")]


def test_an_attribution_after_a_clause_is_not_itself_a_statement():
    got = said("The search will continue, the coast guard said.")
    assert got == [("The search will continue", "the coast guard")]


def test_a_pronoun_set_into_a_clause_is_not_the_clause_subject():
    got = said("Marites Cabungcal survived the night. The captain, she said, was drunk.")
    assert got == [("The captain, she said, was drunk", "Marites Cabungcal")]


def _values(*paragraphs: str, published: str) -> dict[str, str | None]:
    from tests.conftest import timexes_of

    return {text: t.value for text, t in timexes_of(*paragraphs, published=published).items()}


def test_a_unit_long_adjective_is_one_unit_and_no_anaphoric_month():
    got = _values(
        "A week-long stoppage could push up prices. The month-long strike ended.",
        published="2025-02-03",
    )
    assert got == {"week-long": "P1W", "month-long": "P1M"}
    assert _values("She gave an hour-long speech.", published="2025-02-03") == {"hour-long": "PT1H"}


def test_a_day_of_that_year_is_in_the_year_last_named():
    got = _values(
        "In 2021, activists petitioned the council. "
        "The council rejected the petition on June 17 of that year.",
        published="2025-02-03",
    )
    assert got == {"2021": "2021", "June 17 of that year": "2021-06-17"}


def test_may_beside_another_month_is_a_month():
    got = _values(
        "The bank cut rates in March and May. Johnson and May met in London.",
        published="2025-09-18",
    )
    assert got == {"March": "2025-03", "May": "2025-05"}


def test_a_length_after_the_verb_last_is_the_length_alone():
    got = _entities("The talks may last two years. The strike could last a week.")
    assert got == [("two years", "DATE"), ("a week", "DATE")]


def test_a_place_after_in_is_no_person_for_a_relative_and_regions_after_to_are_places():
    got = _entities(
        "A health official in Davao, who spoke on condition of anonymity, said the wards "
        "were full. The ferry sank off Basilan. Her flight to Stavanger was cancelled. "
        "His train to Bergen left late."
    )
    assert [name for name, label in got if label == "GPE"] == [
        "Davao",
        "Basilan",
        "Stavanger",
        "Bergen",
    ]


def test_a_second_cue_after_but_has_the_first_cues_subject():
    got = said(
        "The agency said the figure was 7 percent lower than in 2022 but warned that "
        "progress had stalled in eastern Europe."
    )
    assert got == [
        ("the figure was 7 percent lower than in 2022", "The agency"),
        ("progress had stalled in eastern Europe", "The agency"),
    ]


def test_a_source_read_as_an_apposition_of_the_clause_before_its_cue_speaks():
    got = said(
        "Replacement buses will run between the two towns, a spokeswoman for the operator said."
    )
    assert got == [
        ("Replacement buses will run between the two towns", "a spokeswoman for the operator")
    ]


def test_a_count_inside_a_finding_is_no_source_of_its_own():
    got = said(
        "A Reuters poll of 18 analysts found that 11 expected a cut and seven expected "
        "the rate to be held."
    )
    assert got == [("11 expected a cut and seven expected the rate to be held", "Reuters")]


def test_small_hours_after_a_late_hour_are_the_next_day():
    # 2025-08-15 is a Friday
    got = _values(
        "The ferry left at 11:40 p.m. on Friday. The captain sent a distress call at "
        "12:52 a.m. Rescuers arrived at 3 a.m.",
        published="2025-08-19",
    )
    assert got == {
        "11:40 p.m.": "2025-08-15T23:40",
        "Friday": "2025-08-15",
        "12:52 a.m.": "2025-08-16T00:52",
        "3 a.m.": "2025-08-16T03:00",
    }


def test_small_hours_with_their_own_day_keep_it():
    got = _values(
        "The ferry left at 11:40 p.m. on Friday. Help came at 2 a.m. on Sunday.",
        published="2025-08-19",
    )
    assert got["2 a.m."] == "2025-08-17T02:00"


def test_a_body_named_for_its_members_with_of_stays_whole():
    got = _entities(
        "In March, the Federation of Railway Workers' Trade Unions published a report. "
        "The House of Representatives' Judiciary Committee met. "
        "The National Observatory of Athens said July had been the hottest month on record."
    )
    assert [name for name, label in got if label == "ORG"] == [
        "Federation of Railway Workers' Trade Unions",
        "House of Representatives",
        "Judiciary Committee",
        "National Observatory of Athens",
    ]


def test_a_study_said_is_the_body_that_led_it():
    got = said(
        "The study was led by the Java Institute for Vector Control. The programme cost "
        "about US$1.50 per resident per year, the study said."
    )
    assert got == [
        (
            "The programme cost about US$1.50 per resident per year",
            "Java Institute for Vector Control",
        )
    ]


def test_a_name_opening_a_sentence_before_a_persons_apposition_is_a_person():
    got = said(
        "Oyuntsetseg Batsukh, a 29-year-old mother of two, said she had waited since 7 a.m. "
        '"Nobody told us the vaccine was so important," she said.'
    )
    assert got == [
        ("she had waited since 7 a.m.", "Oyuntsetseg Batsukh"),
        ("Nobody told us the vaccine was so important", "Oyuntsetseg Batsukh"),
    ]


def test_an_apposition_after_a_body_in_a_persons_phrase_is_the_persons():
    got = _entities("Tristan Holloway of Kestrel College London, a shipping researcher, said so.")
    assert ("Kestrel College London", "PERSON") not in got


def test_her_publisher_named_after_a_comma_is_a_man_and_no_firm():
    got = said(
        "Ngozika Amadi-Oyelaran said she would retire. Her publisher, Kolawole Ayandipo, "
        'said he was sad. "People still write to me," she said.'
    )
    assert got == [
        ("she would retire", "Ngozika Amadi-Oyelaran"),
        ("he was sad", "Kolawole Ayandipo"),
        ("People still write to me", "Ngozika Amadi-Oyelaran"),
    ]


def test_what_would_happen_and_what_is_to_be_done_look_ahead():
    # 2025-05-14 is a Wednesday; 2025-06-20 a Friday
    assert _values(
        "The tribunal said the count would resume starting Friday.", published="2025-05-14"
    ) == {"Friday": "2025-05-16"}
    assert _values(
        "The minister warned on Wednesday that the government would act if no deal was "
        "reached by Saturday.",
        published="2025-06-20",
    ) == {"Wednesday": "2025-06-18", "Saturday": "2025-06-21"}
    assert _values(
        "The book, to be published in September, is her last.", published="2025-02-07"
    ) == {"September": "2025-09"}


def test_the_first_to_be_done_is_no_plan_and_the_present_day_is_now():
    assert _values(
        "She was the first woman to be elected in September. "
        "She wrote about Lagos from the 1960s to the present day.",
        published="2025-02-07",
    ) == {"September": "2024-09", "the 1960s": "196", "the present day": "PRESENT_REF"}


def test_and_that_after_a_reported_clause_is_the_sayers():
    got = said(
        "Ratna Kusumawardhani said the team released mosquitoes every two weeks, and that "
        "volunteers checked traps twice a week."
    )
    assert got == [
        (
            "the team released mosquitoes every two weeks, and that volunteers checked traps "
            "twice a week",
            "Ratna Kusumawardhani",
        )
    ]


def test_a_quoted_fragment_closing_a_reported_clause_makes_it_mixed():
    got = annotation_of(
        'Ngozika Amadi-Oyelaran said she finished the draft last December, "on the day '
        'after Christmas."'
    ).quotes
    assert [(q.text, q.kind) for q in got] == [
        ('she finished the draft last December, "on the day after Christmas."', "mixed")
    ]


def test_words_after_a_closing_mark_that_end_the_sentence_stay_in_the_mixed_statement():
    got = said(
        'The court wrote that the process carried out in May "did not meet the standards" '
        "required by law.\nThe minister said the deal was finished."
    )
    assert got[0] == (
        'the process carried out in May "did not meet the standards" required by law',
        "The court",
    )


def test_a_name_inside_the_quoted_words_is_not_who_he_is():
    got = said("\"People were screaming, 'Jump! Jump!'\" he said.")
    assert all(speaker != "Jump" for _, speaker in got)


def test_the_day_before_an_event_set_beside_a_day_is_that_day():
    # 2025-03-12 is a Wednesday
    assert _values(
        "The party changed course on Wednesday, the day before the vote. "
        "It met again the day after.",
        published="2025-03-14",
    ) == {"Wednesday": "2025-03-12", "the day before": "2025-03-12", "the day after": "2025-03-13"}


def test_an_hour_in_words_before_a_part_of_the_day_is_a_clock_time():
    assert _values(
        "The deal was agreed at two in the morning on Wednesday. "
        "The vote came at six in the evening. One in the morning group left early.",
        published="2025-03-14",
    ) == {
        "two in the morning": "2025-03-12T02:00",
        "Wednesday": "2025-03-12",
        "six in the evening": "2025-03-12T18:00",
    }


def test_an_amount_after_any_currency_sign_or_in_kroner_is_money():
    got = _entities(
        "The province will pay ₱20,000 to each family. It won a grant of 14 million kroner."
    )
    assert ("₱20,000", "MONEY") in got and ("14 million kroner", "MONEY") in got


def test_a_question_or_cry_then_its_source_and_cue():
    got = said(
        '"Who will pay?" the union leader said.\n'
        '"We will pay!" Youssef Amrabti told reporters.\n'
        '"Will we pay?" the union leader told reporters.'
    )
    assert got == [
        ("Who will pay", "the union leader"),
        ("We will pay", "Youssef Amrabti"),
        ("Will we pay", "the union leader"),
    ]


def test_an_attribution_with_its_hearers_set_into_a_clause():
    got = said(
        "Carolina Restrepolla won the vote. The audit, she told reporters, will start in "
        "January.\nThe bridge, the mayor said to journalists, will reopen in May."
    )
    assert got == [
        ("The audit, she told reporters, will start in January", "Carolina Restrepolla"),
        ("The bridge, the mayor said to journalists, will reopen in May", "the mayor"),
    ]


def test_a_body_set_apart_by_an_adjective_is_not_another_body_of_its_kind():
    got = said(
        "Regulators approved the merger of Atlas Bank and Crédit Tafilalet. The central bank "
        "said the merged bank must keep a capital ratio of 12.5%."
    )
    assert got == [("the merged bank must keep a capital ratio of 12.5%", "The central bank")]


def test_every_season_is_a_set():
    assert _values(
        "Storks nested on the lake every summer until 2021. Each winter the lake froze.",
        published="2025-10-02",
    ) == {"every summer": "XXXX-SU", "2021": "2021", "Each winter": "XXXX-WI"}


def test_a_second_cue_after_a_clause_a_statement_carries_is_the_bodys():
    got = said(
        "The Minas Gerais Nurses' Union said in a statement that staff had been working "
        '14-hour shifts and called the situation "chaotic and dangerous".'
    )
    assert [speaker for _, speaker in got] == ["Minas Gerais Nurses' Union"] * 2


def test_more_than_a_number_is_no_comparison_and_the_year_it_names_leads_on():
    assert _values(
        "The authority said it had conducted more than 1,800 tests in 2024, up 22 percent "
        "on the previous year.",
        published="2025-05-14",
    ) == {"2024": "2024", "the previous year": "2023"}
