"""Temporal expressions: found, typed as TIMEX3 and resolved against the publication date
and the story's own time.

Where a change goes:

- ``kinds.py``: the table of kinds, one row each (pattern, resolver, flags): a new kind is a
  new row and a new resolver; ``guards.py``: a kind's last test of a match (``accept``);
- ``words.py``: the time lexicon (numbers, fractions, units, hedges, directions), which the
  patterns are built from; ``patterns.py``: the regular expressions, named after their kinds;
- ``resolvers.py`` (days, weeks, times of day), ``periods.py`` (months, years, quarters),
  ``seasons.py``, ``eras.py`` (decades, centuries), ``fiscal.py`` (fiscal years), ``within.py``
  (parts and weeks of a period), ``dayparts.py`` (parts of the day), ``anaphora.py`` ("the following day", "at the time"),
  ``holidays.py`` and ``lengths.py`` (durations, ages, sets, "ago"): the resolvers, each a
  function of a candidate and its :class:`Context`;
- ``context.py``: what a resolver reads, and the story's reference time as the text moves
  on; ``tense.py``: past or future from the parse;
- ``values.py`` (periods and their values) and ``moves.py`` (where a period falls): calendar
  arithmetic; ``candidates.py``: running the patterns;
- ``extract.py``: the ``Timex`` dataclass and the order values are worked out in;
  ``compound.py``: a length written in parts made one ("2 hours 14 minutes").

>>> from newslab.timexes import KINDS
>>> KINDS[0].name
'iso'
"""

from __future__ import annotations

from .candidates import find_candidates
from .context import Context
from .extract import Timex, extract_timexes
from .kinds import KINDS, Kind

__all__ = ["KINDS", "Context", "Kind", "Timex", "extract_timexes", "find_candidates"]
