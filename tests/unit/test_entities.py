"""Entity conventions of ANNOTATIONS.md, on Docs built by hand (no model needed).

Each test gives spaCy-like raw entities, as the small model tends to produce them, and
checks the span and label newslab turns them into.
"""

from __future__ import annotations

from newslab.entities import extract_entities
from tests.conftest import entities_by_hand, make_doc

ents = entities_by_hand


def test_leading_determiner_goes_outside_names(blank):
    text = "Talks with the Kremlin and the North Atlantic Treaty Organization went on."
    raw = [("the Kremlin", "ORG"), ("the North Atlantic Treaty Organization", "ORG")]
    assert ents(blank, text, raw) == [
        ("Kremlin", "ORG"),
        ("North Atlantic Treaty Organization", "ORG"),
    ]


def test_the_stays_inside_relative_dates(blank):
    text = "It ended the same day."
    assert ents(blank, text, [("the same day", "DATE")]) == [("the same day", "DATE")]


def test_titles_stay_outside_person(blank):
    text = "President Vladimir Putin met Defense Minister Sergei Shoigu."
    raw = [("President Vladimir Putin", "PERSON"), ("Defense", "ORG"), ("Sergei Shoigu", "PERSON")]
    assert ents(blank, text, raw) == [("Vladimir Putin", "PERSON"), ("Sergei Shoigu", "PERSON")]


def test_possessive_stays_outside_straight_curly_and_plural(blank):
    text = "Russia’s army, Russia's navy and the United Nations' view."
    raw = [("Russia’s", "GPE"), ("Russia's", "GPE"), ("the United Nations'", "ORG")]
    assert ents(blank, text, raw) == [
        ("Russia", "GPE"),
        ("Russia", "GPE"),
        ("United Nations", "ORG"),
    ]


def test_curly_apostrophe_is_never_an_entity(blank):
    text = "Things are fine, let’s continue talking."
    doc = make_doc(blank, text, [])
    s = text.index("’s")
    doc.ents = [doc.char_span(s, s + 2, label="GPE", alignment_mode="expand")]
    assert extract_entities(doc) == ()


def test_one_label_per_name_and_canonical_full_name(blank):
    text = "Foreign Minister Sergei Lavrov spoke. Later Lavrov said more. Lavrov’s plan stands."
    raw = [("Sergei Lavrov", "PERSON"), ("Lavrov", "ORG", 1)]
    found = extract_entities(make_doc(blank, text, raw))
    assert [(e.text, e.label, e.canonical) for e in found] == [
        ("Sergei Lavrov", "PERSON", "Sergei Lavrov"),
        ("Lavrov", "PERSON", "Sergei Lavrov"),
        ("Lavrov", "PERSON", "Sergei Lavrov"),  # missed by the model, found by the name
    ]


def test_a_middle_name_alone_is_the_same_person(blank):
    text = "Wanda Vázquez Garced will take over. Vázquez said she was ready."
    raw = [("Wanda Vázquez Garced", "PERSON"), ("Vázquez", "ORG", 1)]
    found = extract_entities(make_doc(blank, text, raw))
    assert [(e.text, e.label, e.canonical) for e in found][1] == (
        "Vázquez",
        "PERSON",
        "Wanda Vázquez Garced",
    )


def test_hedges_stay_inside_numbers(blank):
    text = "Up to four floors and at least seventeen people, some 130,000 troops, four or more."
    raw = [
        ("four", "CARDINAL"),
        ("seventeen", "CARDINAL"),
        ("130,000", "CARDINAL"),
        ("four", "CARDINAL", 1),
    ]
    assert ents(blank, text, raw) == [
        ("Up to four", "CARDINAL"),
        ("at least seventeen", "CARDINAL"),
        ("some 130,000", "CARDINAL"),
        ("four or more", "CARDINAL"),
    ]


def test_a_number_label_without_a_number_is_dropped(blank):
    text = "The U.S.–Mexico border."
    assert ents(blank, text, [("U.S.–Mexico", "CARDINAL")]) == []


def test_acronym_in_brackets_takes_the_long_name_label_and_canonical(blank):
    text = "The United States Coast Guard (USCG) searched. Later USCG stopped."
    raw = [("The United States Coast Guard", "ORG")]
    found = extract_entities(make_doc(blank, text, raw))
    assert [(e.text, e.label, e.canonical) for e in found] == [
        ("United States Coast Guard", "ORG", "United States Coast Guard"),
        ("USCG", "ORG", "United States Coast Guard"),
        ("USCG", "ORG", "United States Coast Guard"),
    ]


def test_clock_times_keep_local_time_and_utc(blank):
    text = "It starts at 6 p.m. local time (1700 UTC) tomorrow."
    raw = [("6 p.m.", "TIME"), ("1700", "DATE"), ("UTC", "ORG"), ("tomorrow", "DATE")]
    assert ents(blank, text, raw) == [
        ("6 p.m. local time", "TIME"),
        ("1700 UTC", "TIME"),
        ("tomorrow", "DATE"),
    ]


def test_part_of_day_joins_its_day_as_time(blank):
    text = "The hotel caught fire yesterday morning, and rain falls from Friday morning."
    raw = [("yesterday", "DATE"), ("morning", "TIME"), ("Friday", "DATE"), ("morning", "TIME", 1)]
    assert ents(blank, text, raw) == [("yesterday morning", "TIME"), ("Friday morning", "TIME")]


def test_weekday_keeps_the_words_that_place_it(blank):
    text = "The search ended late on Tuesday. This Wednesday he spoke."
    raw = [("Tuesday", "DATE"), ("Wednesday", "DATE")]
    assert ents(blank, text, raw) == [("late on Tuesday", "DATE"), ("This Wednesday", "DATE")]


def test_day_and_date_of_the_same_day_are_one_date(blank):
    text = "It takes effect next Wednesday, July 31. Limits began on March 4 and 5 respectively."
    raw = [("next Wednesday", "DATE"), ("July 31", "DATE"), ("March 4", "DATE"), ("5", "CARDINAL")]
    assert ents(blank, text, raw) == [
        ("next Wednesday, July 31", "DATE"),
        ("March 4 and 5", "DATE"),
    ]


def test_measurements_are_quantities(blank):
    text = "The boat was a 75 ft (~23 m) long vessel."
    assert ents(blank, text, [("75", "CARDINAL")]) == [("75 ft", "QUANTITY"), ("~23 m", "QUANTITY")]


def test_storm_names_are_events_and_keep_that_label(blank):
    text = "Hurricane Lorenzo hit the islands. Lorenzo weakened."
    raw = [("Hurricane Lorenzo", "ORG"), ("Lorenzo", "PERSON", 1)]
    assert ents(blank, text, raw) == [("Hurricane Lorenzo", "EVENT"), ("Lorenzo", "EVENT")]


def test_places_mistaken_for_people_by_their_context(blank):
    text = "The storm hit the Azores. The Azores closed schools. Troops entered Tell Tamer."
    raw = [("Azores", "PERSON"), ("Azores", "PERSON", 1), ("Tell Tamer", "PERSON")]
    assert ents(blank, text, raw) == [("Azores", "GPE"), ("Azores", "GPE"), ("Tell Tamer", "GPE")]


def test_organisations_mistaken_for_people_or_groups(blank):
    text = "Store chains Tesvik and Morlan cut limits, a Tesvik spokesperson said. NOVAX too."
    raw = [
        ("Tesvik", "NORP"),
        ("Morlan", "PERSON"),
        ("Tesvik", "NORP", 1),
        ("NOVAX", "PERSON"),
    ]
    assert ents(blank, text, raw) == [
        ("Tesvik", "ORG"),
        ("Morlan", "ORG"),  # one word joined by "and" to an organisation
        ("Tesvik", "ORG"),
        ("NOVAX", "ORG"),
    ]


def test_people_mistaken_for_organisations_by_title_or_apposition(blank):
    text = "Ricardo Rosselló Nevares, Puerto Rico's governor, quit. Governor Rosselló left."
    raw = [("Ricardo Rosselló Nevares", "ORG"), ("Puerto Rico's", "GPE"), ("Rosselló", "ORG", 1)]
    found = extract_entities(make_doc(blank, text, raw))
    assert [(e.text, e.label, e.canonical) for e in found] == [
        ("Ricardo Rosselló Nevares", "PERSON", "Ricardo Rosselló Nevares"),
        ("Puerto Rico", "GPE", "Puerto Rico"),
        ("Rosselló", "PERSON", "Ricardo Rosselló Nevares"),
    ]


def test_two_person_pieces_side_by_side_are_one_name(blank):
    text = "He was sentenced by Judge Amy Berman Jackson to prison."
    raw = [("Amy Berman", "PERSON"), ("Jackson", "PERSON")]
    assert ents(blank, text, raw) == [("Amy Berman Jackson", "PERSON")]


def test_diseases_and_time_zones_are_not_entities(blank):
    text = "A precaution against COVID-19, the WHO said in UTC terms."
    assert ents(blank, text, [("COVID-19", "ORG"), ("UTC", "ORG")]) == []


def test_long_organisation_names_keep_their_for_and_of(blank):
    text = "The Puerto Rico Center for Investigative Journalism obtained the messages."
    raw = [("The Puerto Rico Center", "ORG")]
    assert ents(blank, text, raw) == [("Puerto Rico Center for Investigative Journalism", "ORG")]


def test_every_span_is_its_text(blank):
    text = "“Russia’s” (the U.S.) said [NATO] at 6:41 p.m. — ‘the West’s’ view."
    raw = [("Russia’s", "GPE"), ("U.S.", "GPE"), ("NATO", "ORG"), ("West’s", "LOC")]
    for e in extract_entities(make_doc(blank, text, raw)):
        assert text[e.start : e.end] == e.text


def test_an_interviewer_who_asks_stays_what_it_is(blank):
    text = (
        "((Kestrel Radio)) Why now?\n((Ana Sol)) It was time.\n"
        "((Kestrel Radio)) And next?\n((Ana Sol)) Rest."
    )
    raw = [("Kestrel Radio", "ORG"), ("Ana Sol", "ORG"), ("Kestrel Radio", "ORG", 1)]
    assert ents(blank, text, raw) == [
        ("Kestrel Radio", "ORG"),
        ("Ana Sol", "PERSON"),
        ("Kestrel Radio", "ORG"),
        ("Ana Sol", "PERSON"),
    ]


def test_image_alone_before_a_credit_is_no_name(blank):
    text = "Ana Sol at the rally. Image: Kestrel Radio."
    raw = [("Ana Sol", "PERSON"), ("Image", "PERSON")]
    # the credit itself is a name: a body, by its word "Radio"
    assert ents(blank, text, raw) == [("Ana Sol", "PERSON"), ("Kestrel Radio", "ORG")]


def test_an_acronym_is_no_title_of_a_work(blank):
    text = "She wrote to UEFA and UEFA answered."
    raw = [("UEFA", "WORK_OF_ART"), ("UEFA", "WORK_OF_ART", 1)]
    assert ents(blank, text, raw) == [("UEFA", "ORG"), ("UEFA", "ORG")]


def test_a_place_after_published_in_stays_a_place(blank):
    text = "The report was published in Oslo on Monday."
    assert ents(blank, text, [("Oslo", "GPE")]) == [("Oslo", "GPE")]


def test_a_country_and_the_body_after_it_are_one_name(blank):
    text = "Yesterday, the Moldova House of Representatives voted."
    raw = [("Moldova", "GPE"), ("House", "ORG")]
    assert ents(blank, text, raw) == [("Moldova House of Representatives", "ORG")]


def test_a_title_after_a_country_and_its_court_stays_outside(blank):
    text = "On Monday, Moldova District Court Judge Ion Rusu ruled."
    raw = [("Moldova", "GPE"), ("District Court", "ORG"), ("Ion Rusu", "PERSON")]
    assert ents(blank, text, raw) == [("Moldova District Court", "ORG"), ("Ion Rusu", "PERSON")]


def test_a_party_between_a_state_and_a_body_keeps_them_apart(blank):
    text = "He lost the 2018 Montana Republican Senate primary."
    raw = [("Montana", "GPE"), ("Republican", "NORP"), ("Senate", "ORG")]
    assert ents(blank, text, raw) == [
        ("2018", "DATE"),  # a year before a name is a DATE of its own
        ("Montana", "GPE"),
        ("Republican", "NORP"),
        ("Senate", "ORG"),
    ]


def test_a_campus_belongs_to_its_university(blank):
    text = "A study by the University of Manitoba at Winnipeg was cited."
    raw = [("University of Manitoba", "ORG"), ("Winnipeg", "GPE")]
    assert ents(blank, text, raw) == [("University of Manitoba at Winnipeg", "ORG")]


def test_a_region_joined_by_and_the_stays_in_the_name(blank):
    text = "The Islamic Emirate of Tasmania and the Levant claimed it."
    raw = [("Islamic Emirate of Tasmania", "ORG"), ("Levant", "GPE")]
    assert ents(blank, text, raw) == [("Islamic Emirate of Tasmania and the Levant", "ORG")]


def test_a_ministry_and_an_army_joined_by_and_the_stay_apart(blank):
    text = "The Ministry of Defence of Tasmania and the Army agreed."
    raw = [("Ministry of Defence of Tasmania", "ORG"), ("Army", "ORG")]
    assert ents(blank, text, raw) == [("Ministry of Defence of Tasmania", "ORG"), ("Army", "ORG")]


def test_a_surname_that_is_also_a_city_stays_a_person_where_no_place_is_meant(blank):
    text = "Radio host Ana Kerman died. Kerman was 79. Fans of Kerman mourned."
    raw = [("Ana Kerman", "PERSON"), ("Kerman", "GPE", 1), ("Kerman", "GPE", 2)]
    assert ents(blank, text, raw) == [
        ("Ana Kerman", "PERSON"),
        ("Kerman", "PERSON"),
        ("Kerman", "PERSON"),
    ]


def test_a_campus_short_name_in_brackets_is_the_university(blank):
    text = "Staff of the University of Manitoba at Winnipeg (UM Winnipeg) said so."
    raw = [("University of Manitoba", "ORG"), ("Winnipeg", "GPE"), ("Winnipeg", "PERSON", 1)]
    assert ents(blank, text, raw) == [
        ("University of Manitoba at Winnipeg", "ORG"),
        ("UM Winnipeg", "ORG"),
    ]
