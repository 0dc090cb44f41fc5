"""A body's name with a number inside: "the Lost 52 Project", "the Orvik 21 Foundation".
The model reads the number as a count and keeps only the head word as the name; the
capitalised word before the number, the number and the head are one ORG.

>>> numbered_bodies("The Lost 52 Project said so.", [(9, 11, "CARDINAL"), (12, 19, "ORG")])
[(4, 19, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import BODY_WORDS, INSTITUTION_NOUNS, ORG_HEADS, ORG_WORDS
from ..spans import Span, replace_with
from .gazetteer import place_kind

__all__ = ["numbered_bodies"]

#: A body's head words, and "Project", the head of a group's campaign's name.
_HEADS = {w.capitalize() for w in ORG_HEADS | ORG_WORDS | INSTITUTION_NOUNS | BODY_WORDS} | {
    "Project"
}
#: A capitalised word after "the" or a lower-case word, a number, a body's head word.
_NUMBERED = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+) (\d{1,4}) ([A-Z][a-z]+)\b")


def numbered_bodies(text: str, spans: list[Span]) -> list[Span]:
    """ "The Lost 52 Project announced": one ORG where the model saw a count and a "Project";
    only with a body's head word after the number ("Project", "Foundation", "Group"), and
    only where the model kept no place or date before it ("Texas 14 Group" is left alone).
    """
    found = []
    for m in _NUMBERED.finditer(text):
        if m.group(3) not in _HEADS:
            continue
        before = [lab for s, e, lab in spans if s < m.end(1) and e > m.start(1)]
        if place_kind(m.group(1)) in {"continent", "country", "state", "region"} or any(
            lab in {"GPE", "LOC", "DATE", "NORP", "PERSON"} for lab in before
        ):
            continue
        found.append((m.start(), m.end(), "ORG"))
    return sorted(replace_with(spans, found)) if found else spans
