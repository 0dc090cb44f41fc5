"""Stars, exoplanets and constellations: places (LOC), as OntoNotes marks the Sun and Mars.

- a star named by a letter, a Greek letter's name or a number and its constellation's Latin
  genitive ("AB Aurigae", "Alpha Centauri", "61 Cygni"), with a planet's letter after it
  ("Beta Pictoris b");
- a star or planet named by its catalogue and number ("HR 6819", "Gliese 581 c", "LB-1",
  "Kepler-452b"), in an article about the sky (a bill, "H.R. 1", is no star);
- a constellation named as one ("the Auriga constellation", "the constellation of Lyra").

The constellations and their genitives are the International Astronomical Union's 88.

>>> stars("It orbits AB Aurigae, in the Auriga constellation.", [(10, 20, "ORG")])
[(10, 20, 'LOC'), (29, 35, 'LOC')]
"""

from __future__ import annotations

import re

from ..spans import Span, replace_with

__all__ = ["CONSTELLATIONS", "stars"]

#: The IAU's 88 constellations, each with its Latin genitive (the form star names use).
CONSTELLATIONS: dict[str, str] = dict(
    pair.split("=")
    for pair in (
        "Andromeda=Andromedae;Antlia=Antliae;Apus=Apodis;Aquarius=Aquarii;Aquila=Aquilae;"
        "Ara=Arae;Aries=Arietis;Auriga=Aurigae;Boötes=Boötis;Caelum=Caeli;"
        "Camelopardalis=Camelopardalis;Cancer=Cancri;Canes Venatici=Canum Venaticorum;"
        "Canis Major=Canis Majoris;Canis Minor=Canis Minoris;Capricornus=Capricorni;"
        "Carina=Carinae;Cassiopeia=Cassiopeiae;Centaurus=Centauri;Cepheus=Cephei;Cetus=Ceti;"
        "Chamaeleon=Chamaeleontis;Circinus=Circini;Columba=Columbae;"
        "Coma Berenices=Comae Berenices;Corona Australis=Coronae Australis;"
        "Corona Borealis=Coronae Borealis;Corvus=Corvi;Crater=Crateris;Crux=Crucis;"
        "Cygnus=Cygni;Delphinus=Delphini;Dorado=Doradus;Draco=Draconis;Equuleus=Equulei;"
        "Eridanus=Eridani;Fornax=Fornacis;Gemini=Geminorum;Grus=Gruis;Hercules=Herculis;"
        "Horologium=Horologii;Hydra=Hydrae;Hydrus=Hydri;Indus=Indi;Lacerta=Lacertae;"
        "Leo=Leonis;Leo Minor=Leonis Minoris;Lepus=Leporis;Libra=Librae;Lupus=Lupi;"
        "Lynx=Lyncis;Lyra=Lyrae;Mensa=Mensae;Microscopium=Microscopii;Monoceros=Monocerotis;"
        "Musca=Muscae;Norma=Normae;Octans=Octantis;Ophiuchus=Ophiuchi;Orion=Orionis;"
        "Pavo=Pavonis;Pegasus=Pegasi;Perseus=Persei;Phoenix=Phoenicis;Pictor=Pictoris;"
        "Pisces=Piscium;Piscis Austrinus=Piscis Austrini;Puppis=Puppis;Pyxis=Pyxidis;"
        "Reticulum=Reticuli;Sagitta=Sagittae;Sagittarius=Sagittarii;Scorpius=Scorpii;"
        "Sculptor=Sculptoris;Scutum=Scuti;Serpens=Serpentis;Sextans=Sextantis;Taurus=Tauri;"
        "Telescopium=Telescopii;Triangulum=Trianguli;Triangulum Australe=Trianguli Australis;"
        "Tucana=Tucanae;Ursa Major=Ursae Majoris;Ursa Minor=Ursae Minoris;Vela=Velorum;"
        "Virgo=Virginis;Volans=Volantis;Vulpecula=Vulpeculae"
    ).split(";")
)


def _any(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: "AB Aurigae", "Alpha Centauri", "61 Cygni", "Beta Pictoris b".
_DESIGNATED = re.compile(
    rf"\b(?:[A-Z][A-Za-z]{{0,9}}|\d{{1,4}})\s(?:{_any(list(CONSTELLATIONS.values()))})"
    r"(?:\s[b-h]\b)?(?![\w-])"
)
#: "HR 6819", "Gliese 581 c", "LB-1", "Kepler-452b", "TRAPPIST-1e", "NGC 1300".
_CATALOGUED = re.compile(
    r"(?<![\w.])(?:HR|HD|HIP|GJ|Gliese|Kepler|K2|TOI|WASP|HAT-P|TRAPPIST|LHS|KELT|CoRoT|LB|NGC)"
    r"[- ]\d{1,6}(?:[a-h]\b|\s[b-h]\b)?(?![\w.-])"
)
#: "the Auriga constellation", "the constellation of Lyra", "constellation Telescopium".
_CONSTELLATION = re.compile(
    rf"\b(?:(?P<a>{_any(list(CONSTELLATIONS))})\sconstellation"
    rf"|constellations?\s(?:of\s)?(?P<b>{_any(list(CONSTELLATIONS))}))\b"
)
#: Words of an article about the sky, where a catalogue's letters and number are a star's.
_SKY = re.compile(r"\b(?:stars?|planets?|exoplanets?|telescopes?|astronom\w+|galax\w+|orbits?)\b")


def stars(text: str, spans: list[Span]) -> list[Span]:
    """Stars, exoplanets and constellations the text names: LOC, in place of what the model
    read (an ORG, a PERSON) or added where it read nothing."""
    words = set(_CAPITALISED.findall(text))
    found = []
    if words & _GENITIVE_WORDS:  # the costly patterns only where a genitive stands
        found += [(m.start(), m.end(), "LOC") for m in _DESIGNATED.finditer(text)]
    if _SKY.search(text):
        found += [(m.start(), m.end(), "LOC") for m in _CATALOGUED.finditer(text)]
    if "constellation" in text:
        for m in _CONSTELLATION.finditer(text):
            group = "a" if m.group("a") else "b"
            found.append((m.start(group), m.end(group), "LOC"))
    return sorted(replace_with(spans, found)) if found else spans


_CAPITALISED = re.compile(r"\b[A-Z][a-zö]+\b")
_GENITIVE_WORDS = frozenset(g.split()[0] for g in CONSTELLATIONS.values())
