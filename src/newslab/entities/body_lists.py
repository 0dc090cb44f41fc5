"""Lists inside a body's name: "Ministry of Fisheries, Forests and Rural Affairs" and
"Department of Roads and Bridges" are one name each, where the model stops at the first
item; "the Ministry of Fisheries and Kestrel Marine" stays two.

>>> listed_names("The Department of Roads and Bridges met.", [(4, 23, "ORG"), (28, 35, "PERSON")])
[(4, 35, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import ORG_HEADS, ORG_WORDS
from ..spans import Occupancy, Span, replace_with

__all__ = ["listed_names"]

_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
#: ", Forests and Rural Affairs" after "Ministry of Fisheries".
_LIST_TAIL = re.compile(r"((?:, " + _WORDS + r")*),? and (" + _WORDS + r")")
_HEAD_OF = re.compile(r"\b(\w+) of (?:the )?[A-Z][\w'’-]*$")


def listed_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Ministry of Fisheries" + ", Forests and Rural Affairs": a list after a head and
    "of" is part of the name, where the items in the middle are no names of their own; so
    is one field after "and" ("Department of Roads" + " and Bridges"), see :func:`_field`."""
    taken = Occupancy(len(text), spans)
    grown: list[Span] = []
    for s, e, label in spans:
        head = _HEAD_OF.search(text, s, e) if label == "ORG" else None
        m = _LIST_TAIL.match(text, e) if head else None
        if (
            m
            and head
            and head.group(1).lower() in ORG_HEADS | ORG_WORDS | {"ministry"}
            and (m.group(1) or _field(text, spans, m.start(2), m.group(2)))
            and taken.free(e, m.start(2))
        ):
            grown.append((s, m.end(), label))
    return replace_with(spans, grown)


def _field(text: str, spans: list[Span], at: int, words: str) -> bool:
    """ "Bridges", "Coastal Studies": a field of a body's work after "and", ending in a plural,
    that is no person, place or people and is named nowhere else in the text ("the Ministry
    of Fisheries and Kestrel Marine" is two bodies, and so is a firm's name written again)."""
    parts = words.split()
    others = {"GPE", "NORP", "LOC"} | ({"PERSON"} if len(parts) > 1 else set())  # "Bridges"
    other = any(s == at and label in others for s, _, label in spans)
    return not (
        other
        or words.isupper()
        or parts[-1].lower() in ORG_HEADS | ORG_WORDS
        or not re.fullmatch(r"[A-Z][a-z]+[^s]s", parts[-1])  # "Marine" is a firm's word
        or text.count(words) > 1
    )
