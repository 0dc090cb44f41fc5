"""Entity constructions of the 2026-12-01 session (issue #15), on Docs built by hand with the
entities the model would give: an institution's name that goes on past "and"."""

from __future__ import annotations

from tests.conftest import entities_by_hand


def test_an_institutions_field_after_and_stays_inside_its_name(blank):
    text = "Researchers at the Tolvane School of Marine and Atmospheric Science found it."
    raw = [("Tolvane School of Marine", "ORG"), ("Atmospheric Science", "PERSON")]
    assert entities_by_hand(blank, text, raw) == [
        ("Tolvane School of Marine and Atmospheric Science", "ORG")
    ]
    text = "The Brenlow Department of Energy and Climate Change replied."
    raw = [("Brenlow Department of Energy", "ORG")]
    assert entities_by_hand(blank, text, raw) == [
        ("Brenlow Department of Energy and Climate Change", "ORG")
    ]


def test_a_body_a_place_or_a_person_after_and_stays_apart(blank):
    text = "The Ministry of Health and Orvik Aid signed a deal."
    raw = [("Ministry of Health", "ORG"), ("Orvik Aid", "ORG")]
    assert entities_by_hand(blank, text, raw) == raw
    text = "The University of Leeds and York signed a deal."
    raw = [("University of Leeds", "ORG")]
    assert entities_by_hand(blank, text, raw) == raw  # York is a place of its own
    text = "The Office of Sport and Tomas Brenner met on Friday."
    raw = [("Office of Sport", "ORG")]
    assert entities_by_hand(blank, text, raw) == raw  # a widely given name: a person
    text = "The Velka Institute of Art and Design Council met."
    raw = [("Velka Institute of Art", "ORG")]
    assert entities_by_hand(blank, text, raw) == raw  # a body's head after "and"


def test_a_screens_size_in_inches_is_a_quantity_with_its_mark(blank):
    text = 'Kelder sells 13.3" and 15" laptops.'
    raw = [("13.3", "CARDINAL"), ("15", "CARDINAL")]
    assert entities_by_hand(blank, text, raw) == [('13.3"', "QUANTITY"), ('15"', "QUANTITY")]
    text = 'She said "the price is 15" and left.'
    assert entities_by_hand(blank, text, [("15", "CARDINAL")]) == [("15", "CARDINAL")]
