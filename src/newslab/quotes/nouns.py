"""Statements carried by a noun: "a statement that a guard was hurt", "warnings that the dam
may fail", and "issued a statement to the effect the king considered it unfit".

The source is the one written with the noun ("the board's statement", "a statement from the
board") or, for a noun that is the object of its verb ("The board issued a statement that
..."), that verb's subject.

>>> from newslab.quotes.nouns import noun_statements
>>> noun_statements.__name__
'noun_statements'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..lexicon import SPEECH_NOUNS
from .clauses import extent
from .subjects import noun_source, subject_of

__all__ = ["noun_statements"]

Found = tuple[tuple[int, int], str, Token, Token | None]


def noun_statements(token: Token) -> Iterator[Found]:
    """(content offsets, cue lemma, cue token, source token) for a speech noun's clause."""
    lemma = token.lemma_.lower()
    if lemma in SPEECH_NOUNS:
        source = noun_source(token) or _issuer(token)
        for child in token.children:
            if child.dep_ in {"acl", "ccomp", "appos"} and (
                any(c.dep_ == "mark" for c in child.children) or _after_effect(child)
            ):
                yield extent(child), SPEECH_NOUNS[lemma], token, source
    elif lemma == "effect" and _to_the_effect(token):  # "a statement to the effect X"
        verb = token.head.head
        said = next((c for c in verb.children if c.dep_ == "dobj"), None)
        clause = next((c for c in token.children if c.dep_ in {"relcl", "acl", "ccomp"}), None)
        if said is not None and said.lemma_.lower() in SPEECH_NOUNS and clause is not None:
            source = noun_source(said) or _issuer(said)
            yield extent(clause), SPEECH_NOUNS[said.lemma_.lower()], said, source


def _after_effect(clause: Token) -> bool:
    """A clause right after "to the effect", which the parser may hang on the noun."""
    edge = clause.left_edge.i
    return edge > 2 and clause.doc[edge - 3 : edge].text.lower() == "to the effect"


def _issuer(noun: Token) -> Token | None:
    """ "The board issued a statement": the subject of the verb whose object the noun is."""
    return subject_of(noun.head) if noun.dep_ == "dobj" else None


def _to_the_effect(token: Token) -> bool:
    """ "to the effect (that)": the noun after "to the", hung on a verb."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and token.i > 0
        and token.doc[token.i - 1].lower_ == "the"
        and token.head.head.pos_ == "VERB"
    )
