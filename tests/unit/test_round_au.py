"""Round AU (2026-12-02, fourth session): rules that need no model."""

from __future__ import annotations

from newslab.person_nouns import is_person_noun


def test_person_nouns_come_from_wordnet_first_senses():
    assert all(is_person_noun(w) for w in ("nurse", "witness", "colleague", "Spokeswoman"))
    # a first sense that is not a person: a thing, a body, a part
    assert not any(is_person_noun(w) for w in ("source", "company", "report", "head", "union"))
