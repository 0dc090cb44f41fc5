"""Attributed statements: direct, indirect and mixed quotes with their speakers and cues.

A cue is a reporting verb (or a noun like "warnings", or "according to"); what it reports is
read off spaCy's dependency parse (:mod:`.cues`). The quoted words in that content decide the
kind: all quoted is ``direct``, partly quoted is ``mixed``, none is ``indirect``. Quoted words
no cue reaches are direct quotes of the cue that governs them or of the attribution beside
them ("...?" Mr. Jones said), or go on the quotation before them (a split quote); titles of
works and programmes ("said on “Fox News Sunday”") are not statements.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from spacy.tokens import Doc, Token

from ..entities import Entity
from ..nlp import doc_text, doc_tokens
from ..quotation_marks import QuotedSegment, quoted_segments
from .attribution import attribute_leftovers, is_title
from .carried import carried_back
from .chains import ChainBuilder
from .characterized import characterized_alone
from .continued import runs_on
from .cues import cue_statements
from .interview_cues import interview_cue
from .interviews import answer_turns, in_question, inside_answer
from .misparsed import TOLD
from .nesting import without_nested_opinions, without_own_nested, without_relayed
from .spans_index import SegmentIndex
from .speakers import Speaker, SpeakerResolver
from .translations import without_translations
from .verbs import characterizes, with_particle

__all__ = ["Quote", "extract_quotes"]

_TRIM = set(" \n,.;:—–-“”\"'‘’()")
#: An abbreviation's closing point at the end of a statement: "a.m.", "U.S.", "Inc.".
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|etc))\.$")


@dataclass(frozen=True)
class Quote:
    """An attributed statement: ``body[start:end] == text``.

    ``speaker`` is the fullest name the article gives the source (or the phrase as
    written for unnamed sources); ``cue`` the lemma of the attribution ("say").

    Examples
    --------
    >>> Quote(0, 9, "all right", "Vladimir Putin", True, "direct", "say").to_dict()["kind"]
    'direct'
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


def extract_quotes(
    doc: Doc,
    entities: tuple[Entity, ...],
    *,
    chains: ChainBuilder | None = None,
    headline: str = "",
) -> tuple[tuple[Quote, ...], list[str]]:
    """Statements of a parsed article, and warnings about unbalanced quotation marks.

    ``chains`` gathers who is who; speakers are named as their chains name them, and each
    speaker's mention is added to its chain. ``headline`` may give an interview's
    introducing verb, the cue of its answers.

    Examples
    --------
    >>> ann = newslab.annotate("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> q = ann.quotes[4]  # doctest: +SKIP
    >>> (q.text, q.speaker, q.kind, q.cue)  # doctest: +SKIP
    ('all right', 'Vladimir Putin', 'direct', 'say')
    """
    text = doc_text(doc)
    segments, warnings = quoted_segments(text)
    titles = {s for s in segments if is_title(text, s)}
    index = SegmentIndex(text, [s for s in segments if s not in titles])
    resolver = SpeakerResolver(doc, entities, chains, quoted=index.inside)
    used: set[QuotedSegment] = set()
    found: list[Quote] = []
    own_subject: set[int] = set()  # cues whose subject is their own ("it says"), not borrowed
    tokens = doc_tokens(doc)
    for sent in doc.sents:
        for token in tokens[sent.start : sent.end]:
            if index.inside[token.idx]:
                continue  # a verb inside quoted words is the speaker's, not an attribution
            for content, cue, cue_tok, subject in cue_statements(token, sent):
                quote = _statement(text, index, resolver, content, cue, cue_tok, subject, used)
                found += quote
                if subject is not None and subject.head.i == cue_tok.i:
                    own_subject.add(cue_tok.idx)
    found += attribute_leftovers(doc, index, used, found, resolver, make=_make)
    found = carried_back(doc, index, found, make=_make)
    found = without_nested_opinions(without_own_nested(found, own_subject))
    found = [with_particle(doc, _in_paragraphs(text, q)) for q in without_relayed(found)]
    found = [_after_dateline(text, q, resolver.dateline_end) for q in found]
    found = _with_answers(text, without_translations(text, found), chains, headline)
    resolver.chain_pronouns()
    attributed = [q for q in found if q.speaker is not None or q.speaker_span is not None]
    return _dedupe(attributed), warnings  # words given to no one are no attributed statement


#: A colon that opens a quotation: what follows is a statement of its own.
_COLON_QUOTE = re.compile(r':\s*["“]')


def _statement(
    text: str,
    index: SegmentIndex,
    resolver: SpeakerResolver,
    content: tuple[int, int],
    cue: str,
    cue_tok: Token,
    subject: Token | None,
    used: set[QuotedSegment],
) -> list[Quote]:
    """The statement (or direct quotes) one cue reports, with its speaker resolved."""
    start, end = _trim(text, *content)
    colon = _COLON_QUOTE.search(text, start, end)
    if colon is not None and index.holding(start) is None:
        start, end = _trim(text, start, colon.start())  # 'said X: "..."': X, then the quotation
    if end <= start:
        return []
    inside = index.overlapping(start, end)
    first = next((i for i in range(start, end) if text[i].isalnum()), start)
    lead = index.holding(first)
    closed = lead is not None and "," in text[lead.end : lead.inner_end]  # "We couldn't win,"
    if lead is not None and (
        closed or text[lead.inner_end + 1 : lead.inner_end + 3].strip() in {",", ""}
    ):
        end, inside = lead.inner_end, [lead]  # “...,” while addressing the press
    if start < cue_tok.idx < end and not _set_off_cue(text, cue_tok, subject):
        start = cue_tok.idx + len(cue_tok.text)  # "which the court later ruled to be X"
        start, end = _trim(text, start, end)
        if end <= start:
            return []
    end = runs_on(text, index, cue_tok, start, end)
    inside = index.overlapping(start, end)
    speaker = resolver.for_cue(subject, cue_tok)
    cue_span = (cue_tok.idx, cue_tok.idx + len(cue_tok.text))
    if inside and (
        index.all_quoted(start, end) or characterized_alone(text, cue, cue_tok, inside, end)
    ):
        used.update(inside)
        return [_make(text, s.start, s.end, speaker, "direct", cue, cue_span) for s in inside]
    used.update(inside)
    if inside and characterizes(cue):  # "described the speech as "flat" and ...": from "the"
        start = min([start] + [c.left_edge.idx for c in cue_tok.children if c.dep_ == "dobj"])
    if inside and any(s.inner_end >= end and s.start < end for s in inside):
        end = max(s.inner_end for s in inside if s.start < end)
    kind = "mixed" if inside else "indirect"
    if any(s.closed and s.inner_end == end for s in inside) and text[end : end + 1] in _CLOSERS:
        end += 1  # 'the candidate "regrets the remarks."': the mark that closes it is inside
    if any(s.start == start for s in inside) and text[start - 1 : start] in _OPENERS:
        start -= 1  # 'said "the talks" were over': so is the mark that opens it
    return [_make(text, start, end, speaker, kind, cue, cue_span)]


_CLOSERS = frozenset({'"', "”"})
_OPENERS = frozenset({'"', "“"})


def _set_off_cue(text: str, cue: Token, subject: Token | None) -> bool:
    """The cue (with its subject) sits between commas inside its statement ("Beyond that,
    he said, ...", "..., says the report, ...") or is "according to"/"Per" heading it."""
    first = subject.left_edge.idx if subject is not None and subject.i < cue.i else cue.idx
    last = cue
    if subject is not None and subject.i > cue.i:
        last = subject.right_edge
    told = cue.lemma_.lower() in TOLD  # "told reporters", "said to journalists": the hearers
    heard = [
        c
        for c in cue.children
        if c.i > last.i and (c.dep_ == "dobj" and told or c.dep_ == "prep" and c.lower_ == "to")
    ]  # are the attribution's
    if heard:
        last = heard[0].right_edge
    before = text[max(0, first - 2) : first]
    after = text[last.idx + len(last.text) : last.idx + len(last.text) + 2]
    return "," in before and "," in after or cue.lower_ in {"according", "per"}


def _with_answers(
    text: str, found: list[Quote], chains: ChainBuilder | None, headline: str
) -> list[Quote]:
    """An interviewee's answers as direct statements of theirs, in place of the statements
    inside them (the answer is one statement of the interviewee's, whoever it reports); their
    cue is the verb that introduces the interview (a transcript has no verb of saying in its
    turns)."""
    found = [q for q in found if not (q.speaker is None and in_question(text, q.start))]
    turns = answer_turns(text, chains)  # and "You said ...?" in a question is no statement
    if not turns:
        return found
    starts, cue = [t[0] for t in turns], interview_cue(headline, text)
    kept = [q for q in found if not inside_answer(turns, starts, q.start, q.end)]
    answers = [  # "Yes. ((hi))Hindi language: ...": the English alone
        _in_paragraphs(text, Quote(s, e, body, spk.name, spk.named, "direct", cue, name_span))
        for s, e, body, spk, name_span in turns
    ]
    return sorted(kept + without_translations(text, answers), key=lambda q: (q.start, q.end))


def _in_paragraphs(text: str, q: Quote) -> Quote:
    """The statement without a speaker or cue span that lies outside its own paragraphs (a
    quotation attributed across a paragraph break keeps its speaker, not the spans)."""
    first = text.rfind("\n", 0, q.start) + 1
    last = text.find("\n", q.end)
    last = len(text) if last < 0 else last

    def inside(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return span if span is not None and first <= span[0] and span[1] <= last else None

    ss, cs = inside(q.speaker_span), inside(q.cue_span)
    return (
        q if (ss, cs) == (q.speaker_span, q.cue_span) else replace(q, speaker_span=ss, cue_span=cs)
    )


def _after_dateline(text: str, q: Quote, dateline_end: int) -> Quote:
    """ "BERLIN (Reuters) - Output fell, the office said": a statement that opens the article
    starts after its dateline."""
    if q.start < dateline_end < q.end:
        return replace(q, start=dateline_end, text=text[dateline_end : q.end])
    return q


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM - {"“", '"'}:
        start += 1
    while end > start and text[end - 1] in _TRIM - {"”", '"'}:
        if text[end - 1] == "." and _ABBREVIATION.search(text, start, end):
            break  # "rescued at 6 a.m.": the point is the abbreviation's
        end -= 1
    if text[end : end + 1] in {"”", '"'} and text.count("“", start, end) > text.count(
        "”", start, end
    ):
        end += 1  # 'its "Voice of the Year"': a title's closing mark (titles are no segments)
    elif text[end : end + 1] == '"' and text.count('"', start, end) % 2:
        end += 1
    return start, end


def _make(
    text: str,
    start: int,
    end: int,
    speaker: Speaker,
    kind: str,
    cue: str | None,
    cue_span: tuple[int, int] | None,
) -> Quote:
    return Quote(
        start, end, text[start:end], speaker.name, speaker.named, kind, cue, speaker.span, cue_span
    )


def _dedupe(quotes: list[Quote]) -> tuple[Quote, ...]:
    """One statement a span, the one with a speaker; two where two cues give it to two
    speakers ("X, the agency reported police said": the agency's and the police's)."""
    best: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        kept = best.setdefault((q.start, q.end), [])
        if not kept or (kept[0].speaker is None and q.speaker is not None):
            kept[:] = [q]
        elif q.speaker is not None and all(
            k.speaker != q.speaker and k.cue_span != q.cue_span for k in kept
        ):
            kept.append(q)
    return tuple(sorted((q for k in best.values() for q in k), key=lambda q: (q.start, q.end)))
