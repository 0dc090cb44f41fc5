"""Cities on a route, bodies named for two places, ranges of years, surnames cut at a hyphen
and invisible characters at a name's edge; on Docs built by hand with the raw entities the
small model tends to give. Names of people and bodies are made up for the test."""

from __future__ import annotations

from newslab.entities import extract_entities
from tests.conftest import entities_by_hand, make_doc

ents = entities_by_hand


def test_a_city_on_a_route_with_a_place_is_a_place(blank):
    text = "The patient was flown from Novosibirsk to Munich, then from Munich to Bergen."
    raw = [("Novosibirsk", "ORG"), ("Munich", "GPE"), ("Munich", "GPE", 1), ("Bergen", "ORG")]
    assert ents(blank, text, raw) == [
        ("Novosibirsk", "GPE"),
        ("Munich", "GPE"),
        ("Munich", "GPE"),
        ("Bergen", "GPE"),
    ]


def test_a_city_before_a_site_noun_is_a_place(blank):
    text = "Early reports from Novosibirsk hospital found nothing."
    assert ents(blank, text, [("Novosibirsk", "ORG")]) == [("Novosibirsk", "GPE")]


def test_a_company_named_like_a_city_stays_a_company_between_companies(blank):
    text = "Lena Varga moved from Toyota to Kestrel Motors in May."
    raw = [("Lena Varga", "PERSON"), ("Toyota", "ORG"), ("Kestrel Motors", "ORG"), ("May", "DATE")]
    assert ("Toyota", "ORG") in ents(blank, text, raw)


def test_a_town_named_fort_stays_a_town(blank):
    text = "The lanes were shut in Fort Myers, Florida."
    raw = [("Fort Myers", "GPE"), ("Florida", "GPE")]
    assert ents(blank, text, raw) == [("Fort Myers", "GPE"), ("Florida", "GPE")]


def test_a_body_for_two_places_is_one_name_and_its_head_makes_it_a_body(blank):
    text = "The Port Authority of Bergen and Stavanger met. The Port Authority said no."
    raw = [
        ("Port Authority of Bergen", "FAC"),
        ("Stavanger", "GPE"),
        ("Port Authority", "FAC", 1),
    ]
    assert ents(blank, text, raw) == [
        ("Port Authority of Bergen and Stavanger", "ORG"),
        ("Port Authority", "ORG"),
    ]


def test_a_body_and_another_body_after_and_stay_two(blank):
    text = "The Ministry of Fisheries and Kestrel Marine signed a deal."
    raw = [("Ministry of Fisheries", "ORG"), ("Kestrel Marine", "ORG")]
    assert ents(blank, text, raw) == raw


def test_two_years_joined_by_a_dash_are_a_date(blank):
    text = "Catches fell during 2017–2018 and the 1961-62 season; 1500-2000 people came."
    raw = [("2017–2018", "CARDINAL"), ("1961-62", "CARDINAL"), ("1500-2000", "CARDINAL")]
    assert ents(blank, text, raw) == [
        ("2017–2018", "DATE"),
        ("1961-62", "DATE"),
        ("1500-2000", "CARDINAL"),  # a count before its noun
    ]


def test_a_surname_cut_at_a_hyphen_is_the_whole_word_the_article_names(blank):
    text = "Rawee Som-o-rat spoke. Rivals ran against Som-o-rat, not a Varga-led list."
    raw = [("Rawee Som-o-rat", "PERSON"), ("Som", "PERSON", 1), ("Varga", "PERSON")]
    assert ents(blank, text, raw) == [
        ("Rawee Som-o-rat", "PERSON"),
        ("Som-o-rat", "PERSON"),
        ("Varga", "PERSON"),
    ]


def test_invisible_characters_are_no_part_of_a_name(blank):
    text = "The news site Kestrel Xtra\u200d reported it."
    got = extract_entities(make_doc(blank, text, [("Kestrel Xtra\u200d", "ORG")]))
    assert [(e.text, e.label) for e in got] == [("Kestrel Xtra", "ORG")]
    assert text[got[0].start : got[0].end] == "Kestrel Xtra"


def test_a_genus_and_its_epithet_written_out_or_abbreviated_are_no_name(blank):
    text = "Divers found Tessaria montanica near the reef; T. montanica grows slowly."
    raw = [("Tessaria montanica", "PERSON"), ("T. montanica", "PERSON")]
    assert ents(blank, text, raw) == []


def test_a_genus_before_its_epithet_in_brackets_is_no_name(blank):
    text = "The shark (Varrodon tessarias) was seen by Lena Varga."
    raw = [("Varrodon", "PERSON"), ("Lena Varga", "PERSON")]
    assert ents(blank, text, raw) == [("Lena Varga", "PERSON")]


def test_a_word_with_an_editors_bracketed_capital_is_no_name(blank):
    text = 'She said: "[S]evenfold gains are likely," and Lena Varga agreed.'
    raw = [("S]evenfold", "ORG"), ("Lena Varga", "PERSON")]
    assert ents(blank, text, raw) == [("Lena Varga", "PERSON")]


def test_capitals_in_brackets_after_a_body_are_its_acronym_in_any_language(blank):
    text = "Staff of the Norwegian Polar Agency (NPI) met. Later NPI said no."
    raw = [("Norwegian Polar Agency", "ORG")]
    assert ents(blank, text, raw) == [
        ("Norwegian Polar Agency", "ORG"),
        ("NPI", "ORG"),
        ("NPI", "ORG"),
    ]


def test_the_initials_of_the_place_in_a_bodys_name_are_the_place(blank):
    text = "The Parliament of New Kestrelia (NK) voted."
    raw = [("Parliament of New Kestrelia", "ORG"), ("NK", "GPE")]
    assert ents(blank, text, raw) == raw


def test_from_opens_a_range_of_dates_the_model_gave_whole(blank):
    text = "She taught from 1977 to 1995 and sang from May 3 until May 9."
    raw = [("1977 to 1995", "DATE"), ("May 3 until May 9", "DATE")]
    assert ents(blank, text, raw) == [
        ("from 1977 to 1995", "DATE"),
        ("from May 3 until May 9", "DATE"),
    ]
