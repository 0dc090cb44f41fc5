"""Rules of round AT (2026-12-02, issues #13, #14, #15), without the model, on sentences
written for these tests with names in no gold article: a person named in apposition after a
role ("the firm's chief executive, Helena Quintas,") is a person even where her given name is
a town's; "Anton Vasko said she had been ill" does not make Anton a woman; an exchange is
never "the company"; a century that describes a noun ("a 17th-century painting") is a timex
without the noun's "the"; "the first year of his term" is a year the text does not date."""

from __future__ import annotations

import datetime as dt

from newslab.entities.markets import is_market
from newslab.entities.people import given_name_people
from newslab.quotes.genders import text_genders
from tests.conftest import entities_by_hand, named_spans, spans_at, timexes_by_hand

ANCHOR = dt.date(2024, 10, 17)


def test_a_name_in_apposition_after_a_role_is_a_person():
    text = "The operator's chief executive, Helena Quintas, said talks could resume."
    spans = spans_at(text, ("Helena Quintas", "ORG"))
    assert named_spans(text, given_name_people(text, spans)) == [("Helena Quintas", "PERSON")]


def test_a_body_in_apposition_after_an_owner_stays_a_body():
    text = "Its owner, Kestrel Holdings, said nothing. The lawyer, Ilvane Quarry, left."
    spans = spans_at(text, ("Kestrel Holdings", "ORG"), ("Ilvane Quarry", "ORG"))
    assert named_spans(text, given_name_people(text, spans)) == [
        ("Kestrel Holdings", "ORG"),  # "owner" is no role that names a person
        ("Ilvane Quarry", "ORG"),  # "Ilvane" is no given name
    ]


def test_a_pronoun_of_the_other_gender_after_a_name_is_someone_else():
    text = "Anton Vasko said she had been ill. Ann Lee said she would come."
    people = [(0, 11, "Anton Vasko"), (35, 42, "Ann Lee")]
    assert text_genders(text, people) == {"Ann Lee": True}


def test_a_name_used_by_both_genders_takes_the_pronoun():
    text = "Morgan Savrin said she would run."
    assert text_genders(text, [(0, 13, "Morgan Savrin")]) == {"Morgan Savrin": True}


def test_exchanges_and_indices_are_markets_and_firms_are_not():
    assert is_market("Nasdaq") and is_market("NYSE") and is_market("Orlin Stock Exchange")
    assert is_market("FTSE 100") and is_market("Hang Seng")
    assert not is_market("Veltrix Systems") and not is_market("Exchange Bank of Orlin")


def test_labs_and_robotics_name_firms(blank):
    text = "The launch comes after rival Yarrow Labs delayed its own. Brim Robotics hired."
    got = entities_by_hand(blank, text, [("Yarrow Labs", "PERSON"), ("Brim Robotics", "PERSON")])
    assert got == [("Yarrow Labs", "ORG"), ("Brim Robotics", "ORG")]


def test_a_century_that_describes_a_noun_is_a_timex_without_its_the(blank):
    text = "Thieves took a 17th-century painting and the 18th-century clock from the church."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert (got["17th-century"].value, got["18th-century"].value) == ("16", "17")
    assert "the 18th-century" not in got


def test_the_century_itself_keeps_its_the_but_a_name_is_no_century(blank):
    text = "The church dates from the 17th century. The 21st Century Savrin deal closed."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert got["the 17th century"].value == "16"
    assert not any("21st" in t for t in got)


def test_a_year_or_week_of_an_event_is_undated(blank):
    text = (
        "The bill passed in the first year of his term. She worked until the very last "
        "week she could stand, and spent the last week of the season abroad."
    )
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert got["the first year"].value == "XXXX"
    assert got["the very last week"].value == "XXXX-WXX"
    assert got["the last week"].value == "XXXX-WXX"


def test_the_last_week_alone_or_of_a_year_is_no_event_part(blank):
    text = (
        "Prices rose in the last week. Profit for the last year of $2.7 billion was a "
        "record, and the first week of March was calm."
    )
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert got["the last week"].value == "P1W"
    assert got["last year"].value == "2023"
    assert got["the first week of March"].value.startswith("2024-W")


def test_a_quoted_name_that_describes_a_noun_is_no_statement():
    from newslab.quotation_marks import quoted_segments
    from newslab.quotes.work_titles import is_title

    text = 'Overnight the "No" camp led. It was called the "Radio Kestrel Law", a name.'
    first, second = quoted_segments(text)[0]
    assert is_title(text, first)  # the "No" camp
    assert is_title(text, second)  # a title after "called the", as before


def test_a_quoted_word_before_a_function_word_may_still_be_said():
    from newslab.quotation_marks import quoted_segments
    from newslab.quotes.work_titles import is_title

    text = 'He called the plan a "Total Disaster" and left.'
    (seg,) = quoted_segments(text)[0]
    assert not is_title(text, seg)


def test_a_count_of_things_a_day_is_a_rate(blank):
    from newslab.timexes import extract_timexes

    text = (
        "He held up to five rallies a day. Walkers took 7,000 steps a day and 150 minutes "
        "of exercise a week. It rained for a day, the fourth storm in a month."
    )
    got = [(t.start, t.type, t.value) for t in extract_timexes(blank(text), (), anchor=ANCHOR)]
    sets = [(text[s : s + 6], v) for s, kind, v in got if kind == "SET"]
    assert sets == [("a day.", "P1D"), ("a day ", "P1D"), ("a week", "P1W")]
    # "for a day" and "in a month" are lengths, never a rate


def test_a_surname_after_a_particle_belongs_to_the_person():
    from newslab.entities.split_names import split_people

    text = "Brazil's Ilvane dos Savrin was third, and Teodor van der Marn fourth."
    spans = spans_at(
        text, ("Ilvane", "PERSON"), ("Savrin", "GPE"), ("Teodor", "PERSON"), ("Marn", "PERSON")
    )
    assert named_spans(text, split_people(text, spans)) == [
        ("Ilvane dos Savrin", "PERSON"),
        ("Teodor van der Marn", "PERSON"),
    ]


def test_a_nationality_that_opens_a_places_name_is_part_of_it():
    from newslab.entities.split_names import national_places

    text = "He flew from the British Virgin Islands to French Polynesia with British friends."
    spans = spans_at(
        text, ("British", "NORP"), ("French", "NORP"), ("Polynesia", "LOC"), ("British", "NORP")
    )
    assert named_spans(text, national_places(text, spans)) == [
        ("British Virgin Islands", "GPE"),
        ("French Polynesia", "GPE"),
        ("British", "NORP"),
    ]


def test_a_court_of_justice_keeps_its_last_word_and_no_day():
    from newslab.entities.labels import dangling_words
    from newslab.entities.person_titles import split_titled_names

    text = "The Kestrel Court of Justice on Friday ruled. The Orlin Court of on Monday met."
    spans = spans_at(text, ("Kestrel Court of Justice", "ORG"), ("Orlin Court of", "ORG"))
    assert named_spans(text, split_titled_names(text, spans))[0] == (
        "Kestrel Court of Justice",
        "ORG",
    )
    assert named_spans(text, dangling_words(text, spans))[1] == ("Orlin Court", "ORG")


def test_a_number_with_its_own_hedge_takes_no_particle_before_it():
    from newslab.entities.rules import hedges_and_compounds

    text = "It will hand over about 680 jets and has over 500 staff."
    spans = spans_at(text, ("about 680", "CARDINAL"), ("500", "CARDINAL"))
    assert named_spans(text, hedges_and_compounds(text, spans)) == [
        ("about 680", "CARDINAL"),
        ("over 500", "CARDINAL"),
    ]


def test_a_place_before_based_or_born_is_a_place():
    from newslab.entities.places import gazetteer_places

    text = "Kestrel Aircraft, the Toulouse-based planemaker, hired a Lyon-born pilot."
    spans = spans_at(text, ("Toulouse", "PERSON"), ("Lyon", "ORG"))
    assert named_spans(text, gazetteer_places(text, spans)) == [
        ("Toulouse", "GPE"),
        ("Lyon", "GPE"),
    ]


def test_a_firms_name_ending_in_aircraft_is_no_vehicle_before_a_name(blank):
    text = "Kestrel Aircraft, the Savrin planemaker, hired. The ship Orlin Star sank."
    got = entities_by_hand(
        blank, text, [("Kestrel Aircraft", "ORG"), ("Savrin", "PERSON"), ("Orlin Star", "PERSON")]
    )
    assert ("Orlin Star", "PRODUCT") in got  # "the ship X" is still a vessel
    assert ("Savrin", "PRODUCT") not in got


def test_a_name_after_supplier_or_subsidiary_is_a_firm(blank):
    text = "It blamed its supplier Calder Ilvane. The drugmaker Teodor Marn said so."
    got = entities_by_hand(blank, text, [("Calder Ilvane", "PERSON"), ("Teodor Marn", "ORG")])
    assert got == [("Calder Ilvane", "ORG"), ("Teodor Marn", "ORG")]  # not Teodor, a person


def test_a_firm_named_like_a_person_stays_a_firm_after_company(blank):
    text = (
        "Software company Ruby Lantern cut jobs. Around the time when Ruby Lantern "
        "announced the plan, rivals grew."
    )
    got = entities_by_hand(blank, text, [("Ruby Lantern", "ORG"), ("Ruby Lantern", "ORG", 1)])
    assert got == [("Ruby Lantern", "ORG"), ("Ruby Lantern", "ORG")]


def test_the_end_of_the_decade_is_the_decade_the_story_is_in(blank):
    text = "Orlin plans a landing by the end of the decade and more by the middle of the century."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert got["the end of the decade"].value == "202"
    assert got["the middle of the century"].value == "20"


def test_a_spacecraft_named_with_its_kind_inside_is_a_product():
    from newslab.entities.products import crafts

    text = "Its Smart Lander for Orlin Moon failed; the Kestrel Orbiter did not. Land Rover sold."
    spans = spans_at(
        text,
        ("Smart Lander for Orlin Moon", "ORG"),
        ("Kestrel Orbiter", "PERSON"),
        ("Land Rover", "ORG"),
    )
    assert named_spans(text, crafts(text, spans)) == [
        ("Smart Lander for Orlin Moon", "PRODUCT"),
        ("Kestrel Orbiter", "PRODUCT"),
        ("Land Rover", "ORG"),  # a carmaker
    ]


def test_a_name_the_model_missed_that_an_apposition_defines():
    from newslab.entities.apposed import apposed_kinds

    text = (
        "Initially, the Italian company, Fiat, agreed. Generation Savrin, a campaign group, "
        "was less positive, and Generation Savrin said so."
    )
    spans = spans_at(text, ("Italian", "NORP"), ("Fiat", "ORG"))
    assert named_spans(text, apposed_kinds(text, spans)) == [
        ("Italian", "NORP"),
        ("Fiat", "ORG"),
        ("Generation Savrin", "ORG"),
        ("Generation Savrin", "ORG"),
    ]


def test_a_ranked_line_of_results_splits_the_name_from_its_points():
    from newslab.entities.patterns import list_lines

    text = "Standings:\n1. Slovan Kestrelby - 81 points\n2. Orlin Town - 70"
    spans = spans_at(text, ("Slovan Kestrelby - 81", "PERSON"), ("Orlin Town - 70", "ORG"))
    assert sorted(named_spans(text, list_lines(text, spans))) == [
        ("70", "CARDINAL"),
        ("81", "CARDINAL"),
        ("Orlin Town", "ORG"),
        ("Slovan Kestrelby", "PERSON"),
    ]
    assert len(list_lines(text, spans)) == 4


def test_a_club_named_for_its_town_in_a_match_report_is_a_team():
    from newslab.entities.teams import teams

    text = (
        "Spartak Trnava beat Savrin Bratislava 2–1 in the league match. Ana Lima scored. "
        "Sudesh Amman, a fan from Orlin, watched the game."
    )
    spans = spans_at(
        text,
        ("Spartak Trnava", "PERSON"),
        ("Savrin Bratislava", "PERSON"),
        ("Ana Lima", "PERSON"),
        ("Sudesh Amman", "PERSON"),
    )
    assert named_spans(text, teams(text, spans)) == [
        ("Spartak Trnava", "ORG"),
        ("Savrin Bratislava", "ORG"),
        ("2–1", "CARDINAL"),
        ("Ana Lima", "PERSON"),  # a given name: a person, whatever her surname
        ("Sudesh Amman", "PERSON"),  # no side of a match: a person named like a town
    ]


def test_the_first_words_of_a_quotation_are_no_title():
    from newslab.entities.guards import quote_openings

    text = '"Six in a row is ours," Weiss said. He sang "Orlin Nights" twice.'
    spans = spans_at(text, ("Six in a", "WORK_OF_ART"), ("Orlin Nights", "WORK_OF_ART"))
    assert named_spans(text, quote_openings(text, spans)) == [("Orlin Nights", "WORK_OF_ART")]


def test_a_person_the_model_read_as_a_nationality():
    text = "Their striker Tigran Savrin finished as top scorer. Armenian fans cheered."
    spans = spans_at(text, ("Tigran Savrin", "NORP"), ("Armenian", "NORP"))
    assert named_spans(text, given_name_people(text, spans)) == [
        ("Tigran Savrin", "PERSON"),
        ("Armenian", "NORP"),
    ]


def test_an_ordinal_before_its_noun_is_no_day():
    from newslab.entities.days import ordinals_read_as_days

    text = "After the 38th and last round, it ended on the 5th."
    spans = spans_at(text, ("the 38th", "DATE"), ("the 5th", "DATE"))
    assert named_spans(text, ordinals_read_as_days(text, spans)) == [
        ("38th", "ORDINAL"),
        ("the 5th", "DATE"),
    ]


def test_year_end_is_the_end_of_a_year(blank):
    text = "A plant will open by year-end; profit at year end 2023 rose."
    got = timexes_by_hand(blank, text, anchor=ANCHOR)
    assert (got["year-end"].value, got["year end 2023"].value) == ("2024", "2023")


def test_the_years_before_a_year_are_no_length(blank):
    from newslab.entities import Entity
    from newslab.timexes import extract_timexes

    text = "The plan covers the years 2025 to 2030, after years of talks."
    first, second = text.index("years"), text.rindex("years")
    ents = tuple(Entity(i, i + 5, "years", "DATE", "years") for i in (first, second))
    got = [(t.start, t.value) for t in extract_timexes(blank(text), ents, anchor=ANCHOR)]
    assert (second, "PXY") in got  # "years of talks": a length
    assert not any(start == first for start, _ in got)  # "the years 2025 to 2030": none


def test_an_amount_a_year_ago_is_an_amount_and_a_date(blank):
    from newslab.entities.money import amounts_a_year_ago

    text = "Profit was $130 million, against $121 million a year ago. He earns $15 an hour."
    spans = spans_at(
        text, ("$130 million", "MONEY"), ("$121 million a year", "MONEY"), ("$15 an hour", "MONEY")
    )
    assert named_spans(text, amounts_a_year_ago(text, spans)) == [
        ("$130 million", "MONEY"),
        ("$121 million", "MONEY"),
        ("a year ago", "DATE"),
        ("$15 an hour", "MONEY"),
    ]
    got = [
        (t.text, t.value)
        for t in timexes_by_hand(blank, text, ("a year ago",), anchor=ANCHOR).values()
    ]
    assert ("a year ago", "2023") in got and ("an hour", "PT1H") in got


def test_an_interviewees_initials_open_her_later_turns():
    from newslab.quotes.interviews import answers

    text = (
        "((Wikinews)) Why run?\n((Orla Savrin)) I had to.\n((WN)) And the critics?\n"
        "((OS)) They are wrong.\n((RS)) A reporter's aside."
    )
    got = [(body, name) for body, _, _, name, _ in answers(text)]
    assert got == [("I had to.", "Orla Savrin"), ("They are wrong.", "OS")]  # not "RS"


def test_a_full_stop_the_model_kept_after_a_place_goes_out():
    from newslab.entities.rules import trim

    text = "They met in Abuja.\nKestrel Bros. and Orlin Inc. agreed."
    spans = spans_at(text, ("Abuja.", "GPE"), ("Kestrel Bros.", "ORG"), ("Orlin Inc.", "ORG"))
    assert named_spans(text, trim(text, spans)) == [
        ("Abuja", "GPE"),
        ("Kestrel Bros.", "ORG"),
        ("Orlin Inc.", "ORG"),
    ]


def test_a_division_named_without_its_local_type_word_is_known():
    from newslab.entities.gazetteer import place_kind

    assert place_kind("Fujian") == place_kind("Fujian Sheng") == "state"
    assert place_kind("Xinjiang") is not None and place_kind("Gyeonggi") is not None


def test_quoted_titles_by_their_owner_or_maker_are_works():
    from newslab.entities.titles import quoted_works

    text = (
        'The jury praised Ruiz\u2019s "The Kestrel Room" and gave a prize to "The Salt Road" by '
        'Chilean filmmaker Tomas Savrin. The drama "Winter Harbour" won. She said "we will win" by '
        "Friday."
    )
    got = named_spans(text, sorted(quoted_works(text, [])))
    assert got == [
        ("The Kestrel Room", "WORK_OF_ART"),
        ("The Salt Road", "WORK_OF_ART"),
        ("Winter Harbour", "WORK_OF_ART"),
    ]  # "we will win" is in sentence case: no title


def test_a_quoted_title_keeps_its_label_whatever_its_head_word():
    from newslab.entities.labels import relabel_by_head

    text = 'The drama "Winter Harbour" won; the Orlin Harbour closed.'
    spans = spans_at(text, ("Winter Harbour", "WORK_OF_ART"), ("Orlin Harbour", "WORK_OF_ART"))
    assert named_spans(text, relabel_by_head(text, spans)) == [
        ("Winter Harbour", "WORK_OF_ART"),
        ("Orlin Harbour", "FAC"),
    ]


def test_a_title_after_a_possessive_is_no_statement():
    from newslab.quotation_marks import quoted_segments
    from newslab.quotes.work_titles import is_title

    text = 'Critics tipped Ruiz\u2019s "The Kestrel Room" for the prize.'
    (seg,) = quoted_segments(text)[0]
    assert is_title(text, seg)


def test_a_word_of_digits_and_letters_is_a_firm_not_a_number():
    from newslab.entities.shapes import firm_shapes

    text = "Users of 42andKestrel and 1Savrin lost data; 3,000 did not, in the 1990s."
    spans = spans_at(
        text,
        ("42andKestrel", "CARDINAL"),
        ("1Savrin", "DATE"),
        ("3,000", "CARDINAL"),
        ("the 1990s", "DATE"),
    )
    assert named_spans(text, firm_shapes(text, spans)) == [
        ("42andKestrel", "ORG"),
        ("1Savrin", "ORG"),
        ("3,000", "CARDINAL"),
        ("the 1990s", "DATE"),
    ]


def test_a_partys_first_word_alone_is_the_party_not_an_unknown_place():
    from newslab.entities.short_names import firms_first_words

    text = "She left the Savrin Party. She spent years in Savrin, she said. In Orlin Party halls and Paris, fine."
    spans = spans_at(
        text, ("Savrin Party", "ORG"), ("Savrin", "GPE"), ("Orlin Party", "ORG"), ("Paris", "GPE")
    )
    assert named_spans(text, firms_first_words(text, spans)) == [
        ("Savrin Party", "ORG"),
        ("Savrin", "ORG"),  # no place the gazetteer knows: the party's short name
        ("Orlin Party", "ORG"),
        ("Paris", "GPE"),  # a place, whatever the article's parties
    ]
