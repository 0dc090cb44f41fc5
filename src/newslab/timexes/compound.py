"""Lengths written in parts: "2 hours 14 minutes 4 seconds", "15 years, 8 months".

A race time or a sentence written unit by unit is one TIMEX3 DURATION with one value
(``PT2H14M4S``, ``P15Y8M``), as TimeML writes it; each part alone would be a length of its own.
An age keeps its "old" ("82 years old"), as TimeBank's spans do ("the 47-year-old").

>>> from newslab.timexes.extract import Timex
>>> parts = [Timex(0, 7, "2 hours", "DURATION", "PT2H", None, None),
...          Timex(8, 18, "14 minutes", "DURATION", "PT14M", None, None)]
>>> [(t.text, t.value) for t in joined_lengths(tuple(parts), "2 hours 14 minutes")]
[('2 hours 14 minutes', 'PT2H14M')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .words import unit_of

if TYPE_CHECKING:
    from .extract import Timex

__all__ = ["joined_lengths"]

#: One part: a whole or decimal number of one unit, as the resolvers write it.
_PART = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")
#: Units from the longest, with whether they are written after "T" (a time of day's).
_ORDER = [("", "Y"), ("", "M"), ("", "W"), ("", "D"), ("T", "H"), ("T", "M"), ("T", "S")]
#: What may stand between two parts: nothing but a space, a comma or "and".
_GAP = re.compile(r"(?: |, | and )")


def _rank(value: str | None) -> tuple[int, str] | None:
    """The unit's place in ``_ORDER`` and the number, for a one-part length, else None."""
    m = _PART.fullmatch(value or "")
    return None if m is None else (_ORDER.index((m.group(1), m.group(3))), m.group(2))


def joined_lengths(timexes: tuple[Timex, ...], text: str) -> tuple[Timex, ...]:
    """Runs of one-part lengths, each in a shorter unit than the one before and joined by
    a space, a comma or "and", become one length ("3 hours and 20 minutes": ``PT3H20M``)."""
    out: list[Timex] = []
    run: list[tuple[Timex, tuple[int, str]]] = []
    for t in (*timexes, None):
        rank = None
        if t is not None and t.type == "DURATION" and unit_of(t.text.rsplit(" ", 1)[-1]):
            # a part ends in its unit ("three hours later" is an offset, not a part)
            rank = _rank(t.value)
        if (
            run
            and rank is not None
            and t is not None
            and rank[0] > run[-1][1][0]
            and _GAP.fullmatch(text[run[-1][0].end : t.start])
        ):
            run.append((t, rank))
            continue
        out += [_joined(run, text)] if len(run) > 1 else [r[0] for r in run]
        run = [(t, rank)] if t is not None and rank is not None else []
        if t is not None and rank is None:
            out.append(t)
    return tuple(_aged(t, text) for t in out)


#: "old" after a length in years, months, weeks or days: the length is an age.
_OLD = re.compile(r" old\b")
_AGE_UNIT = re.compile(r"(?:year|month|week|day)s?$", re.IGNORECASE)


def _aged(t: Timex, text: str) -> Timex:
    """ "82 years old" is one span: the age, "old" included."""
    if t.type != "DURATION" or not _AGE_UNIT.search(t.text) or not _OLD.match(text, t.end):
        return t
    return replace(t, end=t.end + 4, text=text[t.start : t.end + 4])


def _joined(run: list[tuple[Timex, tuple[int, str]]], text: str) -> Timex:
    value, timed = "P", False
    for _, (i, n) in run:
        prefix, unit = _ORDER[i]
        if prefix and not timed:
            value, timed = value + "T", True
        value += f"{n}{unit}"
    first, last = run[0][0], run[-1][0]
    return replace(
        first,
        end=last.end,
        text=text[first.start : last.end],
        value=value,
        rule="a length written in parts: one length",
    )
