"""Nouns whose usual sense is a person, from WordNet 3.0 (Princeton University).

``data/person_nouns.txt`` holds every one-word English noun whose most frequent WordNet sense
(the first in ``index.noun``) lies in the lexicographer file ``noun.person``: "nurse",
"witness", "colleague", "spokeswoman", but not "source", "head" or "company", whose first
sense is something else. How it was made, and WordNet's licence, are in ``data/NOTICE.md``.
Read once, on first use.

>>> is_person_noun("nurse"), is_person_noun("report")
(True, False)
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["is_person_noun"]


@functools.cache
def _nouns() -> frozenset[str]:
    text = resources.files("newslab").joinpath("data/person_nouns.txt").read_text("utf-8")
    return frozenset(text.split())


def is_person_noun(lemma: str) -> bool:
    """True for a noun whose usual sense is a person ("witness", "neighbour").

    >>> is_person_noun("witness")
    True
    """
    return lemma.lower() in _nouns()
