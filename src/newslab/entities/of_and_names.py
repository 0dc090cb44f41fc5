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
from ..spans import Occupancy, Span, replace_with
from .gazetteer import place_kind
from .people import person_name

__all__ = ["and_before_heads", "country_tails", "of_and_names", "particle_names", "particle_tail"]

#: An institution's head, then "of" or "for" and its field: "School of Marine", "Ministry
#: of Health", "Agency for Heritage".
_HEAD_OF = re.compile(r"\b([A-Z][a-z]+) (?:of|for) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")
_CAP = r"[A-Z][a-z][\w'’-]*"
#: What goes on after the name: the rest of a field the model cut ("[Ministry of Disaster]
#: Preparedness"), more fields after commas (", Arts"), then "and" and one to three
#: capitalised words, then no capital.
_AND_FIELD = re.compile(
    rf"((?: {_CAP}){{0,2}}(?:, {_CAP}(?: {_CAP})?){{0,3}})"
    rf"(?:,? and )({_CAP}(?: {_CAP}){{0,2}})(?![\w'’-]| [A-Z(])"
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
        if m is None:
            continue
        fields = [w for w in re.split(r",? ", m.group(1)) if w] + [m.group(2)]
        if not all(_a_field(w) for w in fields):  # "Preparedness", "Arts", "Relief"
            continue
        f_start, f_end = m.start(2), m.end(2)
        if any(s < f_end and f_start < e and lab in _OWN_NAMES for s, e, lab in spans):
            continue  # "the Ministry of Health and Oxfam": a body of its own
        grown.append((start, f_end, "ORG"))
    return replace_with(spans, grown) if grown else spans


_HEADS = ORG_HEADS | BODY_WORDS | {"museum", "faculty", "division", "unit", "conservatory"}


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


#: Heads a body's name may end in besides those of :data:`_HEADS`.
_TAIL_HEADS = _HEADS | {"service", "services", "partnership", "trust", "network"}


def country_tails(text: str, spans: list[Span]) -> list[Span]:
    """A body's name that goes on with "of" and a country, which the model read as a GPE of
    its own: "the [National Weather Service] of [Ruritania]", "the [Association of Bakers
    and Millers] of [Chile]". Not where the country opens a longer name or owns what follows.

    >>> text = "the Tarn Ferry Service of Chile said"
    >>> country_tails(text, [(4, 22, "ORG"), (26, 31, "GPE")])
    [(4, 31, 'ORG')]
    """
    by_start = {s: (e, label) for s, e, label in spans}
    taken = Occupancy(len(text), spans)
    grown = []
    for start, end, label in spans:
        nxt = by_start.get(end + 4)
        if nxt is None and (m := _OF_PLACE.match(text, end)) and taken.free(end + 4, m.end()):
            nxt = (m.end(), "GPE")  # a country the model left out ("... of Senegal")
        if label != "ORG" or nxt is None or nxt[1] != "GPE" or text[end : end + 4] != " of ":
            continue
        words = {w.lower() for w in text[start:end].split()}
        stop = nxt[0]
        after = text[stop : stop + 2]
        if (
            words & _TAIL_HEADS
            and place_kind(text[end + 4 : stop]) in {"country", "state"}
            and after[:1] not in {"'", "’", "-"}
            and not (after[:1] == " " and after[1:2].isupper())
        ):
            grown.append((start, stop, "ORG"))
    return replace_with(spans, grown) if grown else spans


_OF_PLACE = re.compile(rf" of {_CAP}(?: {_CAP})?(?![\w'’-])")


def _named(spans: list[Span], start: int, label: str) -> bool:
    return any(s == start and lab == label for s, _, lab in spans)


#: "the", capitalised words with no head among them, and "and", right before a body's name;
#: or "the" and one or two capitalised words before a name with "and" in it.
_AND_BEFORE = re.compile(rf"\b[Tt]he ({_CAP}(?: {_CAP}){{0,2}}) and $")
_BEFORE_AND = re.compile(rf"\b[Tt]he ({_CAP}(?: {_CAP})?) $")


def and_before_heads(text: str, spans: list[Span]) -> list[Span]:
    """A body's name that opens before "and", which the model cut there: "the Ghent Parks
    and [Gardens Authority]", "the Tarn Sports Integrity and [Anti-Doping Commission]". The
    words before "and" name no body of their own (no head, not one place alone: "the US and
    [European Commission]" stay two).

    >>> and_before_heads("by the Ghent Parks and Gardens Authority.", [(23, 40, "ORG")])
    [(7, 40, 'ORG')]
    """
    grown = []
    for start, end, label in spans:
        last = text[start:end].rsplit(" ", 1)[-1].lower()
        m = _AND_BEFORE.search(text, max(0, start - 60), start)
        inner = m is None and " and " in text[start:end]  # "the Ghent [Parks and Gardens X]"
        m = _BEFORE_AND.search(text, max(0, start - 40), start) if inner else m
        if label not in {"ORG", "WORK_OF_ART"} or last not in _TAIL_HEADS or m is None:
            continue
        words = m.group(1)
        if any(w.lower() in _TAIL_HEADS for w in words.split()) or (
            place_kind(words) and not inner
        ):
            continue
        if words.endswith(("'", "’", "'s", "’s")) or inner and _named(spans, m.start(1), "ORG"):
            continue  # "the United Nations' [Food and Agriculture Organization]": an owner
        if person_name(words) or any(
            m.start(1) <= s < m.end(1) and lab not in {"ORG", "GPE", "PERSON"}
            for s, _, lab in spans
        ):
            continue  # a person or a date before "and": "the Ana Ruiz and [X Foundation]"
        grown.append((m.start(1), end, "ORG"))
    return replace_with(spans, grown) if grown else spans
