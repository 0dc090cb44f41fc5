"""Which names name one source, and the fullest of them: the joins behind the chains.

>>> content_words("the United States Department of State")
['united', 'states', 'department', 'state']
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ..entities.aliases import acronym_fits, fold
from ..lexicon import PERSON_TITLES, POST_NOMINALS, TITLES
from .person_joins import (
    PersonIndex,
    join_middle_names,
    join_spelling_variants,
    nearest_bearer,
    one_edit,
)

__all__ = [
    "POST_NOMINALS",
    "Union",
    "chain_label",
    "chain_of_word",
    "content_words",
    "fullest",
    "join_names",
]

_BRACKETED = re.compile(r"\s*\(\s*([A-Z][\w&.'’-]{1,24})\s*\)")
_STOP = frozenset("the of and for on in at to a an & de la le du".split())


class Union:
    """Disjoint sets of name indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def join_names(text: str, names: list[tuple[int, int, str]], union: Union) -> None:
    """Join the names that refer to one source. Work is done once per distinct name, so an
    article that names one source a thousand times costs no more than one that names it
    ten times."""
    reps: dict[str, int] = {}  # folded name -> its first mention
    keys = [fold(text[s:e]).lower() for s, e, _ in names]
    for i, key in enumerate(keys):
        reps.setdefault(key, i)
    people = PersonIndex(text, names, reps)
    counts = Counter(keys)
    shared = {
        k
        for k in reps
        if " " not in k and _two_people(people.whole.get(k, []), reps[k], keys, counts)
    }
    placed: set[int] = set()
    for i, key in enumerate(keys):
        near = nearest_bearer(i, key, keys, names) if key in shared else i
        if near < i and names[i][0] - names[near][0] <= 250:
            union.join(i, near)  # two people with one surname: the one just named
            placed.add(i)
        elif i != reps[key]:
            union.join(reps[key], i)
    for key, i in reps.items():  # "Lavrov" and "Sergei Lavrov"; "Rosselló" and "Ricardo
        if names[i][2] == "PERSON" and " " not in key and i not in placed:  # Rosselló
            candidates = people.whole.get(key) or people.fuller.get(key) or people.given(key)
            if candidates:  # Nevares"; "Mohammad"
                union.join(i, candidates[0])
    join_middle_names(names, reps, people, union)
    join_spelling_variants(text, names, reps, people, union)
    mislabelled: dict[str, int] = {}  # a non-person name's last word -> that name
    for key, i in reps.items():  # not a body's name with "of" ("Court of Puerto Rico")
        if names[i][2] != "PERSON" and " " in key and not _STOP & set(key.split()):
            mislabelled.setdefault(text[names[i][0] : names[i][1]].split()[-1], i)
    for key, i in reps.items():  # "Sanders" and a mislabelled "Vermont Bernie Sanders"
        word = text[names[i][0] : names[i][1]]
        if names[i][2] == "PERSON" and " " not in key and key not in people.whole:
            if word in mislabelled:
                union.join(i, mislabelled[word])
    _join_organisations(text, names, reps, union)


def _two_people(bearers: list[int], first: int, keys: list[str], counts: Counter[str]) -> bool:
    """Two people who share a surname and are named as often as each other ("Lene Halvorsby"
    and "Bent Halvorsby"), the surname alone first used after both were named; not one
    person's two names ("Mitch" and "Mitchell Stoltz") nor a person the story is about,
    named often, and a relative it mentions ("Joe" and "Hunter Biden")."""
    if len(bearers) < 2 or first < sorted(bearers)[1]:
        return False
    firsts = [keys[i].split()[0] for i in bearers]
    if any(a != b and (a.startswith(b) or b.startswith(a)) for a in firsts for b in firsts):
        return False
    times = sorted((counts[keys[i]] for i in bearers), reverse=True)
    return times[0] == times[1] and counts[keys[bearers[0]].split()[-1]] < 6


def _join_organisations(
    text: str, names: list[tuple[int, int, str]], reps: dict[str, int], union: Union
) -> None:
    """An acronym or a bracketed alias and the long name ("WHO", "(CalFire)"); a shorter
    name made of the longer one's words; a first word that only one longer name starts with."""
    org = {"ORG", "GPE", "NORP", "FAC"}
    ends = {e: i for i, (_, e, label) in enumerate(names) if label in org}
    for i, (s, e, label) in enumerate(names):  # positions matter here: every mention
        if label not in org:
            continue
        m = _BRACKETED.match(text, e)
        alias = m.group(1) if m else ""
        if alias and (not alias.isupper() or acronym_fits(alias, text[s:e])):
            j = reps.get(fold(alias).lower())
            if j is not None:
                union.join(i, j)
        if text[e : e + 1] == ")" and re.search(r"\s*\(\s*$", text[max(0, s - 3) : s]):
            for gap in range(1, 4):  # "Long Name (LN)"
                if s - gap in ends:
                    union.join(i, ends[s - gap])
    distinct = [(text[names[i][0] : names[i][1]], i) for i in reps.values() if names[i][2] in org]
    places = {t for t, i in distinct if names[i][2] == "GPE"}
    seen = _mentions(text, names, org)
    starts: dict[str, int] = {}
    for t, _ in distinct:
        starts[t.split()[0]] = starts.get(t.split()[0], 0) + (" " in t)
    for short, i in distinct[:_PAIRS]:
        within = []
        for long, j in distinct[:_PAIRS]:
            if i == j or (names[i][2] == "GPE") != (names[j][2] == "GPE"):
                continue  # a country is not the body named after it ("US", "US Department of X")
            if short.isupper() and len(short) >= 2 and acronym_fits(short, long):
                union.join(i, j)
            elif _words_within(short, long):
                within.append((long, j))
            elif _first_word(short, long, starts, places) and _alias_after(short, long, seen):
                union.join(i, j)
        if _one_body(within):  # "Supreme Court" inside both "Ohio Supreme Court" and "United
            for _, j in within:  # States Supreme Court" is neither: two bodies stay apart
                union.join(i, j)


#: How many distinct organisation names are compared pairwise (an article has far fewer).
_PAIRS = 400


def _first_word(short: str, long: str, starts: dict[str, int], places: set[str]) -> bool:
    """ "Ford" and "Ford Motor Company", where no other name starts with that word."""
    if " " in short or not short[:1].isupper() or not long.startswith(short + " "):
        return False
    if any(w in places for w in long.split()[1:]):
        return False  # "Facebook Ireland Limited" is a branch, not "Facebook"
    return starts.get(short, 0) == 1


def _mentions(
    text: str, names: list[tuple[int, int, str]], labels: set[str]
) -> dict[str, list[int]]:
    """Where each body's name is mentioned, in reading order."""
    seen: dict[str, list[int]] = {}
    for s, e, label in names:
        if label in labels:
            seen.setdefault(text[s:e], []).append(s)
    return seen


def _alias_after(short: str, long: str, seen: dict[str, list[int]]) -> bool:
    """A short name is the longer one's short form unless the article used it on its own
    twice before the longer name first appears and the longer name adds more than a legal
    form: news gives the full name first, so "GitHub" named ten times before "GitHub Trust"
    is GitHub and the trust a body of its own, while "ABS-CBN Corporation" is ABS-CBN."""
    extra = long[len(short) :].replace(".", " ").replace(",", " ").lower().split()
    if all(w in _LEGAL_FORMS for w in extra):
        return True
    return bisect.bisect_left(seen[short], seen[long][0]) < 2


#: The words of a company's legal form (the common ISO 20275 abbreviations in English news).
_LEGAL_FORMS = frozenset(
    "inc incorporated corp corporation co company ltd limited llc plc group holdings"
    " ag sa gmbh nv bv".split()
)


def chain_of_word(word: str, names: list[str], labels: list[str]) -> int | None:
    """The one chain a lone word the model tagged nothing names: a person's surname or
    given name ("Ravi" of "Ravi Kumar Sen"), an organisation's first word ("Dorling" of
    "Dorling Group"), or a person's surname spelt one letter apart ("Nowik", "Nowak")."""
    key = fold(word).lower()
    found = {
        k
        for k, (name, label) in enumerate(zip(names, labels, strict=True))
        if " " in name
        and (
            (label == "PERSON" and key in (fold(name).lower().split()[0], _last(name)))
            or (label == "ORG" and fold(name).lower().split()[0] == key)
        )
    }
    if not found:
        found = {
            k
            for k, (name, label) in enumerate(zip(names, labels, strict=True))
            if label == "PERSON" and " " in name and one_edit(key, _last(name))
        }
    return found.pop() if len(found) == 1 else None


def _last(name: str) -> str:
    return fold(name).lower().split()[-1]


def content_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’.-]+", fold(name).lower()) if w not in _STOP]


def _one_body(longs: list[tuple[str, int]]) -> bool:
    """The longer names a short one fits are one body's (each within the longest)."""
    if not longs:
        return False
    longest = max((name for name, _ in longs), key=len)
    return all(name == longest or _words_within(name, longest) for name, _ in longs)


def _words_within(short: str, long: str) -> bool:
    """ "State Department" is made of the words of "United States Department of State"."""
    a, b = content_words(short), content_words(long)
    return 2 <= len(a) < len(b) and set(a) <= set(b) and a[-1] in b


#: The last word of a post, not of a body's name ("Coast Guard Commandant").
_POSTS = PERSON_TITLES | {"commandant", "commissioner", "chief", "director", "superintendent"}


def fullest(text: str, members: list[tuple[int, int, str]]) -> str:
    """The fullest name among a chain's names: most words, without an acronym; a person's
    name without a title or a place before it ("Senator from [Vermont] Bernie Sanders").
    Between names of as many words, the one the article writes most, then first: a
    misspelling written once does not name the chain."""
    person = chain_label(members, text) == "PERSON"
    names = [_person_words(text, s, e) if person else text[s:e].split() for s, e, _ in members]
    names = [" ".join(w) for w in names if w]
    names = [re.sub(r"(?:\s+(?:of|and|the|for|&))+$", "", n) for n in names]  # "Supreme Court of"
    uses = Counter(names)
    names = list(dict.fromkeys(names))  # once each, in reading order
    order = {n: k for k, n in enumerate(names)}
    spelled = [n for n in names if not n.isupper()] or names
    if not person:  # "Coast Guard Commandant" names a post, not the body: "Coast Guard"
        spelled = [n for n in spelled if n.split()[-1].lower() not in _POSTS] or spelled
    return max(spelled, key=lambda n: (len(n.split()), uses[n], -order[n]))


def _person_words(text: str, start: int, end: int) -> list[str]:
    words = text[start:end].split(" of ")[0].split()  # "Marc Ouellet of the Holy See"
    while len(words) > 1 and words[-1].strip(",.") in POST_NOMINALS:
        words = words[:-1]
    before = text[max(0, start - 6) : start].lower()
    if len(words) > 2 and re.search(r"\b(?:from|of|for)\s$", before):
        words = words[1:]  # "Senator from Vermont Bernie Sanders": the place is the title's
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words


def chain_label(members: list[tuple[int, int, str]], text: str) -> str:
    """PERSON where a person's name has several words or a surname ends another name (a
    name the entity layer mislabelled); else the commonest label."""
    labels = [lab for _, _, lab in members]
    names = {text[s:e] for s, e, _ in members}
    last_words = {n.split()[-1] for n in names if " " in n}
    for s, e, lab in members:
        words = text[s:e].split()
        if lab == "PERSON" and (len(words) > 1 or words[0] in last_words):
            return "PERSON"
    return max(set(labels), key=labels.count)
