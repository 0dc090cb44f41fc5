"""What the text says of a person's gender: only a subject pronoun tells (issue #13)."""

from __future__ import annotations

from newslab.quotes.genders import text_genders


def test_a_possessive_of_someone_else_says_nothing_of_the_subject():
    text = "Tom Hale wrote after hearing of her death."
    assert text_genders(text, [(0, 8, "Tom Hale")]) == {}


def test_a_subject_pronoun_in_the_same_sentence_still_tells():
    text = "Ann Lee said she would come."
    assert text_genders(text, [(0, 7, "Ann Lee")]) == {"Ann Lee": True}
