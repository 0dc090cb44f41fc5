"""Names in constructions met after AH's score (issue #15), on text written for these tests:
stars, exoplanets and constellations as places, a person's name after a noun of their role,
and lengths measured in astronomical units or light-years; after AI's score, programs named
by what is done to them or by a kind of code after them."""

from __future__ import annotations

from newslab.entities.people import given_name_people
from newslab.entities.software import software
from newslab.entities.stars import CONSTELLATIONS, stars
from tests.conftest import named_spans as _named
from tests.conftest import spans_at as _at


def test_the_iau_list_has_all_88_constellations_with_their_genitives():
    assert len(CONSTELLATIONS) == 88
    assert CONSTELLATIONS["Canis Major"] == "Canis Majoris" and CONSTELLATIONS["Vela"] == "Velorum"


def test_a_star_named_by_a_letter_and_its_constellation_is_a_place():
    text = "Astronomers watched XY Lyrae and Beta Pictoris b; XY Lyrae is young."
    spans = _at(text, ("XY Lyrae", "ORG"), ("XY Lyrae", "PERSON"))
    assert _named(text, stars(text, spans)) == [
        ("XY Lyrae", "LOC"),
        ("Beta Pictoris b", "LOC"),
        ("XY Lyrae", "LOC"),
    ]


def test_a_catalogue_number_is_a_star_only_in_an_article_about_the_sky():
    text = "The star Gliese 9876 and the planet Kepler-9999b orbit slowly."
    assert _named(text, stars(text, [])) == [("Gliese 9876", "LOC"), ("Kepler-9999b", "LOC")]
    text = "The House passed HR 1234 and the HD 5000 deal on Monday."
    assert stars(text, []) == []


def test_a_constellation_named_as_one_is_a_place_but_not_a_namesake():
    text = "It lies in the constellation of Lyra, near the Auriga constellation. Leo Vane saw it."
    spans = _at(text, ("Leo Vane", "PERSON"))
    assert _named(text, stars(text, spans)) == [
        ("Lyra", "LOC"),
        ("Auriga", "LOC"),
        ("Leo Vane", "PERSON"),
    ]


def test_a_name_after_a_noun_of_a_role_opens_with_a_less_common_given_name():
    text = "Independent presidential candidate Brock Pellow spoke, as did nominee Ossie Tarrow."
    spans = _at(text, ("Brock Pellow", "ORG"), ("Ossie Tarrow", "ORG"))
    assert _named(text, given_name_people(text, spans)) == [
        ("Brock Pellow", "PERSON"),
        ("Ossie Tarrow", "PERSON"),
    ]


def test_the_same_name_without_a_role_before_it_or_after_a_firms_noun_stays():
    text = "Brock Pellow opened, and the retailer Brock Stores closed."
    spans = _at(text, ("Brock Pellow", "ORG"), ("Brock Stores", "ORG"))
    assert given_name_people(text, spans) == spans


# -- software met after AI's score -------------------------------------------------------------

_SOFTWARE = "Ahola is an open-source developer. "


def test_a_name_before_an_engine_or_forks_or_after_developing_is_a_program():
    text = _SOFTWARE + "He started developing Kestrelcraft. The Kestrelcraft engine runs forks."
    spans = _at(text, ("Ahola", "PERSON"), ("Kestrelcraft", "ORG"), ("Kestrelcraft", "ORG"))
    assert _named(text, software(text, spans))[1:] == [
        ("Kestrelcraft", "PRODUCT"),
        ("Kestrelcraft", "PRODUCT"),
    ]


def test_an_engine_outside_an_article_about_software_and_a_hosts_repository_stay():
    text = "The Ferrari engine failed, and Ferrari lost."
    spans = _at(text, ("Ferrari", "ORG"), ("Ferrari", "ORG"))
    assert software(text, spans) == spans
    text = _SOFTWARE + "He made the Tarnlab repository private; Tarnlab hosts code."
    spans = _at(text, ("Ahola", "PERSON"), ("Tarnlab", "ORG"), ("Tarnlab", "ORG"))
    assert software(text, spans) == spans


def test_a_time_the_model_ran_on_into_a_programs_name_keeps_its_own_words():
    text = (
        _SOFTWARE
        + "He started developing Kestrelcraft. During the past few years Kestrelcraft grew."
    )
    spans = _at(text, ("Kestrelcraft", "ORG"), ("the past few years Kestrelcraft", "DATE"))
    assert _named(text, software(text, spans)) == [
        ("Kestrelcraft", "PRODUCT"),
        ("the past few years", "DATE"),
        ("Kestrelcraft", "PRODUCT"),
    ]


def test_a_translation_mark_names_the_language_of_the_words_after_it():
    from newslab.entities.layout import translation_marks

    text = "We won. ((hi))Hindi language: \u200dहम जीते। Then ((es))Spanish language: \u200dGanamos."
    spans = _at(text, ("hi))Hindi", "ORG"))
    assert _named(text, translation_marks(text, spans)) == [
        ("Hindi", "LANGUAGE"),
        ("Spanish", "LANGUAGE"),
    ]


def test_noon_is_no_time_inside_afternoon():
    from newslab.entities.patterns import time_expressions

    text = "Rain fell all afternoon in Pellston and stopped at noon on Friday."
    assert _named(text, time_expressions(text, [])) == [("noon", "TIME")]
