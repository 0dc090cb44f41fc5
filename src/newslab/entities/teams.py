"""Teams named by their town: in a match report a place's name is the club's, an ORG (as
OntoNotes marks "Boston beat New York 3-1"), and the score beside it is a CARDINAL.

- in a match report (a word of sport: match, game, coach, league ...), a town is a team
  where the words around make it one: it has a coach, a captain or players ("Tarnby coach
  Ana Ruiz", "Kestrel Vale's forwards"), it is "played against", or a score follows it
  ("Tarnby 43–5");
- in "A defeated B", both are teams when one side is, when a score follows ("A defeated B
  32–22") or when one is a town or a city the gazetteer knows (not a country: "Russia beat
  Ukraine" is no match report);
- a team's other mentions are the team's too, except where a preposition of place puts them
  on the map ("at Tarnby", "in Tarnby": the ground);
- a name and a score after it are two spans: "Tarnby 43–5" is the team and a CARDINAL;
- a club named by a word and its town ("Slovan Kestrelby", "Dynamo Kyiv"), which the model
  reads as a person, is an ORG where the first word is no given name;
- a club named by a plural nickname on either side of such a verb ("the Tarnby Tigers beat
  the Ovel Ravens 3–1"), which the small model often misses, is an ORG, town and all.

>>> teams("Tarnby defeated Ovel 32–22 in the match.", [(0, 6, "GPE"), (16, 20, "PERSON")])
[(0, 6, 'ORG'), (16, 20, 'ORG'), (21, 26, 'CARDINAL')]
"""

from __future__ import annotations

import re

from ..spans import Span, replace_with
from .gazetteer import place_kind, place_kinds
from .given import given_names

__all__ = ["SPORT_WORDS", "teams"]

_SCORE = re.compile(r"(?<![\d–-])(\d{1,3}) ?[–-] ?(\d{1,3})(?![\d–-]|%| ?(?:per|years?|months?)\b)")
_SIDE_VERB = (
    r"defeated|defeat|defeats|beat|beats|edged|edge|thrashed|downed|overcame|outlasted|"
    r"drew with|lost to|fell to|hosted|hosts|host|played|face|faced|trailed"
)
_PAIR = re.compile(rf" (?:{_SIDE_VERB}) $")
_MEMBERS = re.compile(
    r"(?:'s?|’s?)? (?:coach|captain|skipper|players|forwards|backs|halfback|fullback|"
    r"five-eighth|hooker|winger|squad)\b"
)
_AGAINST = re.compile(r"\b(?:(?:played|match|game|win|loss|victory) against|versus|vs\.?) $")
#: Words of sport: an article with one is a match report (the timexes read them too).
SPORT_WORDS = (
    r"match|game|tries|goals?|half-?time|coach|kick-?off|league|premiership|fixture|"
    r"round \d+|season"
)
_SPORT = re.compile(rf"\b(?:{SPORT_WORDS})\b")
_GROUND = re.compile(r"\b(?:in|at|near|from|to|of) $")
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_RELABEL = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP", "ORG"})


def _team_names(text: str, spans: list[Span]) -> set[str]:
    names: set[str] = set()
    named = [sp for sp in sorted(spans) if sp[2] in _RELABEL]
    for s, e, label in named:
        name = text[s:e]
        if (_town(name) or _club(name) or label in _PLACES and place_kind(name) is None) and (
            _MEMBERS.match(text, e)
            or _AGAINST.search(text, max(0, s - 10), s)
            or _SCORE.match(text, e + 1)
            and text[e : e + 1] == " "
        ):
            names.add(name)
    for i, (s, e, _label) in enumerate(named):
        nxt = named[i + 1] if i + 1 < len(named) else None
        if nxt and _PAIR.fullmatch(text, e, nxt[0]):
            pair = {text[s:e], text[nxt[0] : nxt[1]]}
            towns = any(_town(n) or _club(n) for n in pair)
            if pair & names or _SCORE.match(text, nxt[1] + 1) or towns:
                names |= pair
    return names


def _club(name: str) -> bool:
    """ "Slovan Bratislava", "Dynamo Kyiv": a word that is no given name, then a town."""
    first, _, rest = name.partition(" ")
    return (
        bool(rest)
        and bool(place_kinds(rest) & {"town", "city"})
        and (first.lower() not in given_names())
    )


def _town(name: str) -> bool:
    """A town or a city, not a country or a state: "Russia beat Ukraine" is no match report."""
    return place_kind(name) in {"town", "city"}


#: A club by its nickname, a plural: "the Tarnby Tigers", "Ovel Ravens".
_CLUB = r"(?:[A-Z][\w'’.-]* ){0,2}[A-Z][a-z]+s"
_CLUBS = re.compile(
    rf"(?<![\w'’.-])({_CLUB}) (?:{_SIDE_VERB}) (?:the )?({_CLUB})\b(?= ?(?:\d|[,.;]|$| (?:in|at|on|by)\b))"
)


def _clubs(text: str, spans: list[Span]) -> list[Span]:
    """Clubs by their nicknames on either side of a verb of a match, in place of what the
    model made of their words."""
    found: list[Span] = []
    for m in _CLUBS.finditer(text):
        for g in (1, 2):
            start, end = m.span(g)
            if text[start:end].split()[0] in {"The", "A", "An"}:
                start += text[start:end].index(" ") + 1
            if " " in text[start:end] or _SCORE.match(text, m.end() + 1):  # "Ravens 3–1"
                found.append((start, end, "ORG"))
    return sorted(replace_with(spans, found)) if found else spans


def teams(text: str, spans: list[Span]) -> list[Span]:
    """Places that are teams in a match report become ORG; scores after them CARDINAL."""
    if not _SPORT.search(text) and not re.search(
        rf" (?:{_SIDE_VERB}) .{{3,60}}? {_SCORE.pattern}", text
    ):
        return spans
    spans = _clubs(text, spans)
    names = _team_names(text, spans) | {text[s:e] for s, e, label in spans if label == "ORG"}
    if not names:
        return spans
    out: list[Span] = []
    for s, e, label in spans:
        name = text[s:e]
        m = re.fullmatch(r"(.+?) (\d{1,3} ?[–-] ?\d{1,3})", name)
        if m and (m.group(1) in names or "–" in name):  # "Caboolture 43–5" read as one name
            out += [(s, s + len(m.group(1)), "ORG"), (s + m.start(2), e, "CARDINAL")]
            continue
        team = name in names and label in _RELABEL
        if team and not (label in _PLACES and _GROUND.search(text, max(0, s - 5), s)):
            label = "ORG"
        out.append((s, e, label))
    taken = [(s, e) for s, e, _ in out]
    for m in _SCORE.finditer(text):  # "won 32–22": the score the model left out
        before = text[max(0, m.start() - 12) : m.start()]
        if re.search(
            r"(?:\bwon|\blost|\bdrew|\bbeat\w*|\bdefeat\w*|[A-Za-z]) $", before
        ) and not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.start(), m.end(), "CARDINAL"))
    return sorted(out)
