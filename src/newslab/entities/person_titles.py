"""A person's title beside a name: "United States Representative Elijah Cummings" is a
place, a title and a person; "Mayor Ana Ruiz said" names Ana Ruiz where the model missed her.

>>> split_titled_names("Kestrel Constable Ana Ruiz", [(0, 26, "PERSON")])
[(0, 7, 'ORG'), (18, 26, 'PERSON')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicon import (
    BODY_WORDS,
    EVENT_HEADS,
    FAC_WORDS,
    GPE_WORDS,
    INSTITUTION_NOUNS,
    LOC_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_TITLES,
    TITLES,
)
from ..nlp import doc_tokens
from ..person_nouns import is_person_noun
from ..spans import Span, _overlaps
from .gazetteer import place_kind
from .given import WIDELY_GIVEN, given_names, given_sources

__all__ = ["split_titled_names", "titled_people"]

_BODY_HEADS = ORG_HEADS | INSTITUTION_NOUNS | BODY_WORDS
_SPLIT_TITLES = PERSON_TITLES | {"fellow"}  # "Royal Society Fellow Ana Ruiz": split there


def split_titled_names(text: str, spans: list[Span]) -> list[Span]:
    """ "United States Representative Elijah Cummings" is a place, a title and a PERSON;
    "Kamloops RCMP Constable" is an ORG and a title; "Detective Constable Daniel Dubé"
    is a title and a PERSON; "Court of Justice" keeps its last word.

    >>> split_titled_names("the Kestrel Court of Justice", [(4, 28, "ORG")])
    [(4, 28, 'ORG')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        is_title = [w.group().strip(".,").lower() in _SPLIT_TITLES for w in words]
        if label not in {"PERSON", "ORG"} and not _given_after_title(words, is_title):
            out.append((start, end, label))  # "Regional Governor Ana Ruiz" read as a work
            continue
        if len(words) < 2 or not any(is_title):
            out.append((start, end, label))
            continue
        if place_kind(text[start:end]):  # "Sultan Kudarat", a province: no title in a place
            out.append((start, end, label))
            continue
        last = max(i for i, t in enumerate(is_title) if t)
        first = last
        while first > 0 and words[first - 1].group().lower().strip(".,") in _TITLE_WORDS:
            first -= 1
        name = words[last + 1 :]
        head = words[:first]
        if not name and head and head[-1].group().lower() in {"of", "for", "and"}:
            out.append((start, end, label))  # "Court of Justice": the body's own word
            continue
        if name and (
            not all(w.group()[0].isupper() for w in name)
            or name[-1].group().lower() in _BODY_HEADS  # "U.S. Justice Department"
        ):
            out.append((start, end, label))
            continue
        if head and any(w.group()[0].isupper() for w in head):
            out.append((start, start + head[-1].end(), "ORG"))
        if name:
            out.append((start + name[0].start(), start + name[-1].end(), "PERSON"))
    return out


#: Words of a title before its noun: "Regional Governor", "Senior Judge", "Acting Mayor".
_TITLE_WORDS = TITLES | {"regional", "provincial", "senior", "interim", "assistant", "associate"}


def _given_after_title(words: list[re.Match[str]], is_title: list[bool]) -> bool:
    """A title, then a widely given name and a surname that is no place's or body's word:
    a person's name wherever the model put it (not "Queen Victoria Market")."""
    last = max((i for i, t in enumerate(is_title) if t), default=-1)
    name = [w.group().strip(".,;:[]()").lower() for w in words[last + 1 :]]
    royal = last >= 0 and words[last].group().lower() in _NAMESAKES
    return (
        last >= 0
        and not royal  # "Queen Victoria Market", "King Edward Hospital": named for them
        and 2 <= len(name) <= 3
        and _widely_given(name[0])
        and not any(w in _NOT_SURNAMES for w in name[1:])
    )


_NAMESAKES = frozenset({"queen", "king", "prince", "princess", "saint", "st", "st.", "pope"})
_NOT_SURNAMES = _BODY_HEADS | FAC_WORDS | GPE_WORDS | LOC_WORDS | ORG_WORDS | EVENT_HEADS


def _widely_given(word: str) -> bool:
    return given_sources(word) >= WIDELY_GIVEN


#: Plural titles before a name ("Presidents"); not those that also name places ("Kings Cross").
_PLURAL_TITLES = frozenset(
    t + "s" for t in PERSON_TITLES if t.isalpha() and len(t) > 4 and t not in {"queen", "prince"}
)


def titled_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mayor Ana Ruiz said": capitalised names right after a person's title are a PERSON,
    also where the model missed them."""
    found: list[Span] = []
    for tok in doc_tokens(doc):
        word = tok.lower_.rstrip(".")
        if not tok.is_title or (
            word not in PERSON_TITLES
            and word not in _PLURAL_TITLES
            and not _person_noun_before_name(doc, tok)
        ):
            continue  # "Mayor", and the plural "Presidents Ana Ruiz and Lee Park"
        names = []
        for nxt in doc[tok.i + 1 : tok.i + 4]:
            if nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_.rstrip(".") not in TITLES:
                names.append(nxt)
            else:
                break
        if names:
            span = (names[0].idx, names[-1].idx + len(names[-1].text), "PERSON")
            if not any(_overlaps(span, s) for s in spans + found):
                found.append(span)
    return spans + found


def _person_noun_before_name(doc: Doc, tok: Token) -> bool:
    """ "Firefighter Murat Kaya": a noun whose usual sense is a person (WordNet), no given
    name itself ("Guy"), before a widely given name and a surname is that person's title."""
    nxt = doc[tok.i + 1 : tok.i + 3]
    return (
        len(nxt) == 2
        and is_person_noun(tok.lower_)
        and tok.lower_ not in given_names()
        and _widely_given(nxt[0].text)
        and nxt[1].is_title
    )
