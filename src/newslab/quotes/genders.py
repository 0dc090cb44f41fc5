"""What the article itself says of a person's gender, for pronouns to point the right way.

Read from the text first: an honorific before the name ("Mr.", "Queen") and the first "he" or
"she" (not "his" or "her") of a sentence whose only person so far is that one ("Hatice Cengiz
said she ..."), unless the person's first name is usually of the other gender ("Anton Vasko
said she had been ill" speaks of someone else).
Only where the text says nothing does a pronoun fall back on :func:`name_gender`, a first
name's usual gender (``data/given_names.tsv``, from nomquamgender, MIT): a weak guess used to
choose between antecedents, never shown as a fact about anyone.

>>> text_genders("Mr. Jones spoke. Ann Lee said she would come.", [(4, 9, "Jones"), (17, 24, "Ann Lee")])
{'Jones': False, 'Ann Lee': True}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..entities.names import fold
from ..entities.people import given_names

__all__ = ["given_name_gender", "name_gender", "noun_gender", "text_genders"]

_MALE = frozenset("mr mr. sir lord king prince father brother uncle duke baron emperor".split())
_FEMALE = frozenset(
    "mrs mrs. ms ms. miss lady dame queen princess mother sister aunt duchess baroness empress".split()
)
#: Nouns that say a person's gender ("the mother", "a man from Lyon").
_MALE_NOUNS = frozenset("man boy father brother son husband uncle king prince gentleman".split())
_FEMALE_NOUNS = frozenset(
    "woman girl mother sister daughter wife aunt queen princess lady widow".split()
)
#: Only a subject pronoun tells: "his" or "her" is as often another's ("Tom Hale tweeted
#: after hearing of her death").
_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z“\"])|\n")


def text_genders(text: str, people: Iterable[tuple[int, int, str]]) -> dict[str, bool]:
    """Name -> True (female) or False (male), for the people the text genders.

    ``people`` are ``(start, end, name)`` mentions of persons in reading order, ``name``
    being the person's one name (its chain's name).
    """
    genders: dict[str, bool] = {}
    people = sorted(people)
    for start, _, name in people:
        before = text[max(0, start - 12) : start].lower().split()
        if before and before[-1] in _MALE | _FEMALE:
            genders.setdefault(name, before[-1] in _FEMALE)
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    k = 0
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        here: list[tuple[int, int, str]] = []
        while k < len(people) and people[k][0] < hi:
            if people[k][0] >= lo:
                here.append(people[k])
            k += 1
        if not here:
            continue
        m = _PRONOUN.search(text, here[0][1], hi)
        if m and len({n for s, _, n in here if s < m.start()}) == 1:
            female = m.group(1).lower() == "she"
            if name_gender(here[0][2]) in {None, female}:  # "Anton Vasko said she was ill":
                genders.setdefault(here[0][2], female)  # his mother, not Anton
    return genders


@functools.cache
def _given_names() -> dict[str, bool]:
    return {n: g == "F" for n, (g, _) in given_names().items() if g != "U"}


def name_gender(name: str) -> bool | None:
    """A weak guess from a person's first name, for pronouns only when the text says
    nothing: True (female), False (male) or None (unknown, or used by both)."""
    words = fold(name).lower().split()
    return _given_names().get(words[0]) if len(words) > 1 else None


def given_name_gender(word: str) -> bool | None:
    """The usual gender of a word known to be a given name (a couple's "Ana and Tom Hale"):
    True (female), False (male) or None."""
    return _given_names().get(fold(word).lower())


def noun_gender(lemmas: Iterable[str]) -> bool | None:
    """The gender the nouns of an unnamed person's phrase give ("the driver, a man ..."):
    True (female), False (male) or None."""
    words = set(lemmas)
    if words & _FEMALE_NOUNS and not words & _MALE_NOUNS:
        return True
    if words & _MALE_NOUNS and not words & _FEMALE_NOUNS:
        return False
    return None
