"""Lookups over the quoted segments and statements of one article, each in logarithmic time,
so that an article with thousands of quotations costs no more per quotation than one with ten.

>>> from newslab.quotation_marks import QuotedSegment
>>> idx = SegmentIndex("a “b c” d", [QuotedSegment(3, 6, 6, True)])
>>> [s.start for s in idx.overlapping(0, 9)], idx.all_quoted(3, 6), idx.all_quoted(0, 6)
([3], True, False)
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..quotation_marks import QuotedSegment

__all__ = ["Covering", "SegmentIndex"]


class SegmentIndex:
    """The quoted segments of a body (sorted, not overlapping), indexed by offset."""

    def __init__(self, text: str, segments: Sequence[QuotedSegment]) -> None:
        self.segments = sorted(segments, key=lambda s: s.start)
        self._starts = [s.start for s in self.segments]
        inside = bytearray(len(text) + 1)
        for seg in self.segments:
            inside[seg.start : seg.inner_end] = b"\x01" * (seg.inner_end - seg.start)
        self.inside = inside
        # _bare[i]: letters and digits outside every quotation in text[:i]
        bare = [0] * (len(text) + 1)
        count = 0
        for i, ch in enumerate(text):
            if ch.isalnum() and not inside[i]:
                count += 1
            bare[i + 1] = count
        self._bare = bare

    def overlapping(self, start: int, end: int) -> list[QuotedSegment]:
        """Segments that overlap ``[start, end)`` (their words or their closing marks)."""
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self.segments) and self.segments[i].start < end:
            seg = self.segments[i]
            if start < seg.end or start < seg.inner_end:
                out.append(seg)
            i += 1
        return out

    def holding(self, offset: int) -> QuotedSegment | None:
        """The segment whose words (up to its closing mark) hold ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.segments[i].start <= offset < self.segments[i].inner_end:
            return self.segments[i]
        return None

    def next_after(self, offset: int) -> QuotedSegment | None:
        """The first segment that starts at or after ``offset``."""
        i = bisect.bisect_left(self._starts, offset)
        return self.segments[i] if i < len(self.segments) else None

    def all_quoted(self, start: int, end: int) -> bool:
        """True when every letter and digit of ``text[start:end]`` is inside quotation marks."""
        return self._bare[end] - self._bare[start] == 0


class Covering:
    """Spans added in any order; asks whether one of them covers a point or a span."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._dirty = False
        self._starts: list[int] = []
        self._reach: list[int] = []

    def add(self, start: int, end: int) -> None:
        self._spans.append((start, end))
        self._dirty = True

    def _build(self) -> None:
        self._spans.sort()
        self._starts = [s for s, _ in self._spans]
        reach, best = [], -1
        for _, e in self._spans:
            best = max(best, e)
            reach.append(best)
        self._reach = reach
        self._dirty = False

    def covers(self, start: int, end: int) -> bool:
        """True when one added span holds all of ``[start, end)``."""
        if self._dirty:
            self._build()
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end
