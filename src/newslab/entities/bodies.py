"""Names of public bodies kept whole, where the model cuts them at a place's name.

- A country's or a state's name before a body's name is part of it: "[Kestrelia House of
  Delegates]", "[Ruritania District Court for the Northern District]", "[U.S. Energy
  Department]" are one ORG each (the model gives a GPE and a piece of the body, or nothing);
  a title after the body stays outside ("... District Court] Judge Ana Sol"), and so does a
  government ("the [Ruritania] Government", as OntoNotes marks it); a people's adjective
  before "Government" or "State" is a NORP alone ("the [Ruritanian] Government commissioner",
  "[Ruritanian] State institutions").
- A country after a body's name is part of it: "[Kestrel News Norway]", "[RTK Albania]" (a
  broadcaster's or a company's branch in that country), not "told RTK Albania's ...".
- A body's name the model missed altogether, capitalised words ending in a body's head
  ("[Kestrel Fire and Rescue Service] were called", often at a sentence's start) is an ORG.
- A campus after its university's name is part of it: "[University of Kestrel at Tarn]",
  "[University of Kestrel, Tarn]" (a town after a comma), "[Royal Naval College, Dunmore]".
- A region joined to a body's place by "and the" is part of the name: "[Islamic Emirate of
  Kestrel and the Levant]", where the model stops at the first place; so is a second place
  the gazetteer knows after "and" ("[Port Authority of New York and New Jersey]").

>>> text = "the Maryland House of Delegates voted"
>>> place_and_body(text, [(4, 12, "GPE")])
[(4, 31, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import BODY_WORDS, INSTITUTION_NOUNS, ORG_HEADS, TITLES
from ..spans import Span, replace_with
from .gazetteer import place_kind

__all__ = [
    "bodies_for",
    "body_and_country",
    "campuses",
    "missed_bodies",
    "place_and_body",
    "regions_in_names",
]

#: Head words of bodies that a place's name may open ("House", "Court", "Department").
_HEADS = (ORG_HEADS | INSTITUTION_NOUNS | BODY_WORDS | {"house", "service", "guard"}) - {
    "government",
    "administration",
    "cabinet",
    "campaign",
    "opposition",
    "coalition",
    "alliance",
    "military",
    "prosecution",
    "defence",
    "defense",
    "inquiry",
    "party",
    "bureau",
    "office",
}
_WORD = re.compile(r"[A-Z][\w'’.&-]*")
_SMALL = frozenset({"of", "for", "on", "the"})
_STATES = frozenset({"country", "state"})
_GOVERNMENT = re.compile(r"(.+) [Gg]overnment")
#: "Ruritanian Government", "Kestrelese State": a people's adjective and a generic body.
_PEOPLE_BODY = re.compile(r"([A-Z][a-z]+(?:an|ese|ish|ch|i)) (?:[Gg]overnment|State)")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


def place_and_body(text: str, spans: list[Span]) -> list[Span]:
    """ "[Maryland House of Delegates]": a country or state (one the gazetteer knows) and the
    body after it, one ORG."""
    starts = {s: e for s, e, label in spans}
    peoples = {s for s, _, label in spans if label == "NORP"}
    found: list[Span] = []
    for start, end, label in spans:
        m = _GOVERNMENT.fullmatch(text, start, end) if label == "ORG" else None
        if m and (place_kind(m.group(1)) in _STATES or _ABBREVIATION.fullmatch(m.group(1))):
            found.append((start, m.end(1), "GPE"))  # "the [UK] Government"
        m = _PEOPLE_BODY.fullmatch(text, start, end) if label == "ORG" else None
        if m and not place_kind(m.group(1)):
            found.append((start, m.end(1), "NORP"))  # "the [Ruritanian] Government"
        name = text[start:end]
        if not (
            (label in {"GPE", "ORG"} and place_kind(name) in _STATES)
            or (label == "GPE" and _ABBREVIATION.fullmatch(name))  # "US", "U.K."
        ):
            continue
        stop = _body_after(text, end)
        if stop and not any(
            end < i < stop for i in peoples
        ):  # "... Republican Senate"  # a name the model found that reaches further stays whole
            stop = max([stop] + [starts[i] for i in range(end + 1, stop) if i in starts])
            found.append((start, stop, "ORG"))
    return replace_with(spans, found) if found else spans


def body_and_country(text: str, spans: list[Span]) -> list[Span]:
    """ "[Kestrel News Norway] reported": an organisation's name and the country right after
    it, one ORG (the model gives the ORG and a GPE). Not where the country opens a longer
    name ("RTK [Albania Television]") or owns what follows ("RTK Albania's").

    >>> body_and_country("as RTK Albania reported", [(3, 6, "ORG"), (7, 14, "GPE")])
    [(3, 14, 'ORG')]
    """
    by_start = {s: (e, label) for s, e, label in spans}
    found: list[Span] = []
    for start, end, label in spans:
        nxt = by_start.get(end + 1)
        if label != "ORG" or nxt is None or nxt[1] != "GPE" or text[end : end + 1] != " ":
            continue
        stop = nxt[0]
        after = text[stop : stop + 3]
        if place_kind(text[end + 1 : stop]) != "country" or len(text[start:end].split()) > 3:
            continue
        if after[:1] in {"'", "’", "-"} or (after[:1] == " " and after[1:2].isupper()):
            continue
        found.append((start, stop, "ORG"))
    return replace_with(spans, found) if found else spans


def _body_after(text: str, end: int) -> int | None:
    """Where a body's name written right after ``end`` ends: a head among its first three
    words, then an "of"/"for" tail of capitalised words; ``None`` for no body there."""
    if text[end : end + 1] != " ":
        return None
    pos, last, head, tail = end + 1, None, False, False
    for i, raw in enumerate(text[end + 1 : end + 160].split("\n")[0].split(" ")):
        word = raw.rstrip(",;:!?)\"”’'.")
        low = word.lower()
        if low in _SMALL and head:
            tail = True
        elif not _WORD.fullmatch(word) or (head and low in TITLES - _HEADS):
            break  # "... District Court] Judge Ana Sol"
        elif low in _HEADS and (i < 3 or tail):
            head, last = True, pos + len(word)
        elif tail:
            last = pos + len(word)
        elif head or i >= 2:
            break  # "[Kestrelia Senate] Majority Leader"
        if word != raw:
            break  # punctuation ends the name
        pos += len(raw) + 1
    return last


_CAMPUS = re.compile(r"(?P<at> at |, )([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\b(?! [A-Z]|,? [A-Z])")
#: A school named with its town after a comma: "University of Kestrel, Tarn", "Royal
#: Naval College, Dunmore" (a town the gazetteer knows, not a country or a state).
_SCHOOL = re.compile(r"University of |.* (?:University|Academy|College)$")


def campuses(text: str, spans: list[Span]) -> list[Span]:
    """ "University of Kestrel" + " at Tarn": the campus belongs to the university's name."""
    found: list[Span] = []
    for start, end, label in spans:
        m = _CAMPUS.match(text, end) if label == "ORG" else None
        if not m or not _SCHOOL.match(text[start:end]):
            continue
        kind = place_kind(m.group(2))
        if kind if m.group("at") == " at " else kind in {"town", "city"}:
            found.append((start, m.end(), "ORG"))
    return replace_with(spans, found) if found else spans


def regions_in_names(text: str, spans: list[Span]) -> list[Span]:
    """ "[Islamic Emirate of Kestrel]" + " and the " + "[Levant]", "[Port Authority of Tarn]"
    + " and " + "[North Kestrel]" (places both): one ORG."""
    by_start = {s: (s, e, label) for s, e, label in spans}
    found: list[Span] = []
    for start, end, label in spans:
        gap = re.match(r" and (?:the )?", text[end : end + 9])
        nxt = by_start.get(end + gap.end()) if gap else None
        last = re.search(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)$", text[start:end])
        if (
            nxt
            and last
            and nxt[2] in {"GPE", "LOC"}
            and (
                label == "ORG"
                and gap.group(0) == " and the "
                and " " not in text[nxt[0] : nxt[1]]
                or label in {"ORG", "FAC"}
                and any(w.lower() in _HEADS for w in text[start:end].split()[:3])
                and place_kind(last.group(1)) is not None
                and place_kind(text[nxt[0] : nxt[1]]) is not None
            )
            and not re.match(r"[ ]?[A-Z]", text[nxt[1] : nxt[1] + 2])
        ):
            found.append((start, nxt[1], "ORG"))
    return replace_with(spans, found) if found else spans


#: Capitalised words (with "and", "of", "for" between) ending in the head of a body's name.
_MISSED_BODY = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’&-]*\s(?:(?:(?:and|of|for|the)\s)*(?:[A-Z][\w'’&-]*|\d{1,4})\s){0,4}"
    r"(?:Service|Police|Council|Agency|Authority|Commission|Department|Ministry|Institute|"
    r"University|Association|Foundation|Brigade|Trust|Society|Committee|Federation|Project|"
    r"Herald|Gazette|Tribune|Chronicle|Courier|Observer|Telegraph|Times|Post|Journal|"
    r"Tribunal|Court|Bureau|Fund|Board|Academy|Directorate|Inspectorate)\b"
    r"(?![ -][A-Z])"  # the whole name: not "Kestrel Times Square", "Post Office"
)
#: Capitalised words that open a sentence, not a name ("On Police reform", "The Kestrel ...").
_NOT_FIRST = frozenset(
    "The A An This That These Those Its Their His Her On In At For From With By To Of As If "
    "When While After Before During Under Over About Around Nearly Some Almost Only Just "
    "Up More".split()
)


def missed_bodies(text: str, spans: list[Span]) -> list[Span]:
    """ "North Kestrel Fire and Rescue Service were called": a body's name the model did not
    see at all is an ORG (places inside it give way; any other entity there stops the rule).

    >>> missed_bodies("Kestrel Fire and Rescue Service were called.", [(0, 7, "GPE")])
    [(0, 31, 'ORG')]
    """
    found: list[Span] = []
    for m in _MISSED_BODY.finditer(text):
        start, end = m.span()
        first = text[start:end].split()[0]
        if first in _NOT_FIRST:
            start += len(first) + 1
        inside = [sp for sp in spans if sp[0] < end and start < sp[1]]
        if (
            " and the " in text[start:end]  # two names: "the Kestrel Bulletin and the Tarnby ..."
            or text[start].isdigit()
            or len(text[start:end].split()) < 2
            or any(
                sp[2] not in {"GPE", "NORP", "LOC", "CARDINAL", "PERSON"}
                or sp[0] < start
                or sp[1] > end
                for sp in inside
            )
        ):
            continue
        found.append((start, end, "ORG"))
    return replace_with(spans, found) if found else spans


#: A body's head, then "for" and what it works for: "Center for Rural Housing", "Alliance
#: for Clean Rivers", "Ushuaia Institute for Polar Studies".
#: Heads that continue with "for" (lexicon.ORG_HEADS), and a few that only do so in names.
_FOR_HEADS = (
    "(?:"
    + "|".join(sorted(w.capitalize() for w in ORG_HEADS | {"campaign", "network", "partnership"}))
    + ")"
)
_TAIL_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)\w+)?"  # "O'Neill", not "Kestrelia's"
_HEAD_FOR = re.compile(
    rf"(?<![\w'’.–-])((?:[A-Z][\w'’&–-]*\s){{0,3}}){_FOR_HEADS}\sfor\s(?:the\s)?{_TAIL_WORD}"
    rf"(?:\s(?:(?:and|of|&)\s(?!(?:the\s)?{_FOR_HEADS}\b))?{_TAIL_WORD}){{0,5}}"
)
#: A past-tense verb opening a sentence, in the inverted "Remarked X: ..." of some writers.
_OPENING_VERB = re.compile(r"[A-Z][a-z]+ed\s")


def bodies_for(text: str, spans: list[Span]) -> list[Span]:
    """ "the Alliance for Clean Rivers": a body's head, "for" and capitalised words are one
    ORG, whatever the model cut of it ("Center" and "Biological Diversity" apart).

    >>> bodies_for("the Alliance for Clean Rivers sued", [(18, 29, "ORG")])
    [(4, 29, 'ORG')]
    """
    found: list[Span] = []
    for m in _HEAD_FOR.finditer(text):
        start, end = m.span()
        lead = m.group(1)
        owner = re.search(r"['’]s\s", lead)
        named = _owner(text, spans, start, start + owner.start()) if owner else None
        if owner:  # "Kestrel University's Institute for X": the owner is a name of its own
            start, lead = start + owner.end(), lead[owner.end() :]
        if re.search(r"['’]s$", text[start:end]):
            end -= 2
        opens = start == 0 or text[start - 1] == "\n" or text[max(0, start - 2) : start] == ". "
        if lead and (lead.split()[0] in _NOT_FIRST or opens and _OPENING_VERB.match(lead)):
            start += len(lead.split()[0]) + 1
        if any(
            sp[0] < end and start < sp[1] and sp[1] > end and not text.startswith(" and ", end)
            for sp in spans
        ):
            continue  # a longer name runs on past it (not two bodies joined by "and")
        found += [named, (start, end, "ORG")] if named else [(start, end, "ORG")]
    return replace_with(spans, found) if found else spans


def _owner(text: str, spans: list[Span], start: int, end: int) -> Span:
    """The owner before a body's name, with the label the model gave it or its kind's."""
    same = [(s, e, label) for s, e, label in spans if s <= start and e in (end, end + 2)]
    if same:  # the model's name, from its first word ("Imperial College London['s]")
        return (same[0][0], end, same[0][2])
    return (start, end, "GPE" if place_kind(text[start:end]) else "ORG")
