"""Whether a past verb may set a day still ahead: "was moved to June 2" is this June,
"flattened the harbour on November 8", read in October, last November."""

from __future__ import annotations

from spacy.tokens import Doc

from .tense import _governing_verb, _word_before

__all__ = ["plan_at"]

#: Verbs that move or fix a date (a past one of them may set a day still ahead: "was moved
#: to June 2", "announced a vote for May 9"), and the prepositions that give a deadline.
_DATE_SETTERS = frozenset(
    "postpone move delay reschedule schedule set fix push bring adjourn defer announce call"
    " plan book slate expect agree extend".split()
)
_TOWARDS = frozenset({"to", "for", "until", "till", "by", "before"})


def plan_at(doc: Doc, start: int) -> bool:
    """Whether the phrase at ``start`` may be a day set ahead by a past verb: the verb moves
    or fixes a date, or a preposition of aim or deadline leads to it. "The storm flattened
    the harbour on November 8", read in October, tells of last November; "was moved to
    November 8" of this one.

    >>> from spacy.vocab import Vocab
    >>> from spacy.vocab import Vocab
    >>> words = ["It", "hit", "on", "May", "2"]
    >>> doc = Doc(Vocab(), words=words, pos=["PRON", "VERB", "ADP", "PROPN", "NUM"],
    ...           heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "prep", "pobj", "nummod"])
    >>> plan_at(doc, 10)
    False
    """
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    tok = span[0]
    if _word_before(tok) in _TOWARDS:
        return True
    verb = _governing_verb(tok)
    return verb is None or verb.lemma_.lower() in _DATE_SETTERS or verb.pos_ == "AUX"
