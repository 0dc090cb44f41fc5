"""Statement constructions of the 2026-12-01 session (issue #13), through the whole pipeline
on text written for these tests: a quotation carried over paragraphs, in the news convention
(a mark reopens each paragraph) and in text split a sentence a line (the mark closes in the
next line); a speaker the model, misled by quotation marks, calls a work; a name set before
its title; what is written "in a letter stating"; and a three-part name opening a sentence
whose given name ends like a job word ("Victor", "Christian"); a year before a name or a
noun compound ("the virtual 2020 Orvik Party National Convention", "2016 census figures")."""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of, said

pytestmark = pytest.mark.model


def _quotes(*paragraphs: str) -> list[tuple[str, str | None, bool, str | None, bool]]:
    ann = annotation_of("\n".join(paragraphs))
    return [
        (q.text, q.speaker, q.speaker_named, q.cue, q.speaker_span is not None) for q in ann.quotes
    ]


def test_a_quote_over_two_lines_closed_in_the_second_is_two_statements_of_one_speaker():
    got = _quotes(
        'Mara Velt, the Ostrian trade minister, said "The slowdown will last for some time.',
        'We must remember that conditions could get worse as the crisis deepens."',
    )
    assert got == [
        ("The slowdown will last for some time", "Mara Velt", True, "say", True),
        (
            "We must remember that conditions could get worse as the crisis deepens",
            "Mara Velt",
            True,
            "say",
            False,  # the name is in the paragraph before: no span points across the break
        ),
    ]


def test_the_first_part_of_a_carried_quote_takes_the_attribution_at_its_end():
    got = _quotes(
        "The Ostrian ministry says a collapse of the mills would be a setback.",
        '"Under normal conditions we would let the markets decide.',
        '"However, given the weak state of the economy, we will consider other options," '
        "said Ilse Varna, the ministry's spokeswoman.",
    )
    assert got[1:] == [
        (
            "Under normal conditions we would let the markets decide",
            "Ilse Varna",
            True,
            "say",
            False,
        ),
        (
            "However, given the weak state of the economy, we will consider other options",
            "Ilse Varna",
            True,
            "say",
            True,
        ),
    ]


def test_a_part_attributed_in_its_own_sentence_keeps_its_speaker():
    got = _quotes(
        'Tomas Brenner said: "We will not sell the mills.',
        '"Nobody should doubt that," Ilse Varna added.',
    )
    assert [(text, speaker) for text, speaker, *_ in got] == [
        ("We will not sell the mills", "Tomas Brenner"),
        ("Nobody should doubt that", "Ilse Varna"),
    ]


def test_a_speaker_the_model_calls_a_work_after_a_closing_mark_is_a_person():
    ann = annotation_of('"We will consider other options," Ilse Varna said.')
    assert [(e.text, e.label) for e in ann.entities] == [("Ilse Varna", "PERSON")]
    assert [(q.speaker, q.speaker_named) for q in ann.quotes] == [("Ilse Varna", True)]


def test_a_name_set_before_its_title_is_a_named_person():
    ann = annotation_of('Ilse Varna, the ministry spokeswoman, said: "We will wait."')
    assert [(e.text, e.label) for e in ann.entities] == [("Ilse Varna", "PERSON")]
    assert [(q.speaker, q.speaker_named) for q in ann.quotes] == [("Ilse Varna", True)]


def test_what_a_letter_states_is_its_writers_with_the_cue_state():
    assert said(
        'Orla Benn resigned in a letter to the board stating, "I always said I would tell you first."'
    ) == [("I always said I would tell you first", "Orla Benn", "direct", "state")]
    assert said("Orla Benn resigned in a letter stating that she would leave in May.") == [
        ("she would leave in May", "Orla Benn", "indirect", "state")
    ]


def test_a_role_set_before_a_name_after_a_preposition_names_that_person_later():
    assert said(
        "The boy was found by his father, Tomas Brenner, on Sunday. "
        "The father said the boy was cold."
    ) == [("the boy was cold", "Tomas Brenner", "indirect", "say")]
    assert said(
        "She lived with her husband, Tomas Brenner, in Orvik. "
        "The husband told police she had been ill."
    ) == [("she had been ill", "Tomas Brenner", "indirect", "tell")]


@pytest.mark.parametrize(
    "name",
    [
        "Victor Manuel Ortiz",
        "Christian Tomas Brenner",
        "Suleiman Abdul Rahim",
        "Jusman Rizal Pramoko",
    ],
)
def test_a_three_part_name_opening_a_sentence_keeps_its_given_name(name):
    # a given name ending like a job word ("-or", "-ian", "-man") is no job at a sentence's start
    ann = annotation_of(f"{name} said the bridge would reopen.")
    assert [(e.text, e.label) for e in ann.entities] == [(name, "PERSON")]
    assert [q.speaker for q in ann.quotes] == [name]


def test_a_job_word_opening_a_sentence_before_a_name_stays_outside_it():
    ann = annotation_of("Businessman Tomas Kelder Brun said the bridge would reopen.")
    assert [(e.text, e.label) for e in ann.entities] == [("Tomas Kelder Brun", "PERSON")]


def test_a_that_clause_joined_to_what_was_announced_is_reported():
    assert said(
        "Kelder announced a new phone, and, to the surprise of many, that its laptops will "
        "use Orvik chips."
    ) == [("its laptops will use Orvik chips", "Kelder", "indirect", "announce")]


def test_two_that_clauses_of_one_cue_are_one_statement():
    # the parser joins the second clause to the cue: the words between are only ", and that"
    assert said(
        "Ilse Varna announced she had asked for the coach's resignation Monday night, and "
        "that he tendered it the next morning."
    ) == [
        (
            "she had asked for the coach's resignation Monday night, and that he tendered it "
            "the next morning",
            "Ilse Varna",
            "indirect",
            "announce",
        )
    ]


def test_a_less_common_given_name_before_a_verb_of_saying_opens_a_persons_name():
    ann = annotation_of("Ilse Varna announced that the club had sacked its coach.")
    assert [(e.text, e.label) for e in ann.entities] == [("Ilse Varna", "PERSON")]
    ann = annotation_of("Grace Church said the roof would be fixed.")
    assert [(e.text, e.label) for e in ann.entities] != [("Grace Church", "PERSON")]


def test_a_that_clause_joined_to_a_relative_or_to_an_order_is_no_statement():
    assert (
        said(
            "The plan rests on the notion that the founders rejected, and that the court has "
            "since repudiated."
        )
        == []
    )
    assert said("The general ordered an alert, and that the troops guard the churches.") == []


def test_what_is_announced_in_a_memo_after_a_day_is_reported():
    # the parser reads "that he would be on leave" as a relative clause of "memo"
    assert said(
        "Tomas Brenner announced Monday in an internal memo that he would be on leave."
    ) == [("he would be on leave", "Tomas Brenner", "indirect", "announce")]
    assert said("Tomas Brenner wept Monday in a letter that he sent to staff.") == []


def test_titles_joined_under_one_determiner_are_one_persons_before_the_name():
    ann = annotation_of(
        '"The market is showing signs of life," said the vice president and chairman of '
        "Kelder Motors LLC Tomas Brenner."
    )
    assert [(q.speaker, q.speaker_named) for q in ann.quotes] == [("Tomas Brenner", True)]
    start, end = ann.quotes[0].speaker_span
    assert ann.article.body[start:end] == "Tomas Brenner"  # the name, inside the long phrase
    assert said("The president and the chairman said the market was weak.") == [
        ("the market was weak", "The president and the chairman", "indirect", "say")
    ]


def test_the_statement_cited_after_a_bodys_announcement_is_that_bodys():
    assert said(
        "The Orvik Health Ministry confirmed a case of the virus on Monday. "
        "The man is in good condition, the statement said."
    ) == [("The man is in good condition", "Orvik Health Ministry", "indirect", "say")]


def test_a_statement_after_a_sentence_about_something_else_or_a_speaker_stays_as_written():
    got = said(
        "The Orvik Health Ministry confirmed a case of the virus on Monday. Police arrested a "
        "man. The man is in good condition, the statement said."
    )
    assert got == [("The man is in good condition", "the statement", "indirect", "say")]
    got = said("Ilse Varna said the plan was sound. Costs will rise, the report said.")
    assert got[-1] == ("Costs will rise", "the report", "indirect", "say")


def test_a_year_before_a_name_or_a_noun_compound_is_a_date():
    ann = annotation_of("At the virtual 2020 Orvik Party National Convention, delegates voted.")
    assert ("2020", "DATE") in [(e.text, e.label) for e in ann.entities]
    assert [(t.text, t.value) for t in ann.timexes] == [("2020", "2020")]
    ann = annotation_of("According to 2016 census figures, the town has 4,000 people.")
    assert ("2016", "DATE") in [(e.text, e.label) for e in ann.entities]


def test_a_number_counting_a_plural_noun_stays_a_count():
    ann = annotation_of("The club has 2020 members and the army lost 1900 men.")
    assert [(e.text, e.label) for e in ann.entities if e.text in {"2020", "1900"}] == [
        ("2020", "CARDINAL"),
        ("1900", "CARDINAL"),
    ]
    assert ann.timexes == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The owls are most vocal in the morning and at dusk.", "XXXX-XX-XXTMO"),
        ("She comes home from the mill in the evening.", "XXXX-XX-XXTEV"),
        ("We used to go to the market in the morning.", "XXXX-XX-XXTMO"),
        ("He told me I would be picked up in the morning.", "XXXX-XX-XXTMO"),
        ("The plane landed in the evening.", "2024-03-05TEV"),  # once, in the past
    ],
)
def test_a_part_of_every_day_or_of_a_day_to_come_is_a_part_of_no_day_told(text, value):
    got = [t for t in annotation_of(text).timexes if t.text.startswith("the ")]
    assert [(t.type, t.value) for t in got] == [("TIME", value)]


def test_a_part_of_a_day_in_a_past_the_tagger_took_for_a_present_is_no_part_of_every_day():
    ann = annotation_of("The jet overshot the runway in the evening and slid off.")
    assert [t.value for t in ann.timexes if t.text == "the evening"] != ["XXXX-XX-XXTEV"]


def test_inch_marks_make_no_quoted_words():
    assert said('Kelder released 13.3" and 15" laptops on Monday, the company said.') == [
        ('Kelder released 13.3" and 15" laptops on Monday', "the company", "indirect", "say")
    ]
