"""Languages and the peoples named like them.

A language by name (ISO 639, from ``pycountry``) is LANGUAGE where the words around speak of
language: "in Tagalog and English", "the Tagalog phrase", "Tagalog-language". Before a noun
for a person or a thing it is the people's adjective, NORP: "English mathematician", and
before a plural noun of persons a name the model took for a place, a body or a person is one
too ("Quechua herders", "Malagasy officials"; the nouns of persons come from WordNet).

>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Quechua", "herders", "marched", "."]
>>> doc = Doc(Vocab(), words=words, tags=["NNP", "NNS", "VBD", "."], lemmas=["Quechua", "herder", "march", "."])
>>> language_names(doc, [(0, 7, "ORG")])
[(0, 7, 'NORP')]
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from ..nlp import doc_text
from ..person_nouns import is_person_noun
from ..spans import Span

__all__ = ["language_names"]


@functools.cache
def _languages() -> frozenset[str]:
    """ISO 639-3 language names ("Tagalog", "Swahili"), from pycountry, read on first use."""
    import pycountry

    from .gazetteer import place_kind

    names = {re.sub(r" \(.*\)$", "", lang.name) for lang in pycountry.languages}
    # "Colorado" and "Nepal" name languages too: a place's name is left to the places' rules
    return frozenset(n for n in names if "," not in n and " " not in n and not place_kind(n))


_LANGUAGE_AFTER = re.compile(
    r"(?:[- ]language|[- ]speak(?:ing|ers?)| (?:phrase|word|term|translation|version|"
    r"edition|subtitles|dialect|original|transcript)s?)\b"
)
_SPEAK = re.compile(r"\b(?:in|speaks?|spoke|speaking|spoken|fluent|translated into) $")


def language_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "in Tagalog and English", "spoke Tagalog and French", "the Tagalog phrase",
    "Tagalog-language": LANGUAGE. A name the model took for a people stays one before a noun
    ("in French politics"), and a language before a noun for a person or a thing is the
    people's adjective ("English mathematician": NORP)."""
    text = doc_text(doc)
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if label in {"NORP", "GPE", "ORG", "PERSON", "FAC", "LOC"} and name in _languages():
            if (
                _LANGUAGE_AFTER.match(text, e)
                or (
                    _SPEAK.search(text[max(0, s - 20) : s])
                    or _SPOKEN_PAIR.search(text[max(0, s - 40) : s])
                )
                and not _noun_follows(doc, e)
            ):
                label = "LANGUAGE"
            elif label != "NORP" and _people_follow(doc, e):
                label = "NORP"  # "Quechua herders", "Malagasy officials": a people's adjective
        elif label == "LANGUAGE" and not _LANGUAGE_AFTER.match(text, e) and _noun_follows(doc, e):
            label = "NORP"  # "English mathematician", "the French embassy"
        out.append((s, e, label))
    return out


#: The second of two languages after "in" or a verb of speaking ("spoke Tagalog and [French]").
_SPOKEN_PAIR = re.compile(r"\b(?:in|speaks?|spoke|speaking|spoken|fluent in) \w+ (?:and|or) $")


def _noun_follows(doc: Doc, end: int) -> bool:
    """A noun right after ``end`` ("French [politics]"); "and English" is no noun of its own."""
    text = doc_text(doc)
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    span = doc.char_span(j, j + 1, alignment_mode="expand") if j < len(text) else None
    return bool(span) and span[0].pos_ in {"NOUN", "PROPN"} and not span[0].is_title


def _people_follow(doc: Doc, end: int) -> bool:
    """A plural noun of persons right after ``end`` ("Quechua [herders]")."""
    span = doc.char_span(end + 1, end + 2, alignment_mode="expand")
    return bool(span) and span[0].tag_ == "NNS" and is_person_noun(span[0].lemma_.lower())
