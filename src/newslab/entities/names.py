"""Names through the article: one label per name, later mentions (acronyms and aliases are
:mod:`.aliases`'s, the fullest name of each mention :mod:`.canonical`'s).

>>> one_label_per_name("Ana Sol met Sol.", [(0, 7, "PERSON"), (12, 15, "ORG")])
[(0, 7, 'PERSON'), (12, 15, 'PERSON')]
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import EVENT_HEADS
from ..spans import NAME_LABELS, Occupancy, Span, drop_contained
from . import context
from .aliases import acronym_fits, acronyms, fold
from .gazetteer import place_kind
from .people import WIDELY_GIVEN, given_names, person_name

__all__ = [
    "acronym_fits",
    "acronyms",
    "couples",
    "extend_given_names",
    "fold",
    "hyphenated_surnames",
    "one_label_per_name",
    "split_coordinated",
    "propagate_names",
]


def _surname_keys(text: str, spans: list[Span]) -> dict[str, str]:
    """Word suffixes of multi-word PERSON names -> PERSON ("Lavrov", "Berman Jackson")."""
    keys: dict[str, str] = {}
    for s, e, label in spans:
        words = text[s:e].split()
        if label == "PERSON" and len(words) > 1:
            for k in range(1, len(words)):
                if not words[k].isupper():
                    keys[" ".join(words[k:])] = "PERSON"
                    keys.setdefault(words[k], "PERSON")  # "Vázquez" of "Wanda Vázquez Garced"
        elif label == "EVENT" and len(words) > 1 and words[0].lower() in EVENT_HEADS:
            keys.setdefault(" ".join(words[1:]), "EVENT")
    return keys


def split_coordinated(text: str, spans: list[Span]) -> list[Span]:
    """ "Coles and Woolworths" as one span, where the article names each alone elsewhere, is
    two names, each with the label it has there (names of as many words each)."""
    alone: dict[str, Counter[str]] = {}
    for s, e, label in spans:
        if label in NAME_LABELS:
            alone.setdefault(text[s:e], Counter())[label] += 1
    out: list[Span] = []
    for s, e, label in spans:
        parts = text[s:e].split(" and ")
        body = len(parts) == 2 and label == "ORG" and _HEAD_OF.search(parts[0])
        right_place = body and alone.get(parts[1], Counter()).keys() & {"GPE", "LOC"}
        if body and not right_place and (parts[1] in alone or person_name(parts[1])):
            # "Department of Energy and Kestrel Motors", "... of Justice and Ana Ruiz"; not
            # "Port Authority of Kestrel and Tarnia", where the second place is the name's
            cut = s + len(parts[0])
            out.append((s, cut, label))
            right = alone.get(parts[1], Counter({"PERSON": 1}))
            out.append((cut + 5, e, right.most_common(1)[0][0]))
        elif (
            label in NAME_LABELS
            and len(parts) == 2
            and all(p in alone for p in parts)
            and parts[0].count(" ") == parts[1].count(" ")  # not "Rogaland Fire and Rescue"
        ):
            cut = s + len(parts[0])
            out.append((s, cut, alone[parts[0]].most_common(1)[0][0]))
            out.append((cut + 5, e, alone[parts[1]].most_common(1)[0][0]))
        else:
            out.append((s, e, label))
    return out


#: A body's head and "of" before a capitalised word: "Department of Energy".
_HEAD_OF = re.compile(r"^(?:[A-Z][\w'’-]* )*[A-Z][\w'’-]* of (?:the )?[A-Z]")


def one_label_per_name(text: str, spans: list[Span]) -> list[Span]:
    """Every mention of a name gets the same label: a surname or a given name of a PERSON
    is a PERSON, otherwise the label the name has most often in the article (the first on a tie)."""
    surnames = _surname_keys(text, spans)
    given = {
        text[s:e].split()[0] for s, e, label in spans if label == "PERSON" and " " in text[s:e]
    }
    gpe = context.gpe_index(spans)
    votes: dict[str, Counter[str]] = {}
    firms: set[str] = set()  # names the words around call an organisation ("law firm X")
    for span in spans:
        s, e, label = span
        if label in NAME_LABELS:
            strong = context.context_label(text, span, spans, gpe)
            weight = 3 if strong else 1 + (len(text[s:e].split()) > 1)
            votes.setdefault(text[s:e], Counter())[strong or label] += weight
            if strong == "ORG":
                firms.add(text[s:e])
    for s, e, label in spans:  # "Swami Ruiz": a name after a person's title is a person's
        if label == "PERSON" and " " not in text[s:e] and context.titled(text, s):
            surnames[text[s:e]] = "PERSON"
    surnames = _not_firms(text, _not_places(text, surnames, votes), votes, spans)
    out = _settle(text, spans, votes, surnames, given, gpe, firms)
    orgs = context.gpe_index(out, "ORG")
    for span in out:  # "Woolworths and Coles": by the labels just settled
        name = text[span[0] : span[1]]
        if span[2] == "PERSON" and " " not in name and context.joined(text, span, orgs, _AND):
            votes[name]["ORG"] += 3
    surnames = {**_surname_keys(text, out), **surnames}  # and the people just settled
    surnames = _not_firms(text, _not_places(text, surnames, votes), votes, spans)
    return _settle(text, spans, votes, surnames, given, gpe, firms)


def _not_places(
    text: str, surnames: dict[str, str], votes: dict[str, Counter[str]]
) -> dict[str, str]:
    """ "Make Kestrelton" read as a person makes no surname of a city the article places
    ("in Kestrelton"), where the model calls it a place more often than a person."""
    return {
        k: v
        for k, v in surnames.items()
        if not (
            k in votes
            and votes[k]["GPE"] + votes[k]["LOC"] > votes[k]["PERSON"]
            and place_kind(k) in _LARGE
            and re.search(r"\b(?:in|near|outside|across|throughout) " + re.escape(k) + r"\b", text)
        )
    }


_LARGE = frozenset({"continent", "country", "state", "city"})


def _not_firms(
    text: str, surnames: dict[str, str], votes: dict[str, Counter[str]], spans: list[Span]
) -> dict[str, str]:
    """ "William Ford" makes no surname of a firm the article names after him ("Ford Motor
    Company", "Ford Australia") where the model reads the word alone as the firm more often."""
    firsts = {text[s:e].split()[0] for s, e, label in spans if label == "ORG" and " " in text[s:e]}
    firm = {k for k in firsts & set(votes) if votes[k]["ORG"] > votes[k]["PERSON"]}
    return {k: v for k, v in surnames.items() if k not in firm}


_AND = (" and ", " or ")


def _settle(
    text: str,
    spans: list[Span],
    votes: dict[str, Counter[str]],
    surnames: dict[str, str],
    given: set[str],
    gpe: tuple[set[int], set[int]],
    firms: set[str],
) -> list[Span]:
    owners: dict[str, set[str]] = {}
    for s, e, label in spans:
        if label == "PERSON" and " " in text[s:e]:
            owners.setdefault(text[s:e].split()[-1], set()).add(text[s:e])
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if label == "DATE" and surnames.get(name) == "PERSON" and name.istitle():
            label = "PERSON"  # "Day" of "Doris Day" alone, read as a date
        if label in NAME_LABELS:
            own = label
            town = surnames.get(name) and context.followed_by_place(text, (s, e, label), spans, gpe)
            label = "GPE" if town else surnames.get(name) or votes[name].most_common(1)[0][0]
            person = own == "PERSON" or (votes[name]["PERSON"] and name not in firms)
            if label == "ORG" and person and person_name(name):
                label = "PERSON"  # "Ada Quist's spokesperson": a person's, not a body's
            if name in given and label != "NORP" and name[0].isupper() and not place_kind(name):
                label = "PERSON"  # "Jamal", after "Jamal Khashoggi"
            if (
                label == "ORG"
                and len(name.split()) > 1
                and name.split()[-1] in surnames
                and (name not in firms or owners.get(name.split()[-1], {name}) - {name})
            ):
                label = "PERSON"  # a person's surname ends it (its own, unless "law firm X")
            if (
                label != "PERSON"
                and " " not in name
                and surnames.get(name[:-1])
                and name[-1] == "s"
            ):
                label = "PERSON"  # "the Turpins", a family
        out.append((s, e, label))
    return out


def extend_given_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Elijah Eugene" + "Cummings": a surname found alone takes back the given names
    written before it, when the first of them is that person's known first name."""
    firsts = {}
    for s, e, label in spans:
        words = text[s:e].split()
        if label == "PERSON" and len(words) > 1:
            firsts.setdefault(words[-1], set()).add(words[0])
    out = []
    for s, e, label in spans:
        m = re.search(r"([A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)? $", text[max(0, s - 40) : s])
        if label == "PERSON" and m and m.group(1) in firsts.get(text[s:e], ()):
            s = max(0, s - 40) + m.start()
        out.append((s, e, label))
    return drop_contained(out)


def propagate_names(text: str, spans: list[Span]) -> list[Span]:
    """Find the mentions the model missed of names it found elsewhere in the article."""
    names = {text[s:e]: label for s, e, label in spans if label in NAME_LABELS}
    names.update({k: v for k, v in _surname_keys(text, spans).items() if k not in names})
    taken = Occupancy(len(text), spans)
    found: list[Span] = []
    order = {
        name: k
        for k, name in enumerate(names)
        if (len(name) >= 3 or len(name) == 2 and name.isupper()) and name[0].isupper()
    }  # "AU" and "EU" are names; "Al" is not
    if not order:
        return spans
    # one pass over the text finds where any name is written (not one pass a name); there,
    # every name written at that place counts, taken in the order the article gave them
    pattern = "|".join(re.escape(n) for n in sorted(order, key=len, reverse=True))
    by_initial: dict[str, list[str]] = {}
    for name in order:
        by_initial.setdefault(name[0], []).append(name)
    hits = [
        (order[name], m.start(), m.start() + len(name))
        for m in re.finditer(rf"(?<![\w&.-])(?=(?:{pattern})(?![\w&-]|\.\w))", text)
        for name in by_initial[text[m.start()]]
        if text.startswith(name, m.start()) and _ends_a_name(text, m.start() + len(name))
    ]
    for _, start, end in sorted(hits):
        if taken.free(start, end):
            taken.take(start, end)
            found.append((start, end, names[text[start:end]]))
    return spans + found


def _ends_a_name(text: str, end: int) -> bool:
    """No word goes on at ``end``: no letter, "&" or hyphen, and no dot before a letter."""
    return not re.match(r"[\w&-]|\.\w", text[end : end + 2])


#: The rest of a hyphenated word after a name ("Chan" + "-o-cha").
_HYPHENATED = re.compile(r"(?:-[^\W\d_]+)+")


def hyphenated_surnames(text: str, spans: list[Span]) -> list[Span]:
    """A surname the model cut at a hyphen ("[Chan]-o-cha") is the whole word, where the
    article gives that word in a person's full name ("Prayut Chan-o-cha"); "Ruiz-led" stays
    cut, since no name has it.

    >>> hyphenated_surnames("Ana Ki-o-ra spoke; Ki-o-ra left.", [(0, 11, "PERSON"), (19, 21, "PERSON")])
    [(0, 11, 'PERSON'), (19, 26, 'PERSON')]
    """
    words = {w for s, e, label in spans if label == "PERSON" for w in text[s:e].split()}
    out: list[Span] = []
    for start, end, label in spans:
        m = _HYPHENATED.match(text, end) if label == "PERSON" else None
        word = text[start:end].split()[-1] + m.group() if m else ""
        out.append((start, m.end(), label) if m and word in words else (start, end, label))
    return out


_COUPLE = re.compile(r"(?:^|[^\w'’-] ?)([A-Z][^\W\d_]+) and $")


def couples(text: str, spans: list[Span]) -> list[Span]:
    """ "Mara and Tomas Vell": a widely given name before "and" and a person's two-word name
    names a couple who share the surname, one PERSON (as the gold has it), when nobody in the
    article bears that first word as a surname and it is no country.

    >>> couples("Mara and Tomas Vell drove", [(0, 4, "GPE"), (9, 19, "PERSON")])
    [(0, 19, 'PERSON')]
    """
    surnames = {text[s:e].split()[-1] for s, e, label in spans if label == "PERSON"}
    out = []
    for s, e, label in spans:
        m = _COUPLE.search(text, max(0, s - 30), s) if label == "PERSON" else None
        first = m.group(1) if m else ""
        before = text[max(0, s - 60) : m.start(1)].split()[-1:] if m else []
        if (
            m
            and text[s:e].count(" ") == 1
            and person_name(text[s:e])
            and given_names().get(first.lower(), ("", 0))[1] >= WIDELY_GIVEN
            and first not in surnames
            and place_kind(first) not in {"country", "continent"}
            and not (before and before[0][:1].isupper() and not before[0].endswith("."))
        ):
            s = m.start(1)  # not "Ana Ruiz and Tomas Vell": "Ruiz" is a surname
        out.append((s, e, label))
    return drop_contained(out)
