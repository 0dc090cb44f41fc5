"""A body named by a description earlier in the article: "the government" after "the
government of Veloria", "the administration" after "the Harlan administration".

A bare "the" and a body noun is a short mention; the article's earlier, fuller mention with the
same noun says which body it is, so the source is that mention as written (or the named body
it is part of: "the hospital" after "Grenmoor General Hospital"). The index of body nouns is
built once an article, so each lookup costs a logarithm of its length.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..entities import Entity
from ..nlp import doc_text, doc_tokens
from .chain_names import content_words
from .chains import ChainBuilder, Speaker

__all__ = ["DESCRIBED_BODIES", "DescriptionIndex", "described_body"]

#: Body nouns a later "the ..." goes back to. Not "police" or "military": a story's police
#: are often several forces, and the phrase as written is what a reader is told.
DESCRIBED_BODIES = frozenset(
    "administration government embassy consulate hospital clinic ministry department agency "
    "council commission committee court tribunal office university school college company "
    "firm airline regulator authority campaign".split()
)

#: Labels of a name that tells one body from another ("the Velorian government").
_DISTINGUISHING = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})


class DescriptionIndex:
    """Earlier mentions of body nouns in one article, by lemma.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("The government met.")
    >>> DescriptionIndex(doc, lambda token: None).fuller(doc[1]) is None  # no parse, so no "the" to read
    True
    >>> "government" in DESCRIBED_BODIES, "police" in DESCRIBED_BODIES
    (True, False)
    """

    def __init__(self, doc: Doc, entity_at: Callable[[Token], Entity | None]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._entity = entity_at  # the resolver's own lookup of the entity at a token
        self._by_lemma: dict[str, list[int]] = {}
        for tok in doc_tokens(doc):
            lemma = tok.lemma_.lower()
            if lemma in DESCRIBED_BODIES and tok.pos_ in {"NOUN", "PROPN"}:
                self._by_lemma.setdefault(lemma, []).append(tok.i)

    def fuller(self, head: Token) -> tuple[str, Entity | None] | None:
        """For a bare "the" + body noun, the nearest earlier fuller mention of that noun: its
        words as written, and the named body when the noun is part of one; else ``None``."""
        lemma = head.lemma_.lower()
        if lemma not in DESCRIBED_BODIES or head.tag_ != "NN" or not _bare(head):
            return None
        found = self._by_lemma.get(lemma, [])
        i = bisect.bisect_left(found, head.i)
        for j in reversed(found[max(0, i - 12) : i]):
            mention = self._described(self.doc[j])
            if mention is not None:
                return mention
        return None

    def _described(self, tok: Token) -> tuple[str, Entity | None] | None:
        """The fuller mention at ``tok``: inside a named body ("Grenmoor General Hospital"),
        with a name before the noun ("the Harlan administration", "the Velorian government")
        or a place or body after it ("the embassy in Karvia", "the government of Veloria")."""
        ent = self._entity(tok)
        if ent is not None:
            if ent.label in {"ORG", "FAC"} and tok.lower_ in _edge_words(ent.text):
                return ent.text, ent
            return None
        start = tok
        named = False
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.i < tok.i:
                owner = self._entity(child)
                if owner is not None and owner.label in _DISTINGUISHING:
                    named = True
                    start = min(start, child, key=lambda t: t.i)
        end = tok.idx + len(tok.text)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "in", "for"} and not named:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                owner = self._entity(obj) if obj is not None else None
                if owner is not None and owner.label in _DISTINGUISHING:
                    named = True
                    end = owner.end
        if not named:
            return None
        det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"), None)
        begin = det.idx if det is not None else start.idx
        return self.text[begin:end], None


def _bare(head: Token) -> bool:
    """Only "the" before the noun and nothing after it: "the government", not "the
    government's spokesman" or "the new government"."""
    children = list(head.children)
    return (
        len(children) >= 1
        and all(c.i < head.i for c in children)
        and [c.lower_ for c in children] == ["the"]
    )


def _edge_words(name: str) -> set[str]:
    """The first and last words of a name, in lower case: a body's kind is written there
    ("Grenmoor General Hospital", "Department of Roads")."""
    words = name.lower().split()
    return {words[0], words[-1]} if words else set()


def described_body(chains: ChainBuilder, phrase: str, span: tuple[int, int]) -> Speaker | None:
    """ "Day's animal foundation": a lower-case description whose words are all in one
    organisation's name the article gives ("Doris Day Animal Foundation") is that body."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in content_words(phrase)]
    if len(words) < 2 or phrase[:1].isupper() and " " not in phrase:
        return None
    found = {
        k
        for k, (name, label) in enumerate(zip(chains.names, chains.labels, strict=True))
        if label == "ORG" and set(words) < set(content_words(name))
    }
    k = found.pop() if len(found) == 1 else None
    return None if k is None else Speaker(chains.names[k], False, span)
