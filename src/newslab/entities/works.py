"""What the model takes for a title of a work, and is not one.

The small model calls almost any capitalised phrase in quotation marks a WORK_OF_ART; in news
a title of a work is rarer than the names it is confused with:

- a journal, newspaper or website named after its kind ("the journal Ecology Letters",
  "published in Nature", "the message board Kestrelchan") is an organisation (OntoNotes:
  ORG), whatever the model made of it;
- a name made with the word for a newspaper in its own language ("Gazeta Kestrelska",
  "Dziennik Tarnowski", "Corriere di Tarno") is a newspaper, an ORG, not a person;
- "daily", "weekly" or "monthly" naming a newspaper ("the daily newspaper X", "the weekly
  reported") is no DATE;
- an acronym in capitals ("FIDE", "UEFA") names a body, not a work;
- an academic degree ("a PhD", "her Ph.D.", "an MBA") is no entity;
- a name before a lower-case kind of event ("the Open Doors event", "the Unite Kestrel
  rally") is an EVENT;
- a broadcaster named with a number ("News 12", "Channel 4", "Radio 5") is an ORG, the
  number inside;
- a capitalised name ending in "Day" ("Bastille Day", "National Day") is a holiday, a DATE
  as OntoNotes marks it, not a place, a building or an event; never a person's name ("Ana
  Day") nor a title with small words in it ("Day after Day");
- a name right after a lower-case kind of work ("the film Kestrel Rising", "the 2018 album
  Tarn", "a documentary titled Far North") is a WORK_OF_ART.

>>> periodicals("It appeared in the journal Ecology Letters.", [(27, 42, "WORK_OF_ART")])
[(27, 42, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import EVENT_KINDS, EVENT_TAILS, MONTHS, WORK_KINDS
from ..spans import NAME_LABELS, Span, replace_with
from .gazetteer import place_kind
from .people import given_names

__all__ = [
    "acronyms_are_bodies",
    "after_kind",
    "degrees",
    "events_by_kind",
    "holidays",
    "newspaper_kinds",
    "newspaper_names",
    "numbered_channels",
    "periodicals",
    "works_by_kind",
]

#: A kind of publication or site right before its name, or "published in".
_PERIODICAL = re.compile(
    r"\b(?:journal|newspaper|magazine|tabloid|periodical|website|web site|message board|"
    r"forum|news site|news agency|published in)"
    r"(?: (?:called|named|known as))? (?:the )?[\"“]?$"
)
_RELABEL = NAME_LABELS - {"ORG", "NORP", "LANGUAGE"}
#: The word for a newspaper or gazette in European languages, as a paper's name uses it.
_PAPER_WORDS = frozenset(
    "Gazeta Gazzetta Gazette Dziennik Diario Diário Jornal Journal Kurier Kurjer Corriere "
    "Courrier Noviny Novosti Vesti Izvestia Zeitung Tageblatt Dagblad Dagbladet Avisa Folha "
    "Nieuwsblad Krant Hírlap Gazetesi".split()
)


def newspaper_names(text: str, spans: list[Span]) -> list[Span]:
    """ "according to Gazeta Kestrelska": a name of two words or more with a newspaper's word
    in it is an ORG, whatever its place in the sentence made of it."""
    return [
        (s, e, "ORG" if label in _RELABEL and _paper_name(text[s:e]) else label)
        for s, e, label in spans
    ]


def _paper_name(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and not _PAPER_WORDS.isdisjoint(words)


def periodicals(text: str, spans: list[Span]) -> list[Span]:
    """ "the journal Ecology Letters", "published in Nature": the name is an ORG."""
    out = []
    for start, end, label in spans:
        if (
            label in _RELABEL
            and _PERIODICAL.search(text, max(0, start - 40), start)
            and not (label == "GPE" and place_kind(text[start:end]))  # "published in Oslo"
        ):
            label = "ORG"
        out.append((start, end, label))
    return out


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def acronyms_are_bodies(text: str, spans: list[Span]) -> list[Span]:
    """ "FIDE" as a WORK_OF_ART is an ORG: a work's title is no acronym."""
    return [
        (s, e, "ORG" if label == "WORK_OF_ART" and _ACRONYM.fullmatch(text[s:e]) else label)
        for s, e, label in spans
    ]


#: Academic degrees, written with or without points.
_DEGREE = re.compile(
    r"Ph\.? ?D\.?|D\.? ?Phil\.?|M\.?B\.?A\.?|B\.?Sc\.?|M\.?Sc\.?|B\.A\.|M\.A\.|LL\.?M\.?|"
    r"LL\.?B\.?|M\.?Phil\.?|Ed\.?D\.?"
)


def degrees(text: str, spans: list[Span]) -> list[Span]:
    """ "her PhD", "a Ph.D. candidate": a degree is no entity."""
    return [(s, e, label) for s, e, label in spans if not _DEGREE.fullmatch(text[s:e])]


#: Lower-case kinds of event after a name: "the Open Doors event", "the Unite Kestrel rally".
_EVENT_KIND = re.compile(rf"[\"”]? (?:{EVENT_KINDS})s?\b")


def events_by_kind(text: str, spans: list[Span]) -> list[Span]:
    """A quoted title before a lower-case kind of event names the event: EVENT."""
    return [
        (s, e, "EVENT" if label == "WORK_OF_ART" and _EVENT_KIND.match(text, e) else label)
        for s, e, label in spans
    ]


_CHANNEL = re.compile(r"\b(?:[A-Z][\w&]* )?(?:News|Channel|TV|Radio) \d{1,3}\b(?![\d,.:%])")


def numbered_channels(text: str, spans: list[Span]) -> list[Span]:
    """ "News 12 reported": the model reads the number as a count; it is the channel's name.

    >>> numbered_channels("as News 12 reported", [(8, 10, "CARDINAL")])
    [(3, 10, 'ORG')]
    """
    found = [(m.start(), m.end(), "ORG") for m in _CHANNEL.finditer(text)]
    return replace_with(spans, found) if found else spans


_HOLIDAY = re.compile(r"(?:[A-Z][\w.'’-]* ){1,3}Day")


_MONTH = "(?:" + "|".join(m.title() for m in MONTHS) + ")"
#: A day of a month, as a name the model took for an event: "the January 7 quake".
_DAY = re.compile(_MONTH + r" \d{1,2}(?:, \d{4})?|\d{1,2} " + _MONTH + r"(?: \d{4})?")


def holidays(text: str, spans: list[Span]) -> list[Span]:
    """ "Bastille Day", "Election Day": a holiday is a DATE; so is a day of a month the model
    called an event ("the January 7 quake").

    >>> holidays("at the Bastille Day parade", [(7, 19, "FAC")])
    [(7, 19, 'DATE')]
    >>> holidays("after the January 7 quake", [(10, 19, "EVENT")])
    [(10, 19, 'DATE')]
    """
    relabelled = [
        (
            s,
            e,
            "DATE"
            if label in NAME_LABELS - {"PERSON", "NORP", "LANGUAGE"}
            and (_HOLIDAY.fullmatch(text, s, e) or _DAY.fullmatch(text, s, e))
            else label,
        )
        for s, e, label in spans
    ]
    dates = [(s, e) for s, e, label in relabelled if label in {"DATE", "TIME", "EVENT"}]
    found = [
        (start, m.end(), "DATE")
        for m in _NAMED_DAY.finditer(text)
        for start in (_past_openers(text, m.start(), m.end()),)
        if _a_holiday(text[start : m.end() - 3])
        and not any(s <= start and m.end() <= e for s, e in dates)
    ]  # "the eve of Independence Day" stays one DATE
    found += [(m.start(), m.end(), "DATE") for m in _FOURTH.finditer(text)]
    return sorted(replace_with(relabelled, found)) if found else relabelled


#: The United States' holiday by its date, which the model reads as the month alone.
_FOURTH = re.compile(r"\b(?:Fourth of July|July Fourth)\b")


#: A holiday written out, whatever the model made of it: "Memorial Day", "Martin Luther King
#: Jr. Day" (not "The Day", nor a day's name before another name: "Kestrel Day School").
_NAMED_DAY = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|This|That|One|Every|Each|Next|Last) )"
    r"((?:[A-Z][\w.'’-]* ){1,4})Day\b(?! [A-Z])(?!['’]s)"
)


#: Capitalised small words that open a sentence before a holiday: "On Founders Day".
_OPENING = frozenset("On In At For By From To Since Until Before After During Of".split())


def _past_openers(text: str, start: int, end: int) -> int:
    """Where a holiday's name starts, past the small words that open its sentence."""
    while start < end and text[start:end].split(" ", 1)[0] in _OPENING:
        start += len(text[start:end].split(" ", 1)[0]) + 1
    return start


def _a_holiday(words_before: str) -> bool:
    """Not a person named Day: one given name before it ("Doris Day") is a person's name; and
    no sentence ends inside it."""
    words = words_before.split()
    if not words:
        return False
    if any(w.endswith(".") and w not in {"Jr.", "Sr.", "St."} for w in words):
        return False  # a sentence ended inside: "Anzac Day. Doris Day"
    return not (len(words) == 1 and words[0].lower() in given_names())


#: A lower-case kind of work right before its title: "the film X", "a documentary titled X".
_WORK_KIND = re.compile(
    rf"\b(?:{WORK_KINDS})(?: (?:titled|entitled|called))? [\"“]?$"
    r"|\b(?i:the|a|his|her|their|its) (?:\d{4} )?(?:box-office |surprise )?hit $"  # "the 2017 hit X"
)


def works_by_kind(text: str, spans: list[Span]) -> list[Span]:
    """A name right after a lower-case kind of work ("the film X") is a WORK_OF_ART.

    >>> works_by_kind("the film Kestrel Rising", [(9, 23, "ORG")])
    [(9, 23, 'WORK_OF_ART')]
    """
    return after_kind(text, spans, _WORK_KIND, "WORK_OF_ART", _RELABEL | {"ORG"})


def after_kind(
    text: str, spans: list[Span], kind: re.Pattern[str], label: str, relabel: set[str]
) -> list[Span]:
    """Spans labelled ``relabel`` that the ``kind`` pattern ends right before get ``label``.

    >>> after_kind("the band Tarn", [(9, 13, "PERSON")], re.compile(r"band $"), "ORG", {"PERSON"})
    [(9, 13, 'ORG')]
    """
    return [
        (s, e, label) if old in relabel and kind.search(text, max(0, s - 30), s) else (s, e, old)
        for s, e, old in spans
    ]


_KIND = re.compile(r"(?:([Tt]he|[Aa]) )?(?:daily|weekly|monthly)")
_PAPER_AFTER = re.compile(r" (?:news)?(?:paper|tabloid|magazine|journal|broadsheet)s?\b")
_SAYS_AFTER = re.compile(r" (?:reported|wrote|said|published|revealed|claimed|cited|quoted)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]) $")


def newspaper_kinds(text: str, spans: list[Span]) -> list[Span]:
    """ "the daily newspaper", "the weekly reported": a newspaper's kind, not a DATE.

    >>> newspaper_kinds("The weekly reported it; a daily paper did too.", [(0, 10, "DATE")])
    []
    """
    out = []
    for start, end, label in spans:
        m = _KIND.fullmatch(text, start, end) if label == "DATE" else None
        if m and (
            _PAPER_AFTER.match(text, end)
            or _SAYS_AFTER.match(text, end)
            and (m.group(1) or _ARTICLE_BEFORE.search(text, max(0, start - 4), start))
        ):
            continue
        out.append((start, end, label))
    return out


#: "the 2019 Kestrel Marathon": "the" (or an owner's "'s"), a year, then capitalised words
#: ending in a kind of event; "In 2019 Kestrel Marathon runners ..." is no name.
_YEAR_EVENT = re.compile(
    r"(?:(?<=\b[Tt]he )|(?<=['’]s ))(?:19|20)\d\d (?:[A-Z][\w'’&.-]* ){0,5}(?:"
    + "|".join(sorted(t.capitalize() for t in EVENT_TAILS))
    + r")\b(?! [A-Z])"
)


def years_of_events(text: str, spans: list[Span]) -> list[Span]:
    """ "the 2019 Kestrel Marathon": a year before the name of a recurring event (a marathon,
    championships, a festival) is part of that event's name, whatever the model made of them.

    >>> years_of_events("the 2019 Kestrel Marathon", [(4, 8, "DATE")])
    [(4, 25, 'EVENT')]
    """
    found = [(m.start(), m.end(), "EVENT") for m in _YEAR_EVENT.finditer(text)]
    return replace_with(spans, found) if found else spans
