"""Streets with their numbers, numbered roads, and awards, as OntoNotes marks them.

- a house number and the street after it are one FAC: "[619 Marrow Avenue]", "[12 Quillon
  Street]" (the model gives a CARDINAL and a piece of the street, or nothing);
- a numbered road is one FAC with its number: "[U.S. Route 7]", "[Highway 16]", "[Interstate
  80]" (not "Florida Highway Patrol", which has no number);
- an award is a WORK_OF_ART: "[Brannock Prize for Poetry]", "[Tarnian Medal of Science]", "a
  [Kestrel Award]" (not a body named after one: "the Kestrel Prize Foundation").

>>> streets("Police went to 619 Marrow Avenue.", [(15, 18, "CARDINAL")])
[(15, 32, 'FAC')]
>>> awards("She won the Kestrel Award in 2010.", [(12, 25, "PERSON")])
[(12, 25, 'WORK_OF_ART')]
"""

from __future__ import annotations

import re

from ..spans import Span, replace_with

__all__ = ["awards", "streets"]

_CAP = r"[A-Z][\w'’.-]*"
_STREET = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]? (?:{_CAP} ){{1,3}}"
    r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Crescent|Place|Square)\b"
)
_ROUTE = re.compile(
    r"\b(?:(?:U\.S\.|US|State|County|National) )?(?:Route|Highway|Interstate) \d{1,4}[A-Z]?\b"
    r"(?![.,]?\d)"
)


def streets(text: str, spans: list[Span]) -> list[Span]:
    """A house number and its street, and a numbered road: one FAC each (a span the model
    already made of the same words keeps its label: "10 Downing Street" as the government)."""
    same = {(s, e): label for s, e, label in spans}
    found = [
        (m.start(), m.end(), same.get((m.start(), m.end()), "FAC"))
        for pattern in (_STREET, _ROUTE)
        for m in pattern.finditer(text)
    ]
    return sorted(replace_with(spans, found)) if found else spans


#: A capitalised word that is no owner's ("Kestrel's Defender of X Award": the award's name
#: starts after the owner).
_WORD = r"[A-Z][\w.-]*(?:['’](?!s\b)\w+)?"
_AWARD = re.compile(
    rf"(?<![\w'’-])(?!The |A |An )((?:{_CAP} ){{0,3}}Medal of {_CAP}|(?:{_WORD} (?:of (?:the )?)?){{1,4}}"
    rf"(?:Prize|Award|Medal|Trophy)\b(?: (?:in|for) (?:the )?{_CAP}(?: {_CAP})*)?)(?! {_CAP})"
)


def awards(text: str, spans: list[Span]) -> list[Span]:
    """Awards by their head word ("Prize", "Award", "Medal", "Trophy"; "Medal of ...",
    "Champion of Freedom Award"): a WORK_OF_ART, as OntoNotes marks them, where the name ends
    there (no "Foundation" after)."""
    found = [(m.start(1), m.end(1), "WORK_OF_ART") for m in _AWARD.finditer(text)]
    return sorted(replace_with(spans, found)) if found else spans
