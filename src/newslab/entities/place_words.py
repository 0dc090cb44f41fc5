"""Places the gazetteer does not know, told by the words around them.

GeoNames lists towns of 15,000 people or more; the villages, districts and neighbourhoods a
story is about are often smaller, and the small model calls them ORG or PERSON or misses
them. The words a reporter puts around a place say what it is:

- a division's word after the name: "in Moamba district", "the Polana Caniço neighbourhood";
- a kind of place and "of" before it (:data:`.heads.PLACE_KINDS`): "the town of Sake", "the
  canton of Bern" (a name the model missed is added here; one it gave another label is
  relabelled by :func:`.heads.places_of_kind`);
- the division it lies in after it: "Saint-Imier in the Swiss canton of Bern", "Trissino, in
  Italy's Veneto region".

>>> text = "Farmers in Moamba district and the town of Sake lost their crops."
>>> place_words(text, [(11, 17, "ORG")])
[(11, 17, 'GPE'), (43, 47, 'GPE')]
"""

from __future__ import annotations

import re

from ..spans import Occupancy, Span
from .heads import PLACE_KINDS
from .places import people_words

__all__ = ["place_words"]

_WORD = r"[A-Z][^\W\d_]*(?:[-'’][A-Za-z][^\W\d_]*)*"
_RUN = _WORD + r"(?: (?:" + _WORD + r"|de|del|de la|do|da|dos|du|des|le|la|al|el))*"
#: A division's word after a name; the name's run of capitalised words before it.
_DIVISION = (
    r"district|neighbou?rhood|province|county|municipality|prefecture|commune|township|"
    r"canton|governorate|suburb|borough|village"
)
_NAME_THEN_DIVISION = re.compile(rf"(?<![\w-])({_RUN}) (?:{_DIVISION})\b")
#: A kind of place and "of" before a name ("the town of Sake", "the island of Karpathos").
_KIND_OF = re.compile(
    r"\b(?:the|a) (?:\w+ )?(?:" + "|".join(sorted(PLACE_KINDS)) + rf") of ({_RUN})(?![\w-])"
)
_RELABEL = frozenset({"ORG", "PERSON", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
#: A word of going or being somewhere before a name, which makes a firm's reading unlikely.
_ROUTE = re.compile(r"\b(?:from|to|in|near|via|around|outside|between)\s$")
#: A place's division named after it: "in the Swiss canton of Bern", ", in Italy's Veneto
#: region", "in the French department of Doubs".
_IN_A_DIVISION = re.compile(
    r",? in (?:the [A-Z]\w+ |[A-Z][\w.]+(?: [A-Z]\w+)?['’]s (?:[A-Z]\w+ )?)(?:"
    + _DIVISION
    + r"|region|state|department|oblast|voivodeship)\b"
)


def place_words(text: str, spans: list[Span]) -> list[Span]:
    """Relabel or add the places the words around them name (see the module)."""
    people = people_words(text, spans)
    by_span = {(s, e): label for s, e, label in spans}
    places: set[tuple[int, int]] = set()  # relabelled or added
    missed: set[tuple[int, int]] = set()  # added only: heads.places_of_kind relabels the rest
    for pattern, into in ((_NAME_THEN_DIVISION, places), (_KIND_OF, missed)):
        for m in pattern.finditer(text):
            name = m.group(1)
            if name.split()[0] in {"The", "A"} or name in people:
                continue
            if by_span.get(m.span(1)) == "NORP":  # "the Swiss canton of Bern"
                continue
            into.add(m.span(1))
    for s, e, label in spans:  # "Saint-Imier in the Swiss canton of Bern"
        if label in _RELABEL and text[s:e] not in people and _IN_A_DIVISION.match(text, e):
            if label != "ORG" or _ROUTE.search(text, max(0, s - 9), s):  # "Tesla in the ..."
                places.add((s, e))
    out = [
        (s, e, "GPE" if (s, e) in places and label in _RELABEL else label) for s, e, label in spans
    ]
    taken = Occupancy(len(text), spans)
    for s, e in sorted(places | missed):
        if (s, e) not in by_span and taken.free(s, e):
            out.append((s, e, "GPE"))
            taken.take(s, e)
    return sorted(out)
