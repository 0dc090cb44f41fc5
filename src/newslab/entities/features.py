"""Natural features the model left unnamed: a run of capitalised words with a feature's
head word ("the Tarn River", "the Kestrel Mountains", "Vell Valley") or opened by one
("Lake Orrin", "Mount Kell", "the Gulf of Tarn") is a LOC, as the gold has rivers, seas
and mountains. Only where no other entity lies; the head words are :data:`LOC_WORDS`. A
channel named by a place or a people ("the English Channel") is a LOC too, and so is a
mountain the model called something else ("Mount Etna" as a product).

>>> missed_features("Floods hit the Tarn River valley.", [])
[(15, 25, 'LOC')]
"""

from __future__ import annotations

import re

from ..lexicon import BODY_WORDS, LOC_WORDS, ORG_HEADS, ORG_WORDS
from ..spans import Occupancy, Span
from .gazetteer import place_kind

__all__ = ["channels", "missed_features", "mountains"]

_WORD = r"[A-Z][a-zà-ÿ'’-]+"  # no acronym: "ABS-CBN News Channel" is a broadcaster
#: Head words, but not those that also end the names of districts and channels ("Capitol
#: Hill", "History Channel").
_HEADS = "|".join(
    sorted((w.capitalize() for w in LOC_WORDS - {"hill", "channel"}), key=len, reverse=True)
)
#: Words that open a feature's name ("Lake Orrin", "Gulf of Tarn").
_OTHER_OPENERS = "Lake|Gulf|Bay|Sea|Isle|Cape"
_OPENERS = "Mount|Mt\\.|" + _OTHER_OPENERS
_FEATURE = re.compile(
    rf"(?<![\w'’-])(?:(?:{_WORD} ){{1,3}}(?:{_HEADS})\b|(?:{_OPENERS}) (?:of (?:the )?)?{_WORD}"
    rf"(?: {_WORD})?)"
)
#: Capitalised words that open a sentence or a heading, never a feature's own name.
_NOT_NAMES = frozenset("The A An This That These Those In On At From To Of And Or But".split())


def missed_features(text: str, spans: list[Span]) -> list[Span]:
    """Features named with their head word where the model found nothing (see the module)."""
    taken = Occupancy(len(text), spans)
    found: list[Span] = []
    for m in _FEATURE.finditer(text):
        start, end = m.span()
        first = m.group().split()[0]
        while first in _NOT_NAMES and " " in text[start:end]:  # "The Tarn River" -> "Tarn River"
            start += len(first) + 1
            first = text[start:end].split()[0]
        words = text[start:end].split()
        if len(words) < 2 or not taken.free(start, end) or words[-1] in _NOT_NAMES:
            continue
        if re.match(r" [A-Z]", text[end : end + 2]):
            continue  # "Kestrel Valley Fever": a longer name, not the valley
        taken.take(start, end)
        found.append((start, end, "LOC"))
    return spans + found


#: A strait named by a place or a people: "the English Channel", "the Bristol Channel".
_CHANNEL = re.compile(r"\b([A-Z][a-z]+) Channel\b(?! [A-Z])")
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "LANGUAGE"})


def channels(text: str, spans: list[Span]) -> list[Span]:
    """ "the English Channel": a strait named by a place or a people is one LOC (the model
    reads a language and an organisation), and so is "the Channel" after it; a broadcaster
    ("the History Channel") is named by no place, and an ORG.

    >>> channels("The English Channel is busy; the Channel is cold.", [(4, 11, "LANGUAGE")])
    [(4, 19, 'LOC'), (33, 40, 'LOC')]
    >>> channels("It aired on the History Channel.", [(16, 31, "LOC")])
    [(16, 31, 'ORG')]
    """
    labels = {(s, e): label for s, e, label in spans}
    found = [
        (m.start(), m.end(), "LOC")
        for m in _CHANNEL.finditer(text)
        if labels.get(m.span(1)) in _PLACE_LABELS or place_kind(m.group(1))
    ]
    if not found:  # "the History Channel" read as a strait by its head word: a broadcaster
        return [
            (s, e, "ORG") if label == "LOC" and _CHANNEL.fullmatch(text, s, e) else (s, e, label)
            for s, e, label in spans
        ]
    found += [
        (m.start(1), m.end(1), "LOC") for m in re.finditer(r"\b[Tt]he (Channel)\b(?! [A-Z])", text)
    ]
    kept = [s for s in spans if not any(s[0] < e and b < s[1] for b, e, _ in found)]
    return sorted(kept + found)


#: A mountain by its name: "Mount Kilimanjaro", "Mt. Velka" (one or two words after).
_MOUNT = re.compile(rf"(?:Mount|Mt\.) {_WORD}(?: {_WORD})?")
#: Labels the model gives a mountain by mistake.
_NOT_MOUNTAIN = frozenset({"GPE", "ORG", "PRODUCT", "PERSON", "FAC", "WORK_OF_ART", "EVENT"})
#: Another feature by the word that opens its name ("Lake Victoria", "Cape Horn"), read as a
#: person or a place; the model's ORG stands ("Lake Forest Academy").
_OPENED = re.compile(rf"(?:{_OTHER_OPENERS}) {_WORD}(?: {_WORD})?")
#: The same words in the Romance languages whose names news keeps ("Monte Rosa", "Sierra
#: Nevada", "Cerro Tronador"), with one word after, read as a person or a body; the model's
#: GPE stands ("Monte Carlo" is a town).
_OPENED_ABROAD = re.compile(
    rf"(?:Monte|Mont|Cerro|Sierra|Cordillera|Pico|Lac|Lago|Col|Volcán) {_WORD}"
)


def mountains(text: str, spans: list[Span]) -> list[Span]:
    """ "Mount Kilimanjaro", "Mount Etna": a mountain is a LOC whatever the model called it
    (a place, a product); so are "Lake Victoria" and "Sierra Nevada" (see ``_OPENED``); not a
    town named for one ("Mount Vernon", "Lake Charles": places the gazetteer knows), a longer
    name ("Mount Sinai Hospital") nor a body ("Sierra Club").

    >>> mountains("Mount Etna erupted.", [(0, 10, "PRODUCT")])
    [(0, 10, 'LOC')]
    """
    return [
        (s, e, "LOC")
        if (
            label in _NOT_MOUNTAIN
            and _MOUNT.fullmatch(text, s, e)
            or label in {"PERSON", "GPE"}
            and _OPENED.fullmatch(text, s, e)
            or label in {"PERSON", "ORG"}
            and _OPENED_ABROAD.fullmatch(text, s, e)
        )
        and text[s:e].rsplit(" ", 1)[-1].lower() not in ORG_WORDS | ORG_HEADS | BODY_WORDS
        and not place_kind(text[s:e])
        else (s, e, label)
        for s, e, label in spans
    ]
