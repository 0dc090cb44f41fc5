"""Given names from well-kept data: ``data/given_names.tsv`` (nomquamgender, MIT; see
``data/NOTICE.md``), read once on first use. Here, apart from :mod:`.people`, so that the
gazetteer can ask whether a word is a given name without importing the rules about people.

>>> given_names()["ada"][0]
'F'
"""

from __future__ import annotations

import functools
from importlib import resources

from .folding import fold

__all__ = ["WIDELY_GIVEN", "given_names", "given_sources"]


@functools.cache
def given_names() -> dict[str, tuple[str, int]]:
    """Lower-case given name -> (gender, sources), from ``data/given_names.tsv``: gender "F",
    "M" or "U" (used by both), sources the number of nomquamgender's sources that list it.

    >>> given_names()["ada"][0], given_names()["morgan"][0]
    ('F', 'U')
    """
    rows = resources.files("newslab").joinpath("data/given_names.tsv").read_text("utf-8")
    return {
        name: (gender, int(sources))
        for name, gender, sources in (line.split("\t") for line in rows.splitlines()[1:] if line)
    }


#: A given name in this many of nomquamgender's sources is a name in many countries, not a
#: word some parents chose ("Marine", "Crew", "Lion" are in fewer).
WIDELY_GIVEN = 25


def given_sources(word: str) -> int:
    """How many of nomquamgender's sources give ``word`` as a name, its accents and marked
    letters read plain where it is not listed as written ("Søren" as "Soren").

    >>> given_sources("Søren") == given_sources("Soren") > 0
    True
    """
    names = given_names()
    found = names.get(word.lower()) or names.get(fold(word).lower())
    return found[1] if found else 0
