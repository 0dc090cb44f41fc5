"""Which names name one source, and the fullest of them: the joins behind the chains.

>>> content_words("the United States Department of State")
['united', 'states', 'department', 'state']
"""

from __future__ import annotations

import re

from ..entities.names import acronym_fits, fold
from ..lexicon import POST_NOMINALS, TITLES

__all__ = ["POST_NOMINALS", "Union", "chain_label", "content_words", "fullest", "join_names"]

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
    """Join the names that refer to one source."""
    by_text: dict[str, int] = {}
    persons: dict[str, list[int]] = {}
    by_alias: dict[str, list[int]] = {}
    for i, (s, e, _) in enumerate(names):
        by_alias.setdefault(text[s:e], []).append(i)
    for i, (s, e, label) in enumerate(names):
        key = fold(text[s:e]).lower()
        if key in by_text:
            union.join(by_text[key], i)
        else:
            by_text[key] = i
        if label == "PERSON":
            persons.setdefault(key.split()[-1], []).append(i)
    fuller: dict[str, list[int]] = {}  # every later word of a multiword person's name
    for j, (s, e, label) in enumerate(names):
        words = fold(text[s:e]).lower().split()
        if label == "PERSON" and len(words) > 1:
            for w in words[1:]:
                fuller.setdefault(w, []).append(j)
    for i, (s, e, label) in enumerate(names):  # "Lavrov" and "Sergei Lavrov", "Rosselló"
        words = fold(text[s:e]).lower().split()  # and "Ricardo Rosselló Nevares"
        if label == "PERSON" and len(words) == 1:
            whole = persons.get(words[0], [])
            whole = [j for j in whole if len(fold(text[names[j][0] : names[j][1]]).split()) > 1]
            candidates = whole or fuller.get(words[0], []) or _given(text, names, words[0])
            if candidates:
                union.join(i, candidates[0])
    _join_spelling_variants(text, names, persons, union)
    for i, (s, e, label) in enumerate(names):  # a mislabelled "Vermont Bernie Sanders"
        words = text[s:e].split()
        if label == "PERSON" and len(words) == 1 and not _has_fuller_person(text, names, words[0]):
            for j, (s2, e2, label2) in enumerate(names):
                other = text[s2:e2].split()
                if label2 != "PERSON" and len(other) > 1 and other[-1] == words[0]:
                    union.join(i, j)
                    break
    orgs = [i for i, n in enumerate(names) if n[2] in {"ORG", "GPE", "NORP", "FAC"}]
    for i in orgs:  # "California Department of Forestry and Fire Protection (CalFire)"
        m = _BRACKETED.match(text, names[i][1])
        alias = m.group(1) if m else ""
        if alias and (not alias.isupper() or acronym_fits(alias, text[names[i][0] : names[i][1]])):
            for j in by_alias.get(alias, []):
                union.join(i, j)
    for i in orgs:  # an acronym or a bracketed alias and the long name
        s, e, _ = names[i]
        short = text[s:e]
        bracket = re.match(r"\s*\(\s*$", text[max(0, s - 3) : s]) and text[e : e + 1] == ")"
        for j in orgs:
            if j == i:
                continue
            long = text[names[j][0] : names[j][1]]
            before = bracket and 0 < s - names[j][1] <= 3
            if (short.isupper() and len(short) >= 2 and acronym_fits(short, long)) or before:
                union.join(i, j)
            elif _words_within(short, long) or _first_word(short, long, names, text):
                union.join(i, j)


def _given(text: str, names: list[tuple[int, int, str]], word: str) -> list[int]:
    """The one multiword person whose first name is ``word`` ("Mohammad", "Mohammad bin
    Salman"); none when two people share it."""
    found = {
        fold(text[s:e]).lower(): j
        for j, (s, e, lab) in enumerate(names)
        if lab == "PERSON"
        and len(text[s:e].split()) > 1
        and fold(text[s:e]).lower().split()[0] == word
    }
    return list(found.values())[:1] if len(found) == 1 else []


def _has_fuller_person(text: str, names: list[tuple[int, int, str]], surname: str) -> bool:
    return any(
        lab == "PERSON" and len(text[s:e].split()) > 1 and text[s:e].split()[-1] == surname
        for s, e, lab in names
    )


def _first_word(short: str, long: str, names: list[tuple[int, int, str]], text: str) -> bool:
    """ "Ford" and "Ford Motor Company", where no other name starts with that word."""
    if " " in short or not short[:1].isupper() or not long.startswith(short + " "):
        return False
    starts = {text[s:e] for s, e, _ in names if text[s:e].startswith(short + " ")}
    places = {text[s:e] for s, e, lab in names if lab == "GPE"}
    if any(w in places for w in long.split()[1:]):
        return False  # "Facebook Ireland Limited" is a branch, not "Facebook"
    return len(starts) == 1


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1 or len(b) < 5:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def content_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’.-]+", fold(name).lower()) if w not in _STOP]


def _words_within(short: str, long: str) -> bool:
    """ "State Department" is made of the words of "United States Department of State"."""
    a, b = content_words(short), content_words(long)
    return 2 <= len(a) < len(b) and set(a) <= set(b) and a[-1] in b


def fullest(text: str, members: list[tuple[int, int, str]]) -> str:
    """The fullest name among a chain's names: most words, without an acronym; a person's
    name without a title or a place before it ("Senator from [Vermont] Bernie Sanders")."""
    person = chain_label(members, text) == "PERSON"
    names = [_person_words(text, s, e) if person else text[s:e].split() for s, e, _ in members]
    names = [" ".join(w) for w in names if w]
    names = [re.sub(r"(?:\s+(?:of|and|the|for|&))+$", "", n) for n in names]  # "Supreme Court of"
    spelled = [n for n in names if not n.isupper()] or names
    return max(spelled, key=lambda n: (len(n.split()), len(n), -names.index(n)))


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
    names = [text[s:e] for s, e, _ in members]
    for s, e, lab in members:
        words = text[s:e].split()
        if lab == "PERSON" and (
            len(words) > 1 or any(n != words[0] and n.split()[-1] == words[0] for n in names)
        ):
            return "PERSON"
    return max(set(labels), key=labels.count)


def _join_spelling_variants(
    text: str, names: list[tuple[int, int, str]], persons: dict[str, list[int]], union: Union
) -> None:
    """ "Saree" and "Yahya Sarea": a one-word name one letter away from exactly one
    person's surname is that person."""
    surnames = {
        w: js[0]
        for w, js in persons.items()
        if any(len(text[names[j][0] : names[j][1]].split()) > 1 for j in js)
    }
    for i, (s, e, label) in enumerate(names):
        word = fold(text[s:e]).lower()
        if " " in word or len(word) < 5 or word in surnames or label in {"GPE", "NORP", "FAC"}:
            continue
        near = [j for w, j in surnames.items() if _one_edit(word, w)]
        if len(near) == 1:
            union.join(i, near[0])
