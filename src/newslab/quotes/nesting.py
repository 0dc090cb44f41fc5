"""Statements inside statements: which of them stand on their own.

- "According to NBC, Pelosi called ...": the medium relays Pelosi's statement, no source;
- "blamed the governor for encouraging loggers to ...": a cue inside a statement of the same
  speaker, its subject borrowed, is part of what was said;
- "asked him if he thought ...": a thinking verb inside another statement is no source.

>>> without_relayed([])
[]
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .spans_index import Covering
from .verbs import BELIEF

if TYPE_CHECKING:
    from .statements import Quote

__all__ = ["without_nested_opinions", "without_own_nested", "without_relayed"]


def without_relayed(found: list[Quote]) -> list[Quote]:
    """ "According to NBC, Pelosi called ...": a medium that relays a statement with its own
    speaker and cue is a channel, not a source (the statement keeps its speaker)."""
    cues = sorted(
        q.cue_span[0]
        for q in found
        if q.cue != "according to" and q.cue_span is not None and q.speaker
    )

    def holds_a_cue(q: Quote) -> bool:
        i = bisect.bisect_left(cues, q.start)
        return i < len(cues) and cues[i] < q.end

    return [q for q in found if q.cue != "according to" or not holds_a_cue(q)]


def without_own_nested(found: list[Quote], own_subject: set[int]) -> list[Quote]:
    """ "blamed the governor for encouraging loggers to clear the hills": a cue inside a
    statement of the same speaker, whose subject it borrowed, is part of what was said, not
    a second statement; "troops it says Russia has massed", with a subject of its own, stays."""
    by_speaker: dict[str, Covering] = {}
    for q in found:
        if q.speaker is not None:
            by_speaker.setdefault(q.speaker, Covering()).add(q.start, q.end)

    def nested(q: Quote) -> bool:
        if q.cue_span is None or q.speaker is None or q.start <= q.cue_span[0] < q.end:
            return False  # a set-off cue ("Beyond that, he said, ...") sits in its own span
        if q.cue_span[0] in own_subject:
            return False
        lo, hi = min(q.start, q.cue_span[0]), max(q.end, q.cue_span[1])
        return by_speaker[q.speaker].covers(lo, hi)

    return [q for q in found if not nested(q)]


def without_nested_opinions(found: list[Quote]) -> list[Quote]:
    """ "asked him if he thought ...": a thinking verb inside another statement is no source."""
    outer = Covering()
    for q in found:
        if q.cue_span is None or not (q.start <= q.cue_span[0] < q.end):
            outer.add(q.start, q.end)
    return [
        q
        for q in found
        if not (
            q.cue in BELIEF
            and q.cue_span is not None
            and outer.covers(q.cue_span[0], q.cue_span[0] + 1)
        )
    ]
