"""Constructions of the 2026-12-02 session (issue #13), through the whole pipeline on text
written for these tests: in an interview transcript, the interviewer's "You said ..." reports
what the one interviewed said (their statement, with "you" as the mention), while a question
("Did you say ...?", "Why do you think ...?") reports nothing."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, speakers_of

pytestmark = pytest.mark.model

_INTERVIEW = (
    "Orla Dunmere, a Kestrin glassblower, spoke to Wikinews about her furnace.",
    "((WN)) You said that the furnace took four years to build.",
    "((Orla Dunmere)) Yes, it did. We built it by hand.",
    "((WN)) Did you say the sand comes from Varrow Bay?",
    "((Orla Dunmere)) No.",
    "((WN)) As you mentioned, the shop opened in 2011. Why do you think people buy glass?",
    "((Orla Dunmere)) They like it.",
)


def test_the_interviewers_you_said_is_a_statement_of_the_one_interviewed():
    ann = annotation_of("\n".join(_INTERVIEW))
    got = {q.text: (q.speaker, q.kind) for q in ann.quotes}
    assert got["the furnace took four years to build"] == ("Orla Dunmere", "indirect")
    assert got["the shop opened in 2011"] == ("Orla Dunmere", "indirect")
    said = next(q for q in ann.quotes if q.text == "the furnace took four years to build")
    assert ann.article.body[slice(*said.speaker_span)] == "You"


def test_a_question_to_the_one_interviewed_is_no_statement():
    ann = annotation_of("\n".join(_INTERVIEW))
    texts = [q.text for q in ann.quotes]
    assert not any("Varrow Bay" in t or "people buy glass" in t for t in texts)


def test_you_outside_an_interview_has_no_speaker_of_its_own():
    ann = annotation_of("Orla Dunmere runs a shop. You said the furnace was old, a buyer told her.")
    assert all(q.speaker != "Orla Dunmere" or "furnace" not in q.text for q in ann.quotes)


def test_you_beside_a_verb_that_is_no_cue_gives_the_one_interviewed_nothing():
    ann = annotation_of(
        "\n".join(
            (
                "Orla Dunmere, a Kestrin glassblower, spoke to Wikinews about her furnace.",
                "((WN)) You may shape the glass as you wish; if it cracks, ask a smith to "
                "help you with that.",
                "((Orla Dunmere)) Yes.",
            )
        )
    )
    assert [(q.text, q.speaker) for q in ann.quotes] == [("Yes.", "Orla Dunmere")]


def test_a_public_bodys_noun_is_not_the_company_named_last():
    ann = annotation_of(
        '"Sales are falling," said Tomas Ekke, an analyst at Varn Capital.\n'
        "The regulator said it was reviewing the deal."
    )
    got = {q.text: q.speaker for q in ann.quotes}
    assert got["it was reviewing the deal"] == "The regulator"


def test_a_public_bodys_noun_is_still_the_body_of_its_kind_or_its_own_name():
    ann = annotation_of(
        "The Ostrava Food Agency banned the drink.\nThe agency said it was reviewing the deal."
    )
    assert [q.speaker for q in ann.quotes] == ["Ostrava Food Agency"]
    ann = annotation_of("According to the Varn Press news agency, the vote was delayed.")
    assert [q.speaker for q in ann.quotes] == ["Varn Press"]


def test_a_person_of_a_university_after_a_misparsed_cue_is_the_person():
    # the parser reads "lead" as a verb here, leaving "said" without a subject
    ann = annotation_of(
        "Scientists have found that the lake is warming.\n"
        '"This is a warning," lead author Karl Wenn of Ostrava University said.'
    )
    got = {q.text: q.speaker for q in ann.quotes}
    assert got["This is a warning"] == "Karl Wenn"


def test_a_that_clause_after_the_participle_that_puts_the_medium_out_is_reported():
    # the parser hangs the clause on "released" / reads it as a relative clause of "statement"
    ann = annotation_of(
        "The Velka Rights Forum said in a report released Monday that prisoners had been beaten."
    )
    assert [(q.text, q.speaker) for q in ann.quotes] == [
        ("prisoners had been beaten", "Velka Rights Forum")
    ]
    ann = annotation_of(
        "The ministry said on Monday in a statement issued in Dornach that the plant would be sold."
    )
    assert [q.text for q in ann.quotes] == ["the plant would be sold"]


def test_a_relative_clause_that_makes_the_medium_reports_nothing():
    ann = annotation_of("The firm said in a letter that it sent to staff on Friday.")
    assert [q.text for q in ann.quotes] == []


def test_the_medium_a_denial_was_made_in_is_not_part_of_what_was_denied():
    ann = annotation_of("The Dornach rebels denied involvement in a statement posted online.")
    assert [q.text for q in ann.quotes] == ["involvement"]
    ann = annotation_of("Petr Halm denied the allegations on Twitter.")
    assert [q.text for q in ann.quotes] == ["the allegations"]


def test_a_phrase_of_the_denied_thing_itself_stays_with_it():
    ann = annotation_of("Petr Halm denied any involvement in the plot.")
    assert [q.text for q in ann.quotes] == ["any involvement in the plot"]
    ann = annotation_of("Petr Halm denied reports of a rift in the party.")
    assert [q.text for q in ann.quotes] == ["reports of a rift in the party"]


def test_future_before_a_noun_is_an_adjective_not_a_date():
    ann = annotation_of("The team met to plan the future investigation of the Dornach caves.")
    assert not any("future" in e.text for e in ann.entities)
    ann = annotation_of("The team met to plan the future of the Dornach caves.")
    assert ("the future", "DATE") in [(e.text, e.label) for e in ann.entities]


def test_the_subject_after_an_opening_participle_read_as_its_apposition_is_the_source():
    got = speakers_of(
        "Speaking to Radio Velka, the head of the Dornach Teachers Union, Ilse Varga, said, "
        '"We are for reform, but not like this."'
    )
    assert got == [("We are for reform, but not like this", "Ilse Varga")]
    got = speakers_of(
        "Writing in the Velka Herald, the former minister, Tomas Brenner, argued that the tax "
        "was unfair."
    )
    assert got == [("the tax was unfair", "Tomas Brenner")]


def test_a_person_of_a_charity_after_an_opening_participle_is_the_person():
    got = speakers_of(
        'Calling it "another broken promise", Maria Velden of "Safe Streets", a victims group, '
        'told Reuters "the law came too late."'
    )
    assert ("the law came too late", "Maria Velden") in got


def test_an_amount_the_parser_joins_to_a_source_is_no_source():
    got = speakers_of(
        "The order lets the mayor move money: potentially, according to Radio Velka, $3.6 "
        "million from roads, $2.5 million from parks, and $601,000 from a fund."
    )
    assert [speaker for _, speaker in got] == ["Radio Velka"]
    got = speakers_of("Radio Velka and the Orn Herald reported that the mayor had resigned.")
    assert got == [("the mayor had resigned", "Radio Velka and the Orn Herald")]


def test_a_participle_read_as_the_verb_characterizes_nothing():
    assert speakers_of("Storms classified as category 3 or above are considered major.") == []


def test_a_characterization_with_its_object_or_in_the_passive_stays():
    got = speakers_of("The minister described the plan as reckless.")
    assert got == [("the plan as reckless", "The minister")]
    got = speakers_of(
        "The dead man was identified as Tomas Brenner by a Velka Police spokesperson."
    )
    assert [text for text, _ in got] == ["Tomas Brenner"]


def test_people_named_after_their_titles_at_the_end_of_a_phrase_are_the_sources():
    got = speakers_of("Guests of Honour Maria Velden and Tom Brannock said they loved it.")
    assert got == [("they loved it", "Maria Velden and Tom Brannock")]
    got = speakers_of("Maria Velden and other researchers said the lake was warming.")
    assert got == [("the lake was warming", "Maria Velden and other researchers")]
