"""Attributed statements: direct, indirect and mixed quotes with their speakers and cues.

A cue is a reporting verb (or a noun like "warnings", or "according to"); what it reports is
read off spaCy's dependency parse: its clausal complement, its "as" complement, its "for"
object. The quoted words in that content decide the kind: all quoted is ``direct``, partly
quoted is ``mixed``, none is ``indirect``. Quoted words no cue reaches are direct quotes of
the nearest cue in their sentence, or go on the quotation before them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from spacy.tokens import Doc, Token

from ..entities import Entity
from ..lexicon import CLAUSE_ONLY, SPEECH_VERBS
from ..nlp import doc_text, sentence_of
from .cues import cue_statements, named_after, subject_of, token_end
from .quotation_marks import QuotedSegment, quoted_segments
from .speakers import Speaker, SpeakerResolver

__all__ = ["Quote", "extract_quotes"]

_TRIM = set(" \n,.;:—–-“”\"'‘’()")


@dataclass(frozen=True)
class Quote:
    """An attributed statement: ``body[start:end] == text``.

    ``speaker`` is the fullest name the article gives the source (or the phrase as
    written for unnamed sources); ``cue`` the lemma of the attribution ("say").
    """

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_named: bool
    kind: str
    cue: str | None
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("speaker_span", "cue_span"):
            data[key] = list(data[key]) if data[key] is not None else None
        return data


def extract_quotes(doc: Doc, entities: tuple[Entity, ...]) -> tuple[tuple[Quote, ...], list[str]]:
    """Statements of a parsed article, and warnings about unbalanced quotation marks.

    Examples
    --------
    >>> ann = newslab.annotate("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> q = ann.quotes[4]  # doctest: +SKIP
    >>> (q.text, q.speaker, q.kind, q.cue)  # doctest: +SKIP
    ('all right', 'Vladimir Putin', 'direct', 'say')
    """
    text = doc_text(doc)
    segments, warnings = quoted_segments(text)
    resolver = SpeakerResolver(doc, entities)
    used: set[QuotedSegment] = set()
    found: list[Quote] = []
    quoted = bytearray(len(text) + 1)
    for seg in segments:
        quoted[seg.start : seg.inner_end] = b"\x01" * (seg.inner_end - seg.start)
    for sent in doc.sents:
        for token in sent:
            if quoted[token.idx]:
                continue  # a verb inside quoted words is the speaker's, not an attribution
            for content, cue, cue_tok, subject in cue_statements(token, sent):
                start, end = _trim(text, *content)
                if end <= start:
                    continue
                inside = [s for s in segments if s.start < end and start < s.end]
                first = next((i for i in range(start, end) if text[i].isalnum()), start)
                lead = next((s for s in inside if s.start <= first < s.inner_end), None)
                if lead is not None and text[lead.inner_end + 1 : lead.inner_end + 3].strip() in {
                    ",",
                    "",
                }:
                    end, inside = lead.inner_end, [lead]  # “...,” while addressing the press
                speaker = _speaker(resolver, subject, cue_tok.idx)
                cue_span = (cue_tok.idx, cue_tok.idx + len(cue_tok.text))
                if inside and _all_quoted(text, start, end, inside):
                    for seg in inside:
                        used.add(seg)
                        found.append(
                            _make(text, seg.start, seg.end, speaker, "direct", cue, cue_span)
                        )
                    continue
                used.update(inside)
                if inside and any(s.inner_end >= end and s.start < end for s in inside):
                    end = max(s.inner_end for s in inside if s.start < end)
                found.append(
                    _make(
                        text, start, end, speaker, "mixed" if inside else "indirect", cue, cue_span
                    )
                )
    found += _unattributed(doc, segments, used, found, resolver)
    found = [q for q in found if not _nested_opinion(q, found)]
    return _dedupe(found), warnings


def _nested_opinion(q: Quote, found: list[Quote]) -> bool:
    """ "asked him if he thought ...": a thinking verb inside another statement is no source."""
    return (
        q.cue in CLAUSE_ONLY
        and q.cue_span is not None
        and any(o is not q and o.start <= q.cue_span[0] < o.end for o in found)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM - {"“", '"'}:
        start += 1
    while end > start and text[end - 1] in _TRIM - {"”", '"'}:
        end -= 1
    return start, end


def _all_quoted(text: str, start: int, end: int, segments: list[QuotedSegment]) -> bool:
    """True when every word of ``text[start:end]`` lies inside one of the ``segments``."""
    for i in range(start, end):
        if text[i].isalnum() and not any(s.start <= i < s.inner_end for s in segments):
            return False
    return True


def _speaker(resolver: SpeakerResolver, subject: Token | None, offset: int) -> Speaker:
    if subject is None:
        return Speaker(None, False, None)
    speaker = resolver.resolve(subject)
    resolver.learn_gender(speaker.name, subject.text)
    resolver.remember(offset, speaker)
    return speaker


def _make(text, start, end, speaker: Speaker, kind, cue, cue_span) -> Quote:
    return Quote(
        start, end, text[start:end], speaker.name, speaker.named, kind, cue, speaker.span, cue_span
    )


def _around(doc: Doc, seg: QuotedSegment) -> list[Token]:
    """The tokens of the quote's sentences, and of the sentence before it when that one
    leads into the quote (``X said:`` / ``X, who cited rugby: "..."``) and of the sentence
    after it when it goes on in lower case (``"..." tweeted the mayor``)."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None:
        return []
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    start, end = first.start, last.end
    before = doc_text(doc)[max(0, seg.start - 3) : seg.start].strip(" “\"'‘")
    if before.endswith((":", ",")) and first.start > 0:
        start = sentence_of(doc[first.start - 1]).start
    after = doc_text(doc)[seg.inner_end + 1 : seg.inner_end + 3].strip()
    if after[:1].islower() and last.end < len(doc):
        end = sentence_of(doc[last.end]).end
    return list(doc[start:end])


def _unattributed(doc, segments, used, found, resolver) -> list[Quote]:
    """Quoted words no cue reached: the nearest cue in the sentence, or the quote before."""
    text, out = doc_text(doc), []
    for seg in segments:
        if seg in used or any(q.start <= seg.start and seg.end <= q.end for q in found):
            continue
        cues = [
            t
            for t in _around(doc, seg)
            if t.lemma_.lower() in SPEECH_VERBS
            and (t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB"))
            and (t.dep_ != "relcl" or any(c.lower_ == "who" for c in t.children))
            and not any(s.start <= t.idx < s.inner_end for s in segments)
            and (subject_of(t) is not None or named_after(t) is not None)
        ]
        if cues:
            cue = min(cues, key=lambda t: min(abs(t.idx - seg.start), abs(t.idx - seg.end)))
            spk = _speaker(resolver, subject_of(cue) or named_after(cue), cue.idx)
            out.append(
                _make(
                    text,
                    seg.start,
                    seg.end,
                    spk,
                    "direct",
                    cue.lemma_.lower(),
                    (cue.idx, token_end(cue)),
                )
            )
            continue
        before = sorted(
            (q for q in found + out if q.end <= seg.start and q.kind == "direct" and q.speaker),
            key=lambda q: q.end,
        )
        if before and _same_or_next_paragraph(text, before[-1].end, seg.start):
            prev = before[-1]
            spk = Speaker(prev.speaker, prev.speaker_named, None)
            out.append(_make(text, seg.start, seg.end, spk, "direct", prev.cue, None))
        elif len(text[seg.start : seg.end].split()) >= 4:
            out.append(
                _make(text, seg.start, seg.end, Speaker(None, False, None), "direct", None, None)
            )
    return out


def _same_or_next_paragraph(text: str, a: int, b: int) -> bool:
    return text.count("\n", a, b) <= 1


def _dedupe(quotes: list[Quote]) -> tuple[Quote, ...]:
    best: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        key = (q.start, q.end)
        if key not in best or (best[key].speaker is None and q.speaker is not None):
            best[key] = q
    return tuple(sorted(best.values(), key=lambda q: (q.start, q.end)))
