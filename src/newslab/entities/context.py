"""Labels from context: the words around a name tell what it is.

People are not "in" anything and do not have spokespeople; a name beside "the boat" is a
vehicle; "Mr." and ", who" mark a person. These votes settle one label per name.
"""

from __future__ import annotations

import re

from ..lexicon import (
    BODY_WORDS,
    DETERMINERS,
    INSTITUTION_NOUNS,
    MONTHS,
    ORG_AFTER,
    ORG_HEADS,
    ORG_NOUN_BEFORE,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_TITLES,
    PLATFORMS,
    TITLES,
    VEHICLE_NOUNS,
    WEEKDAYS,
)
from ..spans import Occupancy, Span, _overlaps, replace_with
from .gazetteer import place_kind
from .people import person_name


def platforms(text: str, spans: list[Span]) -> list[Span]:
    """Social platforms named as a place of publication ("wrote on Facebook") are ORG; a
    person's name the model ran on from one ("on Twitter West accused ...") starts after it."""
    found, cut = [], []
    for name in PLATFORMS:
        for m in re.finditer(r"\b" + name + r"\b", text):
            span = (m.start(), m.end(), "ORG")
            over = [s for s in spans if _overlaps(span, s) and s[:2] != span[:2]]
            run_on = len(over) == 1 and over[0][0] == m.start() and over[0][2] == "PERSON"
            if run_on:
                cut.append(over[0])
                found.append((m.end() + 1, over[0][1], "PERSON"))
            if run_on or not over:
                found.append(span)
    kept = [s for s in spans if s[:2] not in {f[:2] for f in found} and s not in cut]
    return kept + found


#: Kinds of organisation that are no person's role ("record producer", "its operator") and no
#: kind of place ("the excavation site").
FIRM_KINDS = "|".join(
    k for k in ORG_NOUNS.split("|") if k not in {"producer", "operator", "site", "board"}
)
#: "the news agency Kestrel Wire said", "trade union Unite": a lower-case kind of
#: organisation, then a capitalised name of up to four words.
_KIND_THEN_NAME = re.compile(
    r"\b(?:"
    + FIRM_KINDS
    + r"|corporation)\s+([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})(?=['’]s\b|[\s.,;:!?)\"”]|$)"
    r"(?! [A-Z]| (?:a|an|the|of|and|for|&) [A-Z])"  # the whole name: "Who Gives a Crap"
)
_NOT_A_NAME = DETERMINERS | TITLES | set(WEEKDAYS) | set(MONTHS) | {"i"}


def named_after_kind(text: str, spans: list[Span]) -> list[Span]:
    """ "the news agency Kestrel Wire": a capitalised name right after a lower-case kind of
    organisation is an ORG, where the model found nothing there."""
    taken = Occupancy(len(text), spans)
    found = []
    for m in _KIND_THEN_NAME.finditer(text):
        words = m.group(1).split()
        while words and words[-1].lower() in _NOT_A_NAME:
            words.pop()
        if not words or words[0].lower() in _NOT_A_NAME:
            continue
        start = m.start(1)
        end = start + len(" ".join(words))
        if (
            not taken.free(start, end)
            or _TEAM_BEFORE.search(text, m.start(), start)
            and (
                person_name(text[start:end])  # "the team Ana Ruiz coaches": hers, no name
            )
        ):
            continue
        found.append((start, end, "ORG"))
    return spans + found


_TEAM_BEFORE = re.compile(r"\b(?:team|club)\s+$")
#: "the law firm X" (a capitalised "Broadcaster Piers Morgan" is a person's title).
_ORG_BEFORE = ORG_NOUN_BEFORE
#: A person's own role noun set before a name the model read as a person's ("Her publisher,
#: Kolawole Ayandipo"): the person who does it for them, no firm.
_THEIR_ROLE = re.compile(r"\b(?i:her|his|their|my|our) [a-z]+, $")
_ORG_AFTER = re.compile(r"['’]?s?\s+(?:" + ORG_AFTER + r")\b")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:"
    + "|".join(
        re.escape(t)
        for t in (
            "Mr.",
            "Mrs.",
            "Ms.",
            "Dr.",
            "Dr",
            "Mr",
            "Mrs",
            "Ms",
            "Governor",
            "Senator",
            "Judge",
            "President",
            "Minister",
            "Mayor",
            "Sen.",
            "Rep.",
            "Prof.",
            "Sir",
            "Dame",
        )
    )
    + r")|-year-old|\b(?:"
    + "|".join(sorted(t for t in PERSON_TITLES if t.isalpha() and len(t) > 3))
    + r")s?|\b(?-i:MPs?|MEPs?|MSPs?|MLAs?))\s+$"  # "met officers Ana Ruiz", "MP Ana Ruiz"
)
#: Title words that name an office or a department, not a person (", a state" is no person).
_OFFICES = frozenset(
    """
    state home federal foreign defense defence interior finance health economy trade energy
    education labor labour transport agriculture house senate crown first acting former late
    """.split()
)
_PERSON_AFTER = re.compile(
    r", (?:who\b|(?:his|her) (?:wife|husband|widow|son|daughter|mother|father|brother|sister|partner)\b|(?:the|a|an) (?:former |then[- ]|current |acting )?(?:[A-Za-z-]+\s){0,3}(?i:"
    + "|".join(re.escape(t) for t in sorted(TITLES - _OFFICES) if t.isalpha() and len(t) > 3)
    + r")\b|[A-Z][\w.]*(?: [A-Z][\w.]*)*['’]s (?:[a-z]+ )?(?:governor|president|minister|mayor|"
    r"senator|leader|spokesman|spokeswoman|chief|secretary|ambassador|representative)\b)"
)
#: A lower-case kind of land or water after a name: "the Congo basin", "the Gobi desert".
_LAND_AFTER = re.compile(
    r"\s+(?:rainforest|basin|delta|desert|jungle|glacier|peninsula|archipelago|river|valley|"
    r"lake|plateau|steppe|savannah?|estuary|lagoon|strait|gulf|coast|mountains)s?\b"
)
#: Natural places that a town's name may also name: "the Kestrel volcano", "an oil field".
_FIELD_AFTER = re.compile(r"\s+(?:volcano|crater|(?:oil|gas)\s?field)s?\b")
_ISLAND_OF = re.compile(r"\b(?:island|islands|isle|atoll) of\s+$")
#: The endings of nationality adjectives ("Nauruan", "Maltese", "Danish", "Omani", "Czech").
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ch|ic)$")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|into|across|outside|inside|entered|hit)\s+(?:the\s+)?$"
)
#: "an official in Manila, who spoke", "diverted to Hamburg, a spokeswoman said": the
#: relative or the apposition is someone else's.
_HEADED = re.compile(_LOCATIVE.pattern.replace("|into|", "|into|to|towards?|via|"))
#: A bearing from a place: "south of", "40 km (25 mi) north-west of", "just east of".
_BEARING = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?: part)? of\s+(?:the\s+)?$", re.I
)
#: A vehicle's noun in lower case ("the boat Tarn"; not the "Aircraft" of a firm's name).
_VEHICLE = re.compile(r"\b(?:" + VEHICLE_NOUNS + r"),?\s+(?:[Tt]he\s+)?$")


def gpe_index(spans: list[Span], label: str = "GPE") -> tuple[set[int], set[int]]:
    """Where spans of ``label`` start and end, for constant-time neighbour checks."""
    starts = {s for s, _, lab in spans if lab == label}
    ends = {e for _, e, lab in spans if lab == label}
    return starts, ends


def joined(text: str, span: Span, index: tuple[set[int], set[int]], gaps: tuple[str, ...]) -> bool:
    """True when ``span`` is joined by one of ``gaps`` to a span of the index."""
    start, end = span[0], span[1]
    return any(
        (text[end : end + len(gap)] == gap and end + len(gap) in index[0])
        or (text[max(0, start - len(gap)) : start] == gap and start - len(gap) in index[1])
        for gap in gaps
    )


#: Last words of a body's name: a body may be "who" too ("the Navy, who said ...").
_BODIES = BODY_WORDS | INSTITUTION_NOUNS | ORG_HEADS | ORG_WORDS | {"guard", "force", "forces"}


def titled(text: str, start: int) -> bool:
    """True when a person's title stands right before ``start`` ("Mayor ", "president Swami ").

    >>> titled("Mayor Ruiz spoke", 6), titled("The Ruiz firm", 4)
    (True, False)
    """
    before = text[max(0, start - 40) : start]
    return bool(_PERSON_BEFORE.search(before) or _TITLE_BEFORE.search(before))


#: A person's title in any case right before a name ("Swami ", "swami ", "Mayor ").
_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PERSON_TITLES, key=len, reverse=True)) + r")\.?\s+$", re.IGNORECASE
)


def context_label(
    text: str, span: Span, spans: list[Span], gpe: tuple[set[int], set[int]] | None = None
) -> str | None:
    """A label the words around a name make clear, or ``None``.

    People are not "in" or "the" anything: "in the Azores" and "at Ain Issa" are places;
    a name set beside "the boat" is a vehicle (PRODUCT); a name joined by "and" to a
    place is a place.
    """
    start, end, label = span
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if _VEHICLE.search(before):
        return "PRODUCT"
    if label in {"ORG", "PERSON", "FAC", "WORK_OF_ART"} and _BEARING.search(before):
        if text[start:end].rsplit(" ", 1)[-1].lower() not in _BODIES:
            return "GPE"  # "40 km south of Orlin": a place is what lies north of anything
    if label in {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"} and _LAND_AFTER.match(after):
        return "LOC"
    if label in {"ORG", "PERSON", "GPE", "FAC"} and (
        _FIELD_AFTER.match(after)
        or (_ISLAND_OF.search(before) and place_kind(text[start:end]) not in {"country", "state"})
    ):
        return "LOC"  # "the Tarn oil field", "the Kestrel volcano", "the island of Tarn"
    if (
        label in {"PERSON", "NORP", "GPE", "ORG"}
        and not (label == "NORP" and _DEMONYM.search(text[start:end]))
        and (_ORG_BEFORE.search(before) or _ORG_AFTER.match(after))
        and not (_TEAM_BEFORE.search(before) and person_name(text[start:end]))
        and not (label == "PERSON" and _THEIR_ROLE.search(before))
    ):  # ("the team Ana Ruiz coaches" is hers; "Her publisher, Kolawole Ayandipo," is a man)
        return "ORG"  # not a nationality before its noun: "the Nauruan website"; and a firm
        # the model saw is one for sure ("software company Red Hat")
    if (
        label in {"ORG", "NORP", "GPE"}
        and not (label == "NORP" and re.match(r" [a-z]", after))  # "a 3-year-old Syrian boy"
        and (_PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after))
        and text[start:end].split()[-1].lower() not in _BODIES  # "the Navy, who told it"
        and place_kind(text[start:end]) not in {"country", "state"}  # "in Chad, his son said"
        and not (place_kind(text[start:end]) and _HEADED.search(before))
        and " for " not in text[start:end]  # "the Kestrel Center for Arts, who ..."
    ):
        return "PERSON"
    if (
        label == "PERSON"
        and (_LOCATIVE.search(before) or re.search(r"\bthe\s+$", before))
        and not re.match(r"['’]s\b", after)  # "saw in Ana Ruiz's film"
        and not person_name(text[start:end])  # "in the Ana Ruiz film"
    ):
        return "GPE"
    places = gpe if gpe is not None else gpe_index(spans)
    if (
        label == "PERSON"
        and text[end : end + 2] == ", "
        and end + 2 in places[0]
        and not _APPOSITION.match(text, end)
    ):
        return "GPE"  # "Allen, Texas", but not "Ana Ruiz, Texas's governor"
    one_word = " " not in text[start:end]
    if label in {"PERSON", "ORG"} and one_word and joined(text, span, places, _GAPS):
        return "GPE"
    return None


_GAPS = (" and ", ", ", " or ", ", and ", ", or ")  # lists, with or without the last comma
_APPOSITION = re.compile(r", (?:[A-Z][\w.-]* ?)+['’]s\b")


def followed_by_place(
    text: str, span: Span, spans: list[Span], gpe: tuple[set[int], set[int]] | None = None
) -> bool:
    """ "Allen, Texas": a name followed by a comma and a state or country is a town."""
    end = span[1]
    starts = (gpe or gpe_index(spans))[0]
    return text[end : end + 2] == ", " and end + 2 in starts


#: "told The Verge": a capitalised "The" in mid-sentence opens a title-like name.
_MID_THE = re.compile(r"(?<=[a-z,] )The ([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2})(?![\w'’-]| [A-Z])")


def the_names(text: str, spans: list[Span]) -> list[Span]:
    """ "according to The Verge", "a report by The Atlantic", "for The Greens": a name after
    a capitalised "The" in mid-sentence is an organisation (a paper, a band, a party), unless
    the model saw a person or a work in it, or it is a place ("The Hague", "The Bahamas")."""
    found: list[Span] = []
    for m in _MID_THE.finditer(text):
        span = (m.start(1), m.end(1), "ORG")
        inside = [s for s in spans if _overlaps(s, span)]
        if place_kind(m.group(1)) or place_kind(m.group(0)):
            continue
        if all(s[:2] == span[:2] and s[2] in {"LOC", "NORP", "GPE", "ORG"} for s in inside):
            found.append(span)
    return replace_with(spans, found)
