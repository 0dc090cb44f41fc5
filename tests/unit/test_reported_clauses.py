"""The edges of a reported clause, on a parse built by hand (no model): what the parser leaves
at a clause's end after a second verb is cut away is no part of what was reported."""

from __future__ import annotations

from spacy.tokens import Doc

from newslab.quotes.clauses import extent


def test_a_coordinator_left_at_a_reported_clauses_end_is_cut_with_its_verb(blank):
    words = ["Ana", "said", "the", "aid", "was", "tied", "to", "reform", "but", "denied", "it", "."]
    heads = [1, 1, 3, 4, 1, 4, 5, 6, 4, 1, 9, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "prep", "pobj", "cc", "conj"]
    deps += ["dobj", "punct"]
    doc = Doc(blank.vocab, words=words, heads=heads, deps=deps)
    start, end = extent(doc[4])
    assert doc.text[start:end] == "the aid was tied to reform"
