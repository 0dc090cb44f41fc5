"""Names told by a word beside them: a storm's kind, a station, a sitting's number, a division.

- A storm named after its kind is one EVENT, kind and all ("Tropical Storm Ana", "Typhoon
  Vell"), whether the model found the name or not; "Storm Prediction Center" is a body.
- "116th U.S. Congress" is an ORDINAL and an ORG (a numbered sitting of a body, not "20th
  Century Fox"); "Waterloo" + " station" is a FAC.
- "Lafourche" + " Parish", "Kestrel" + " County": a name the model cut before the kind of
  division it names is one GPE with it.
- "the town of Pandelvo", "the city of Vellmouth", "the mayor of Tarnsk": a name after a
  kind of settlement (or its mayor) and "of" is that place, a GPE, whatever the model called it.
- "Flood and Drought Management" + " Directorate": a body's name the model cut before the
  head noun that ends it is one ORG with it.
- "Kestrel Con, an annual convention for fans": a name set beside a kind of event is an EVENT,
  and so is every mention of it; so are a party's convention, a state's primary and a name
  headed by a gathering ("Orlin Maker Faire"), with a year just after it ("Comicon 2019").

>>> storms("as Tropical Storm Vell neared", [(18, 22, "PERSON")])
[(3, 22, 'EVENT')]
"""

from __future__ import annotations

import re

from ..lexicon import EVENT_KINDS, GPE_WORDS, INSTITUTION_NOUNS, ORG_HEADS, ORG_WORDS, TITLES
from ..spans import NAME_LABELS, Span, drop_contained, replace_with
from .gazetteer import place_kind

__all__ = [
    "apposed_events",
    "body_tails",
    "ordinals_and_heads",
    "places_of_kind",
    "plural_possessive_names",
    "storms",
    "unit_tails",
]


#: A named storm: its kind, then one capitalised name with no name running on after it
#: ("Tropical Storm Ana", "Typhoon Kestrel"; not "Storm Prediction Center", "Storm Area 51").
_KINDS = r"(?:Super )?Typhoon|Hurricane|Cyclone|(?:Sub)?[Tt]ropical (?:Storm|Depression)|Storm"
_STORM = re.compile(
    r"\b(?:" + _KINDS + ")"
    r" (?!(?:Hunters?|Center|Centre|Season|Warning|Watch|Tracker)\b)[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
    r"\b(?![ -][A-Z\d]|['’]s [A-Z])"
)  # words of the trade after a storm's kind name no storm ("Hurricane Hunters")


def storms(text: str, spans: list[Span]) -> list[Span]:
    """A storm named after its kind is one EVENT, kind and all, whether the model found the
    name or not.

    >>> storms("as Tropical Storm Vell neared", [(18, 22, "PERSON")])
    [(3, 22, 'EVENT')]
    """
    found = [
        (m.start(), m.end(), "EVENT")
        for m in _STORM.finditer(text)
        if not re.search(r"[A-Z][\w.]* $", text[max(0, m.start() - 20) : m.start()])
    ]  # not the "Hurricane Center" of "National Hurricane Center"
    return replace_with(spans, found) if found else spans


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th) ")
_EVENT_HEAD = re.compile(r"(?:" + _KINDS + r"|Tornado) $")  # before a name the model found


def ordinals_and_heads(text: str, spans: list[Span]) -> list[Span]:
    """ "116th U.S. Congress" is an ORDINAL and an ORG (a numbered sitting of a body, not
    "20th Century Fox"); "Storm" + "Lorenzo" is one EVENT; "Waterloo" + " station" a FAC."""
    out: list[Span] = []
    for start, end, label in spans:
        m = _ORDINAL.match(text, start)
        body = text[start:end].lower().split()[-1]
        if (
            label in NAME_LABELS
            and m
            and m.end() < end
            and body in INSTITUTION_NOUNS | {"assembly"}
        ):
            out.append((start, m.end() - 1, "ORDINAL"))
            start = m.end()
        head = _EVENT_HEAD.search(text[max(0, start - 16) : start])
        if label in {"PERSON", "EVENT", "ORG", "GPE"} and head:
            start, label = start - len(head.group()), "EVENT"
        if (
            label in {"GPE", "ORG", "PERSON", "LOC", "FAC"}
            and text[end : end + 8] == " station"
            and not re.search(r"\b(?i:a|an)\s+$", text[max(0, start - 4) : start])
            and not (label == "ORG" and text[start:end].isupper())  # "a CBS station"
        ):
            end, label = end + 8, "FAC"  # "Waterloo station" (but "a London station")
        out.append((start, end, label))
    return out


#: A kind of division written after a place's name, no name running on ("District Court").
_UNIT_TAIL = re.compile(r" (?:" + "|".join(w.title() for w in sorted(GPE_WORDS)) + r")\b(?! [A-Z])")


def unit_tails(text: str, spans: list[Span]) -> list[Span]:
    """ "Lafourche" + " Parish", "Kestrel" + " County": a name the model cut before the kind
    of division it names is one GPE with it.

    >>> unit_tails("in Vell Parish today", [(3, 7, "ORG"), (8, 14, "NORP")])
    [(3, 14, 'GPE')]
    """
    out = []
    for start, end, label in spans:
        m = _UNIT_TAIL.match(text, end) if label in NAME_LABELS - {"EVENT", "LAW"} else None
        if m and place_kind(text[start:end]) in {"country", "continent"}:
            m = None  # "a United States District judge": a country has no county
        out.append((start, m.end(), "GPE") if m else (start, end, label))
    return drop_contained(out)


#: Kinds of settlement or division written before "of" and a place's name ("the town of ").
PLACE_KINDS = GPE_WORDS | frozenset(
    "town city village hamlet municipality region state port canton island kingdom commune "
    "emirate resort".split()
)
#: A kind of settlement or division and "of" before a name: "the town of ", "the city of ".
_PLACE_OF = re.compile(
    r"\b(?:" + "|".join(sorted(PLACE_KINDS)) + r"|mayors?) of $",
    re.IGNORECASE,
)


def places_of_kind(text: str, spans: list[Span]) -> list[Span]:
    """ "the town of Pandelvo": a name after a kind of place and "of" is a GPE; so is each
    name listed after a plural kind ("the villages of Lund and Vellmouth").

    >>> places_of_kind("visiting the town of Pandelvo", [(21, 29, "ORG")])
    [(21, 29, 'GPE')]
    """
    listed = [m.span(1) for m in _PLACES_OF.finditer(text)]
    return [
        (s, e, "GPE")
        if label in _NOT_PLACES
        and (
            _PLACE_OF.search(text, max(0, s - 14), s)
            and not re.search(r"\b(?:[Tt]he )?[A-Z]\w* $", text[max(0, s - 30) : s - 3])
            or any(a <= s and e <= b for a, b in listed)
        )
        and text[s:e].rsplit(" ", 1)[-1].lower() not in ORG_HEADS | ORG_WORDS
        else (s, e, label)
        for s, e, label in spans
    ]


_NOT_PLACES = frozenset({"ORG", "PERSON", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
_PLACE_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
#: A plural kind of settlement and the names listed after it: "the villages of Lund and Vell".
_PLACES_OF = re.compile(
    r"\b(?:towns|cities|villages|hamlets|municipalities|settlements|communities|provinces|"
    r"districts|counties|prefectures|states) of "
    rf"({_PLACE_NAME}(?:(?:, |,? and ){_PLACE_NAME})*)"
)


#: The head noun that ends a body's name, the name not running on ("Directorate General").
_BODY_TAIL = re.compile(
    r" (?:Presidency|Directorate|Secretariat|Inspectorate|Ministry|Office|Bureau|Agency|"
    r"Authority|Commission|Administration|Service|Department)\b(?! [A-Z]|['’]s? [A-Z]| of )"
)


def body_tails(text: str, spans: list[Span]) -> list[Span]:
    """ "Disaster and Flood Management" + " Directorate": an ORG the model cut before the head
    noun of a body is one ORG with it.

    >>> body_tails("the Tarn Flood Management Directorate said", [(4, 25, "ORG")])
    [(4, 37, 'ORG')]
    """
    out = []
    for start, end, label in spans:
        m = _BODY_TAIL.match(text, end) if label == "ORG" else None
        out.append((start, m.end(), label) if m else (start, end, label))
    return drop_contained(out)


def _members(name: str, owned: str) -> bool:
    """A body's members in the plural, not a body ("Catholic Bishops", "Tarn Teachers"; not
    "House of Representatives", "United Nations"); after "of" only before a body's head noun
    ("Federation of Railway Workers' Trade Unions")."""
    last = name.split()[-1].lower()
    head = owned.split()[-1].lower().removesuffix("s")
    if " of " in name:  # not "House of Representatives' Judiciary Committee": two names
        return head in ORG_HEADS and last.endswith(("ers", "ists")) and last[:-1] not in TITLES
    return last.endswith("s") and (last[:-1] in TITLES or last.endswith(("ers", "ists", "ors")))


def plural_possessive_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Catholic Bishops" + "' " + "Conference of Tarn": a body's name with a plural
    possessive inside, which the model cut at the apostrophe, is one ORG.

    >>> plural_possessive_names("the Tarn Bishops' Conference met", [(4, 16, "ORG"), (18, 28, "ORG")])
    [(4, 28, 'ORG')]
    """
    out: list[Span] = []
    for span in sorted(spans):
        if (
            out
            and out[-1][2] == span[2] == "ORG"
            and text[out[-1][1] : span[0]] in {"' ", "’ "}
            and _members(text[out[-1][0] : out[-1][1]], text[span[0] : span[1]])
        ):
            out[-1] = (out[-1][0], span[1], "ORG")
            continue
        out.append(span)
    return out


#: ", an annual convention", ", the city's biggest festival": a kind of event in apposition.
_APPOSED_EVENT = re.compile(
    rf", (?:a|an|the|[A-Z]\w+'s) (?:[\w'’-]+ ){{0,3}}?(?:{EVENT_KINDS})s?"
    r"(?=[,.;:)]| (?:for|in|at|on|of|that|which|held|where|organi[sz]ed|dedicated|devoted)\b)"
)
_EVENT_FROM = frozenset({"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "NORP"})
_EVENT_OR_LAW = _EVENT_FROM | {"LAW"}  # "Libertarian National Convention" read as a treaty


def apposed_events(text: str, spans: list[Span]) -> list[Span]:
    """A name set beside a kind of event is the event, in all its mentions; so is a party's
    convention ("the Tarvo Party National Convention"), a place's primary or caucuses ("the
    Orlin Primary"), which the model reads as bodies ("Congressional Black Caucus" is one),
    and a name whose head is a gathering's ("Pellston Beekeepers Convention", "Orlin Maker
    Faire", "Kestrel Comicon"). A year just after an event's name is part of it ("Kestrel
    Comicon 2019"), as OntoNotes writes "Expo 2020"; the hall it is held in is a FAC
    ("Orlin Convention Center").

    >>> apposed_events("Kestrel Con, an annual convention, drew fans.", [(0, 11, "ORG")])
    [(0, 11, 'EVENT')]
    >>> apposed_events("Kestrel Comicon 2019 drew fans.", [(0, 15, "ORG"), (16, 20, "DATE")])
    [(0, 20, 'EVENT')]
    """
    events = {
        text[s:e] for s, e, label in spans if label in _EVENT_FROM and _APPOSED_EVENT.match(text, e)
    }
    out: list[Span] = []
    for s, e, label in spans:
        name = text[s:e]
        if label in _EVENT_OR_LAW and (name in events or _convention_or_primary(name)):
            label = "EVENT"
        elif label in _GATHERED and _GATHERING.search(name):
            label = "EVENT"
        elif label in _GATHERED and _VENUE.search(name):
            label = "FAC"  # "the Orlin Convention Center": where a gathering is held
        if (
            out
            and out[-1][2] == "EVENT"
            and label == "DATE"
            and _YEAR_AFTER.fullmatch(text, out[-1][1], e)
        ):
            out[-1] = (out[-1][0], e, "EVENT")
            continue
        out.append((s, e, label))
    return out


#: A gathering's head word ending a name of two words or more ("Orlin Maker Faire").
_GATHERING = re.compile(
    r"\w \b(?:Convention|Faire|Expo|Festival|Fest|Comicon|ComicCon|Comic-Con|Con|Gala|"
    r"Telethon|Carnival|Jamboree)$"
)
#: A hall for gatherings: "Orlin Convention Center", "Kestrel Exhibition Centre".
_VENUE = re.compile(r"\w \b(?:Convention|Congress|Conference|Exhibition|Events) (?:Center|Centre)$")
#: Labels the model gives a gathering (not WORK_OF_ART: "Edinburgh Festival" the film).
_GATHERED = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP"})
#: A year right after a name: " 2019".
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d")


_CONVENTION = re.compile(r"(?:[A-Z][\w.’'-]* )*(?:National|Party|Nominating|Leadership) Convention")
_PRIMARY = re.compile(
    r"((?:[A-Z][\w.-]* ){1,3})(?:[A-Z][a-z]+ )?(?:Primary|Primaries|Caucus|Caucuses)"
)


def _convention_or_primary(name: str) -> bool:
    """A party's convention, or the primary or caucuses of a place the gazetteer knows."""
    if _CONVENTION.fullmatch(name):
        return True
    m = _PRIMARY.fullmatch(name)
    return m is not None and place_kind(m.group(1).split()[0]) in {"state", "country", "city"}
