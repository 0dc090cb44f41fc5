"""Spans as ``(start, end, label)`` character offsets, and the bookkeeping the rules share."""

from __future__ import annotations

import re
from collections.abc import Iterable

Span = tuple[int, int, str]

NAME_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def replace_with(spans: list[Span], new: Iterable[Span]) -> list[Span]:
    """Add ``new`` spans, dropping every old span that overlaps one of them."""
    new = list(new)
    kept = [s for s in spans if not any(_overlaps(s, n) for n in new)]
    return kept + new


def regex_spans(text: str, pattern: re.Pattern[str], label: str) -> list[Span]:
    return [(m.start(), m.end(), label) for m in pattern.finditer(text)]


class Occupancy:
    """Which characters of the body are already inside a span: overlap checks in the length
    of the span, not the number of spans (articles many times the usual length stay fast)."""

    def __init__(self, length: int, spans: Iterable[Span] = ()) -> None:
        self.used = bytearray(length + 1)
        for s, e, _ in spans:
            self.take(s, e)

    def free(self, start: int, end: int) -> bool:
        return not any(self.used[start:end])

    def take(self, start: int, end: int) -> None:
        self.used[start:end] = b"\x01" * (end - start)


def drop_contained(spans: list[Span]) -> list[Span]:
    """Drop spans that lie inside a longer one (after a span grew)."""
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    out: list[Span] = []
    reach = -1
    for span in ordered:
        if span[1] <= reach and out and out[-1] != span:
            continue  # inside the longer span that started at or before it
        out.append(span)
        reach = max(reach, span[1])
    kept = set(out)
    return [s for s in spans if s in kept]


def remove_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longer of two overlapping spans (the earlier on a tie)."""
    out: list[Span] = []
    taken = Occupancy(max((e for _, e, _ in spans), default=0))
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if taken.free(span[0], span[1]):
            taken.take(span[0], span[1])
            out.append(span)
    return sorted(out)
