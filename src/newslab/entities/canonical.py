"""Canonical names: each mention's fullest name of the same label in the article.

"Lavrov" is "Sergei Lavrov" where the article writes the full name; "NIWA" the name its
letters abbreviate; of two equally full names, the nearer one (an earlier one first).

>>> canonical_names("Sergei Lavrov met Lavrov.", [(0, 13, "PERSON"), (18, 24, "PERSON")])
['Sergei Lavrov', 'Sergei Lavrov']
"""

from __future__ import annotations

import bisect
import functools

from ..spans import Span
from .aliases import acronym_fits, fold

__all__ = ["canonical_names"]


def canonical_names(text: str, spans: list[Span]) -> list[str]:
    """The canonical (fullest) name of each span, in the order of ``spans``."""
    full = _full_names(text, spans)
    return [_canonical(text[s:e], label, s, full) for s, e, label in spans]


def _full_names(text: str, spans: list[Span]) -> dict[str, dict[str, list[int]]]:
    """label -> name -> the sorted offsets where it is written."""
    full: dict[str, dict[str, list[int]]] = {}
    for s, e, label in sorted(spans):
        full.setdefault(label, {}).setdefault(text[s:e], []).append(s)
    return full


def _canonical(name: str, label: str, start: int, full: dict[str, dict[str, list[int]]]) -> str:
    """The fullest mention of the same label that ends with (or abbreviates) this one; of
    two equally full ones, the nearer (an earlier one first)."""
    if label not in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT"}:
        return name
    fitting = _fitting_names(name, label, tuple(full.get(label, {})))
    if not fitting:
        return name
    longest = max(len(fold(o).split()) for o in fitting)
    best = [o for o in fitting if len(fold(o).split()) == longest]
    if len(best) == 1:
        return best[0]

    def nearness(other: str) -> tuple[bool, int]:
        starts = full[label][other]
        i = bisect.bisect_right(starts, start)
        before = start - starts[i - 1] if i else None
        after = starts[i] - start if i < len(starts) else None
        if before is not None:
            return (True, -before)
        return (False, -(after or 0))

    return max(best, key=nearness)


@functools.lru_cache(maxsize=4096)
def _fitting_names(name: str, label: str, others: tuple[str, ...]) -> tuple[str, ...]:
    words = fold(name).split()
    out = []
    for other in others:
        other_words = fold(other).split()
        if len(other_words) <= len(words):
            continue
        if (
            other_words[-len(words) :] == words
            or (label == "PERSON" and len(words) == 1 and words[0] in other_words[1:])
            or (
                label != "PERSON"
                and (
                    other_words[: len(words)] == words
                    or (len(words) == 1 and name.isupper() and acronym_fits(name, other))
                )
            )
        ):
            out.append(other)
    return tuple(out)
