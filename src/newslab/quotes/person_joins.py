"""People's names that name one person: a surname and the full name, first and last names
around middle names, two surnames, a spelling one letter apart.

>>> _fits_in(["rosa", "quintal"], ["rosa", "m.", "quintal", "arbeloa"])
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import FAMILY_NOUNS

if TYPE_CHECKING:
    from .chain_names import Union

__all__ = [
    "PersonIndex",
    "join_middle_names",
    "join_spelling_variants",
    "nearest_bearer",
    "one_edit",
]


class PersonIndex:
    """People's names by their parts, built once."""

    def __init__(self, text: str, names: list[tuple[int, int, str]], reps: dict[str, int]) -> None:
        self.text = text
        self.whole: dict[str, list[int]] = {}  # surname -> multiword names ending with it
        self.fuller: dict[str, list[int]] = {}  # any later word -> multiword names holding it
        self.firsts: dict[str, list[int]] = {}  # first name -> multiword names starting with it
        for key, i in reps.items():
            words = key.split()
            if names[i][2] == "PERSON" and len(words) > 1:
                self.whole.setdefault(words[-1], []).append(i)
                self.firsts.setdefault(words[0], []).append(i)
                for w in words[1:]:
                    self.fuller.setdefault(w, []).append(i)

    def given(self, word: str) -> list[int]:
        """The one person whose first name is ``word``; none when two people share it."""
        found = self.firsts.get(word, [])
        return found[:1] if len(found) == 1 else []


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1 or len(b) < 5:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def join_middle_names(
    names: list[tuple[int, int, str]], reps: dict[str, int], people: PersonIndex, union: Union
) -> None:
    """ "Maria Ruiz" and "Maria Elena Ruiz": a person's first and last names around
    more names are one person, when only one such fuller name is in the article; so are
    "Maria Ruiz" or "Ruiz Vidal" and "Maria E. Ruiz Vidal" (two surnames, the first used alone).
    """
    keys = {i: key.split() for key, i in reps.items()}
    for i, words in keys.items():
        if names[i][2] != "PERSON" or len(words) < 2:
            continue
        fuller = {
            j
            for j in people.fuller.get(words[-1], [])
            if len(keys[j]) > len(words)
            and _fits_in(words, keys[j])
            and not (names[i][0] < names[j][0] and _kin_before(people.text, names[j][0]))
        }  # "Ana Ruiz ... her mother, Ana Sol Ruiz": two people
        if len(fuller) == 1:
            union.join(i, fuller.pop())


def _kin_before(text: str, start: int) -> bool:
    """A name introduced as someone's relative: "her widowed mother, Ana Sol Ruiz"."""
    return bool(_KIN.search(text, max(0, start - 40), start))


_KIN = re.compile(
    r"\b(?:his|her|their)\s(?:[a-z]+\s)?(?:" + "|".join(sorted(FAMILY_NOUNS)) + r"),?\s$"
)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])+|[^\W\d_]\.")


def _fits_in(short: list[str], long: list[str]) -> bool:
    """``short``'s words in order within ``long``, from its first word or to its last."""
    if long[-len(short) :] != short and (short[0] != long[0] or short[-1] not in long[-2:]):
        return False  # a tail of names, or first name to a surname one before the last
    if not all(_NAME_WORD.fullmatch(w) for w in long if w not in short):
        return False  # "Tom Hale I" (a sentence run on), "Tom Hale 2"
    at = 0
    for word in short:
        if word not in long[at:]:
            return False
        at = long.index(word, at) + 1
    return True


def join_spelling_variants(
    text: str,
    names: list[tuple[int, int, str]],
    reps: dict[str, int],
    people: PersonIndex,
    union: Union,
) -> None:
    """ "Saree" and "Yahya Sarea": a one-word name one letter away from exactly one
    person's surname is that person."""
    for key, i in reps.items():
        if (
            " " in key
            or len(key) < 5
            or key in people.whole
            or names[i][2] in {"GPE", "NORP", "FAC"}
        ):
            continue
        near = [js[0] for w, js in people.whole.items() if one_edit(key, w)]
        if len(near) == 1:
            union.join(i, near[0])


def nearest_bearer(i: int, surname: str, keys: list[str], names: list[tuple[int, int, str]]) -> int:
    """Of the people who share ``surname`` ("Lene Halvorsby", "Bent Halvorsby"), the mention
    of the one named last before name ``i`` (else the first named after it): "Halvorsby
    said" is the Halvorsby the text just brought in. Looks back at most 200 names.

    >>> keys = ["lene halvorsby", "bent halvorsby", "halvorsby"]
    >>> nearest_bearer(2, "halvorsby", keys, [(0, 1, "PERSON")] * 3)
    1
    """

    def bears(j: int) -> bool:
        words = keys[j].split()
        return names[j][2] == "PERSON" and len(words) > 1 and words[-1] == surname

    before = next((j for j in range(i - 1, max(-1, i - 200), -1) if bears(j)), None)
    if before is not None:
        return before
    return next((j for j in range(i + 1, min(len(keys), i + 200)) if bears(j)), i)
