"""Storms named after their kind, divisions after a place's name, rates and ranges inside a
measure, a couple's shared surname, fractions of a whole, a day of a month taken for an event
and a year before a name; on Docs built by hand with the raw entities the small model tends
to give. Every name is made up for the test."""

from __future__ import annotations

from tests.conftest import entities_by_hand

ents = entities_by_hand


def test_a_storm_named_after_its_kind_is_one_event_with_its_kind(blank):
    text = "Tropical Storm Selwyn moved north as Hurricane Arla weakened."
    raw = [("Selwyn", "PERSON"), ("Arla", "PERSON")]
    assert ents(blank, text, raw) == [
        ("Tropical Storm Selwyn", "EVENT"),
        ("Hurricane Arla", "EVENT"),
    ]


def test_a_body_or_a_crew_named_with_a_storm_word_is_no_storm(blank):
    text = "The Storm Prediction Center and the Hurricane Hunters tracked it."
    raw = [("Storm Prediction Center", "ORG")]
    found = ents(blank, text, raw)
    assert ("Storm Prediction Center", "ORG") in found
    assert not any(label == "EVENT" for _, label in found)


def test_a_name_and_the_division_after_it_are_one_place(blank):
    text = "Residents of Arceneau Parish and Vellmont Parish were told to leave."
    raw = [("Arceneau Parish", "NORP"), ("Vellmont", "ORG"), ("Parish", "NORP", 1)]
    assert ents(blank, text, raw) == [("Arceneau Parish", "GPE"), ("Vellmont Parish", "GPE")]


def test_a_country_before_district_is_no_division(blank):
    text = "Ana Ruiz, a United States District judge, ruled."
    raw = [("Ana Ruiz", "PERSON"), ("United States", "GPE")]
    assert ("United States", "GPE") in ents(blank, text, raw)


def test_a_rate_is_part_of_a_quantity(blank):
    text = "Winds reached 75 miles per hour and the front moved at eight kilometers an hour."
    raw = [("75 miles", "QUANTITY"), ("eight kilometers", "QUANTITY")]
    assert ents(blank, text, raw) == [
        ("75 miles per hour", "QUANTITY"),
        ("eight kilometers an hour", "QUANTITY"),
    ]


def test_a_number_before_or_shares_the_measure_after_it(blank):
    text = "The waves were about five or six feet high and cost five to six million dollars."
    raw = [("about five", "CARDINAL"), ("six feet", "QUANTITY"), ("five", "CARDINAL", 1)]
    raw += [("six million dollars", "MONEY")]
    assert ents(blank, text, raw) == [
        ("about five or six feet", "QUANTITY"),
        ("five to six million dollars", "MONEY"),
    ]


def test_a_vote_of_two_counts_is_no_range(blank):
    text = "The motion passed 66 to 27 votes."
    raw = [("66", "CARDINAL"), ("27", "CARDINAL")]
    assert ents(blank, text, raw) == [("66", "CARDINAL"), ("27", "CARDINAL")]


def test_two_given_names_before_one_surname_are_a_couple(blank):
    text = "Mara and Tomas Vell, a couple from Ohio, drove all night."
    raw = [("Mara", "GPE"), ("Tomas Vell", "PERSON"), ("Ohio", "GPE")]
    assert ents(blank, text, raw)[0] == ("Mara and Tomas Vell", "PERSON")


def test_a_surname_before_and_is_no_couples_given_name(blank):
    text = "Ana Ruiz and Tomas Vell met. Later Ruiz left."
    raw = [("Ana Ruiz", "PERSON"), ("Tomas Vell", "PERSON"), ("Ruiz", "PERSON", 1)]
    assert ents(blank, text, raw)[:2] == [("Ana Ruiz", "PERSON"), ("Tomas Vell", "PERSON")]


def test_a_fraction_of_a_whole_is_a_number_not_a_date(blank):
    text = "The plant powered about a quarter of the island; profits rose in the last quarter."
    raw = [("about a quarter", "DATE"), ("the last quarter", "DATE")]
    assert ents(blank, text, raw) == [("about a quarter", "CARDINAL"), ("the last quarter", "DATE")]


def test_a_day_of_a_month_taken_for_an_event_is_a_date(blank):
    text = "Power was still out after the January 7 quake."
    assert ents(blank, text, [("January 7", "EVENT")]) == [("January 7", "DATE")]


def test_a_year_before_a_name_is_a_date_of_its_own(blank):
    text = "The 1965 Kestrel Rights Act was amended, and she was a 2016 Selwyn Awards finalist."
    raw = [("Kestrel Rights Act", "LAW")]
    found = ents(blank, text, raw)
    assert ("1965", "DATE") in found and ("2016", "DATE") in found
    assert ("Kestrel Rights Act", "LAW") in found


def test_a_nickname_in_quotation_marks_stays_inside_the_name(blank):
    text = 'Sergeant Matiu "Matt" Vellan was shot, and Ana "Ani" Ruiz saw it.'
    raw = [('Matiu "Matt', "PERSON"), ("Vellan", "PERSON"), ("Ana", "PERSON"), ("Ruiz", "PERSON")]
    assert ents(blank, text, raw) == [
        ('Matiu "Matt" Vellan', "PERSON"),
        ('Ana "Ani" Ruiz', "PERSON"),
    ]


def test_a_person_of_a_body_taken_for_one_name_is_the_person_and_the_body(blank):
    text = '"We will heal," Crystal Vellan of the Northern Kestrel said.'
    assert ents(blank, text, [("Crystal Vellan of the Northern Kestrel", "WORK_OF_ART")]) == [
        ("Crystal Vellan", "PERSON")
    ]
    text = "Tomas Vell of the Arceneau Council said so."
    assert ents(blank, text, [("Tomas Vell of the Arceneau Council", "ORG")]) == [
        ("Tomas Vell", "PERSON"),
        ("Arceneau Council", "ORG"),
    ]


def test_a_name_after_the_town_of_is_a_place(blank):
    text = "A minister visiting the town of Pandelvo met the City of Vellmouth Council."
    raw = [("Pandelvo", "ORG"), ("Vellmouth Council", "ORG")]
    assert ents(blank, text, raw) == [("Pandelvo", "GPE"), ("Vellmouth Council", "ORG")]


def test_a_count_ending_in_a_currency_is_money(blank):
    text = "He paid nearly half a million US dollars in fines."
    raw = [("nearly half a million US dollars", "CARDINAL")]
    assert ents(blank, text, raw) == [("nearly half a million US dollars", "MONEY")]


def test_an_irish_premiers_title_stays_outside_the_name(blank):
    text = "He met Taoiseach Leo Vell and Tánaiste Ana Ruiz in Dublin."
    raw = [("Taoiseach Leo Vell", "PERSON"), ("Tánaiste Ana Ruiz", "PERSON"), ("Dublin", "GPE")]
    assert ents(blank, text, raw)[:2] == [("Leo Vell", "PERSON"), ("Ana Ruiz", "PERSON")]
