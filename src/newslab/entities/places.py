"""Places by the gazetteer and the words around them; nationalities by the place they name.

The small model calls a town it does not know a PERSON or an ORG ("in Ushuaia", "from
Heraklion"), joins "Puerto Montt, Los Lagos Region" into one ORG, and folds a place into the
name after it ("First Minister of Scotland Nicola Sturgeon"). A name the gazetteer
(:mod:`.gazetteer`) knows becomes a place where the words around agree:

- it follows "in", "near", "from" (and the like), or stands in a "Town, Region" pair;
- it is a country, and no person in the article bears the name;
- the model called it a nationality (NORP) or a date, which a town's name is not ("the
  Montreal team", "marched in Winnipeg").

A name listed among places ("from Dolgellau, Harlech, Barmouth and Bala"), the others all
places, is a place too, whatever the model called it.

Plural nationalities made from a place ("Canadians", "Londoners", "Texans") are NORP.

>>> text = "Rescuers flew from Ushuaia, Tierra del Fuego Province, on Monday."
>>> gazetteer_places(text, [(19, 26, "PERSON"), (28, 53, "ORG")])
[(19, 26, 'GPE'), (28, 53, 'GPE')]
"""

from __future__ import annotations

import re

from ..lexicon import LOC_WORDS
from ..spans import NAME_LABELS, Occupancy, Span
from .gazetteer import demonym_place, is_place_there, place_kind
from .given import given_names
from .people import person_name
from .place_pairs import RELABEL, route_or_site, second_pass

__all__ = [
    "celestial_bodies",
    "gazetteer_places",
    "missed_places",
    "nationalities",
    "people_words",
    "places_in_lists",
]

#: Words before a name that put it in a place: "in", "near" always; "from", "to", "at" a
#: place larger than a town (a small town's name is often a given name: "a letter from Leo").
_IN = r"in|near|outside|across|throughout|inside"
_AT = r"from|to|towards|at|into|off"
_IN_PLACE = re.compile(r"\b(?i:" + _IN + r")\s+(?:the\s+)?$")
_AT_PLACE = re.compile(r"\b(?i:" + _AT + r")\s+(?:the\s+)?$")
_REGIONS = frozenset({"country", "state", "region"})
_OF_PLACE = re.compile(  # a place's noun apposed to a name, or a place's word before "of"
    r"\b(?:(?:capital|city|town|village|port|province|region|island|municipality)(?:,| of)"
    r"|(?:residents|inhabitants|mayor|governor|outskirts|suburbs|streets) of)\s+$"
)
#: Going somewhere: a city's name after it is the city, whatever the model read.
_TRAVEL = re.compile(
    r"\b(?:flights?|trains?|bus|buses|ferry|ferries|trip|journey|road|route|highway|flew|"
    r"travell?ed|drove|sailed|evacuated|deported|extradited)\s(?:to|from)\s$"
)
_WORD = r"[A-Z][^\W\d_]*(?:[-'’][A-Za-z][^\W\d_]*)*"
_RUN = _WORD + r"(?: (?:" + _WORD + r"|de|del|de la|do|da|dos|el|al|upon|on))*(?! [A-Z])"
#: A run of capitalised words after a locative word, or after a comma (a "Town, Region" pair).
_AFTER = re.compile(
    r"(\b(?i:(" + _IN + r")|" + _AT + r")\s+(?:the\s+)?|, | and )"
    r"(" + _RUN + r")(?![\w-])"
)


def people_words(text: str, spans: list[Span]) -> frozenset[str]:
    """Every word of the article's multi-word PERSON names ("Jordan" of "Michael Jordan")."""
    return frozenset(
        word
        for s, e, label in spans
        if label == "PERSON" and " " in text[s:e]
        for word in text[s:e].split()
    )


def gazetteer_places(text: str, spans: list[Span]) -> list[Span]:
    """Names the gazetteer knows are places where the words around agree (see the module)."""
    people = people_words(text, spans)
    out: list[Span] = []
    for span in spans:
        out.extend(_split_pair(text, span) or [span])
    regions = {s for s, e, _ in out if place_kind(text[s:e]) in _REGIONS}  # "..., Texas"
    towns = {e for s, e, _ in out if place_kind(text[s:e])}  # "Allen, ..."
    gpes = (
        {s for s, _, label in out if label == "GPE"},
        {e for _, e, label in out if label == "GPE"},
    )
    final = []
    for start, end, label in out:
        name = text[start:end]
        kind = place_kind(name) if label in NAME_LABELS | {"DATE", "TIME"} else None
        if kind is None or name in people:
            final.append((start, end, label))
            continue
        place = "LOC" if kind == "continent" else "GPE"
        before = text[max(0, start - 30) : start]
        paired = (text[end : end + 2] == ", " and end + 2 in regions) or (
            text[max(0, start - 2) : start] == ", " and start - 2 in towns and kind in _REGIONS
        )
        if label == "NORP" or (label == "GPE" and place == "LOC"):
            label = place
        elif label in {"DATE", "TIME"} and (kind != "town" or _IN_PLACE.search(before)):
            label = place  # "marched in Winnipeg" is no date
        elif (
            label == "LOC"
            and place == "GPE"
            and (kind != "town" or _IN_PLACE.search(before))  # "Jupiter" is a Florida town too
            and name.split()[-1].lower() not in LOC_WORDS
        ):
            label = place
        elif label in RELABEL and (
            kind in {"continent", "country"}
            or paired
            or text.startswith(("-based", "-born", "-listed"), end)  # "the Toulouse-based firm"
            or _DIVISION_AFTER.match(text, end) is not None  # "in southwestern Muğla province"
            or (kind in _REGIONS and _GOVERNED.match(text, end) is not None)  # "Chubut's governor"
            or (label == "PRODUCT" and kind in _REGIONS | {"city"})  # "after Samarkand withdrew"
            or _IN_PLACE.search(before)
            or _OF_PLACE.search(before)  # "the capital, Ulaanbaatar", "residents of Arica"
            or (  # "a flight to Oslo": a region's name is no firm's; "from Toyota" may be
                kind != "town" and (label != "ORG" or kind in _REGIONS) and _AT_PLACE.search(before)
            )
            or (kind == "city" and route_or_site(text, start, end, gpes))
            or (kind == "city" and _TRAVEL.search(before))  # "his train to Bergen"
        ):
            label = place
        final.append((start, end, label))
    return second_pass(text, final, people, gpes)


#: A region's government after its name and "'s": "Chubut's governor" (not "Toyota's
#: president": a firm named like a city).
_GOVERNED = re.compile(
    r"['’]s (?i:(?:\w+ )?(?:minister|governor|mayor|premier|government|president|"
    r"parliament|legislature|council|authorities))\b"
)
#: A country's division named after a place's name: "Muğla province", "Kent county".
_DIVISION_AFTER = re.compile(
    r" (?:province|region|state|county|district|prefecture|governorate|oblast|municipality)\b"
)


def _split_pair(text: str, span: Span) -> list[Span] | None:
    """ "Puerto Montt, Los Lagos Region" or "Heraklion to Piraeus" as one span: two places."""
    start, end, label = span
    name = text[start:end]
    if label not in NAME_LABELS or place_kind(name):
        return None
    m = re.fullmatch(r"(.+?)(, | to | and )(.+)", name)
    if not m or not place_kind(m.group(1)):
        return None
    second = place_kind(m.group(3))
    if second in _REGIONS or (second and m.group(2) != ", "):
        return [(start, start + m.end(1), "GPE"), (start + m.start(3), end, "GPE")]
    return None


def missed_places(text: str, spans: list[Span]) -> list[Span]:
    """ "in Heraklion", "near Puerto Montt, Los Lagos Region": the places the model missed
    after a locative word, and the region after a place and a comma, where the whole run of
    capitalised words is a place the gazetteer knows."""
    taken = Occupancy(len(text), spans)
    people = people_words(text, spans)
    ends = {e for _, e, label in spans if label == "GPE"}
    found: list[Span] = []
    for m in _AFTER.finditer(text):
        start, end = m.span(3)
        name = m.group(3)
        kind = place_kind(name)
        if m.group(1) in {", ", " and "}:  # "Town, Region"; "in Katowice, Gliwice and Tychy"
            listed = start - len(m.group(1)) in ends and kind is not None and m.group(1) != ", "
            listed |= (
                start - 2 in ends and kind is not None and bool(_LIST_GOES_ON.match(text, end))
            )
            if start - 2 not in ends or kind not in _REGIONS:
                if not listed or name.lower() in given_names():
                    continue
        elif kind is None or (kind == "town" and not m.group(2)):
            continue
        if name in people or not taken.free(start, end):
            continue
        taken.take(start, end)
        found.append((start, end, "LOC" if kind == "continent" else "GPE"))
        ends.add(end)
    return spans + found


_LIST_GOES_ON = re.compile(r",? and |, ")


_DETERMINER = re.compile(r"\b(?i:a|an|any|every|each|one|another|fellow)\s+$")


def nationalities(text: str, spans: list[Span]) -> list[Span]:
    """ "Canadians", "Londoners", "American Samoans": the people of a place are NORP (plural,
    or singular after "a"/"any" or before a noun: "a three-year-old Syrian boy"); "American" +
    "Samoan" side by side are one NORP."""
    people = people_words(text, spans)
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and merged[-1][2] == span[2] == "NORP" and text[merged[-1][1] : span[0]] == " ":
            joined = text[merged[-1][0] : span[1]]
            if " " in (demonym_place(joined + "s") or ""):
                merged[-1] = (merged[-1][0], span[1], "NORP")
                continue
        merged.append(span)
    out = []
    for start, end, label in merged:
        name = text[start:end]
        if (
            label in RELABEL | {"GPE"}
            and name not in people
            and not is_place_there(name, text[max(0, start - 6) : start])
        ):
            if demonym_place(name):
                label = "NORP"
            elif (found := demonym_place(name + "s")) and (
                " " in found
                or _DETERMINER.search(text[max(0, start - 12) : start])
                or re.match(r" [a-z]+\b(?<!said)", text[end : end + 16])  # "Syrian boy"
            ):
                label = "NORP"
        out.append((start, end, label))
    return out


#: The Sun, the Moon, the planets and the bodies around them are places (LOC), as Earth is.
_BODIES = frozenset({"Sun", "Moon", "Solar System", "Milky Way"})
_PLANETS = frozenset("Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto".split())


def celestial_bodies(text: str, spans: list[Span]) -> list[Span]:
    """ "closer than the Sun", "the Solar System", "orbiting Jupiter": LOC, not ORG or PERSON
    (the Sun and the Moon after "the"; a planet the model calls an ORG may be a firm)."""
    out = []
    for start, end, label in spans:
        name = text[start:end]
        if label in RELABEL | {"GPE"} and (
            (name in _BODIES and text[max(0, start - 4) : start].lower() == "the ")
            or (name in _PLANETS and label != "ORG")
        ):
            label = "LOC"
        out.append((start, end, label))
    return out


# END


#: What joins the names of a list: ", ", ", and ", " and ", " or ".
_JOIN = re.compile(r",? (?:and|or) |, ")


def places_in_lists(text: str, spans: list[Span]) -> list[Span]:
    """ "from Dolgellau, Harlech, Barmouth and Bala": in a list of three names or more, the
    others all places (two or more of them), a PERSON or ORG is a place too.

    >>> places_in_lists("at Tarnby, Vell and Osk.", [(3, 9, "GPE"), (11, 15, "PERSON"), (20, 23, "GPE")])
    [(3, 9, 'GPE'), (11, 15, 'GPE'), (20, 23, 'GPE')]
    """
    spans = sorted(spans)
    out = list(spans)
    run: list[int] = []
    for i, span in enumerate(spans + [(len(text) + 2, len(text) + 2, "")]):
        if run and not _JOIN.fullmatch(text, spans[run[-1]][1], span[0]):
            _relabel_list(text, out, run)
            run = []
        if span[2] in {"GPE", "PERSON", "ORG"}:
            run.append(i)
        else:
            _relabel_list(text, out, run)
            run = []
    return out


#: A verb right after a name: the name is a clause's subject, not the list's last place.
_VERB_AFTER = re.compile(r" (?:have|has|had|is|are|was|were|will|would|can|could|said|say)\b")


def _relabel_list(text: str, out: list[Span], run: list[int]) -> None:
    """A list of three or more, most of them places or the first after "from", "in" and the
    like: all places."""
    if run and _VERB_AFTER.match(text, out[run[-1]][1]):
        run = run[:-1]  # "in Saqqara and Tuna, and Egyptologists have ...": a new clause
    if len(run) < 3:
        return
    labels = [out[i][2] for i in run]
    first = out[run[0]][0]  # the words just before the list (a bounded window: linear cost)
    placed = _IN_PLACE.search(text, max(0, first - 30), first) or _AT_PLACE.search(
        text, max(0, first - 12), first
    )
    gpes = labels.count("GPE")
    if gpes >= 2 and gpes > len(run) / 2 or placed and labels[0] == "GPE":
        for i in run:  # not a person's name ("Ada Quist") nor a body the gazetteer lacks
            start, end, label = out[i]
            name = text[start:end]
            if label == "PERSON" and not person_name(name) or place_kind(name):
                out[i] = (start, end, "GPE")
