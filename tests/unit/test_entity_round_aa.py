"""Names in constructions met in round AA (issue #15), on text written for these tests."""

from __future__ import annotations

from newslab.entities.products import model_numbers


def test_a_name_and_a_number_after_a_is_a_model_not_a_law():
    text = "A Varlo 172 and a tanker collided off Tessbury."
    assert model_numbers(text, [(2, 11, "LAW")]) == [(2, 11, "PRODUCT")]
    text = "Pilots flew an Orlin 340 over the bay."
    assert model_numbers(text, [(15, 24, "LAW")]) == [(15, 24, "PRODUCT")]


def test_a_numbered_article_or_a_law_stays_a_law():
    text = "They invoked Article 50 and the Varlo 172 rule."
    assert model_numbers(text, [(13, 23, "LAW")]) == [(13, 23, "LAW")]
    text = "Alba Section 12 applies."  # "a" only as a word of its own
    assert model_numbers(text, [(5, 15, "LAW")]) == [(5, 15, "LAW")]


def test_a_quotation_opening_inside_a_name_ends_the_name():
    from newslab.entities.rules import trim

    text = 'The Tessbury Trust said on Chatterly "Varlo is a fine tool" today.'
    start = text.index("Chatterly")
    assert trim(text, [(start, start + 16, "PERSON")]) == [(start, start + 9, "PERSON")]
    text = "The “Orlin” brand"  # a name inside quotation marks keeps its edges trimmed only
    assert trim(text, [(4, 11, "ORG")]) == [(5, 10, "ORG")]


def test_a_name_run_on_from_a_platform_starts_after_it():
    from newslab.entities.context import platforms

    text = "The next day on Instagram Orlin accused his rival."
    start = text.index("Instagram")
    got = platforms(text, [(start, start + 15, "PERSON")])
    assert sorted(got) == [(start, start + 9, "ORG"), (start + 10, start + 15, "PERSON")]
    text = "Orlin Varlo wrote on Instagram that he was leaving."  # a person of their own
    start = text.index("Instagram")
    assert sorted(platforms(text, [(0, 11, "PERSON"), (start, start + 9, "PERSON")])) == [
        (0, 11, "PERSON"),
        (start, start + 9, "ORG"),
    ]


def test_a_nickname_in_quotation_marks_stays_inside_the_name():
    from newslab.entities.rules import trim

    text = 'She married Orlin "Bud" Varlow in 1941.'
    start = text.index("Orlin")
    assert trim(text, [(start, start + 18, "PERSON")]) == [(start, start + 18, "PERSON")]
