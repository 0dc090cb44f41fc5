"""Where the temporal expressions are: every kind's pattern run over the body text."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..spans import Occupancy
from .kinds import KINDS, Kind
from .values import Candidate

__all__ = ["Candidate", "find_candidates"]


def find_candidates(
    text: str, *, kinds: Sequence[Kind] = KINDS, near: Sequence[tuple[int, int]] | None = None
) -> list[Candidate]:
    """Non-overlapping temporal expression candidates, longest first where they overlap.

    ``near``: the spans where the model saw a date, a time or a number. Kinds that need the
    model's word (``needs_entity``) are then searched only around them, since only matches
    overlapping one are kept (speed only); without ``near`` every kind searches everywhere.

    Examples
    --------
    >>> [(c.kind, "x") for c in find_candidates("As recently as Sunday, at 6 p.m.")][:2]
    [('weekday', 'x'), ('clock', 'x')]
    """
    found: list[tuple[int, Candidate]] = []
    lower = text.lower()
    everywhere = [(0, len(text))]
    windows = everywhere if near is None else _windows(near, len(text))
    for order, kind in enumerate(kinds):
        if kind.needs is not None and not any(word in lower for word in kind.needs):
            continue
        rx = _compiled(kind)
        for first, last in windows if kind.needs_entity else everywhere:
            for m in rx.finditer(text, first, last):
                if m.end() <= m.start() or not _accepted(kind, m):
                    continue
                start, end = _strip(text, m.start(), m.end())
                found.append((order, Candidate(start, end, kind.name, m.groupdict())))
    found.sort(key=lambda oc: (-(oc[1].end - oc[1].start), oc[0], oc[1].start))
    chosen: list[Candidate] = []
    taken = Occupancy(len(text))  # overlap checks in a candidate's length, not their number
    for _, cand in found:
        if taken.free(cand.start, cand.end):
            taken.take(cand.start, cand.end)
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


#: How far around the model's date a phrase that overlaps it may reach.
MARGIN = 40


def _windows(spans: Sequence[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The spans widened by :data:`MARGIN` on each side, merged where they meet."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        first, last = max(0, start - MARGIN), min(size, end + MARGIN)
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


@functools.lru_cache(maxsize=256)
def _compiled(kind: Kind) -> re.Pattern[str]:
    return kind.compiled()


def _accepted(kind: Kind, m: re.Match[str]) -> bool:
    if kind.cased:
        groups = m.groupdict()
        word = groups.get("month") or groups.get("weekday")
        if not word or not word[0].isupper():
            return False
    return kind.accept is None or kind.accept(m)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end
