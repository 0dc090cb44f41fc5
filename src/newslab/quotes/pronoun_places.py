"""Where a pronoun's candidates stand in the sentence: the subject of the clause an
attribution is set into (never the one speaking), names joined by "and" (a later "they").
Read by :mod:`.pronouns`.

>>> from newslab.quotes.pronoun_places import host_subject
>>> host_subject.__name__
'host_subject'
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["host_subject", "joined_names"]


def host_subject(pronoun: Token) -> tuple[int, int] | None:
    """Where the subject of the clause an attribution is set into lies ("[The captain], she
    said, was drunk"): the one spoken of, never the one speaking."""
    verb = pronoun.head
    if verb.dep_ != "parataxis" or verb.head.i < verb.i:
        return None
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > verb.i:
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)


def joined_names(tok: Token) -> bool:
    """A name joined by "and" to another name: two sources a later "they" may point to."""
    return tok.ent_type_ in {"PERSON", "ORG"} and any(
        c.dep_ == "conj" and c.ent_type_ in {"PERSON", "ORG"} for c in tok.children
    )
