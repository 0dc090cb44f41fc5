"""A maker's name and a model written against it: one PRODUCT.

- "Boeing 747-400", "Airbus A320neo", "a Cessna 172": a maker and a model code are one name
  (a count after a name, "Acme 300 workers", stays apart; a year is no code);
- "the Boeing 737 MAX", "the Airbus A350 XWB": a variant word after the code is part of it;
- a telescope is a PRODUCT by its head word ("the Orlin Space Telescope"), and a name right
  before a kind of spacecraft is the craft's ("the Tarvo probe", "a Falcon Heavy rocket"),
  unless it is a maker's acronym, a camel-cased firm or a place ("a NASA rocket", "the SpaceX
  capsule", "a Tarvonia satellite");
- a name written as a lower-case "i" and a capitalised word ("iPhone", "iTunes", "iPod nano",
  "iPhone 4", "iOS 5") is a PRODUCT, the model's ORG or NORP notwithstanding, unless a firm's
  word follows it ("iRobot Corp", "iHeart Media") or it opens a longer name the model found
  ("the iTunes Music Store");
- a flight is no product: in "Lion Air Flight 610" the airline is the name (ORG) and the
  flight's number none, as OntoNotes leaves it;
- in an article that names an airliner's maker, its models' codes written alone are PRODUCT
  ("A320s", "the A350 XWB", "737-800", "787s"), a count before them apart ("24 [A320s]");
- a model code written alone after its maker's name made it a product ("the Airbus A380 ...
  one of the A380s", "Boeing 787 ... 46 more 787s") is the same PRODUCT.

>>> model_numbers("flew a Boeing 737 MAX home", [(7, 17, "PRODUCT"), (18, 21, "ORG")])
[(7, 21, 'PRODUCT')]
"""

from __future__ import annotations

import re

from ..spans import NAME_LABELS, Span, replace_with
from .gazetteer import place_kind
from .shapes import CAMEL_CASE

__all__ = ["aircraft", "crafts", "flights", "i_names", "model_numbers", "models_alone"]

#: A model's code after its maker: "747-400", "A320", "XC60", "F-35" (not a year).
_MODEL = re.compile(
    r" (?!(?:1[89]|20)\d\d\b)(?:\d{3,4}(?:-\d{1,4})?s?|[A-Z]{1,3}-?\d{1,3}(?:neo|[A-Za-z])?)\b"
    r"(?![-.,]?\d)(?! (?:[a-z]+s|percent|per|per cent)\b)"
)


#: "a Cessna 172": a law is never "a" one, so a name and a number after "a" are a model.
_INDEFINITE = re.compile(r"\b[Aa]n? $")


def model_numbers(text: str, spans: list[Span]) -> list[Span]:
    """ "Boeing 747-400": a maker's name and a model code written against it are one PRODUCT
    (a count after a name, "Acme 300 workers", stays apart)."""
    by_start = {s: (s, e, label) for s, e, label in spans}
    out: list[Span] = []
    drop: set[Span] = set()
    for s, e, label in spans:
        if (
            (label == "ORG" or label == "LAW" and _INDEFINITE.search(text, max(0, s - 3), s))
            and " " in text[s:e]
            and _MODEL.fullmatch(text, text.rindex(" ", s, e), e)
        ):
            out.append((s, e, "PRODUCT"))  # "Airbus A300s" read as one organisation
            continue
        m = _MODEL.match(text, e) if label in {"ORG", "PRODUCT", "PERSON"} else None
        if not m or " " in text[s:e].strip() and label == "PERSON":
            out.append((s, e, label))
            continue
        code = by_start.get(e + 1)
        if code is not None and (code[1] <= m.end() or code[2] == "PRODUCT"):
            drop.add(code)  # "Airbus" + "A350 XWB", the code and its variant, is one product
            out.append((s, max(code[1], m.end()), "PRODUCT"))
            continue
        if code is not None:
            out.append((s, e, label))
            continue
        out.append((s, m.end(), "PRODUCT"))
    out = [span for span in out if span not in drop]
    return _with_variant(text, out)


#: A model's variant written after its code: "737 MAX", "A350 XWB", "Galaxy S24 Ultra".
_VARIANT = re.compile(r" (?:MAX|Max|XWB|Plus|Pro|Ultra|XL|Mini|Neo)\b")


def _with_variant(text: str, spans: list[Span]) -> list[Span]:
    """ "the Boeing 737 MAX": a product's variant word is part of its name, not a name of
    its own."""
    grown = {
        (s, e): m.end()
        for s, e, label in spans
        if label == "PRODUCT" and (m := _VARIANT.match(text, e)) is not None
    }
    if not grown:
        return spans
    ends = list(grown.items())
    return [
        (s, grown[(s, e)], label) if (s, e) in grown else (s, e, label)
        for s, e, label in spans
        if not any(a[1] < s + 1 <= end and s > a[0] for a, end in ends)
    ]


#: A telescope by its head word: "the Orlin Space Telescope", "Kestrel Telescope".
_TELESCOPE = re.compile(
    r"\b(?!(?:The|A|An|Space) )(?:[A-Z][\w.-]*(?:['’](?!s\b)\w+)? ){1,3}(?:Space )?Telescope\b(?! [A-Z])"
)
#: A kind of spacecraft right after a name: "the Tarvo probe".
_CRAFT_AFTER = re.compile(
    r" (?:rocket|probe|spacecraft|satellite|telescope|rover|lander|capsule|launcher)s?\b"
)

#: A kind of spacecraft inside a name, not its first word: "Smart Lander for Investigating
#: Moon", "Mars Reconnaissance Orbiter" (not the carmaker "Land Rover").
_CRAFT_IN = re.compile(r"(?<!\bLand )(?<!\bRange )\b(?:Lander|Orbiter|Rover)\b")


def crafts(text: str, spans: list[Span]) -> list[Span]:
    """Telescopes by their head word, and a name before a kind of spacecraft or with one
    inside: PRODUCT.

    >>> crafts("launched the Tarvo probe", [(13, 18, "ORG")])
    [(13, 18, 'PRODUCT')]
    """
    found: list[Span] = [(m.start(), m.end(), "PRODUCT") for m in _TELESCOPE.finditer(text)]
    out = replace_with(spans, found) if found else list(spans)
    return sorted(
        (s, e, "PRODUCT")
        if label in {"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART"}
        and (_CRAFT_AFTER.match(text, e) or _CRAFT_IN.search(text, s + 1, e))
        and not (text[s:e].isupper() or CAMEL_CASE.fullmatch(text[s:e]))
        and place_kind(text[s:e]) is None
        else (s, e, label)
        for s, e, label in out
    )


#: "iPhone", "iPod nano", "iPhone 4S", "iOS 5": a lower-case "i", a capitalised word, a model.
_I_NAME = re.compile(
    r"(?<![\w.@/-])(?:[345]G )?i(?:[A-Z][a-z]+s?|OS)"
    r"(?: (?:\d{1,2}(?:\.\d)?[A-Za-z]{0,2}|nano|touch|shuffle|classic|mini|Pro|Air|Max|Plus))?"
    r"(?![\w@/-])(?! (?:Inc|Corp|Corporation|Ltd|LLC|Media|Radio|Group)\b)"
)


def i_names(text: str, spans: list[Span]) -> list[Span]:
    """ "iPhone", "iTunes", "iPod nano": a lower-case "i" before a capitalised word is a
    product's name, whatever the model read (it makes most of them ORG).

    >>> i_names("Sales of the iPod nano rose.", [(13, 17, "ORG")])
    [(13, 22, 'PRODUCT')]
    """
    found = [
        (m.start(), m.end(), "PRODUCT")
        for m in _I_NAME.finditer(text)
        if not any(s <= m.start() and m.end() < e for s, e, _ in spans)  # "iTunes Music Store"
    ]
    return sorted(replace_with(spans, found)) if found else spans


#: A plural noun after a number: a count ("787 workers"), not a model ("the 787 is", "787 jets"
#: is left to the model's reading).
_COUNTED = re.compile(r" (?!(?:is|was|has|does)\b)(?:[a-z]+s|percent|per)\b")
#: A maker's name before its model code: one or two capitalised words ("Boeing", "Kestrel Air").
_MAKER = re.compile(r"[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?")


def models_alone(text: str, spans: list[Span]) -> list[Span]:
    """A model code written alone is the product its maker's name made of it: "the Airbus
    A380 ... one of the A380s", plural or not (not a count: "787 workers").

    >>> models_alone("The Kestrel K900 flew; two K900s followed.", [(4, 16, "PRODUCT")])
    [(4, 16, 'PRODUCT'), (27, 32, 'PRODUCT')]
    """
    codes, spans = set(), list(spans)
    for s, e, label in list(spans):
        cut = text.rfind(" ", s, e)
        if label == "PRODUCT" and cut > s and _MODEL.fullmatch(text, cut, e):
            if _MAKER.fullmatch(text, s, cut):  # not "U.S. Code § 1201", a law the model misread
                codes.add(text[cut + 1 : e].removesuffix("s"))
            if _AIRLINE.search(text, s, cut):  # "American Airlines 777": the airline flies it
                spans = replace_with(spans, [(s, cut, "ORG"), (cut + 1, e, "PRODUCT")])
        elif label == "ORG" and (m := _OWNED_MODEL.match(text, e)) is not None:
            codes.add(m.group(1).removesuffix("s"))  # "Boeing's 787"
    if not codes:
        return spans
    alone = re.compile(
        rf"(?<![\w.,/-])(?:{'|'.join(map(re.escape, codes))})s?(?![\w.,/-]?\d|[\w-])"
        r"(?: [A-Z][a-z]{3,}\b(?!['’]s))?"  # "the 787 Dreamliner"
    )
    taken = [(s, e) for s, e, label in spans if label != "CARDINAL"]
    found = [
        (m.start(), m.end(), "PRODUCT")
        for m in alone.finditer(text)
        if not any(s < m.end() and m.start() < e and s != m.start() for s, e in taken)
        and not (m.group().isdigit() and _COUNTED.match(text, m.end()))
    ]
    return sorted(replace_with(spans, found)) if found else spans


#: An airline's name before a model it flies: "American Airlines 777", "Kestrel Air A320".
_AIRLINE = re.compile(r" (?:Airlines|Airways|Air|Airline)$")
#: A model code after its maker's possessive: "Boeing's 787", "Airbus' A350".
_OWNED_MODEL = re.compile(r"['’]s? (" + _MODEL.pattern.removeprefix(" ") + ")")


#: "Kestrel Air Flight 302": an airline's name and a flight's number.
_FLIGHT = re.compile(r"(?P<airline>.+?) Flight \d{1,4}[A-Z]?")
_NUMBER = re.compile(r"(?<=Flight) \d{1,4}[A-Z]?\b")


def flights(text: str, spans: list[Span]) -> list[Span]:
    """ "Kestrel Air Flight 302" read as one name: the airline is the ORG; "Flight 302" alone
    is no name.

    >>> flights("Kestrel Air Flight 302 landed.", [(0, 22, "PRODUCT")])
    [(0, 11, 'ORG')]
    """
    if "Flight " not in text:
        return spans
    out: list[Span] = []
    for s, e, label in spans:
        number = _NUMBER.match(text, e)
        end = number.end() if number else e  # "Air Flight" with "302" after it
        m = _FLIGHT.fullmatch(text, s, end) if label in NAME_LABELS else None
        if m is not None:
            out.append((s, m.end("airline"), "ORG"))
        elif not (label in NAME_LABELS and _FLIGHT.fullmatch("x " + text[s:e])):
            out.append((s, e, label))  # "Flight 302" alone is dropped
    return out


#: Makers of airliners, whose models news names by their codes alone.
_AIRCRAFT_MAKERS = re.compile(
    r"\b(?:Airbus|Boeing|Embraer|Bombardier|Comac|COMAC|Tupolev|Sukhoi)\b"
)
#: Airbus's A300 to A380 and A220, Boeing's 707 to 787, their series and variants, plural or not.
_AIRCRAFT_CODE = re.compile(
    r"(?<![\w$£€.,/-])(?:A3[0-8]\d|A220|7[0-8]7)(?:-\d{1,3}[A-Z]{0,2})?(?:neo| XWB| MAX| Max)?"
    r"(?:s|['’]s(?= [a-z]+s\b))?(?![\w-])"
)


def aircraft(text: str, spans: list[Span]) -> list[Span]:
    """An airliner's code written alone, in an article that names its maker: a PRODUCT.

    >>> aircraft("Airbus sold 24 A320s.", [(12, 20, "CARDINAL")])
    [(12, 14, 'CARDINAL'), (15, 20, 'PRODUCT')]
    """
    if not _AIRCRAFT_MAKERS.search(text):
        return spans
    out = list(spans)
    for m in _AIRCRAFT_CODE.finditer(text):
        a, b = m.span()
        inside = [sp for sp in out if sp[0] < b and a < sp[1]]
        if any(sp[2] != "CARDINAL" and (sp[0] < a or b < sp[1]) for sp in inside):
            continue  # inside another name ("Boeing 787", "Air France A330 crash" as an EVENT)
        if _COUNTED.match(text, b) and m.group().isdigit():
            continue  # "787 workers"
        out = [sp for sp in out if sp not in inside]
        out += [
            (sp[0], a - 1, "CARDINAL") for sp in inside if sp[2] == "CARDINAL" and sp[0] < a - 1
        ]
        out.append((a, b, "PRODUCT"))
    return sorted(out)
