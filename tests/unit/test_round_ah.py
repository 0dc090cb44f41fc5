"""Constructions met while the interview gold was brought to one convention (issues #13 and
#15), on text written for these tests: an interview's answers take the verb that introduces
the interview as their cue and every line of an answer is part of it; an acronym spelled out
in lower case is no name; a system's name with its version stays a PRODUCT where the model
read it as a person; initials that ask an interview's questions are a person; two names with
a slash between are two; and a product's edition written after its name is part of it."""

from __future__ import annotations

from newslab.entities.aliases import common_acronyms
from newslab.entities.glued import slashed_names
from newslab.entities.layout import initial_turns
from newslab.entities.software import editions, software
from newslab.quotes.interview_cues import interview_cue
from newslab.quotes.interviews import answers
from tests.conftest import named_spans as _named
from tests.conftest import spans_at as _at

# -- an interview's cue ---------------------------------------------------------------------

_TRANSCRIPT = "\n((WN)) Why bees?\n((Mira Brenlow)) They are clever."


def test_a_headline_that_says_who_tells_gives_the_cue():
    headline = "Beekeeper Mira Brenlow tells Wikinews about her hives"
    body = "Wikinews discussed the hives with Brenlow." + _TRANSCRIPT
    assert interview_cue(headline, body) == "tell"


def test_a_headline_with_wikinews_as_the_subject_leaves_the_cue_to_the_introduction():
    headline = "Wikinews interviews beekeeper Mira Brenlow"
    body = "Her hives won a prize. Brenlow answered some questions from Wikinews." + _TRANSCRIPT
    assert interview_cue(headline, body) == "answer"


def test_answers_for_our_correspondent_and_a_discussion_with_wikinews():
    assert interview_cue(
        "Hives", "Brenlow answered a series of questions for our correspondent."
    ) == ("answer")
    assert interview_cue("Hives", "Brenlow discussed the hives with Wikinews." + _TRANSCRIPT) == (
        "discuss"
    )
    assert interview_cue("Hives", "Brenlow spoke to Wikinews last week." + _TRANSCRIPT) == "speak"


def test_a_told_that_reports_a_statement_does_not_introduce_the_interview():
    body = "Brenlow told Wikinews she keeps forty hives. Wikinews discussed her prize with her."
    assert interview_cue("Hives", body + _TRANSCRIPT) == "discuss"
    assert (
        interview_cue("Hives", "Brenlow told Wikinews she keeps forty hives." + _TRANSCRIPT) is None
    )


def test_a_discussion_that_does_not_involve_the_interviewer_is_not_the_introduction():
    body = "The council discussed the hives in March." + _TRANSCRIPT
    assert interview_cue("Beekeeper wins prize", body) is None


def test_the_transcript_itself_gives_no_cue():
    body = "Her hives won a prize." + _TRANSCRIPT + "\n((WN)) Did you discuss it with us?"
    assert interview_cue("Beekeeper wins prize", body) is None


def test_every_line_of_an_answer_is_part_of_it_but_not_a_legend_or_the_writers_narration():
    text = (
        "((WN)) What do you offer?\n"
        "((Mira Brenlow)) Plenty.\n"
        "Our key plans include:\n"
        "It goes further.\n"
        "So I, Mira Brenlow, will stand again.\n"
        "Hives: 3\n"
        "Mira Brenlow later left the stage.\n"
        "((WN)) Thank you."
    )
    assert [body for body, *_ in answers(text)] == [
        "Plenty.",
        "Our key plans include:",
        "It goes further.",
        "So I, Mira Brenlow, will stand again.",
    ]


# -- an acronym spelled out in lower case ---------------------------------------------------


def test_an_acronym_spelled_out_in_lower_case_is_no_name_anywhere():
    text = "Critics of DRM (digital rights management) say DRM harms readers."
    spans = _at(text, ("DRM", "ORG"), ("DRM", "ORG"))
    assert common_acronyms(text, spans) == []


def test_the_spelling_out_may_go_on_with_a_gloss():
    text = "A cream's SPF (sun protection factor, a rating of its filter) matters; SPF labels vary."
    assert common_acronyms(text, _at(text, ("SPF", "ORG"), ("SPF", "ORG"))) == []


def test_the_spelling_out_may_come_first_and_skip_small_words():
    text = "Doctors ordered a test of magnetic resonance imaging (MRI) and the MRI was clear."
    spans = _at(text, ("MRI", "ORG"), ("MRI", "ORG"))
    assert common_acronyms(text, spans) == []
    text = "Staff of the emergency department of health (EDH) met. EDH staff agreed."
    assert common_acronyms(text, _at(text, ("EDH", "ORG"), ("EDH", "ORG"))) == []


def test_an_organisation_spelled_out_in_capitals_keeps_its_acronym():
    text = "The Kestrel Health Organization (KHO) met. KHO agreed."
    spans = _at(text, ("Kestrel Health Organization", "ORG"), ("KHO", "ORG"), ("KHO", "ORG"))
    assert common_acronyms(text, spans) == spans


def test_lower_case_words_that_do_not_spell_the_acronym_leave_it_alone():
    text = "Fans of the Quillby Music Awards (QMA) said QMA (a yearly show) was long."
    spans = _at(text, ("Quillby Music Awards", "EVENT"), ("QMA", "EVENT"), ("QMA", "EVENT"))
    assert common_acronyms(text, spans) == spans


def test_numbers_and_dates_are_never_taken_for_acronyms():
    text = "About 12 BTU (british thermal units) were used. BTU 12 was a date."
    spans = _at(text, ("About 12", "CARDINAL"))
    assert common_acronyms(text, spans) == spans


# -- a system's name and version, read as a person ------------------------------------------


def test_a_system_and_its_version_read_as_a_person_is_one_product():
    text = "Staff moved to Tarvo Linux 8 in May. Tarvo Linux is free."
    spans = _at(text, ("Tarvo Linux 8", "PERSON"), ("Tarvo Linux", "PERSON"))
    assert _named(text, software(text, spans)) == [
        ("Tarvo Linux 8", "PRODUCT"),
        ("Tarvo Linux", "PRODUCT"),
    ]


def test_a_longer_name_that_holds_a_system_stays_whole():
    text = "The Tarvo Linux Users Group met. Tarvo Linux is free."
    spans = _at(text, ("Tarvo Linux Users Group", "ORG"), ("Tarvo Linux", "PERSON"))
    assert _named(text, software(text, spans)) == [
        ("Tarvo Linux Users Group", "ORG"),
        ("Tarvo Linux", "PRODUCT"),
    ]


# -- initials that ask an interview's questions ---------------------------------------------


def test_bracketed_initials_that_open_two_turns_are_the_person_asking():
    text = "((QRB)) Why bees?\n((Mira Brenlow)) They are clever.\n((QRB)) And wasps?"
    assert _named(text, initial_turns(text, [])) == [("QRB", "PERSON"), ("QRB", "PERSON")]


def test_the_outlets_initials_and_a_single_bracketed_turn_are_not_a_person():
    text = "((WN)) Why bees?\n((WN)) And wasps?\n((QR)) They sting."
    assert initial_turns(text, []) == []


# -- a slash between names, and a product's edition ------------------------------------------


def test_two_names_with_a_slash_that_the_article_writes_alone_are_two():
    text = "We left Pelican/Marrow Enterprise OS. Pelican is old; Marrow Enterprise OS is new."
    spans = _at(text, ("Pelican/Marrow Enterprise OS", "ORG"))
    assert _named(text, slashed_names(text, spans)) == [
        ("Pelican", "ORG"),
        ("Marrow Enterprise OS", "ORG"),
    ]


def test_a_slash_between_names_never_written_alone_stays_one_name():
    text = "The Pelican/Marrow merger closed in May."
    spans = _at(text, ("Pelican/Marrow", "ORG"))
    assert slashed_names(text, spans) == spans


def test_a_products_edition_written_twice_after_its_name_is_one_product():
    text = "Pelican moved to Pelican Stream. Pelican Stream is new, and Stream gets fixes first."
    spans = _at(
        text,
        ("Pelican", "PRODUCT"),
        ("Pelican", "PRODUCT"),
        ("Stream", "GPE"),
        ("Pelican", "PRODUCT"),
        ("Stream", "ORG"),
        ("Stream", "ORG"),
    )
    assert _named(text, editions(text, spans)) == [
        ("Pelican", "PRODUCT"),
        ("Pelican Stream", "PRODUCT"),
        ("Pelican Stream", "PRODUCT"),
        ("Stream", "PRODUCT"),
    ]


def test_a_body_or_a_longer_name_after_a_product_is_no_edition():
    text = (
        "The Pelican Foundation and the Pelican Governing Board met. The Pelican Foundation "
        "and the Pelican Governing Board agreed that Pelican is free."
    )
    spans = _at(
        text,
        ("Pelican Foundation", "ORG"),
        ("Pelican Governing Board", "ORG"),
        ("Pelican Foundation", "ORG"),
        ("Pelican Governing Board", "ORG"),
        ("Pelican", "PRODUCT"),
    )
    assert editions(text, spans) == spans


def test_an_edition_written_only_once_is_left_to_the_model():
    text = "Pelican moved to Pelican Stream. Pelican is free."
    spans = _at(
        text,
        ("Pelican", "PRODUCT"),
        ("Pelican", "PRODUCT"),
        ("Stream", "ORG"),
        ("Pelican", "PRODUCT"),
    )
    assert editions(text, spans) == spans
