"""An amount with a nationality before its currency's name, and a given name the list of
given names does not know between a role and a surname; on Docs built by hand with the raw
entities the small model tends to give (issue #15). Every name is made up for the test."""

from __future__ import annotations

from tests.conftest import entities_by_hand

ents = entities_by_hand


def test_an_amount_keeps_the_nationality_of_its_currency(blank):
    text = "Bail was set at 100,000 Armenian dram and a fine at 20 Hong Kong dollars."
    raw = [("100,000", "CARDINAL"), ("Armenian", "NORP"), ("20", "CARDINAL"), ("Hong Kong", "GPE")]
    assert ents(blank, text, raw) == [
        ("100,000 Armenian dram", "MONEY"),
        ("20 Hong Kong dollars", "MONEY"),
    ]


def test_a_nationality_before_a_plain_noun_is_no_money(blank):
    text = "The 12 Armenian villages lost 5,000 euros."
    raw = [("12", "CARDINAL"), ("Armenian", "NORP"), ("5,000", "CARDINAL")]
    assert ents(blank, text, raw) == [
        ("12", "CARDINAL"),
        ("Armenian", "NORP"),
        ("5,000 euros", "MONEY"),
    ]


def test_a_word_between_a_role_and_a_surname_is_the_given_name(blank):
    text = "Council spokesperson Tjerk Vanhoof told reporters the talks had failed."
    raw = [("Vanhoof", "PERSON")]
    assert ents(blank, text, raw) == [("Tjerk Vanhoof", "PERSON")]


def test_a_title_or_a_place_between_a_role_and_a_surname_stays_out(blank):
    text = "The spokesperson Senator Vanhoof spoke, and the lawyer Texas Brandl did not."
    raw = [("Vanhoof", "PERSON"), ("Texas", "GPE"), ("Brandl", "PERSON")]
    assert ents(blank, text, raw) == [
        ("Vanhoof", "PERSON"),
        ("Texas", "GPE"),
        ("Brandl", "PERSON"),
    ]


def test_a_river_or_mountain_range_the_model_missed_is_a_place(blank):
    text = "The Tarn River burst its banks near the Kestrel Mountains and the Gulf of Tarn."
    assert ents(blank, text, []) == [
        ("Tarn River", "LOC"),
        ("Kestrel Mountains", "LOC"),
        ("Gulf of Tarn", "LOC"),
    ]


def test_a_broadcaster_or_a_district_is_no_natural_feature(blank):
    text = "Kestrel News Channel filmed the rally on Tarn Hill. The River was calm."
    assert ents(blank, text, []) == []


def test_an_honorific_before_a_name_stays_out_of_it(blank):
    text = "Sayyid Orhan Vesali met Haji Omar Tarzi."
    raw = [("Sayyid Orhan Vesali", "PERSON"), ("Haji Omar Tarzi", "PERSON")]
    assert ents(blank, text, raw) == [("Orhan Vesali", "PERSON"), ("Omar Tarzi", "PERSON")]
