"""Quotation marks: where the quoted words are, and which marks do not balance.

Straight and curly double marks are read per paragraph. A quotation of several paragraphs
is one segment a paragraph, each but the last marked ``goes_on``: the news convention leaves
a paragraph's quotation open and opens the next paragraph with a mark again; text split into a
line a sentence leaves the mark out and closes the quotation later in the line ("...slows
down.\nWe need to act," she said.). Anything else unbalanced is closed at the paragraph's end
and reported as a warning, never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuotedSegment", "inch_marks", "opens_carried", "quotation_at", "quoted_segments"]

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
FINAL_PUNCT = ".,;:!?"
_MARKS = re.compile(f"[{OPENING}{CLOSING}{STRAIGHT}]")


@dataclass(frozen=True)
class QuotedSegment:
    """Quoted words: ``body[start:end]`` without the marks, and without the final
    punctuation inside them (``inner_end`` keeps it, up to the closing mark)."""

    start: int
    end: int
    inner_end: int
    closed: bool
    goes_on: bool = False  # the quotation goes on in the next paragraph


def quoted_segments(body: str) -> tuple[list[QuotedSegment], list[str]]:
    """Quoted segments of a body, and warnings about marks that do not balance.

    Examples
    --------
    >>> segs, warnings = quoted_segments('He said “all right.” Then "no".')
    >>> [('He said “all right.” Then "no".'[s.start:s.end]) for s in segs], warnings
    (['all right', 'no'], [])
    """
    segments, warnings, _inches = _read(body)
    return segments, warnings


def inch_marks(body: str) -> set[int]:
    """Where a straight mark right after a digit opens no quotation: an inch ('a 15" screen'),
    read as :func:`quoted_segments` reads the marks (one that closes a quotation stays a
    quotation mark: 'said "the price is 15"').

    >>> sorted(inch_marks('A 15" screen; he said "the price is 15".'))
    [4]
    """
    return _read(body)[2]


def _read(body: str) -> tuple[list[QuotedSegment], list[str], set[int]]:
    """The quoted segments, the warnings and the inch marks of a body, in one pass."""
    segments: list[QuotedSegment] = []
    inches: set[int] = set()
    warnings: list[str] = []
    offset = 0
    open_at: int | None = None
    lines = body.split("\n")
    for number, line in enumerate(lines, start=1):
        skip = 0
        if open_at is not None:  # a quotation left open by the paragraph before
            reopened = bool(line[:1]) and line[0] in OPENING + STRAIGHT
            goes_on = reopened or _closes_first(line)
            segments.append(_segment(body, open_at, offset - 1, closed=False, goes_on=goes_on))
            open_at = None
            if reopened:
                skip, open_at = 1, offset + 1  # the news convention: the mark opens it again
            elif goes_on:
                open_at = offset  # a line a sentence: it goes on to a closing mark
            else:
                warnings.append(f"paragraph {number - 1}: a quotation mark is never closed")
        for mark in _MARKS.finditer(line, skip):  # only the marks: cost in marks, not letters
            i = mark.start()
            ch, pos = line[i], offset + i
            if ch == STRAIGHT and open_at is None and i > 0 and line[i - 1].isdigit():
                inches.add(pos)  # an inch mark ('a 15" screen'): no quotation opens after a digit
                continue
            if ch in OPENING or (ch == STRAIGHT and open_at is None):
                if open_at is not None:
                    warnings.append(f"paragraph {number}: a quotation opens inside another")
                    continue
                open_at = pos + 1
            elif ch in CLOSING or ch == STRAIGHT:
                if open_at is None:
                    warnings.append(f"paragraph {number}: a closing quotation mark with no opening")
                    continue
                segments.append(_segment(body, open_at, pos, closed=True))
                open_at = None
        offset += len(line) + 1
    if open_at is not None:
        segments.append(_segment(body, open_at, len(body), closed=False))
        warnings.append(f"paragraph {len(lines)}: a quotation mark is never closed")
    return [s for s in segments if s.end > s.start], warnings, inches


def _closes_first(line: str) -> bool:
    """True when the first quotation mark of a paragraph closes a quotation: a closing curly
    mark, or a straight one after a word or a comma in a paragraph with an odd number of
    them ('However, we will wait," said Ana Ruiz.')."""
    for i, ch in enumerate(line):
        if ch in OPENING:
            return False
        if ch in CLOSING:
            return True
        if ch == STRAIGHT:
            return i > 0 and not line[i - 1].isspace() and line.count(STRAIGHT) % 2 == 1
    return False


def _segment(
    body: str, start: int, inner_end: int, *, closed: bool, goes_on: bool = False
) -> QuotedSegment:
    end = inner_end
    while end > start and (body[end - 1] in FINAL_PUNCT or body[end - 1].isspace()):
        end -= 1
    while start < end and body[start].isspace():
        start += 1
    return QuotedSegment(start, end, inner_end, closed, goes_on)


def opens_carried(text: str, quoted: bytearray, start: int, end: int) -> bool:
    """True for a paragraph ``text[start:end]`` that opens a quotation and has no words
    outside it: a part carried on to the next paragraph, with no attribution of its own.

    >>> opens_carried('"We wait.', bytearray([0, 1, 1, 1, 1, 1, 1, 1, 1]), 0, 9)
    True
    """
    return (
        text[start : start + 1] in {'"', "“"}
        and end - start > 2
        and all(quoted[k] for k in range(start + 1, end - 2))
    )


def quotation_at(text: str, offset: int) -> tuple[int, int] | None:
    """The quoted words around ``offset`` (between its paragraph's quotation marks), or
    None outside quotation marks.

    >>> quotation_at('He said "not at this time." Then he left.', 20)
    (9, 26)
    """
    para = text.rfind("\n", 0, offset) + 1
    before = text[para:offset]
    straight = before.count('"')
    opened = before.rfind("“") > before.rfind("”")
    if straight % 2 == 0 and not opened:
        return None
    start = max(before.rfind('"'), before.rfind("“")) + para + 1
    ends = [i for i in (text.find('"', offset), text.find("”", offset)) if i >= 0]
    para_end = text.find("\n", offset)
    end = min(ends + [para_end if para_end >= 0 else len(text)])
    return start, end
