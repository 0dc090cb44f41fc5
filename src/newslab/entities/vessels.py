"""Ships by their prefix, and bands by their kind.

- a ship's prefix and the name after it are one PRODUCT, as OntoNotes marks vehicles: "MV
  Tessa Brandt", "HMS Kestrel", "USS Corran Bay" (the prefixes are the usual ones of navies and
  merchant fleets that no other abbreviation shares: MV, SS, RMS, USS, HMS, HMAS, RV ...); the model
  reads them as an ORG and a person;
- (a name right after a lower-case kind of vessel, "the submarine Kestrel", is a PRODUCT by
  the words around it: :func:`.context.context_label` and ``lexicon.VEHICLE_NOUNS``);
- a name and a model number before a kind of vehicle are one PRODUCT: "the Kestrel 9
  rocket", "a Tarnwing 206 helicopter" (the model reads a person and a number);
- a name right after "the band", "the rock group", "the supergroup" is an ORG, not a
  person or a place ("the band Fennel Sky").

>>> ships("the MV Tessa Brandt sank", [(4, 6, "ORG"), (7, 19, "PERSON")])
[(4, 19, 'PRODUCT')]
"""

from __future__ import annotations

import re

from ..lexicon import VEHICLE_NOUNS
from ..spans import Span, replace_with
from .works import after_kind

__all__ = ["bands", "models_before_kind", "ships"]

#: Prefixes no other common abbreviation shares ("MS" and "MT" are also degrees and states).
_PREFIX = r"(?:M/?V|SS|RMS|USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|RV|R/V|KMP?|FV|INS|BRP|HNLMS)"
_WORD = r"(?!(?:The|A|An|In|On|At|We|Our|It|Its|This|That|These|But|And|Although)\b)[A-Z][\w'’-]*"
_NAME = rf"{_WORD}(?:(?: (?:of|de|la|del|van|von))? {_WORD})*"
_PREFIXED = re.compile(rf"\b{_PREFIX} ({_NAME})")
_RELABEL = {"PERSON", "ORG", "GPE", "WORK_OF_ART", "FAC", "NORP", "LOC"}


def ships(text: str, spans: list[Span]) -> list[Span]:
    """A ship's prefix and its name: one PRODUCT, whatever the model made of them; the name
    alone later ("The Laut Timur was carrying rice") is the ship too."""
    matches = list(_PREFIXED.finditer(text))
    if not matches:
        return spans
    names = {m.group(1) for m in matches}
    spans = [(s, e, "PRODUCT" if text[s:e] in names else label) for s, e, label in spans]
    return sorted(replace_with(spans, [(m.start(), m.end(), "PRODUCT") for m in matches]))


_BAND = re.compile(
    r"\b(?:[Tt]he |[Aa] |his |her |their )?(?:(?:rock|pop|punk|jazz|folk|metal|indie|boy|girl)"
    r" )?(?:band|supergroup|rock group|pop group)s? $"
    r"|\b(?:[a-z-]+ ){0,2}(?:troupe|choir|orchestra|ensemble)s? $"  # "folk dance troupe"
    r"|\b(?:channel|podcast) $"  # "the YouTube channel Kestrelphile"
)


def bands(text: str, spans: list[Span]) -> list[Span]:
    """A name right after "the band", "the supergroup" or a troupe, choir, orchestra or
    ensemble ("folk dance troupe Tribal Orbit"), or a channel or podcast ("the YouTube
    channel Kestrelphile"), is an ORG.

    >>> bands("joined the band Fennel Sky", [(16, 26, "PERSON")])
    [(16, 26, 'ORG')]
    """
    return after_kind(text, spans, _BAND, "ORG", _RELABEL | {"PRODUCT"})


_MODEL_BEFORE_KIND = re.compile(
    rf"\b({_WORD}(?: {_WORD})? (?!(?:19|20)\d\d\b)(?:\d{{1,4}}|[A-Z]{{1,3}}-?\d{{1,4}}[A-Za-z]?)"
    rf"(?: {_WORD})?|[A-Z][a-z]+-\d{{1,3}}) (?:{VEHICLE_NOUNS}|helicopter|satellite|rover|probe|drone|"
    r"missile|lander|telescope)s?\b"
)


_OPENERS = frozenset("the a an this that its their his her our one".split())


def models_before_kind(text: str, spans: list[Span]) -> list[Span]:
    """A name and a model number written before a kind of vehicle: one PRODUCT ("the Kestrel
    9 rocket"); not a flight's number ("Kestrel Air Flight 610 aircraft").

    >>> models_before_kind("the Kestrel 9 rocket", [(4, 11, "PERSON"), (12, 13, "CARDINAL")])
    [(4, 13, 'PRODUCT')]
    """
    found: list[Span] = []
    for m in _MODEL_BEFORE_KIND.finditer(text):
        before = text[: m.start()].rstrip(" ").rsplit(" ", 1)[-1]
        named_before = before[:1].isupper() and before.lower() not in _OPENERS
        if "Flight" in m.group(1) or named_before and text[m.start() - 1] == " ":
            continue  # "Lion Air Flight 610", "Kestrel [Air Bus 300] jet"
        found.append((m.start(), m.end(1), "PRODUCT"))
    return sorted(replace_with(spans, found)) if found else spans
