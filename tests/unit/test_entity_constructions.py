"""One test per entity construction of issue 15, on Docs built by hand (no model needed).

Places from the gazetteer, names that stay whole, list lines, laws, and the case and genre
guards. Every sentence is written for the test; none of its places or organisations is in a
gold article. The raw entities are what the small model tends to produce.
"""

from __future__ import annotations

import datetime as dt

from newslab.entities import extract_entities
from newslab.entities.gazetteer import demonym_place, place_kind, place_label
from newslab.timexes import extract_timexes
from tests.conftest import entities_by_hand, make_doc

ents = entities_by_hand


# --- the gazetteer -------------------------------------------------------------------------


def test_gazetteer_knows_towns_regions_and_countries_from_its_data():
    assert place_kind("Ushuaia") == "town"  # GeoNames: about 60,000 people
    assert place_kind("Puerto Montt") == "city"  # more than 100,000
    assert place_kind("Los Lagos Region") == "state"  # ISO 3166-2 region, with its type word
    assert place_kind("Tierra del Fuego Province") == "state"
    assert place_kind("Tuvalu") == "country"
    assert place_kind("Oceania") == "continent"
    assert place_label("Oceania") == "LOC" and place_label("Tuvalu") == "GPE"
    assert place_kind("Montreal") == place_kind("Montréal") == "city"  # accents folded
    # ordinary words that are also some small town's name are no place
    assert place_kind("March") is None and place_kind("Police") is None
    assert place_kind("Ushuaia Bakery") is None  # exact look-up, never a scan


def test_plural_nationalities_come_from_the_place_they_name():
    assert demonym_place("Canadians") == "Canada"
    assert demonym_place("Texans") == "Texas"
    assert demonym_place("Parisians") == "Paris"
    assert demonym_place("Tuvaluans") == "Tuvalu"
    assert demonym_place("Morlans") is None
    assert demonym_place("Guardians") is None  # Guarda is a Portuguese district, not a people


# --- places in their context ---------------------------------------------------------------


def test_a_known_town_after_in_or_from_is_a_place_whatever_the_model_said(blank):
    text = "Rescuers flew from Puerto Montt and worked in Ushuaia all week."
    raw = [("Puerto Montt", "PERSON"), ("Ushuaia", "ORG")]
    assert ents(blank, text, raw) == [("Puerto Montt", "GPE"), ("Ushuaia", "GPE")]


def test_a_town_region_pair_in_one_span_is_two_places(blank):
    text = "The boat docked at Puerto Montt, Los Lagos Region, on time."
    raw = [("Puerto Montt, Los Lagos Region", "ORG")]
    assert ents(blank, text, raw) == [("Puerto Montt", "GPE"), ("Los Lagos Region", "GPE")]


def test_places_the_model_missed_after_a_locative_or_in_a_pair(blank):
    text = "Storms hit Ushuaia, Tierra del Fuego Province, and later in Salta Province too."
    raw = [("Ushuaia", "GPE")]
    assert ents(blank, text, raw) == [
        ("Ushuaia", "GPE"),
        ("Tierra del Fuego Province", "GPE"),
        ("Salta Province", "GPE"),
    ]


def test_a_country_is_a_place_but_a_persons_name_is_not(blank):
    text = "Talks with Tuvalu went on. Chad Morlan said Chad Morlan would go."
    raw = [("Tuvalu", "PERSON"), ("Chad Morlan", "PERSON"), ("Chad Morlan", "PERSON", 1)]
    assert ents(blank, text, raw) == [
        ("Tuvalu", "GPE"),
        ("Chad Morlan", "PERSON"),
        ("Chad Morlan", "PERSON"),
    ]


def test_a_town_called_a_nationality_is_a_place_and_a_continent_a_loc(blank):
    text = "The Montreal team sailed to Oceania."
    raw = [("Montreal", "NORP"), ("Oceania", "GPE")]
    assert ents(blank, text, raw) == [("Montreal", "GPE"), ("Oceania", "LOC")]


def test_a_place_and_a_name_after_a_title_are_split(blank):
    text = "First Minister of Manitoba Rhian Kovalchuk spoke; Senator from Montana Lena Holt too."
    raw = [("Manitoba Rhian Kovalchuk", "ORG"), ("Montana Lena Holt", "ORG")]
    assert ents(blank, text, raw) == [
        ("Manitoba", "GPE"),
        ("Rhian Kovalchuk", "PERSON"),
        ("Montana", "GPE"),
        ("Lena Holt", "PERSON"),
    ]


def test_nationality_plurals_are_norp(blank):
    text = "Thousands of Canadians and Texans marched; any Parisian would."
    raw = [("Canadians", "PERSON"), ("Texans", "ORG"), ("Parisian", "PERSON")]
    assert ents(blank, text, raw) == [
        ("Canadians", "NORP"),
        ("Texans", "NORP"),
        ("Parisian", "NORP"),
    ]


def test_a_singular_surname_that_looks_like_a_nationality_stays_a_person(blank):
    text = "Ana Roman spoke. Roman said more."  # "Romans" would be Rome's people; "Roman" alone
    raw = [("Ana Roman", "PERSON"), ("Roman", "PERSON", 1)]
    assert ents(blank, text, raw) == [("Ana Roman", "PERSON"), ("Roman", "PERSON")]


# --- names that stay whole -----------------------------------------------------------------


def test_a_name_never_ends_in_of(blank):
    text = "The Inter-American Court of Human Rights ruled. Ana Ruiz of Bolivia spoke."
    raw = [("Inter-American Court of", "ORG"), ("Ana Ruiz of", "PERSON")]
    assert ents(blank, text, raw) == [
        ("Inter-American Court of Human Rights", "ORG"),
        ("Ana Ruiz", "PERSON"),
    ]


def test_a_bracketed_acronym_makes_the_name_before_it_whole_and_links_them(blank):
    text = (
        "The National Institute of Water and Atmospheric Research (NIWA) warned. "
        "Later NIWA said the storm had passed."
    )
    raw = [("Atmospheric Research", "ORG"), ("NIWA", "ORG")]
    found = extract_entities(make_doc(blank, text, raw))
    assert [(e.text, e.label, e.canonical) for e in found] == [
        (
            "National Institute of Water and Atmospheric Research",
            "ORG",
            "National Institute of Water and Atmospheric Research",
        ),
        ("NIWA", "ORG", "National Institute of Water and Atmospheric Research"),
        ("NIWA", "ORG", "National Institute of Water and Atmospheric Research"),
    ]


def test_an_acronym_with_commas_and_and_inside_its_name(blank):
    text = "The Ministry of Housing, Communities and Local Government (MHCLG) replied."
    raw = [("Ministry of Housing", "ORG"), ("Local Government", "ORG")]
    assert ents(blank, text, raw) == [
        ("Ministry of Housing, Communities and Local Government", "ORG"),
        ("MHCLG", "ORG"),
    ]


def test_an_acronym_takes_the_label_of_the_name_its_letters_spell(blank):
    text = "The Central African Republic sent aid. The CAR also sent doctors."
    raw = [("The Central African Republic", "GPE"), ("CAR", "ORG")]
    assert ents(blank, text, raw) == [("Central African Republic", "GPE"), ("CAR", "GPE")]


def test_one_word_joined_by_and_to_an_organisation_is_part_of_it(blank):
    text = "A grant from the Ruth and Omar Halden Foundation helped. Ford, Fiat and Opel Group met."
    raw = [("Ruth", "PERSON"), ("Omar Halden Foundation", "ORG"), ("Opel Group", "ORG")]
    assert ents(blank, text, raw) == [
        ("Ruth and Omar Halden Foundation", "ORG"),
        ("Opel Group", "ORG"),  # a list: "Fiat" is a name of its own
    ]


def test_a_numbered_sitting_of_a_body_is_an_ordinal_and_the_body(blank):
    text = "The 41st Manitoba Legislature met; 20th Century Studios filmed it."
    raw = [("41st Manitoba Legislature", "ORG"), ("20th Century Studios", "ORG")]
    assert ents(blank, text, raw) == [
        ("41st", "ORDINAL"),
        ("Manitoba Legislature", "ORG"),
        ("20th Century Studios", "ORG"),
    ]


def test_storm_and_station_words_join_the_name(blank):
    text = "Storm Ophira flooded Brandon station."
    raw = [("Ophira", "PERSON"), ("Brandon", "GPE")]
    assert ents(blank, text, raw) == [("Storm Ophira", "EVENT"), ("Brandon station", "FAC")]


# --- lists, money, laws --------------------------------------------------------------------


def test_lines_of_a_results_list_are_a_name_and_a_cardinal(blank):
    text = "Seats won:\nGreen Party - 12\nIndependents - 3\nFounded - 1998"
    raw = [("Green Party - 12", "ORG"), ("Independents - 3", "PERSON"), ("1998", "DATE")]
    assert ents(blank, text, raw) == [
        ("Green Party", "ORG"),
        ("12", "CARDINAL"),
        ("Independents", "PERSON"),  # the name keeps the model's label
        ("3", "CARDINAL"),
        ("1998", "DATE"),  # a year is no count
    ]


def test_a_currency_sign_is_inside_the_money_span(blank):
    text = "It cost €4,500 (£3,900; US$5,100) and A$70."
    raw = [("4,500", "MONEY"), ("3,900", "MONEY"), ("5,100", "MONEY"), ("70", "MONEY")]
    assert ents(blank, text, raw) == [
        ("€4,500", "MONEY"),
        ("£3,900", "MONEY"),
        ("US$5,100", "MONEY"),
        ("A$70", "MONEY"),
    ]


def test_laws_and_documents_are_law_by_their_head(blank):
    text = (
        "The Clean Water Act, the Treaty of Lisbon, the Convention on the Rights of Persons "
        "with Disabilities and Security Council resolution 2231 apply; the North Atlantic "
        "Treaty Organization met at the Republican National Convention."
    )
    raw = [
        ("Clean Water Act", "ORG"),
        ("Lisbon", "GPE"),
        ("Security Council", "ORG"),
        ("2231", "CARDINAL"),
        ("North Atlantic Treaty Organization", "ORG"),
        ("Republican National Convention", "EVENT"),
    ]
    assert ents(blank, text, raw) == [
        ("Clean Water Act", "LAW"),
        ("Treaty of Lisbon", "LAW"),
        ("Convention on the Rights of Persons", "LAW"),  # "with" ends a name
        ("Security Council resolution 2231", "LAW"),
        ("North Atlantic Treaty Organization", "ORG"),
        ("Republican National Convention", "EVENT"),
    ]


def test_an_amendment_to_a_constitution_is_one_law_and_its_year_is_part_of_the_name(blank):
    text = (
        "The Sixth Amendment to the Bolivian Constitution, the Data Protection Act 2018 and "
        "the Clean Rivers Act of 1963 stand; the Extradition Bill and Republic Act No. 9262 "
        "passed, as Ana Ruiz of the Bill and Ada Foundation said."
    )
    raw = [
        ("Sixth Amendment", "LAW"),
        ("Bolivian", "NORP"),
        ("2018", "DATE"),
        ("Clean Rivers Act", "ORG"),
        ("1963", "DATE"),
        ("Extradition Bill", "ORG"),
        ("9262", "DATE"),
        ("Ana Ruiz", "PERSON"),
        ("Bill and Ada Foundation", "ORG"),
    ]
    assert ents(blank, text, raw) == [
        ("Sixth Amendment to the Bolivian Constitution", "LAW"),
        ("Data Protection Act 2018", "LAW"),
        ("Clean Rivers Act of 1963", "LAW"),
        ("Extradition Bill", "LAW"),
        ("Republic Act No. 9262", "LAW"),
        ("Ana Ruiz", "PERSON"),
        ("Bill and Ada Foundation", "ORG"),
    ]


def test_the_year_inside_a_laws_name_is_still_a_year_timex(blank):
    text = "The Clean Rivers Act of 1963 was repealed."
    doc = make_doc(blank, text, [("Clean Rivers Act", "ORG"), ("1963", "DATE")])
    timexes = extract_timexes(doc, extract_entities(doc), anchor=dt.date(2020, 5, 1))
    assert [(e.text, e.label) for e in extract_entities(doc)] == [
        ("Clean Rivers Act of 1963", "LAW")
    ]
    assert [(t.text, t.value) for t in timexes] == [("1963", "1963")]


# --- case and genre guards -----------------------------------------------------------------


def test_names_in_a_sentence_in_capitals_are_dropped_unless_written_elsewhere(blank):
    text = "NASA spoke. WE SHALL OVERCOME THIS, NASA AND FRIENDS! Ana Ruiz agreed."
    raw = [
        ("NASA", "ORG"),
        ("OVERCOME THIS", "WORK_OF_ART"),
        ("NASA", "ORG", 1),
        ("FRIENDS", "ORG"),
        ("Ana Ruiz", "PERSON"),
    ]
    assert ents(blank, text, raw) == [("NASA", "ORG"), ("NASA", "ORG"), ("Ana Ruiz", "PERSON")]


def test_honorifics_are_not_people(blank):
    text = "His Holiness thanked the crowd, and Her Excellency Ana Ruiz waved."
    raw = [("Holiness", "PERSON"), ("Her Excellency Ana Ruiz", "PERSON")]
    assert ents(blank, text, raw) == [("Ana Ruiz", "PERSON")]


def test_latin_genus_names_are_not_entities(blank):
    text = "A Deinonychus claw and a Tyrannosaurus rex tooth were found by Ana Ruiz."
    raw = [("Deinonychus", "PERSON"), ("Tyrannosaurus", "PERSON"), ("Ana Ruiz", "PERSON")]
    assert ents(blank, text, raw) == [("Ana Ruiz", "PERSON")]


def test_an_office_after_a_comma_does_not_make_a_place_a_person(blank):
    text = "She moved to Manitoba, a province, and stayed in Manitoba."
    raw = [("Manitoba", "GPE"), ("Manitoba", "PERSON", 1)]
    assert ents(blank, text, raw) == [("Manitoba", "GPE"), ("Manitoba", "GPE")]


def test_a_bare_given_name_of_a_person_in_the_article_is_that_person(blank):
    text = "Omar Halden was jailed. The fate of Omar moved many."
    raw = [("Omar Halden", "PERSON"), ("Omar", "GPE", 1)]
    assert ents(blank, text, raw) == [("Omar Halden", "PERSON"), ("Omar", "PERSON")]


# --- more names, numbers and days ----------------------------------------------------------


def test_a_capitalised_word_against_a_weekday_names_the_day(blank):
    text = "Shops cut prices for Cyber Monday. Apple Monday said so; Texas Monday voted."
    raw = [
        ("Cyber", "GPE"),
        ("Monday", "DATE"),
        ("Apple", "ORG"),
        ("Monday", "DATE", 1),
        ("Monday", "DATE", 2),
    ]
    assert ents(blank, text, raw) == [
        ("Cyber Monday", "DATE"),
        ("Apple", "ORG"),  # a company's name before a weekday stays a company
        ("Monday", "DATE"),
        ("Monday", "DATE"),  # and so does a place's
    ]


def test_codes_of_letters_and_digits_are_not_dates(blank):
    text = "The planet TOI-700d and the strain 2021-xB2 were named in Q3, not mid-2020."
    raw = [("TOI-700d", "DATE"), ("2021-xB2", "TIME"), ("Q3", "DATE"), ("mid-2020", "DATE")]
    assert ents(blank, text, raw) == [
        ("TOI-700d", "LOC"),  # a planet, as the planets are
        ("Q3", "DATE"),
        ("mid-2020", "DATE"),
    ]


def test_money_needs_a_currency(blank):
    text = "It uses roughly 2 billion toilets and 40 billion gallons, and $3 billion."
    raw = [("roughly 2 billion", "MONEY"), ("40 billion gallons", "MONEY"), ("3 billion", "MONEY")]
    assert ents(blank, text, raw) == [
        ("roughly 2 billion", "CARDINAL"),
        ("40 billion gallons", "QUANTITY"),
        ("$3 billion", "MONEY"),
    ]


def test_only_stays_outside_a_number_and_between_dates_are_one(blank):
    text = "Only 12 of them, only 6% to 9%, died between March 2011 and June 2012."
    raw = [
        ("Only 12", "CARDINAL"),
        ("only 6% to 9%", "PERCENT"),
        ("between March 2011", "DATE"),
        ("June 2012", "DATE"),
    ]
    assert ents(blank, text, raw) == [
        ("12", "CARDINAL"),
        ("6% to 9%", "PERCENT"),
        ("between March 2011 and June 2012", "DATE"),
    ]


def test_first_minister_is_a_title_and_category_four_a_number(blank):
    text = "First Minister Ana Ruiz said the storm reached Category 4. The first boat left."
    raw = [("First", "ORDINAL"), ("Ana Ruiz", "PERSON"), ("first", "ORDINAL")]
    assert ents(blank, text, raw) == [
        ("Ana Ruiz", "PERSON"),
        ("4", "CARDINAL"),
        ("first", "ORDINAL"),
    ]


def test_a_name_after_a_capital_the_in_mid_sentence_is_an_organisation(blank):
    text = "She told The Clarion, a paper in The Bahamas, and wrote for The Wanderers."
    raw = [("Clarion", "LOC"), ("Bahamas", "GPE"), ("Wanderers", "NORP")]
    assert ents(blank, text, raw) == [
        ("Clarion", "ORG"),
        ("Bahamas", "GPE"),  # a place stays a place
        ("Wanderers", "ORG"),
    ]


def test_an_owner_and_the_name_it_owns_are_two_names(blank):
    text = "Ana Ruiz heads the World Trade Authority's Dispute Settlement Body; St. Mary's College."
    raw = [
        ("Ana Ruiz", "PERSON"),
        ("World Trade Authority's Dispute Settlement Body", "ORG"),
        ("St. Mary's College", "ORG"),
    ]
    assert ents(blank, text, raw) == [
        ("Ana Ruiz", "PERSON"),
        ("World Trade Authority", "ORG"),
        ("Dispute Settlement Body", "ORG"),
        ("St. Mary's College", "ORG"),
    ]


def test_a_family_by_its_surname_and_a_short_name_in_brackets(blank):
    text = (
        "Omar Halden and his wife were charged; the Haldens denied it. The Valley Fire "
        "Department (ValFire) said ValFire had warned them."
    )
    raw = [
        ("Omar Halden", "PERSON"),
        ("Haldens", "ORG"),
        ("The Valley Fire Department", "ORG"),
    ]
    assert ents(blank, text, raw) == [
        ("Omar Halden", "PERSON"),
        ("Haldens", "PERSON"),
        ("Valley Fire Department", "ORG"),
        ("ValFire", "ORG"),
        ("ValFire", "ORG"),
    ]


def test_events_by_their_last_word_and_diseases_are_no_entities(blank):
    text = "At the Tasman Business Plan Competition, Dr Ana Ruiz spoke of Kestrel Valley Fever."
    raw = [
        ("Tasman Business Plan Competition", "ORG"),
        ("Ana Ruiz", "PERSON"),
        ("Kestrel Valley Fever", "ORG"),
    ]
    assert ents(blank, text, raw) == [
        ("Tasman Business Plan Competition", "EVENT"),
        ("Ana Ruiz", "PERSON"),
    ]


def test_two_names_in_one_span_split_when_each_stands_alone_elsewhere(blank):
    text = "Tesvik cut limits. Morlan did too. Tesvik and Morlan agree."
    raw = [("Tesvik", "ORG"), ("Morlan", "ORG"), ("Tesvik and Morlan", "WORK_OF_ART")]
    assert ents(blank, text, raw) == [
        ("Tesvik", "ORG"),
        ("Morlan", "ORG"),
        ("Tesvik", "ORG"),
        ("Morlan", "ORG"),
    ]


def test_a_person_after_a_lowercase_title_keeps_the_surname_a_person(blank):
    text = "She met officers Milan Dravec and Ivo Kranj. Later Dravec left."
    raw = [("Milan Dravec", "ORG"), ("Ivo Kranj", "PERSON"), ("Dravec", "GPE", 1)]
    assert ents(blank, text, raw) == [
        ("Milan Dravec", "PERSON"),
        ("Ivo Kranj", "PERSON"),
        ("Dravec", "PERSON"),
    ]


def test_one_word_joined_by_and_to_an_organisation_is_one_after_its_label_settles(blank):
    text = "Supermarket chain Tesvik and Morlan cut limits. Morlan said so."
    raw = [("Tesvik", "PERSON"), ("Morlan", "PERSON"), ("Morlan", "PERSON", 1)]
    assert ents(blank, text, raw) == [("Tesvik", "ORG"), ("Morlan", "ORG"), ("Morlan", "ORG")]


# --- people the model calls an organisation ----------------------------------------------


def test_a_name_opening_with_a_widely_given_name_is_a_person(blank):
    text = "The prize went to Oskar Brennholt, and critics of Marta Vilsoe agreed."
    raw = [("Oskar Brennholt", "ORG"), ("Marta Vilsoe", "FAC")]
    assert ents(blank, text, raw) == [("Oskar Brennholt", "PERSON"), ("Marta Vilsoe", "PERSON")]


def test_a_given_name_before_a_head_word_a_country_or_an_article_is_no_person(blank):
    text = (
        "Grace Church, Georgia Quarry, Nadia Foundation and Al Tamra spoke for the Tarnby Rowers."
    )
    raw = [
        ("Grace Church", "ORG"),  # a church, named after no one
        ("Georgia Quarry", "ORG"),  # a state's name first
        ("Nadia Foundation", "ORG"),  # a body's head word last
        ("Al Tamra", "ORG"),  # an Arabic article first
    ]
    assert [label for _, label in ents(blank, text, raw)] == ["FAC", "ORG", "ORG", "ORG"]


def test_a_persons_name_after_in_the_is_no_place(blank):
    text = "She starred in the Oskar Brennholt film and in Tomas Ekdahl's play."
    raw = [("Oskar Brennholt", "PERSON"), ("Tomas Ekdahl", "PERSON")]
    assert ents(blank, text, raw) == [("Oskar Brennholt", "PERSON"), ("Tomas Ekdahl", "PERSON")]


def test_a_given_name_or_surname_the_model_cut_off_joins_the_name(blank):
    text = "Inspector Bruno Kessing of the port said so. Ines dal Verro agreed, and a visitor Ivan Petrak left."
    raw = [("Bruno", "PERSON"), ("dal Verro", "PERSON"), ("Petrak", "ORG")]
    assert ents(blank, text, raw) == [
        ("Bruno Kessing", "PERSON"),
        ("Ines dal Verro", "PERSON"),
        ("Ivan Petrak", "PERSON"),
    ]


def test_a_capitalised_word_the_article_also_writes_in_lower_case_is_no_given_name(blank):
    text = "The Senate met. After the vote, Elder Tomas Ekdahl spoke of the elder council."
    raw = [("Senate", "ORG"), ("Tomas Ekdahl", "PERSON")]
    assert ents(blank, text, raw) == [("Senate", "ORG"), ("Tomas Ekdahl", "PERSON")]


def test_a_bracketed_short_name_made_of_syllables_is_an_alias_everywhere(blank):
    text = "The Lowland Fisheries Federation (Lofed) met. Later Lofed said the quota was low."
    raw = [("Lowland Fisheries Federation", "ORG"), ("Lofed", "PERSON", 1)]
    assert ents(blank, text, raw) == [
        ("Lowland Fisheries Federation", "ORG"),
        ("Lofed", "ORG"),
        ("Lofed", "ORG"),
    ]


def test_a_second_surname_a_particle_and_a_suffix_stay_inside_a_persons_name(blank):
    text = "Nadia Ortiz Arribeta met Henri Lacoste d'Aubry and Tomas R. Ekdahl, Jr. in town."
    raw = [("Nadia Ortiz", "PERSON"), ("Henri Lacoste", "PERSON"), ("Tomas R. Ekdahl", "PERSON")]
    assert ents(blank, text, raw) == [
        ("Nadia Ortiz Arribeta", "PERSON"),
        ("Henri Lacoste d'Aubry", "PERSON"),
        ("Tomas R. Ekdahl, Jr.", "PERSON"),
    ]


def test_a_caption_word_or_a_second_name_after_a_persons_name_stays_outside(blank):
    text = "Nadia Ortiz Image: Wikimedia.\nNadia Ortiz Arribeta Foundation gave."
    raw = [("Nadia Ortiz", "PERSON"), ("Nadia Ortiz Arribeta Foundation", "ORG")]
    assert ents(blank, text, raw)[0] == ("Nadia Ortiz", "PERSON")


def test_streets_buildings_and_wars_are_named_by_their_last_word(blank):
    text = "Crowds filled Orvel Avenue near the Tarnby Memorial and the Kestrel Civil War museum."
    raw = [("Orvel Avenue", "PERSON"), ("Tarnby Memorial", "ORG"), ("Kestrel Civil War", "ORG")]
    assert ents(blank, text, raw) == [
        ("Orvel Avenue", "FAC"),
        ("Tarnby Memorial", "FAC"),
        ("Kestrel Civil War", "EVENT"),
    ]


def test_a_persons_name_stays_a_person_beside_words_that_suit_a_body(blank):
    # "X's spokesperson" suits a company too; a person's name with accents stays a person
    text = "Chancellor Ida Marín's spokesperson spoke, and Luis Rivera Ortíz agreed."
    raw = [("Ida Marín", "PERSON"), ("Luis Rivera Ortíz", "ORG")]
    assert ents(blank, text, raw) == [("Ida Marín", "PERSON"), ("Luis Rivera Ortíz", "PERSON")]


def test_a_name_after_a_persons_title_is_a_person_in_every_mention(blank):
    text = "Union president Swami Keshavan spoke. Keshavan left. Keshavan returned. Keshavan wept."
    raw = [
        ("Swami Keshavan", "PERSON"),
        ("Keshavan", "ORG", 1),
        ("Keshavan", "ORG", 2),
        ("Keshavan", "ORG", 3),
    ]
    assert {label for _, label in ents(blank, text, raw)} == {"PERSON"}


def test_a_surname_read_as_a_date_is_the_person(blank):
    text = "Nadia Day sang. In 1950 Day starred in a film."
    raw = [("Nadia Day", "PERSON"), ("1950", "DATE"), ("Day", "DATE", 1)]
    assert ents(blank, text, raw) == [("Nadia Day", "PERSON"), ("1950", "DATE"), ("Day", "PERSON")]


def test_the_articles_own_outlet_is_an_organisation_wherever_it_is_named(blank):
    text = "Ana Ruiz told Kestrel Lens the plan was dead. Kestrel Lens asked again."
    doc = make_doc(blank, text, [("Ana Ruiz", "PERSON"), ("Kestrel Lens", "PERSON", 1)])
    found = [(e.text, e.label) for e in extract_entities(doc, outlet="Kestrel Lens")]
    assert found == [("Ana Ruiz", "PERSON"), ("Kestrel Lens", "ORG"), ("Kestrel Lens", "ORG")]
    # without an outlet the model's PERSON stands: the outlet is what made them ORG
    assert ("Kestrel Lens", "ORG") not in [(e.text, e.label) for e in extract_entities(doc)]


def test_a_body_followed_by_who_is_still_a_body(blank):
    text = "The paper spoke to the Coastal Police, who said the ship was lost."
    assert ents(blank, text, [("Coastal Police", "ORG")]) == [("Coastal Police", "ORG")]


def test_a_name_ending_in_a_periodicals_word_is_an_organisation(blank):
    text = "According to the Kestrel Bulletin and the Tarnby Gazette, the port closed."
    raw = [("Kestrel Bulletin", "PERSON"), ("Tarnby Gazette", "PERSON")]
    assert ents(blank, text, raw) == [("Kestrel Bulletin", "ORG"), ("Tarnby Gazette", "ORG")]


def test_a_name_right_after_a_kind_of_work_is_its_title(blank):
    text = "She starred in the 2018 film Kestrel Rising and a documentary titled Far North."
    raw = [("Kestrel Rising", "ORG"), ("Far North", "LOC")]
    assert ents(blank, text, raw) == [
        ("Kestrel Rising", "WORK_OF_ART"),
        ("Far North", "WORK_OF_ART"),
    ]


def test_a_body_and_the_country_after_it_are_one_organisation(blank):
    text = "Nine boats sank, Kestrel News Norway reported. RTK Albania's chief said so."
    raw = [("Kestrel News", "ORG"), ("Norway", "GPE"), ("RTK", "ORG"), ("Albania", "GPE")]
    assert ents(blank, text, raw) == [
        ("Kestrel News Norway", "ORG"),
        ("RTK", "ORG"),
        ("Albania", "GPE"),
    ]


def test_clock_times_keep_their_zone_their_day_and_a_british_dot(blank):
    text = "Talks end at 9 p.m. Eastern Standard Time. Crews came at 7.45am today and left at 6:05 am this morning."
    assert ents(blank, text, []) == [
        ("9 p.m. Eastern Standard Time", "TIME"),
        ("7.45am today", "TIME"),
        ("6:05 am this morning", "TIME"),
    ]


def test_a_range_between_two_times_or_dates_is_one_entity(blank):
    text = "The curfew runs between 9 p.m. and 5 a.m.; fares rose between March 2015 and June 2017."
    raw = [("9 p.m.", "TIME"), ("5 a.m.", "TIME"), ("March 2015", "DATE"), ("June 2017", "DATE")]
    assert ents(blank, text, raw) == [
        ("between 9 p.m. and 5 a.m.", "TIME"),
        ("between March 2015 and June 2017", "DATE"),
    ]


def test_a_law_keeps_its_year_after_a_comma(blank):
    text = "Otters are protected under the Forest Conservation Act, 1980 in Kerala."
    raw = [("Forest Conservation Act", "LAW"), ("1980", "DATE"), ("Kerala", "GPE")]
    assert ents(blank, text, raw)[0] == ("Forest Conservation Act, 1980", "LAW")


def test_anniversaries_and_holidays_are_dates(blank):
    text = "On Founders Day the town marked the 40th anniversary of its charter, not Ana Day."
    raw = [("Founders Day", "EVENT"), ("40th", "ORDINAL"), ("Ana Day", "PERSON")]
    assert ents(blank, text, raw) == [
        ("Founders Day", "DATE"),
        ("the 40th anniversary", "DATE"),
        ("Ana Day", "PERSON"),
    ]


def test_a_measure_per_unit_is_one_quantity(blank):
    text = "Trout need 5 mg per liter of oxygen; the brine held 0.3 moles per cubic meter."
    raw = [("5", "CARDINAL"), ("0.3", "CARDINAL")]
    assert ents(blank, text, raw) == [
        ("5 mg per liter", "QUANTITY"),
        ("0.3 moles per cubic meter", "QUANTITY"),
    ]


def test_an_english_given_name_before_a_cantonese_name_is_the_same_person(blank):
    text = "Chief Inspector Melanie Chan Siu-ling said the road was closed."
    raw = [("Chan Siu-ling", "PERSON")]
    assert ents(blank, text, raw) == [("Melanie Chan Siu-ling", "PERSON")]


def test_a_school_and_its_town_after_a_comma_are_one_name(blank):
    text = "She studied at the University of Kestrel, Los Angeles, and taught in Paris, France."
    raw = [
        ("University of Kestrel", "ORG"),
        ("Los Angeles", "GPE"),
        ("Paris", "GPE"),
        ("France", "GPE"),
    ]
    assert ents(blank, text, raw) == [
        ("University of Kestrel, Los Angeles", "ORG"),
        ("Paris", "GPE"),
        ("France", "GPE"),
    ]


def test_a_monarchs_title_alone_is_no_name_and_stays_outside_the_name(blank):
    text = "Omar became Emir in 1990 after his father, Emir Said bin Ali, died."
    raw = [("Omar", "PERSON"), ("Emir", "GPE"), ("Emir Said bin Ali", "PERSON")]
    assert ents(blank, text, raw) == [("Omar", "PERSON"), ("Said bin Ali", "PERSON")]
    text = "Omar, the long-serving Sultan of Tarnia, died."
    raw = [("Omar", "PERSON"), ("Sultan", "GPE")]
    assert ents(blank, text, raw) == [("Omar", "PERSON")]


def test_a_place_named_with_a_title_word_keeps_it(blank):
    text = "Schools in Prince George were closed."
    raw = [("Prince George", "PERSON")]
    assert ents(blank, text, raw) == [("Prince George", "GPE")]


def test_a_bodys_name_the_model_missed_is_an_organisation(blank):
    text = "Kestrel Fire and Rescue Service were called. On Police reform, the Tarn Trust said no."
    raw = [("Kestrel", "GPE")]
    assert ents(blank, text, raw) == [
        ("Kestrel Fire and Rescue Service", "ORG"),
        ("Tarn Trust", "ORG"),
    ]
