"""Names in constructions met after AC's score (issue #15), on text written for these tests:
software by its head word or kind, teams named by their town, and a date moved from one day
to another."""

from __future__ import annotations

from newslab.entities.edges import moved_dates
from newslab.entities.software import software
from newslab.entities.teams import teams
from tests.conftest import named_spans as _named


def test_a_name_ending_in_linux_or_os_is_software_with_its_version():
    text = "Users of Pelican Linux 9 can move to Quillium OS now."
    spans = [(9, 16, "NORP"), (17, 24, "PERSON"), (37, 48, "ORG")]
    assert _named(text, software(text, spans)) == [
        ("Pelican Linux 9", "PRODUCT"),
        ("Quillium OS", "PRODUCT"),
    ]


def test_every_mention_of_software_and_its_bracketed_acronym_is_a_product():
    text = "Tarvo Hat makes Tarvo Hat Enterprise Linux (THEL). Tarvo Hat said THEL 8 is out."
    spans = [
        (0, 9, "PERSON"),
        (16, 42, "PERSON"),
        (44, 48, "ORG"),
        (51, 60, "PERSON"),
        (66, 70, "ORG"),
    ]
    assert _named(text, software(text, spans)) == [
        ("Tarvo Hat", "ORG"),  # the maker whose name the product's starts with
        ("Tarvo Hat Enterprise Linux", "PRODUCT"),
        ("THEL", "PRODUCT"),
        ("Tarvo Hat", "ORG"),
        ("THEL 8", "PRODUCT"),
    ]


def test_a_name_before_a_kind_of_software_is_a_product_and_a_foundation_is_not():
    text = "The Tansy browser runs on Linux, says the Linux Foundation."
    spans = [(4, 9, "GPE"), (42, 58, "ORG")]
    assert _named(text, software(text, spans)) == [
        ("Tansy", "PRODUCT"),
        ("Linux", "PRODUCT"),
        ("Linux Foundation", "ORG"),
    ]


def test_distribution_names_software_only_in_an_article_about_linux():
    text = "The Marrow distribution centre opened."
    assert software(text, [(4, 10, "ORG")]) == [(4, 10, "ORG")]
    text = "The Marrow distribution is a Linux for schools."
    assert _named(text, software(text, [(4, 10, "ORG")]))[0] == ("Marrow", "PRODUCT")


def test_a_sentences_first_word_is_no_part_of_a_products_name():
    text = "Will Quill Linux last? Saying Quill Linux is free, Ana left."
    got = _named(text, software(text, [(5, 16, "PERSON"), (30, 41, "PERSON")]))
    assert got == [("Quill Linux", "PRODUCT"), ("Quill Linux", "PRODUCT")]


def test_towns_that_beat_each_other_in_a_match_report_are_teams():
    text = "Gympie defeated Bundaberg in round 3. Gympie coach Ana Ruiz was pleased at Gympie."
    spans = [
        (0, 6, "GPE"),
        (16, 25, "PERSON"),
        (38, 44, "GPE"),
        (51, 59, "PERSON"),
        (75, 81, "GPE"),
    ]
    assert _named(text, teams(text, spans)) == [
        ("Gympie", "ORG"),
        ("Bundaberg", "ORG"),
        ("Gympie", "ORG"),
        ("Ana Ruiz", "PERSON"),
        ("Gympie", "GPE"),  # "at Gympie": the ground
    ]


def test_a_teams_score_is_a_number_apart_from_its_name():
    text = "In the league, Mackay beat Ipswich 27–10, and Rockhampton 43–5 the week before."
    spans = [(15, 21, "GPE"), (27, 34, "GPE"), (46, 62, "PRODUCT")]
    assert _named(text, teams(text, spans)) == [
        ("Mackay", "ORG"),
        ("Ipswich", "ORG"),
        ("27–10", "CARDINAL"),
        ("Rockhampton", "ORG"),
        ("43–5", "CARDINAL"),
    ]


def test_countries_and_articles_without_sport_keep_their_places():
    text = "In the game of diplomacy, Russia defeated Ukraine and Russia's players left."
    spans = [(26, 32, "GPE"), (42, 49, "GPE"), (54, 60, "GPE")]
    assert teams(text, spans) == spans
    text = "Gympie defeated Bundaberg in a vote on the dam."
    assert teams(text, [(0, 6, "GPE"), (16, 25, "GPE")]) == [(0, 6, "GPE"), (16, 25, "GPE")]


def test_a_date_moved_from_one_day_to_another_is_two_dates_and_a_range_is_one():
    text = "The vote was postponed from March 3 to April 7."
    assert _named(text, moved_dates(text, [(23, 46, "DATE")])) == [
        ("March 3", "DATE"),
        ("April 7", "DATE"),
    ]
    text = "The firm moved the end of support from May 2029 until December 31, 2021."
    got = _named(text, moved_dates(text, [(34, 71, "DATE")]))
    assert got == [("May 2029", "DATE"), ("December 31, 2021", "DATE")]
    text = "The festival runs from March 3 to April 7."
    assert moved_dates(text, [(18, 41, "DATE")]) == [(18, 41, "DATE")]


def test_a_one_word_name_a_system_goes_by_alone_is_the_product_but_not_its_maker():
    text = "Pelican Linux is free. Users of Pelican 9 like Pelican."
    got = _named(text, software(text, [(0, 13, "PERSON"), (47, 54, "PERSON")]))
    assert got == [("Pelican Linux", "PRODUCT"), ("Pelican 9", "PRODUCT"), ("Pelican", "PRODUCT")]
    text = "Oracle Linux is sold by Oracle."
    got = _named(text, software(text, [(0, 12, "ORG"), (24, 30, "ORG")]))
    assert got == [("Oracle Linux", "PRODUCT"), ("Oracle", "ORG")]


def test_initials_opening_an_interviews_turns_are_the_person_whose_initials_they_are():
    from newslab.entities.layout import initial_turns

    text = "Dr. Orla Venn studies owls.\nWN: How did it start?\nOV: In 2010.\nOV We met."
    got = _named(text, initial_turns(text, [(4, 13, "PERSON")]))
    assert got == [("Orla Venn", "PERSON"), ("OV", "PERSON"), ("OV", "PERSON")]


def test_a_super_day_of_many_contests_is_an_event_and_black_friday_a_date():
    from newslab.entities.patterns import named_days

    text = "Voters went to the polls on Super Tuesday, before Black Friday."
    got = _named(text, named_days(text, [(34, 41, "DATE"), (56, 62, "DATE")]))
    assert got == [("Super Tuesday", "EVENT"), ("Black Friday", "DATE")]


def test_a_channel_named_by_a_place_or_a_people_is_a_strait_and_a_broadcaster_an_org():
    from newslab.entities.features import channels

    text = "Swimmers crossed the Mozambique Channel; the Channel was calm."
    got = _named(text, channels(text, [(21, 31, "GPE"), (32, 39, "ORG"), (45, 52, "ORG")]))
    assert got == [("Mozambique Channel", "LOC"), ("Channel", "LOC")]
    text = "It aired on the Cookery Channel."
    assert _named(text, channels(text, [(16, 31, "LOC")])) == [("Cookery Channel", "ORG")]


def test_a_name_set_beside_a_kind_of_event_is_the_event_in_every_mention():
    from newslab.entities.heads import apposed_events

    text = "Kestrel Con, an annual convention for fans, drew crowds. Kestrel Con ends today."
    got = _named(text, apposed_events(text, [(0, 11, "PERSON"), (57, 68, "ORG")]))
    assert got == [("Kestrel Con", "EVENT"), ("Kestrel Con", "EVENT")]


def test_a_person_beside_an_events_staff_stays_a_person():
    from newslab.entities.heads import apposed_events

    text = "Ana Ruiz, the festival director, and Tom Hale, a festival veteran, spoke."
    spans = [(0, 8, "PERSON"), (37, 45, "PERSON")]
    assert apposed_events(text, spans) == spans


def test_a_day_or_more_told_in_hours_is_a_date_and_less_a_time():
    from newslab.entities.edges import long_hours

    text = "Crews worked for over 36 hours, then forty-eight hours, then nearly 24 hours, then six hours."
    spans = [(17, 30, "TIME"), (37, 54, "TIME"), (61, 76, "TIME"), (83, 92, "TIME")]
    assert _named(text, long_hours(text, spans)) == [
        ("over 36 hours", "DATE"),
        ("forty-eight hours", "DATE"),
        ("nearly 24 hours", "TIME"),
        ("six hours", "TIME"),
    ]


def test_in_the_past_and_in_the_future_are_dates_but_not_faith_in_the_future():
    from newslab.entities.edges import past_and_future

    text = "Orlin has in the past held drills and may in the future, but lost faith in the future."
    got = _named(text, past_and_future(text, []))
    assert got == [("the past", "DATE"), ("the future", "DATE")]
    text = "In the past two years, Orlin grew."
    assert past_and_future(text, [(0, 21, "DATE")]) == [(0, 21, "DATE")]


def test_a_place_and_a_nationality_joined_by_a_hyphen_are_two_names_and_two_places_one():
    from newslab.entities.shapes import hyphen_pairs

    text = "The Belize-Mexican border and the Albury-Wodonga area were calm."
    got = _named(text, hyphen_pairs(text, [(4, 18, "NORP"), (34, 48, "GPE")]))
    assert got == [("Belize", "GPE"), ("Mexican", "NORP"), ("Albury-Wodonga", "GPE")]


def test_a_deity_is_a_person_but_not_inside_a_longer_name():
    from newslab.entities.faiths import deities

    text = "Pastors of the Church of God prayed: may God and the god Tarvo help."
    got = _named(text, deities(text, [(15, 28, "ORG"), (41, 44, "GPE")]))
    assert got == [("Church of God", "ORG"), ("God", "PERSON"), ("Tarvo", "PERSON")]


# After AD's score (tuned figures): an interviewer's initials in double brackets, and a
# ticket written with a slash.


def test_initials_in_double_brackets_are_the_person_asking_but_not_the_outlet():
    from newslab.entities.layout import initial_turns

    text = "Reporter Ana B. Sol spoke to Tom Hale.\n((ABS)) : Why run?\nTH: Because.\n((WN)) Why?"
    got = _named(text, initial_turns(text, [(9, 19, "PERSON"), (29, 37, "PERSON")]))
    assert got == [
        ("Ana B. Sol", "PERSON"),
        ("Tom Hale", "PERSON"),
        ("ABS", "PERSON"),
        ("TH", "PERSON"),
    ]


def test_a_ticket_written_with_a_slash_is_two_people_the_article_names():
    from newslab.entities.glued import glued_names

    text = "Anna De Vries chose Ben Okafor. The De Vries/Okafor ticket and the Tarn/Vell plan."
    spans = [(0, 13, "PERSON"), (20, 30, "PERSON"), (36, 51, "ORG"), (67, 76, "ORG")]
    got = _named(text, glued_names(text, spans))
    assert got == [
        ("Anna De Vries", "PERSON"),
        ("Ben Okafor", "PERSON"),
        ("De Vries", "PERSON"),
        ("Okafor", "PERSON"),
        ("Tarn/Vell", "ORG"),  # no one the article names
    ]


def test_a_partys_convention_and_a_places_primary_are_events_but_a_caucus_of_members_a_body():
    from newslab.entities.heads import apposed_events

    text = (
        "The Kestrel Party National Convention, the Belize Primary and the Orlin Black Caucus met."
    )
    spans = [(4, 37, "ORG"), (43, 57, "ORG"), (66, 84, "ORG")]
    got = _named(text, apposed_events(text, spans))
    assert got == [
        ("Kestrel Party National Convention", "EVENT"),
        ("Belize Primary", "EVENT"),
        ("Orlin Black Caucus", "ORG"),
    ]


def test_two_names_with_one_head_listed_with_a_comma_are_two():
    from newslab.entities.glued import glued_names

    text = "The Tarvo Party, Kestrel Party ticket and Orlin, Gympie floods."
    got = _named(text, glued_names(text, [(4, 30, "ORG"), (42, 55, "GPE")]))
    assert got == [("Tarvo Party", "ORG"), ("Kestrel Party", "ORG"), ("Orlin, Gympie", "GPE")]


def test_a_word_that_ends_a_name_of_its_own_is_not_joined_by_and_to_the_next():
    from newslab.entities.labels import coordinated_names

    text = "The Tarvo Party, Kestrel Party and Orlin Party ran; the Ana and Tom Hale Fund paid."
    spans = [(4, 15, "ORG"), (17, 30, "ORG"), (35, 46, "ORG"), (64, 77, "ORG")]
    got = _named(text, coordinated_names(text, spans))
    assert got == [
        ("Tarvo Party", "ORG"),
        ("Kestrel Party", "ORG"),
        ("Orlin Party", "ORG"),
        ("Ana and Tom Hale Fund", "ORG"),
    ]
