"""An institution's name that goes on past "and": "the Kelder School of Marine and
Atmospheric Science", "the Department of Energy and Climate Change". The model often ends the
name at "and" and reads the words after it as a person or as nothing; they belong to the
name when they are a field of the institution's work, not a body, a place or a person of
their own ("the Ministry of Health and Oxfam", "the University of Leeds and York",
"the Office of Sport and Ana Ruiz" stay apart).

>>> text = "The Kelder School of Marine and Atmospheric Science said so."
>>> of_and_names(text, [(4, 27, "ORG"), (32, 51, "PERSON")])
[(4, 51, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import BODY_WORDS, ORG_HEADS, TITLES
from ..spans import Span, replace_with
from .gazetteer import place_kind
from .people import person_name

__all__ = ["of_and_names", "particle_names", "particle_tail"]

#: An institution's head, then "of" and its field: "School of Marine", "Ministry of Health".
_HEAD_OF = re.compile(r"\b([A-Z][a-z]+) of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")
#: What goes on after the name: "and" and one to three capitalised words, then no capital.
_AND_FIELD = re.compile(
    r"(?:,? and )((?:[A-Z][a-z][\w'’-]*)(?: [A-Z][a-z][\w'’-]*){0,2})(?![\w'’-]| [A-Z(])"
)
#: Labels of a name that stands on its own after "and".
_OWN_NAMES = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"})


def of_and_names(text: str, spans: list[Span]) -> list[Span]:
    """ORG names ending in "<head> of <Field>" grown over "and <Field>" (see the module)."""
    grown: list[Span] = []
    for start, end, label in spans:
        head = _HEAD_OF.search(text, start, end) if label == "ORG" else None
        if head is None or head.end() != end or head.group(1).lower() not in _HEADS:
            continue
        m = _AND_FIELD.match(text, end)
        if m is None or not _a_field(m.group(1)):
            continue
        f_start, f_end = m.start(1), m.end(1)
        if any(s < f_end and f_start < e and lab in _OWN_NAMES for s, e, lab in spans):
            continue  # "the Ministry of Health and Oxfam": a body of its own
        grown.append((start, f_end, "ORG"))
    return replace_with(spans, grown) if grown else spans


_HEADS = ORG_HEADS | BODY_WORDS | {"museum", "faculty", "division", "unit"}


def _a_field(words: str) -> bool:
    """Capitalised words that name a field of work: no body's head, title, place or person."""
    lowered = [w.lower() for w in words.split()]
    return (
        not any(w in _HEADS or w in TITLES for w in lowered)
        and place_kind(words) is None
        and not place_kind(words.split()[0])
        and not person_name(words)
    )


#: A Romance or Dutch particle and the capitalised words after it that end a body's name:
#: "Corriere della Sera", "La Gazzetta dello Sport", "Banco do Brasil".
_PARTICLE_TAIL = re.compile(
    r" (?:della|dello|delle|degli|del|di|da|do|dos|das|de|du|des) "
    r"((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})(?![\w'’-])"
)


def particle_names(text: str, spans: list[Span]) -> list[Span]:
    """An organisation's name that goes on past a lower-case particle, which the model cut
    there: "Corriere della Sera" (read as "Corriere" and a place "Sera").

    >>> particle_names("in Corriere della Sera today", [(3, 11, "ORG"), (18, 22, "GPE")])
    [(3, 22, 'ORG')]
    """
    grown = [
        (start, m.end(1), "ORG")
        for start, end, label in spans
        if label == "ORG" and (m := _PARTICLE_TAIL.match(text, end)) is not None
    ]
    return replace_with(spans, grown) if grown else spans


def particle_tail(text: str, end: int) -> int:
    """Where a name that ends at ``end`` ends when a particle's tail goes on from there
    ("Corriere" -> "Corriere della Sera"); ``end`` where none does.

    >>> particle_tail("Corriere della Sera said", 8)
    19
    """
    m = _PARTICLE_TAIL.match(text, end)
    return m.end(1) if m else end
