"""Constructions of the 2026-12-01 evening session (issues #13 and #15), through the whole
pipeline on text written for these tests: a long list of bodies the parser reads partly as
appositions, partly as conjuncts; a person whose surname is a body's head word, beside a
post."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, speakers_of

pytestmark = pytest.mark.model


def test_a_long_list_of_bodies_keeps_every_body_in_reading_order():
    got = speakers_of(
        "At noon, the Bank of Orvik, the Bank of England, the Velka Central Bank (VCB), "
        "the United States Federal Reserve, the Bank of Japan, and the Swiss National Bank "
        "jointly announced that they would be working together."
    )
    assert got == [
        (
            "they would be working together",
            "the Bank of Orvik, the Bank of England, the Velka Central Bank, the United States "
            "Federal Reserve, the Bank of Japan, and the Swiss National Bank",
        )
    ]


def test_a_title_joined_to_a_name_after_the_list_stays_out_of_it():
    got = speakers_of(
        "In June, the party's nominee Tomas Brenner and vice presidential nominee Mara Lind "
        "Velt said they would appeal."
    )
    assert all(not speaker.endswith("nominee") for _, speaker in got if speaker)


def test_a_surname_like_a_bodys_head_is_a_person_beside_a_post():
    ann = annotation_of(
        '"Sales are slow," said the vice president and chairman of Kelder Motors LLC Jim Press.'
    )
    assert [(q.text, q.speaker) for q in ann.quotes] == [("Sales are slow", "Jim Press")]
    assert ("Jim Press", "PERSON") in [(e.text, e.label) for e in ann.entities]


def test_a_periodical_named_before_its_kind_speaks_by_its_name():
    got = speakers_of("On Monday, Kelder magazine reported that the mayor had resigned.")
    assert got == [("the mayor had resigned", "Kelder")]


def test_a_bodys_name_with_a_number_inside_speaks_whole():
    got = speakers_of("The Vanished 12 Project announced that the wreck had been found.")
    assert got == [("the wreck had been found", "Vanished 12 Project")]
