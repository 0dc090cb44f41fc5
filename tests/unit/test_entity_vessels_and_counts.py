"""Ships, bands, events by their last word, bodies named "X for Y", counts joined by "or",
race times, and places the words around must not make people; on Docs built by hand with
the raw entities the small model tends to give. Every name is made up for the test."""

from __future__ import annotations

from tests.conftest import entities_by_hand

ents = entities_by_hand


def test_a_ship_prefix_and_its_name_are_one_product(blank):
    text = "Their ship, the MV Tessa Brandt, was once named MV Doctor Olaf Ringe."
    raw = [("MV", "ORG"), ("Tessa Brandt", "PERSON"), ("MV", "ORG", 1), ("Olaf Ringe", "PERSON")]
    assert ents(blank, text, raw) == [
        ("MV Tessa Brandt", "PRODUCT"),
        ("MV Doctor Olaf Ringe", "PRODUCT"),
    ]


def test_a_prefix_another_abbreviation_shares_or_a_function_word_makes_no_ship(blank):
    text = "Lena Voss, MS\nWe found nothing. The SS The was no ship either."
    assert ents(blank, text, [("Lena Voss", "PERSON")]) == [("Lena Voss", "PERSON")]


def test_a_name_after_a_kind_of_vessel_is_the_vessel(blank):
    text = "The submarine Kestrel Bay was found; the ship's captain, Ana Varga, spoke."
    raw = [("Kestrel Bay", "GPE"), ("Ana Varga", "PERSON")]
    assert ents(blank, text, raw) == [("Kestrel Bay", "PRODUCT"), ("Ana Varga", "PERSON")]


def test_a_name_after_the_band_is_an_organisation(blank):
    text = "He quit the band Fennel Sky and joined the supergroup Quiet Harbor in 1971."
    raw = [("Fennel Sky", "PERSON"), ("Quiet Harbor", "FAC"), ("1971", "DATE")]
    assert ents(blank, text, raw) == [
        ("Fennel Sky", "ORG"),
        ("Quiet Harbor", "ORG"),
        ("1971", "DATE"),
    ]


def test_an_event_by_its_last_word_whatever_the_model_called_it(blank):
    text = "Veterans of the Tarnow Strait Crisis ran the Kestrel City Marathon."
    raw = [("Tarnow Strait Crisis", "ORG"), ("Kestrel City Marathon", "FAC")]
    assert ents(blank, text, raw) == [
        ("Tarnow Strait Crisis", "EVENT"),
        ("Kestrel City Marathon", "EVENT"),
    ]


def test_a_body_for_something_stays_whole(blank):
    text = (
        "Remarked Institute for Coastal Restoration director Lena Voss: no. "
        "The Center for Rural Housing and Center for Clean Rivers sued."
    )
    raw = [
        ("Remarked Institute", "PERSON"),
        ("Coastal Restoration", "ORG"),
        ("Lena Voss", "PERSON"),
        ("Center for Rural Housing and Center for Clean Rivers", "ORG"),
    ]
    assert ents(blank, text, raw) == [
        ("Institute for Coastal Restoration", "ORG"),
        ("Lena Voss", "PERSON"),
        ("Center for Rural Housing", "ORG"),
        ("Center for Clean Rivers", "ORG"),
    ]


def test_the_owner_before_a_body_for_something_is_a_name_of_its_own(blank):
    text = "The study came from Tarnow University's Institute for Polar Studies."
    raw = [("Tarnow University's Institute for Polar Studies", "ORG")]
    assert ents(blank, text, raw) == [
        ("Tarnow University", "ORG"),
        ("Institute for Polar Studies", "ORG"),
    ]


def test_two_counts_joined_by_or_or_a_rising_to_are_one(blank):
    text = "Three or four houses burned; 10 to 12 boats sank; the bill passed 66 to 27."
    raw = [
        ("Three", "CARDINAL"),
        ("four", "CARDINAL"),
        ("10", "CARDINAL"),
        ("12", "CARDINAL"),
        ("66", "CARDINAL"),
        ("27", "CARDINAL"),
    ]
    assert ents(blank, text, raw) == [
        ("Three or four", "CARDINAL"),
        ("10 to 12", "CARDINAL"),
        ("66", "CARDINAL"),
        ("27", "CARDINAL"),
    ]


def test_hours_minutes_and_seconds_are_a_time(blank):
    text = "Ana Varga won in 2:21:43, ahead of Lena Voss, 2:22:05."
    raw = [
        ("Ana Varga", "PERSON"),
        ("2:21:43", "CARDINAL"),
        ("Lena Voss", "PERSON"),
        ("2:22:05", "DATE"),
    ]
    assert ents(blank, text, raw) == [
        ("Ana Varga", "PERSON"),
        ("2:21:43", "TIME"),
        ("Lena Voss", "PERSON"),
        ("2:22:05", "TIME"),
    ]


def test_a_country_before_a_family_apposition_stays_a_place(blank):
    text = "Although he lived in Tuvalu, his son said he died in Tuvalu."
    raw = [("Tuvalu", "GPE"), ("Tuvalu", "GPE", 1)]
    assert ents(blank, text, raw) == [("Tuvalu", "GPE"), ("Tuvalu", "GPE")]


def test_a_chemical_element_alone_is_no_name(blank):
    text = "Hydrogen and helium gas are light. Gold Coast Council met."
    raw = [("Hydrogen", "ORG"), ("Gold Coast Council", "ORG")]
    assert ents(blank, text, raw) == [("Gold Coast Council", "ORG")]


def test_a_body_with_a_number_in_its_name_is_one_organisation(blank):
    text = "The Lost 19 Project found it. About 40 Police officers came. In 2019 Police said so."
    raw = [("19", "CARDINAL"), ("About 40", "CARDINAL"), ("2019", "DATE")]
    assert ents(blank, text, raw) == [
        ("Lost 19 Project", "ORG"),
        ("About 40", "CARDINAL"),
        ("2019", "DATE"),
    ]


def test_a_body_the_model_read_as_a_person_and_more_is_one_organisation(blank):
    text = "Kestrel Fire and Rescue Service were called."
    assert ents(blank, text, [("Kestrel Fire", "PERSON")]) == [
        ("Kestrel Fire and Rescue Service", "ORG")
    ]


def test_a_photo_credit_is_a_person_or_the_body_the_model_saw_and_its_site(blank):
    text = (
        "The march filled the square. Image: Kestrel j wood (flickr).\n"
        "A rally in May. Image: Tarnby Wire.\n"
        "A map. Image: Ana Varga (photos), Lena Voss (montage)."
    )
    raw = [("Kestrel", "GPE"), ("May", "DATE"), ("Tarnby Wire", "ORG")]
    assert ents(blank, text, raw) == [
        ("Kestrel j wood", "PERSON"),
        ("flickr", "ORG"),
        ("May", "DATE"),
        ("Tarnby Wire", "ORG"),
        ("Ana Varga", "PERSON"),
        ("Lena Voss", "PERSON"),
    ]


def test_a_paper_the_model_missed_is_an_organisation_but_not_a_square_or_an_office(blank):
    text = "The Kestrel Herald reported it. At Times Square, the Tarnby Post Office shut."
    assert ents(blank, text, [("Times Square", "FAC")]) == [
        ("Kestrel Herald", "ORG"),
        ("Times Square", "FAC"),
    ]
