"""Places known by the place beside them: a city on a route with a place ("from Omsk to
Berlin") or before a site's noun ("Omsk hospital"), and towns on both sides of "between A and
B". Read by :func:`newslab.entities.places.gazetteer_places`.

>>> text = "Coal went from Ostrava to Krakow."
>>> route_or_site(text, 15, 22, ({26}, {32}))
True
"""

from __future__ import annotations

import re

from ..lexicon import FAC_WORDS
from ..spans import Span
from .gazetteer import place_kind
from .given import given_names

__all__ = ["RELABEL", "route_or_site", "second_pass"]

#: Labels a place's name may wrongly have.
RELABEL = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"})


#: A site's noun right after a name ("Omsk hospital", "Tarn airport").
_SITE_AFTER = re.compile(r" (?:" + "|".join(sorted(FAC_WORDS)) + r")\b")


def route_or_site(text: str, start: int, end: int, gpes: tuple[set[int], set[int]]) -> bool:
    """A city's name the model made an organisation is the city on a route with a place
    ("from Omsk to Berlin", "from Berlin to Omsk") or before a site's noun ("Omsk hospital");
    "from Toyota to Honda" stays two companies. ``gpes``: the starts and ends of the places."""
    after = text[end : end + 40]
    if _SITE_AFTER.match(after):
        return True
    route = re.match(r" to (?:the )?", after)
    if route and re.search(r"\bfrom (?:the )?$", text[max(0, start - 12) : start]):
        return end + route.end() in gpes[0]
    base = max(0, start - 60)
    back = re.search(r"\bfrom (?:the )?(\S[^,.;]{0,40}?) to (?:the )?$", text[base:start])
    return back is not None and base + back.end(1) in gpes[1]


def second_pass(
    text: str, spans: list[Span], people: frozenset[str], gpes: tuple[set[int], set[int]]
) -> list[Span]:
    """Cities on a route with a place found on the first pass ("from Ostrava to Krakow",
    Krakow a person until then), towns on both sides of "between A and B", neither a
    given name ("between Zawiercie and Myszkow"), and a town joined to a place after "in"
    ("in Bielsko-Biała and Rybnik")."""
    now = ({s for s, _, lab in spans if lab == "GPE"}, {e for _, e, lab in spans if lab == "GPE"})
    between = _between_places(text, spans) | _joined_places(text, spans)
    out = []
    for start, end, label in spans:
        name = text[start:end]
        kind = place_kind(name) if label in RELABEL and name not in people else None
        if kind is not None and (
            (kind == "city" and now != gpes and route_or_site(text, start, end, now))
            or start in between
        ):
            label = "GPE" if kind != "continent" else "LOC"
        out.append((start, end, label))
    return out


_BETWEEN = re.compile(r"\bbetween (?:the )?$")
_WHERE = re.compile(r"\b(?:in|near|around|through|across|outside) (?:the )?$")


def _joined_places(text: str, spans: list[Span]) -> set[int]:
    """The starts of names the gazetteer knows joined by "and" to a place after a locative
    word ("in Bielsko-Biała and [Rybnik]"), none a given name."""
    found: set[int] = set()
    for a, b in zip(spans, spans[1:], strict=False):
        if a[2] != "GPE" or text[a[1] : b[0]] not in {" and ", ", ", ", and "}:
            continue
        name = text[b[0] : b[1]]
        if (a[0] in found or _WHERE.search(text, max(0, a[0] - 12), a[0])) and place_kind(name):
            if name.lower() not in given_names():
                found.add(b[0])
    return found


def _between_places(text: str, spans: list[Span]) -> set[int]:
    """The starts of the names on either side of "between A and B" where both are places
    the gazetteer knows and neither is a given name ("between Chelsea and Victoria" may be
    two women); one pass over the spans."""
    found: set[int] = set()
    for a, b in zip(spans, spans[1:], strict=False):
        if text[a[1] : b[0]] != " and " or not _BETWEEN.search(text[max(0, a[0] - 12) : a[0]]):
            continue
        names = [text[a[0] : a[1]], text[b[0] : b[1]]]
        if all(place_kind(n) and n.lower() not in given_names() for n in names):
            found |= {a[0], b[0]}
    return found
