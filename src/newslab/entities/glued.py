"""Two names the model glued into one span: "[Twitter the Federal Aviation Administration]"
(after "announced on Twitter the FAA and ... were to investigate") is two organisations;
"[Tomsk in Siberia]" is a town and its region; "[De Vries/Okafor]", a ticket written with a
slash, is two people where the article names each ("Anna De Vries", "Ben Okafor"), and any two
names with a slash between are two where the article writes each alone too; "[Tarn
Party, Vell Party]", two names with one head word listed with a comma, is two; so are "[Ana
Ruiz as Stormwren]", a person and the part she plays, and "[Tarvotube channel Kestrelphile]",
a platform and the channel on it.

>>> glued_names("on Twitter the Kestrel Agency said", [(3, 29, "ORG")])
[(3, 10, 'ORG'), (15, 29, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import BODY_WORDS, INSTITUTION_NOUNS, ORG_HEADS, ORG_WORDS
from ..spans import NAME_LABELS, Span
from .gazetteer import place_kind, place_label
from .people import given_names, person_name

__all__ = ["counts_before_times", "glued_names", "slashed_names"]

#: A name, "the" and a name: no "of", "for", "and" before the "the" ("Bank of the West").
_THE = re.compile(r"([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*) the ([A-Z][\w'’.&-]*(?: [\w'’.&-]+)*)")
_SLASH = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*) ?/ ?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)"
)
#: Two names with the same head word, listed with a comma: "Prohibition Party, Reform Party".
_LISTED = re.compile(r"((?:[A-Z][\w'’.-]* )+)([A-Z][a-z]+), ((?:[A-Z][\w'’.-]* )+)([A-Z][a-z]+)")
#: A name, "as" and a name: "Ana Ruiz as Stormwren" (a part played, a role held).
_AS = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*) as ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)")
#: A platform, a kind of outlet on it and its name: "YouTube channel Kestrelphile".
_CHANNEL = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) (?:channel|account|page|podcast) ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)"
)
_IN = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) in ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


def glued_names(text: str, spans: list[Span]) -> list[Span]:
    """Split a name the model ran over a "the" before a body's name, or over "in" after a town
    the gazetteer knows ("Tomsk in Siberia": the town GPE, the region a place by its kind), or
    over a slash between two people the article names."""
    people = _people(text, spans)
    out: list[Span] = []
    for s, e, label in spans:
        whole = text[s:e]
        slash = _SLASH.fullmatch(whole) if label in NAME_LABELS else None
        if slash is not None and {slash.group(1), slash.group(2)} <= people:
            out += [(s, s + slash.end(1), "PERSON"), (s + slash.start(2), e, "PERSON")]
            continue
        listed = _LISTED.fullmatch(whole) if label in NAME_LABELS else None
        if listed is not None and listed.group(2) == listed.group(4):  # "X Party, Y Party"
            out += [(s, s + listed.end(2), label), (s + listed.start(3), e, label)]
            continue
        played = _AS.fullmatch(whole) if label in NAME_LABELS else None
        if played is not None:  # "Ana Ruiz as Stormwren": a person and a part, each a PERSON
            actor = played.group(1)
            known = (
                actor in people or person_name(actor) or actor.split()[0].lower() in given_names()
            )
            first = "PERSON" if known and " " in actor else label
            second = "PERSON" if first == "PERSON" else label
            out += [(s, s + played.end(1), first), (s + played.start(2), e, second)]
            continue
        channel = _CHANNEL.fullmatch(whole) if label in NAME_LABELS else None
        if channel is not None:  # "YouTube channel Kestrelphile": the site and the channel
            out += [(s, s + channel.end(1), "ORG"), (s + channel.start(2), e, "ORG")]
            continue
        the = _THE.fullmatch(whole) if label in NAME_LABELS else None
        within = _IN.fullmatch(whole) if label in NAME_LABELS else None
        if the is not None and _a_body(the.group(2)):
            out += [(s, s + the.end(1), label), (s + the.start(2), e, label)]
        elif within is not None and place_kind(within.group(1)) in {"city", "town"}:
            first, second = within.group(1), within.group(2)
            out.append((s, s + within.end(1), place_label(first) or "GPE"))
            out.append((s + within.start(2), e, place_label(second) or "LOC"))
        else:
            out.append((s, e, label))
    return out


def _a_body(name: str) -> bool:
    """A body's name after the "the": two words or more ending in a body's word ("Federal
    Aviation Administration", "Democratic Party"); not a title's last words ("Buffy the
    Vampire Slayer", "Stop the Steal")."""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in ORG_HEADS | ORG_WORDS | INSTITUTION_NOUNS | BODY_WORDS


def _people(text: str, spans: list[Span]) -> set[str]:
    """The people an article names, whole and by the surname after their given name ("De
    Vries" of "Anna De Vries")."""
    names: set[str] = set()
    for s, e, label in spans:
        if label == "PERSON" and "/" not in text[s:e]:
            words = text[s:e].split()
            names |= {" ".join(words[i:]) for i in range(len(words))}
    return names


def slashed_names(text: str, spans: list[Span]) -> list[Span]:
    """ "[Tarvo/Pelican Enterprise Linux]": two names with a slash between, each of which the
    article also writes alone, are two names (each then labelled as its own mentions are).

    >>> slashed_names("Tarvo/Pelican OS. Tarvo and Pelican OS", [(0, 16, "ORG")])
    [(0, 5, 'ORG'), (6, 16, 'ORG')]
    """
    out: list[Span] = []
    for s, e, label in spans:
        slash = _SLASH.fullmatch(text[s:e]) if label in NAME_LABELS else None
        if slash is not None and all(text.count(n) > 1 for n in slash.groups()):
            out += [(s, s + slash.end(1), label), (s + slash.start(2), e, label)]
        else:
            out.append((s, e, label))
    return out


#: A count that opens a time after a name: "by Red Hat [7 or 8 years ago]".
_COUNT_OF_TIME = re.compile(
    r" (\d{1,3})(?=(?: (?:or|to) \d{1,3}|[-–]\d{1,3})? (?:years?|months?|weeks?|days?|hours?)\b)"
)
_BETWEEN = re.compile(r"(?: (?:or|to) |[-–]| )?")


def counts_before_times(text: str, spans: list[Span]) -> list[Span]:
    """A name the model ran over the count that opens a time after it ("acquired by Kestrel
    Labs 7 or 8 years ago"): the name without it, the count joined to the date that follows.

    >>> counts_before_times("by Kestrel Labs 7 or 8 years ago", [(3, 17, "ORG"), (21, 32, "DATE")])
    [(3, 15, 'ORG'), (16, 32, 'DATE')]
    """
    counts: dict[int, int] = {}  # where a date may start -> where its count starts
    out: list[Span] = []
    for s, e, label in spans:
        i = text.rfind(" ", s, e)
        m = _COUNT_OF_TIME.match(text, i) if label in NAME_LABELS and i > s else None
        if m is None or m.end() != e:
            out.append((s, e, label))
            continue
        out.append((s, i, label))
        joint = _BETWEEN.match(text, e)
        counts[joint.end() if joint else e] = m.start(1)
    joined = []
    for s, e, label in out:
        if label == "DATE" and s in counts:
            s = counts.pop(s)
        joined.append((s, e, label))
    return sorted(joined)
