"""Temporal expressions: found, typed as TIMEX3 and resolved against the publication date.

Where a change goes:

- ``kinds.py``: the table of kinds, one row each (pattern, resolver, flags): a new kind is a
  new row and a new resolver;
- ``patterns.py``: the regular expressions, named after their kinds;
- ``resolvers.py`` (days, weeks, times of day), ``periods.py`` (months, years, quarters,
  seasons) and ``lengths.py`` (durations, ages, sets, "ago"): the resolvers;
- ``values.py``: calendar arithmetic and tense; ``candidates.py``: running the patterns;
- ``extract.py``: the ``Timex`` dataclass and the order values are worked out in.

>>> from newslab.timexes import KINDS
>>> KINDS[0].name
'iso'
"""

from __future__ import annotations

from .candidates import find_candidates
from .extract import Timex, extract_timexes
from .kinds import KINDS, Kind

__all__ = ["KINDS", "Kind", "Timex", "extract_timexes", "find_candidates"]
