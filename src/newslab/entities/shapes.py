"""Labels that a name's own shape, or the word beside it, gives away.

- a name written in camel case ("SpaceX", "PayPal") is a company, not a person; so are
  capitals joined by "&" ("AT&T"), but "Q&A" and "R&D" are no names;
- a country's "-xit" ("Brexit", "Grexit") names its leaving: an EVENT;
- a rate stays inside an amount of money ("US$40 apiece", "€9 per person", "$15 an hour");
- "City, D.C." is one place; a planet outside the solar system by its catalogue name
  ("Kepler-62f", "WASP-12b") is LOC, as the planets are;
- "the Sol-Tallinn talks": each half of a pair joined by a hyphen is the name it is elsewhere
  in the article;
- a military station ("RAF Lakenheath") is a FAC;
- a lower-case noun after a name is outside it ("the [NUJ] union");
- a list inside an organisation's name stays in it ("Ministry of Fisheries, Forests and
  Rural Affairs");
- a lower-case prefix stays outside a name ("pro-[Moscow]", "non-[Hindu]"), and what is left
  takes its label from the gazetteer where it is a place.

>>> firm_shapes("Ana joined BlueOrbit.", [(11, 20, "PERSON")])
[(11, 20, 'ORG')]
"""

from __future__ import annotations

import re

from ..spans import NAME_LABELS, Occupancy, Span, replace_with

__all__ = [
    "CAMEL_CASE",
    "lower_tails",
    "hyphen_pairs",
    "stations",
    "exit_events",
    "firm_shapes",
    "places_by_shape",
    "prefixes",
    "rates",
]

_RATE = re.compile(
    r" (?:apiece|each|per (?:metric |square |cubic )?[a-z]+|an? (?:hour|day|week|month|year|person|head|share|barrel))\b"
)


def rates(text: str, spans: list[Span]) -> list[Span]:
    """ "US$40 apiece", "€9 per person", "$15 an hour": the rate is part of the MONEY; so is
    "per hour" of a QUANTITY ("75 miles per hour", "eight kilometres an hour").

    >>> rates("at 75 miles per hour", [(3, 11, "QUANTITY")])
    [(3, 20, 'QUANTITY')]
    """
    out = []
    for s, e, label in spans:
        m = _RATE.match(text, e) if label in {"MONEY", "QUANTITY"} else None
        if m and label == "QUANTITY" and m.group().startswith((" apiece", " each")):
            m = None  # "five kilograms each": a weight, each one's
        out.append((s, m.end() if m else e, label))
    return out


#: "Kepler-62f", "WASP-12b", "GJ 1214b", "TRAPPIST-1e": a catalogue, a number, a planet's letter.
_EXOPLANET = re.compile(r"\b(?:[A-Z][A-Za-z]*-?\d+(?:-\d+)?|[A-Z]{2,} \d+)[b-h]\b(?![-'’])")


def places_by_shape(text: str, spans: list[Span]) -> list[Span]:
    """ "Washington, D.C." is one GPE; a planet's catalogue name is one LOC."""
    found = [(m.start(), m.end(), "LOC") for m in _EXOPLANET.finditer(text)]
    for s, e, label in spans:
        if label == "GPE" and text.startswith(", D.C.", e):
            found.append((s, e + 6, "GPE"))
    return replace_with(spans, found)


#: Lower-case prefixes written against a name: "pro-Moscow", "anti-NATO", "intra-Asian"
#: ("pan-" makes an adjective of its own: "pan-Arab").
_PREFIX = re.compile(r"(?:pro|anti|non|intra|inter|post|pre|ex|neo|mid|sub|trans)-(?=[A-Z])")


def prefixes(text: str, spans: list[Span]) -> list[Span]:
    """ "pro-[Moscow]" GPE, "intra-[Asia]" LOC, "non-[Hindu]" NORP: the prefix goes outside."""
    from .gazetteer import place_label

    out = []
    for s, e, label in spans:
        m = _PREFIX.match(text, s, e) if label in NAME_LABELS else None
        if m:  # not a date's: "mid-August" stays whole
            s = m.end()
            label = place_label(text[s:e]) or label
        out.append((s, e, label))
    return out


_BASED = re.compile(r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)-(?:based|headquartered) (?=[A-Z])")


def based_prefixes(text: str, spans: list[Span]) -> list[Span]:
    """ "the [Lima]-based [Institute for Water Studies]": a place the gazetteer knows before
    "-based" is a place of its own, outside the body's name."""
    from .gazetteer import place_label

    out = []
    for s, e, label in spans:
        m = _BASED.match(text, s, e) if label == "ORG" else None
        place = place_label(m.group(1)) if m else None
        if m and place:
            out += [(s, m.end(1), place), (m.end(), e, label)]
        else:
            out.append((s, e, label))
    return out


#: "SpaceX", "PayPal", "BlueOrbit": a capital after three lower-case letters. Surnames with a
#: prefix ("MacArthur", "FitzGerald", "VanDyke", "DelBene") keep theirs.
CAMEL_CASE = re.compile(r"(?!Mac|Fitz|Van|Von|Del|Dal|Ten|Ter)[A-Z][a-z]{2,}[A-Z][A-Za-z]*")


#: Digits and letters in one word with a capital inside: "23andMe", "1Password", no number.
_DIGIT_NAME = re.compile(r"\d+(?:[a-z]+[A-Z]|[A-Z][a-z])[A-Za-z]*")


def firm_shapes(text: str, spans: list[Span]) -> list[Span]:
    """A one-word PERSON written in camel case is an organisation, and so is a word of digits
    and letters the model read as a number or a date ("23andMe").

    >>> firm_shapes("users of 23andMe", [(9, 16, "CARDINAL")])
    [(9, 16, 'ORG')]
    """
    return [
        (s, e, "ORG")
        if label == "PERSON"
        and CAMEL_CASE.fullmatch(text[s:e])
        or label in {"CARDINAL", "DATE", "QUANTITY", "ORDINAL"}
        and _DIGIT_NAME.fullmatch(text[s:e])
        else (s, e, label)
        for s, e, label in spans
    ]


#: "AT&T", "PG&E", "H&M": capitals joined by "&" name a firm; "Q&A", "R&D" and the like are
#: common nouns written so, no names.
_AMPERSAND = re.compile(r"(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])")
_AMPERSAND_NOUNS = frozenset("Q&A R&D R&B B&B M&A A&E F&B P&L T&C C&W".split())


def ampersand_names(text: str, spans: list[Span]) -> list[Span]:
    """ "AT&T" the model left out is an ORG; "Q&A" or "R&D" read as a name is none.

    >>> ampersand_names("A Q&A with AT&T staff.", [(2, 5, "ORG")])
    [(11, 15, 'ORG')]
    """
    if "&" not in text:
        return spans
    out = [(s, e, label) for s, e, label in spans if text[s:e] not in _AMPERSAND_NOUNS]
    taken = Occupancy(len(text), out)
    for m in _AMPERSAND.finditer(text):
        if m.group() not in _AMPERSAND_NOUNS and taken.free(m.start(), m.end()):
            out.append((m.start(), m.end(), "ORG"))
    return sorted(out)


#: "Brexit", "Grexit", "Frexit": a country's leaving, one word ("Exit" alone is no name).
_EXIT = re.compile(r"[A-Z][a-z]{1,3}xit")


def exit_events(text: str, spans: list[Span]) -> list[Span]:
    """A "-xit" word is an EVENT, whatever the model called it; inside a longer name
    ("Brexit Party") it stays part of that name."""
    return [(s, e, "EVENT" if _EXIT.fullmatch(text[s:e]) else label) for s, e, label in spans]


_PAIR = re.compile(r"\b([A-Z][\w.]+)-([A-Z][\w.]+)\b(?!-)")


def hyphen_pairs(text: str, spans: list[Span]) -> list[Span]:
    """ "the Sol-Tallinn talks", "the Danish-German border": a half that the article names
    elsewhere takes that label, and a half the gazetteer knows is a place (GPE) or a
    nationality (NORP, "Mexican" of "Mexicans"); "the U.S.-Mexican border", which the model
    reads as one nationality, is a place and a nationality. Two places or two nationalities
    in one span stay whole ("Kitchener-Waterloo", "Korean-Canadian"), and so does a hyphenated
    name inside a longer span.

    >>> hyphen_pairs("the U.S. and the U.S.-Mexican border", [(4, 8, "GPE"), (17, 29, "NORP")])
    [(4, 8, 'GPE'), (17, 21, 'GPE'), (22, 29, 'NORP')]
    """
    from .gazetteer import demonym_place, place_label

    known = {text[s:e]: label for s, e, label in spans if label in NAME_LABELS}
    whole = {(s, e) for s, e, _ in spans if _PAIR.fullmatch(text, s, e)}

    def label_of(name: str) -> str | None:
        return (
            known.get(name) or place_label(name) or ("NORP" if demonym_place(name + "s") else None)
        )

    cut: set[tuple[int, int]] = set()
    halves: list[Span] = []
    for m in _PAIR.finditer(text):  # a place and a nationality, never two of a kind
        labels = [label_of(m.group(k)) for k in (1, 2)]
        if m.span() in whole and "NORP" in labels and set(labels) - {"NORP"} <= {"GPE", "ORG"}:
            cut.add(m.span())
            halves += [(*m.span(k), "NORP" if labels[k - 1] == "NORP" else "GPE") for k in (1, 2)]
    if cut:
        spans = [sp for sp in spans if sp[:2] not in cut] + halves
    taken = Occupancy(len(text), spans)
    found: list[Span] = []
    for m in _PAIR.finditer(text):
        for k in (1, 2):
            start, end = m.span(k)
            label = known.get(m.group(k)) or place_label(m.group(k))
            if label and taken.free(start, end):
                taken.take(start, end)
                found.append((start, end, label))
    return sorted(spans + found)


#: "RAF Lakenheath", "RAAF Base Amberley", "CFB Esquimalt": a military station and its place.
_STATION = re.compile(r"(?:RAF|RAAF|RNAS|RNZAF|CFB|NAS|USAF) (?:Base |Station )?[A-Z][\w-]+")


def stations(text: str, spans: list[Span]) -> list[Span]:
    """A military station named by its service and its place is a FAC, not the service."""
    return [
        (
            s,
            e,
            "FAC" if label in {"ORG", "GPE", "PERSON"} and _STATION.fullmatch(text[s:e]) else label,
        )
        for s, e, label in spans
    ]


def lower_tails(text: str, spans: list[Span]) -> list[Span]:
    """ "the [NUJ] union", "the [Make Crate] company": a lower-case word that ends a name's span
    is outside it. A single capitalised word before it is left alone: a genus and its species
    ("Acropora millepora"), a party's adjective ("Democratic party")."""
    out = []
    for s, e, label in spans:
        words = text[s:e].split(" ")
        n = len(words)
        while n > 1 and re.fullmatch(r"[a-z]{3,}", words[n - 1]):
            n -= 1
        if (
            label in NAME_LABELS
            and n < len(words)
            and (n > 1 or re.fullmatch(r"[A-Z]{2,}", words[0]))
        ):
            e = s + len(" ".join(words[:n]))
        out.append((s, e, label))
    return out
