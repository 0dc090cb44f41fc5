"""People the model left unlabelled: two or three capitalised proper nouns that open with a
widely given name ("prosecutor Ada Quist"), or any name's shape right after a title ("its
chancellor, Pradip Kestrel"); a lower-case particle may stand inside ("Ana de la Vega").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..lexicon import TITLES
from ..nlp import doc_text, doc_tokens
from ..person_nouns import is_person_noun
from ..spans import Occupancy, Span
from .gazetteer import place_kind
from .given import given_sources
from .hyphened import HYPHEN_TAIL
from .people import (
    _HEADS,
    _NOT_NAMES,
    _PARTICLES,
    _SPEAKS,
    _WORD,
    GIVEN,
    WIDELY_GIVEN,
    _given,
    lower_case_words,
    person_name,
)

__all__ = ["missed_people"]


def missed_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """Two or three capitalised proper nouns the model left unlabelled, the first a widely
    given name the article never writes in lower case, are a person ("prosecutor Ada Quist");
    so are they right after a title, a given name from any country ("the university's
    chancellor, Pradip Kestrel").

    >>> from newslab.nlp import load_nlp  # doctest: +SKIP
    >>> doc = load_nlp()("Prosecutor Ada Quist later added that the men fled.")  # doctest: +SKIP
    >>> missed_people(doc, [])  # doctest: +SKIP
    [(11, 20, 'PERSON')]
    """
    text = doc_text(doc)
    toks = doc_tokens(doc)  # one Token object a word, not one a look
    taken = Occupancy(len(text), spans)
    common = lower_case_words(text)
    found: list[Span] = []
    i = 0
    while i < len(toks):
        j, words = i, 0
        while j < len(toks) and words < 4:
            if toks[j].is_title and (
                toks[j].pos_ == "PROPN"  # or a word of no other use after one ("Verbroekhoven")
                or j > i
                and toks[j - 1].pos_ == "PROPN"
                and toks[j].lower_ not in common
            ):
                words += 1
            elif not (j > i and _particle(toks, j)):  # "Ana de la Vega"
                break
            j += 1
        while j > i + 1 and toks[j - 1].is_lower:  # a run never ends in a particle
            j -= 1
        words = sum(1 for t in toks[i:j] if not t.is_lower) if j > i + 1 else j - i
        if 2 <= words <= 3 and (j == len(toks) or not toks[j].is_title):
            start, end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
            if m := HYPHEN_TAIL.match(text, end):
                end = m.end()  # "Frédéric Salat-Baroux": the surname whole
            lead = toks[i].lower_  # "Rector Annelies Verbroekhoven": a post before the name
            titled = (
                words == 3
                and (lead in TITLES or is_person_noun(lead))
                and given_sources(toks[i + 1].text) >= 1  # not "Senate Minority Leader"
            )
            start = toks[i + 1].idx if titled else start
            name = text[start:end]
            widely = GIVEN if _SPEAKS.match(text, end) else WIDELY_GIVEN  # "X Y said"
            if taken.free(start, end) and (
                (_given(toks[i].text, widely, common) and person_name(name, widely=widely))
                or (
                    (titled or _after_title(toks, i) or _title_after(toks, i, j))
                    and _name_shaped(name, common)
                )
            ):
                found.append((start, end, "PERSON"))
        i = max(j, i + 1)
    return spans + found


def _particle(toks: Sequence[Token], j: int) -> bool:
    """A lower-case particle inside a name, with a capitalised word after it ("de la")."""
    if toks[j].lower_ not in _PARTICLES or not toks[j].is_lower:
        return False
    nxt = j + 1
    while nxt < len(toks) and toks[nxt].lower_ in _PARTICLES and toks[nxt].is_lower:
        nxt += 1
    return nxt < len(toks) and toks[nxt].is_title and toks[nxt].pos_ == "PROPN"


def _after_title(toks: Sequence[Token], i: int) -> bool:
    """A title right before token ``i``, or a title and a comma ("its chancellor, ...")."""
    k = i - 1 if i > 0 and toks[i - 1].text != "," else i - 2
    return k >= 0 and toks[k].lower_ in TITLES and toks[k].is_lower and toks[k].pos_ == "NOUN"


def _title_after(toks: Sequence[Token], i: int, j: int) -> bool:
    """A title set after the name as an apposition ("Ilse Varna, the ministry's spokeswoman,")."""
    return (
        j < len(toks)
        and toks[j].text == ","
        and any(
            c.dep_ == "appos" and c.lower_ in TITLES and c.pos_ == "NOUN"
            for t in toks[i:j]
            for c in t.children
        )
    )


def _name_shaped(name: str, common: frozenset[str]) -> bool:
    """Capitalised words that are no place, no body's head and no word the article writes
    in lower case: a name's shape, whatever the given name."""
    words = name.split()
    return (
        all(
            _WORD.fullmatch(w) and w.lower() not in common and w.lower() not in _NOT_NAMES
            for w in words
        )
        and not any(w.lower().removesuffix("s") in _HEADS for w in words)
        and place_kind(name) is None
        and not place_kind(words[0])
    )
