"""What "according to X" set off by commas parts: the word before it, when the clause it
opens goes on after the source ("including, according to X, 54 children", "could cost,
according to X, as much as $4 million").

>>> doc = load_nlp()("Repairs could cost, according to the board, $4 million.")  # doctest: +SKIP
>>> interrupted(doc[4], doc[7]).text  # doctest: +SKIP
'cost'
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import CONJUNCTIVE_ADVERBS
from ..nlp import sentence_of
from .subjects import SUBJECTS

__all__ = ["goes_on", "interrupted"]


def interrupted(token: Token, source: Token) -> Token | None:
    """The word before "according to X" set off by commas when what it opens goes on after
    the source: "including, according to X, 54 children", "potentially, according to X, $3
    billion", "was, according to X, insured"; None when a whole clause stands before."""
    doc = token.doc
    if token.i < 3 or doc[token.i - 1].text != ",":
        return None
    word = doc[token.i - 2]
    if word.pos_ == "AUX" or word.lemma_ == "be":
        return word  # "The hall was, according to X, insured"
    if word.pos_ == "VERB" and goes_on(source):
        return word  # "The repairs could cost, according to X, as much as $4 million"
    if doc[token.i - 3].text != ",":
        return None
    if word.pos_ == "ADV":  # not "sank, however, ...", "then, according to X, fled"
        nxt = doc[min(source.right_edge.i + 2, len(doc) - 1)]  # after the comma
        return None if word.lower_ in CONJUNCTIVE_ADVERBS or nxt.pos_ in {"VERB", "AUX"} else word
    return word if word.pos_ == "ADP" or word.tag_ == "VBG" else None


def goes_on(source: Token) -> bool:
    """True when what follows the comma after the source finishes the clause the phrase
    parted (an object, an amount, a place), not a new clause or a relative."""
    doc = source.doc
    comma = source.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    nxt = doc[comma + 1]
    if nxt.pos_ in {"CCONJ", "SCONJ", "VERB", "AUX", "PRON"} or nxt.is_punct or nxt.tag_ == "WDT":
        return False  # ", and ...", ", which ...", ", said ...", ", she said"
    rest = doc[comma + 1 : sentence_of(source).end]
    return not any(t.dep_ in SUBJECTS for t in rest)
