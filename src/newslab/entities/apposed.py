"""A name the article defines by an apposition keeps that kind in every mention.

"Quorvex, a cybersecurity firm," and "Stellarik, the Kazakh space agency," are
organisations, however the model read the name, here and wherever the article names them
again; "Ushuaia, a city in Argentina," is a place (GPE), "the Tarnel, a river that ..." a
natural place (LOC). The apposition's noun must be its head: "Ana Ruiz, a company
spokeswoman," and "Tom Hale, a member of the party," define a person, no body.

>>> apposed_kinds("Quorvex, a cybersecurity firm, said so. Quorvex wrote.",
...               [(0, 7, "PERSON"), (40, 47, "PERSON")])
[(0, 7, 'ORG'), (40, 47, 'ORG')]
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..lexicon import CONJUNCTIVE_ADVERBS
from ..person_nouns import is_person_noun
from ..spans import NAME_LABELS, Occupancy, Span
from .context import FIRM_KINDS
from .people import person_name

__all__ = ["apposed_kinds", "defined_kind", "person_apposed"]

#: Kinds of organisation that define one when they head an apposition: the firms' kinds
#: of :mod:`.context` (no "producer", "operator", "site" or "board", roles and places as
#: often), and a few more.
_ORG_KINDS = FIRM_KINDS + "|band|corporation|institute|think tank|NGO|conglomerate|club"
_TOWN_KINDS = r"town|city|village|municipality|commune|suburb|hamlet|port|capital|settlement"
_LAND_KINDS = r"river|lake|mountain|volcano|glacier|desert|mountain range|peninsula|valley"
#: The apposition's opening: an article or an owner, then up to three words that are not
#: a preposition or a conjunction (which would make the kind word no head of it).
_OPEN = r", (?:a|an|the|its|their|[A-Z][\w.&-]*['’]s) (?:(?!(?:of|for|in|at|and|or|who|with|from|near|to|on|by|outside)\b)[\w'’-]+ ){0,3}?"
#: What may follow the kind word when it is the apposition's head.
_AFTER = (
    r"(?=[,.;:)]|\s(?:for|in|at|on|of|that|which|based|founded|owned|run|headquartered|whose|"
    r"with|from|near|north|south|east|west|about|some|outside|and|where)\b)"
)
_KINDS = (
    ("ORG", re.compile(_OPEN + rf"(?:{_ORG_KINDS})s?" + _AFTER)),
    ("GPE", re.compile(_OPEN + rf"(?:{_TOWN_KINDS})" + _AFTER)),
    ("LOC", re.compile(_OPEN + rf"(?:{_LAND_KINDS})" + _AFTER)),
)


#: Labels a person's name may wrongly have; and people's nouns a firm is called too ("X, the
#: market leader", "X, a partner of Y").
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})
_FIRM_ROLES = frozenset(
    "leader member partner producer supplier owner operator sponsor client customer "
    "contractor provider rival competitor maker seller buyer investor lender shareholder "
    "player manufacturer distributor developer publisher broadcaster carrier retailer "
    "subsidiary affiliate parent successor predecessor winner champion host organiser "
    "organizer backer creditor debtor employer insurer landlord tenant exporter importer".split()
)
_HEAD = re.compile(_OPEN + r"(?P<head>[a-z][a-z-]*)" + _AFTER)


def person_apposed(text: str, end: int) -> bool:
    """True when an apposition right after ``end`` is headed by a noun whose usual sense is
    a person (WordNet's, :mod:`newslab.person_nouns`): "X, a 29-year-old mother of two,",
    "X, a fisherman from the village,"; not a role a firm has too ("X, the market leader").

    >>> person_apposed("Batsukh, a 29-year-old mother of two, said", 7)
    True
    >>> person_apposed("Quorvex, the market leader, said", 7)
    False
    """
    m = _HEAD.match(text, end)
    head = m.group("head") if m else ""
    return bool(m) and head not in _FIRM_ROLES and is_person_noun(head)


def defined_kind(text: str, end: int) -> str | None:
    """The label an apposition right after ``end`` gives the name before it, or ``None``.

    >>> defined_kind("Ushuaia, a city in Argentina", 7), defined_kind("Ana, a city official", 3)
    ('GPE', None)
    """
    if text[end : end + 2] != ", ":
        return None
    for label, pattern in _KINDS:
        if pattern.match(text, end):
            return label
    return None


def apposed_kinds(text: str, spans: list[Span]) -> list[Span]:
    """Every mention of a name set before an apposition that says what kind of thing it is
    (a firm, an agency, a band; a town, a city; a river, a lake) takes that label; a name
    that reads as a person's (a known given name, then a surname) is left alone.

    >>> apposed_kinds("Brass Lantern, a rock band, played.", [(0, 13, "PERSON")])
    [(0, 13, 'ORG')]
    >>> apposed_kinds("Ana Ruiz, a company spokeswoman, said.", [(0, 8, "PERSON")])
    [(0, 8, 'PERSON')]
    """
    if ", " not in text:
        return spans
    spans = _missed_names(text, spans)
    defined: dict[str, str] = {}
    for start, end, label in spans:
        if label not in NAME_LABELS:
            continue
        kind = defined_kind(text, end)
        opens = start == 0 or text[start - 1] == "\n" or text[max(0, start - 2) : start] == ". "
        if kind is None and label in _NOT_PEOPLE and opens and person_apposed(text, end):
            kind = "PERSON"  # "Oyuntsetseg Batsukh, a 29-year-old mother of two,"
        if kind and kind != label and not (label == "PERSON" and person_name(text[start:end])):
            defined.setdefault(text[start:end], kind)
    if not defined:
        return spans
    return [
        (s, e, defined[text[s:e]])
        if label in NAME_LABELS and text[s:e] in defined
        else (s, e, label)
        for s, e, label in spans
    ]


#: A run of capitalised words right before ", a ...": a name an apposition may define.
_NAME_BEFORE = re.compile(
    r"(?<![\w'’&.-])(?:The )?((?!(?:The|A|An|It|Its|He|She|They|We|This|That|In|On|At|But|And|As|"
    r"For|Of|If|When|While|After|Before|Since|By|With|From|To|Our|Their|His|Her)\b)"
    r"[A-Z][\w&'’-]*(?: (?:of |for |and |the )?[A-Z][\w&'’-]*){0,4})(?=, )"
)


def _missed_names(text: str, spans: list[Span]) -> list[Span]:
    """A name the model missed that an apposition defines ("Generation Rent, a campaign
    group, said"), and its other mentions, take the apposition's kind."""
    taken = Occupancy(len(text), spans)
    found: dict[str, str] = {}
    for m in _NAME_BEFORE.finditer(text):
        start, end = m.span(1)
        word = m.group(1).lower()
        if word.endswith("ly") or word in STOP_WORDS or word in CONJUNCTIVE_ADVERBS:
            continue  # "Initially, the Italian company, Fiat, will ...": no name
        kind = defined_kind(text, end) if taken.free(start, end) else None
        if kind is not None and not person_name(m.group(1)):
            found.setdefault(m.group(1), kind)
    if not found:
        return spans
    added: list[Span] = []
    for name, kind in found.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if taken.free(*m.span()):
                taken.take(*m.span())
                added.append((m.start(), m.end(), kind))
    return sorted(spans + added)
