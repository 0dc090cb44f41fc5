"""Constructions of the 2026-12-01 afternoon session (issues #13 and #15), through the whole
pipeline on text written for these tests: joint sources listed with a serial comma, or
parsed as names in apposition; a joint source headed by a person with a role before the
name; a role the parser made an aside of its own ("In the paper, astronomer X and her
colleagues report"); a sentence-opening role the model tags as a name of its own."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, speakers_of

pytestmark = pytest.mark.model


def test_a_joint_source_keeps_the_serial_comma_the_article_writes():
    got = speakers_of(
        "Anna Sofia Lind, Tomas Brenner, Mara Velt, and Orla Benn agreed that the vote "
        "should be delayed."
    )
    assert got == [
        ("the vote should be delayed", "Anna Sofia Lind, Tomas Brenner, Mara Velt, and Orla Benn")
    ]
    got = speakers_of("Anna Sofia Lind, Tomas Brenner and Mara Velt said the vote was delayed.")
    assert got == [("the vote was delayed", "Anna Sofia Lind, Tomas Brenner and Mara Velt")]


def test_bodies_listed_in_apposition_are_one_joint_source():
    got = speakers_of(
        "The Kelder Institute, the Orvik Trust, and the Velka Foundation said the vote "
        "should be delayed."
    )
    assert got == [
        (
            "the vote should be delayed",
            "The Kelder Institute, the Orvik Trust, and the Velka Foundation",
        )
    ]


def test_one_body_in_apposition_stays_that_body():
    assert speakers_of("Its agency, the Orvik Trust, said the camp was full.") == [
        ("the camp was full", "Orvik Trust")
    ]


def test_a_joint_source_headed_by_a_name_drops_the_roles_before_it():
    got = speakers_of(
        "Archaeologist Dr. Tomas Brenner and other researchers concluded that the bones "
        "were shaped by hand."
    )
    assert got == [("the bones were shaped by hand", "Tomas Brenner and other researchers")]
    got = speakers_of("Friends of Tomas Brenner and other villagers said the road was closed.")
    assert got == [("the road was closed", "Friends of Tomas Brenner and other villagers")]


def test_a_role_the_parser_makes_an_aside_still_gives_the_source():
    got = speakers_of(
        "In the paper, astronomer Mara Velt and her colleagues report that the disc is young."
    )
    assert got == [("the disc is young", "Mara Velt and her colleagues")]


def test_a_role_opening_a_sentence_stays_outside_the_name():
    ann = annotation_of("Astronomer Mara Velt said the disc is young.")
    assert [(e.text, e.label) for e in ann.entities] == [("Mara Velt", "PERSON")]


def test_a_story_or_a_book_speaks_for_the_one_who_wrote_it():
    got = speakers_of(
        "Tomas Brenner paid more taxes abroad than at home, a Kelder Times story alleged."
    )
    assert got == [("Tomas Brenner paid more taxes abroad than at home", "Kelder Times")]
    got = speakers_of(
        "Mara Velt published a book about her uncle in July. The book alleged that he had "
        "cheated on his exams."
    )
    assert got == [("he had cheated on his exams", "Mara Velt")]


def test_a_building_named_before_speaks_as_the_hotel_or_the_hospital():
    got = speakers_of(
        "Fire broke out at Kelder Palace Hotel on Tuesday. The hotel said 120 people were "
        "inside, and the hotel's website estimated that 40 were guests."
    )
    assert got == [
        ("120 people were inside", "Kelder Palace Hotel"),
        ("40 were guests", "Kelder Palace Hotel"),
    ]
    got = speakers_of(
        "Tomas Brenner was taken to Orvik General Hospital. The hospital said he was stable."
    )
    assert got == [("he was stable", "Orvik General Hospital")]


def test_a_that_clause_after_said_in_a_call_is_what_was_said():
    # the parser reads "that" as the subject of a relative clause of "call", beside the
    # clause's own subject: no relative clause has two
    got = speakers_of(
        "Kelder Motors' chief financial officer, Tomas Brenner, said in a conference call "
        "that costs had risen."
    )
    assert got == [("costs had risen", "Tomas Brenner")]
    assert speakers_of("He spoke in a call that lasted an hour.") == []


def test_records_that_show_after_the_clause_are_its_source():
    # the parser hangs "court" and "records" on "show" as compounds: no subject of its own
    assert speakers_of("The jury deliberated for two days, court records show.") == [
        ("The jury deliberated for two days", "court records")
    ]
    assert speakers_of("He left the room, his friends found.") == []


def test_officials_and_analysts_give_figures_as_bodies_do():
    got = speakers_of(
        "Health officials in Ostria confirmed three new cases.",
        "Analysts estimated the cost at $3 million.",
    )
    assert got == [
        ("three new cases", "Health officials in Ostria"),
        ("the cost at $3 million", "Analysts"),
    ]
    assert speakers_of("The officials painted three new murals.") == []


def test_a_noun_the_parser_takes_for_a_verb_gives_no_source():
    got = speakers_of(
        "On the last night, Tomas Brenner gave a long speech with a large fireworks show "
        'afterwards. During the speech Brenner claimed, "Velt\'s plan is no solution."'
    )
    assert got == [("Velt's plan is no solution", "Tomas Brenner")]


def test_according_to_inside_a_sentence_keeps_the_verb_the_parser_hung_on_the_source():
    # the parser makes "recovered" a clause of "the fire service" (acl): it is the sentence's
    got = speakers_of(
        "Rescuers, working in temperatures well below freezing, according to the fire "
        "service recovered at least four bodies."
    )
    assert got == [
        (
            "Rescuers, working in temperatures well below freezing, according to the fire "
            "service recovered at least four bodies",
            "the fire service",
        )
    ]


def test_a_relative_who_shares_the_name_is_another_person():
    got = speakers_of(
        "Mara Velt, the designer, died on Monday at 95. As a child, Velt was the subject of a "
        "custody battle between her widowed mother, Mara Lind Velt, and her aunt. Velt later "
        "said her jeans had changed fashion."
    )
    assert got == [("her jeans had changed fashion", "Mara Velt")]
    got = speakers_of(  # named first as a relative: the fuller name is hers
        "Senator Tomas Brenner spoke first. His wife, Mara Lind Velt, spoke after him. "
        "Mara Velt said the vote was close."
    )
    assert got == [("the vote was close", "Mara Lind Velt")]


def test_the_father_or_the_mother_of_a_couple_named_together_by_gender():
    got = speakers_of(
        "Tomas and Mara Brenner were arrested in January after their daughter escaped. "
        'In court on Friday, the couple wept. The father said, "I love my children." '
        'The mother said, "I am sorry."'
    )
    assert got == [("I love my children", "Tomas Brenner"), ("I am sorry", "Mara Brenner")]
    got = speakers_of('Tomas Brenner was arrested. The father said, "My son is innocent."')
    assert got == [("My son is innocent", "The father")]  # no couple named: as written


def test_the_motion_after_a_filing_is_the_filers():
    got = speakers_of(
        "On Monday, attorneys general from nine states filed a lawsuit against the order.",
        "The motion claims the order is unlawful.",
    )
    assert got == [("the order is unlawful", "attorneys general from nine states")]
    got = speakers_of(
        "Protesters marched through the town on Monday.", "The motion claims the order is unlawful."
    )
    assert got == [("the order is unlawful", "The motion")]  # nobody filed anything
