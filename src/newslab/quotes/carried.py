"""A quotation carried over paragraphs, attributed only where it ends.

News copy quotes a source for several paragraphs and may name the source only in the last
("...decide.\\n"However, we will wait," said Ana Ruiz."). Each paragraph is a statement
(:mod:`newslab.quotation_marks` cuts the quotation there); a part that no attribution of its own
sentence reached takes the speaker and cue of the part after it, with no spans, since those
stay in their own paragraph. A part the text already gave to someone in its own sentence keeps
its speaker.

>>> from newslab.quotation_marks import quoted_segments
>>> text = '"We wait.\\n"We will act," said Ana Ruiz.'
>>> [s.goes_on for s in quoted_segments(text)[0]]
[True, False]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from ..nlp import doc_text, sentence_of
from .spans_index import SegmentIndex
from .speakers import Speaker

__all__ = ["carried_back"]


def carried_back(
    doc: Doc, index: SegmentIndex, found: list[Any], *, make: Callable[..., Any]
) -> list[Any]:
    """``found`` with each part of a quotation that goes on into the next paragraph given the
    next part's speaker, where its own sentence attributes it to no one."""
    text = doc_text(doc)
    by_start: dict[int, Any] = {}
    for q in found:
        if q.kind == "direct" and (q.speaker or q.start not in by_start):
            by_start[q.start] = q
    segments = index.segments
    replaced: dict[int, Any] = {}
    for i in range(len(segments) - 2, -1, -1):  # from the last part back to the first
        seg, nxt = segments[i], segments[i + 1]
        later = replaced.get(nxt.start) or by_start.get(nxt.start)
        if not seg.goes_on or later is None or not later.speaker:
            continue
        if later.cue_span is None and nxt.start not in replaced:
            continue  # the next part names no one in its own paragraph either
        own = by_start.get(seg.start)
        if own is not None and own.speaker and _attributed_in_sentence(doc, text, own):
            continue
        speaker = Speaker(later.speaker, later.speaker_named, None)
        replaced[seg.start] = make(text, seg.start, seg.end, speaker, "direct", later.cue, None)
    if not replaced:
        return found
    kept = [q for q in found if not (q.kind == "direct" and q.start in replaced)]
    return kept + list(replaced.values())


def _attributed_in_sentence(doc: Doc, text: str, quote: Any) -> bool:
    """True when the quote's cue stands in the sentence where the quote begins, or later in
    its paragraph ('"We wait," she said.')."""
    if quote.cue_span is None:
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return True
    first = sentence_of(span[0]).start_char
    last = text.find("\n", quote.start)
    last = len(text) if last < 0 else last
    return first <= quote.cue_span[0] < last
