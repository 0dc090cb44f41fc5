"""Wikinews translation marks: the original words of a quotation, set after it.

A Wikinews article quoting a speaker of another language gives the original after the
English, behind a mark: ``"We will win." ((es))Spanish language: ‍Vamos a ganar.`` The mark
and the foreign words are neither a statement nor a source; the English is the statement.

>>> text = 'She said "we will win" ((es))Spanish language: \u200dvamos a ganar, and left.'
>>> [m.group() for m in MARK.finditer(text)]
['((es))Spanish language: \u200d']
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..translation_marks import TRANSLATION

if TYPE_CHECKING:
    from .statements import Quote

__all__ = ["MARK", "without_translations"]

#: "((es))Spanish language: " and the zero-width joiner Wikinews puts before the original.
MARK = TRANSLATION


def without_translations(text: str, quotes: list[Quote]) -> list[Quote]:
    """Statements without the translation marks: a statement that opens on a mark or on the
    original words after one is dropped; a quotation that runs into a mark ends before it
    (a reported clause goes on after the original of one of its words, and keeps it).

    >>> from newslab.quotes.statements import Quote
    >>> text = '"We won ((es))Spanish language: \u200dGanamos," she said.'
    >>> [q.text for q in without_translations(text, [Quote(1, 43, text[1:43], "Ana", True, "direct", "say")])]
    ['We won']
    """
    marks = [m.span() for m in MARK.finditer(text)]
    if not marks:
        return quotes
    out = []
    for q in quotes:
        if q.text.startswith("\u200d") or any(s <= q.start <= e for s, e in marks):
            continue
        cut = next((s for s, _ in marks if q.start < s < q.end and q.kind == "direct"), None)
        if cut is not None:
            end = len(text[q.start : cut].rstrip(" ,;:"))
            q = replace(q, end=q.start + end, text=text[q.start : q.start + end])
        out.append(q)
    return out
