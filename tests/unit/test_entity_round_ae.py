"""Names in constructions met after AE's score (issue #15), on text written for these tests:
gatherings by their head word and the halls they meet in, a year that closes an event's
name, a person and the part she plays, a platform and its channel, and troupes and choirs."""

from __future__ import annotations

from newslab.entities.glued import glued_names
from newslab.entities.heads import apposed_events
from newslab.entities.vessels import bands
from tests.conftest import named_spans as _named
from tests.conftest import spans_at as _at


def test_a_name_headed_by_a_gathering_is_an_event():
    text = (
        "The Pellston Beekeepers Convention and the Orlin Maker Faire drew crowds to Kestrel Con."
    )
    spans = _at(
        text,
        ("Pellston Beekeepers Convention", "ORG"),
        ("Orlin Maker Faire", "PERSON"),
        ("Kestrel Con", "ORG"),
    )
    assert [label for _, label in _named(text, apposed_events(text, spans))] == ["EVENT"] * 3


def test_a_treaty_a_magazine_and_a_lone_head_stay_what_they_were():
    text = "The Geneva Convention, the Kestrel Festival film and Convention met in Vanity Fair."
    spans = _at(
        text,
        ("Geneva Convention", "LAW"),  # a place and "Convention": the laws' rules decide
        ("Kestrel Festival", "WORK_OF_ART"),  # the model read a title
        ("Convention", "ORG"),  # one word: no name headed by it
        ("Vanity Fair", "ORG"),  # "Fair" is not among the heads: too often a magazine's
    )
    assert apposed_events(text, spans) == spans


def test_the_hall_a_gathering_meets_in_is_a_facility():
    text = "It opened at the Orlin Convention Center and the Tarvo Exhibition Centre."
    spans = _at(text, ("Orlin Convention Center", "ORG"), ("Tarvo Exhibition Centre", "GPE"))
    assert [label for _, label in _named(text, apposed_events(text, spans))] == ["FAC", "FAC"]


def test_a_year_right_after_an_events_name_is_part_of_it():
    text = "Fans came to Kestrel Comicon 2019 on Saturday."
    spans = _at(text, ("Kestrel Comicon", "ORG"), ("2019", "DATE"), ("Saturday", "DATE"))
    assert _named(text, apposed_events(text, spans)) == [
        ("Kestrel Comicon 2019", "EVENT"),
        ("Saturday", "DATE"),
    ]
    text = "Kestrel Motors, 2019 figures"  # no event: the year stays a date
    spans = _at(text, ("Kestrel Motors", "ORG"), ("2019", "DATE"))
    assert apposed_events(text, spans) == spans


def test_a_person_as_the_part_she_plays_is_two_people():
    text = "Fans met Marisol Ruiz as Stormwren on Sunday."
    spans = _at(text, ("Marisol Ruiz as Stormwren", "ORG"))
    assert _named(text, glued_names(text, spans)) == [
        ("Marisol Ruiz", "PERSON"),
        ("Stormwren", "PERSON"),
    ]
    text = "Kestrel Motors as Sponsor"  # no person: two names, with the label they had
    spans = _at(text, ("Kestrel Motors as Sponsor", "ORG"))
    assert _named(text, glued_names(text, spans)) == [
        ("Kestrel Motors", "ORG"),
        ("Sponsor", "ORG"),
    ]


def test_a_platform_and_its_channel_are_two_organisations():
    text = "He ran the Tarvotube channel Kestrelphile for years."
    spans = _at(text, ("Tarvotube channel Kestrelphile", "WORK_OF_ART"))
    assert _named(text, glued_names(text, spans)) == [
        ("Tarvotube", "ORG"),
        ("Kestrelphile", "ORG"),
    ]


def test_a_name_after_a_troupe_a_choir_or_a_channel_is_an_organisation():
    text = "Folk dance troupe Tribal Orbit, the choir Kestrel Voices and the channel Orlin Nine."
    spans = _at(
        text, ("Tribal Orbit", "PERSON"), ("Kestrel Voices", "GPE"), ("Orlin Nine", "PERSON")
    )
    assert [label for _, label in _named(text, bands(text, spans))] == ["ORG"] * 3


def test_a_name_after_a_lower_case_word_that_is_no_troupe_stays():
    text = "The trouper Ana Ruiz and the chorister Tom Hale sang."
    spans = _at(text, ("Ana Ruiz", "PERSON"), ("Tom Hale", "PERSON"))
    assert bands(text, spans) == spans


def test_a_saints_hospital_church_or_school_is_one_name():
    from newslab.entities.buildings import named_buildings

    text = "She was taken to Saint Orlin's Hospital, then to St. Tarvo's Kestrel Cathedral."
    spans = _at(text, ("Saint Orlin", "PERSON"), ("Tarvo", "PERSON"))
    assert _named(text, named_buildings(text, spans)) == [
        ("Saint Orlin's Hospital", "FAC"),
        ("St. Tarvo's Kestrel Cathedral", "FAC"),
    ]
    text = "He teaches at St Orlin's College."
    assert _named(text, named_buildings(text, [])) == [("St Orlin's College", "ORG")]


def test_a_hall_for_music_is_a_facility_without_its_determiner():
    from newslab.entities.buildings import named_buildings

    text = "The Orlin Opera House and the Kestrel Concert Hall reopened."
    assert _named(text, named_buildings(text, [])) == [
        ("Orlin Opera House", "FAC"),
        ("Kestrel Concert Hall", "FAC"),
    ]
    text = "Tarvo Lund's house and the concert hall stayed shut."  # no name before the kind
    assert named_buildings(text, [(0, 10, "PERSON")]) == [(0, 10, "PERSON")]


def test_each_name_listed_after_a_plural_kind_of_settlement_is_a_place():
    from newslab.entities.heads import places_of_kind

    text = "The river flooded the villages of Lund and Vellmouth and the towns of Orlin, Tarvo Falls and Pellston."
    spans = _at(
        text,
        ("Lund", "PERSON"),
        ("Vellmouth", "PERSON"),
        ("Orlin", "ORG"),
        ("Tarvo Falls", "PERSON"),
        ("Pellston", "GPE"),
    )
    assert [label for _, label in _named(text, places_of_kind(text, spans))] == ["GPE"] * 5
    text = "The mayors of Lund met Orla Venn and Tom Hale."  # people after a list is over
    spans = _at(text, ("Lund", "GPE"), ("Orla Venn", "PERSON"), ("Tom Hale", "PERSON"))
    assert places_of_kind(text, spans) == spans


def test_clubs_by_their_nicknames_either_side_of_a_match_verb_are_organisations():
    from newslab.entities.teams import teams

    text = "The Pellston Tigers beat the Orlin Ravens 3–1 at Kestrel Park on Sunday."
    spans = _at(text, ("Pellston", "GPE"), ("Kestrel Park", "LOC"), ("Sunday", "DATE"))
    assert _named(text, teams(text, spans)) == [
        ("Pellston Tigers", "ORG"),
        ("Orlin Ravens", "ORG"),
        ("3–1", "CARDINAL"),
        ("Kestrel Park", "LOC"),
        ("Sunday", "DATE"),
    ]


def test_parties_and_people_beating_each_other_are_no_clubs():
    from newslab.entities.teams import teams

    text = "The Democrats beat the Republicans in Ohio, and Orla Venn defeated Tom Hale."
    spans = _at(
        text,
        ("Democrats", "NORP"),
        ("Republicans", "NORP"),
        ("Ohio", "GPE"),
        ("Orla Venn", "PERSON"),
        ("Tom Hale", "PERSON"),
    )
    assert teams(text, spans) == spans
    text = "In the game of politics, the Democrats beat the Republicans in Ohio."
    spans = _at(text, ("Democrats", "NORP"), ("Republicans", "NORP"), ("Ohio", "GPE"))
    assert teams(text, spans) == spans  # one word each and no score: no clubs
    text = "In the league game, the Ravens beat the Tigers 3–1."
    assert _named(text, teams(text, [])) == [
        ("Ravens", "ORG"),
        ("Tigers", "ORG"),
        ("3–1", "CARDINAL"),
    ]


def test_a_makers_model_keeps_its_variant_and_its_suffix():
    from newslab.entities.products import model_numbers

    text = "They flew the Boeing 737 MAX and the Airbus A320neo, then the Airbus A350 XWB."
    spans = _at(
        text,
        ("Boeing 737", "PRODUCT"),
        ("MAX", "ORG"),
        ("Airbus", "ORG"),
        ("Airbus", "ORG"),
        ("A350 XWB", "PRODUCT"),
    )
    assert _named(text, model_numbers(text, spans)) == [
        ("Boeing 737 MAX", "PRODUCT"),
        ("Airbus A320neo", "PRODUCT"),
        ("Airbus A350 XWB", "PRODUCT"),
    ]
    text = "Kestrel Motors 300 workers"  # a count after a name is no model
    spans = _at(text, ("Kestrel Motors", "ORG"), ("300", "CARDINAL"))
    assert model_numbers(text, spans) == spans


def test_each_name_listed_after_provinces_or_states_is_a_place():
    from newslab.entities.heads import places_of_kind

    text = "People fled the provinces of Kestrel and Upper Orlin and the states of Tarvo and Lund."
    spans = _at(
        text, ("Kestrel", "ORG"), ("Upper Orlin", "PERSON"), ("Tarvo", "PERSON"), ("Lund", "ORG")
    )
    assert [label for _, label in _named(text, places_of_kind(text, spans))] == ["GPE"] * 4


def test_a_title_with_no_marks_after_a_kind_of_work_is_one_work():
    from newslab.entities.titles import unquoted_works

    cases = {
        "Venn starred in the 1999 film The Orlin Affair last year.": "The Orlin Affair",
        "Her novel, The Salt Road, won a prize.": "The Salt Road",
        "Venn wrote the book Seven Winters in Orlin, published in May.": "Seven Winters in Orlin",
        "The documentary Rivers of Salt premiered.": "Rivers of Salt",
        "The painting, titled Girl with a Kestrel, sold.": "Girl with a Kestrel",
        "They saw the play Beware of Mr. Lund on Sunday.": "Beware of Mr. Lund",
    }
    for text, title in cases.items():
        assert _named(text, unquoted_works(text, [])) == [(title, "WORK_OF_ART")], text


def test_a_title_stops_before_the_people_joined_to_it():
    from newslab.entities.titles import unquoted_works

    text = "They recorded the album Ships in the Night with Orla Venn of The Ravens."
    spans = _at(text, ("Ships", "PERSON"), ("Orla Venn", "PERSON"), ("Ravens", "ORG"))
    assert _named(text, unquoted_works(text, spans)) == [
        ("Ships in the Night", "WORK_OF_ART"),
        ("Orla Venn", "PERSON"),
        ("Ravens", "ORG"),
    ]


def test_no_title_after_a_kind_that_is_a_verb_an_adjective_or_a_clause():
    from newslab.entities.titles import unquoted_works

    for text in (
        "The polls show Kestrel Park ahead.",  # "show" after a plural noun is a verb
        "Not a single Tarvonian life was lost.",  # "single" is no record here
        "The film, Orla Venn said, was long.",  # an aside between commas, no title
        "The documentary Just don't tell anyone aired.",  # a title in sentence case
        "The film In Orlin won.",
    ):
        assert unquoted_works(text, []) == [], text


def test_an_owner_and_what_is_hers_is_no_persons_name():
    from newslab.entities.people import person_name

    assert not person_name("Doris Kay's Best Friends")
    assert person_name("Doris Kay")


def test_telescopes_and_names_before_a_kind_of_spacecraft_are_products():
    from newslab.entities.products import crafts

    text = "The Orlin Space Telescope saw the Tarvo probe and a Marisol Heavy rocket."
    spans = _at(text, ("Orlin", "GPE"), ("Tarvo", "ORG"), ("Marisol Heavy", "PERSON"))
    assert _named(text, crafts(text, spans)) == [
        ("Orlin Space Telescope", "PRODUCT"),
        ("Tarvo", "PRODUCT"),
        ("Marisol Heavy", "PRODUCT"),
    ]


def test_a_maker_or_a_place_before_a_kind_of_spacecraft_stays():
    from newslab.entities.products import crafts

    text = "A KSA rocket, the OrbitX capsule and a Germany satellite flew, said the Space Telescope Institute."
    spans = _at(
        text,
        ("KSA", "ORG"),
        ("OrbitX", "ORG"),
        ("Germany", "GPE"),
        ("Space Telescope Institute", "ORG"),
    )
    assert crafts(text, spans) == spans


def test_a_departments_word_inside_a_title_is_no_organisation():
    from newslab.entities.titled_places import titles_departments

    text = (
        "Commerce Secretary Orla Venn met the Supreme Leader, the National Security Adviser "
        "and the Secretary of Transportation."
    )
    spans = _at(
        text,
        ("Commerce", "ORG"),
        ("Orla Venn", "PERSON"),
        ("Supreme Leader", "ORG"),
        ("National Security", "ORG"),
        ("Transportation", "ORG"),
    )
    assert _named(text, titles_departments(text, spans)) == [("Orla Venn", "PERSON")]


def test_an_acronym_or_a_bodys_name_before_a_title_stays():
    from newslab.entities.titled_places import titles_departments

    text = "NATO Secretary Ana Ruiz, a Minister of Legislative Assembly and the Kestrel Institute Director met."
    spans = _at(
        text, ("NATO", "ORG"), ("Legislative Assembly", "ORG"), ("Kestrel Institute", "ORG")
    )
    assert titles_departments(text, spans) == spans


def test_islands_the_gazetteer_knows_as_a_country_or_a_state_are_gpe():
    from newslab.entities.labels import relabel_by_head

    text = "Ships left Prince Edward Island for the Cayman Islands, the Canary Islands and Kestrel Island."
    spans = _at(
        text,
        ("Prince Edward Island", "GPE"),
        ("Cayman Islands", "LOC"),
        ("Canary Islands", "LOC"),  # a region of Spain, no state: islands, a LOC
        ("Kestrel Island", "ORG"),
    )
    assert [label for _, label in _named(text, relabel_by_head(text, spans))] == [
        "GPE",
        "GPE",
        "LOC",
        "LOC",
    ]


def test_the_fourth_of_july_is_one_date():
    from newslab.entities.works import holidays

    text = "Crowds gathered on the Fourth of July and on July Fourth."
    spans = _at(text, ("July", "DATE"), ("July Fourth", "DATE"))
    assert _named(text, holidays(text, spans)) == [
        ("Fourth of July", "DATE"),
        ("July Fourth", "DATE"),
    ]


def test_about_before_this_year_is_a_preposition_and_before_a_number_a_hedge():
    from newslab.entities.edges import date_edges

    text = "She spoke about this year and about last week; about 20 years ago it flooded."
    spans = _at(
        text,
        ("about this year", "DATE"),
        ("about last week", "DATE"),
        ("about 20 years ago", "DATE"),
    )
    assert _named(text, date_edges(text, spans)) == [
        ("this year", "DATE"),
        ("last week", "DATE"),
        ("about 20 years ago", "DATE"),
    ]
