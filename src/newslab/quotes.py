"""Attributed statements: direct, indirect and mixed quotes with their speakers and cues.

A cue is a reporting verb (or a noun like "warnings", or "according to"); what it reports is
read off spaCy's dependency parse: its clausal complement, its "as" complement, its "for"
object. The quoted words in that content decide the kind: all quoted is ``direct``, partly
quoted is ``mixed``, none is ``indirect``. Quoted words no cue reaches are direct quotes of
the nearest cue in their sentence, or go on the quotation before them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from spacy.tokens import Doc, Span, Token

from .entities import Entity
from .lexicon import (
    CLAUSE_ONLY,
    INFINITIVE_CUES,
    SAY_AFTER,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_AS,
)
from .quote_marks import QuotedSegment, quoted_segments
from .speakers import Speaker, SpeakerResolver

__all__ = ["Quote", "extract_quotes"]

_TRIM = set(" \n,.;:—–-“”\"'‘’()")
_SUBJECTS = {"nsubj", "nsubjpass"}


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
    text = doc.text
    segments, warnings = quoted_segments(text)
    resolver = SpeakerResolver(doc, entities)
    used: set[QuotedSegment] = set()
    found: list[Quote] = []
    for sent in doc.sents:
        for token in sent:
            if any(s.start <= token.idx < s.inner_end for s in segments):
                continue  # a verb inside quoted words is the speaker's, not an attribution
            for content, cue, cue_tok, subject in _statements(token, sent):
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


def _statements(token: Token, sent: Span):
    """(content offsets, cue lemma, cue token, subject token) for each statement ``token`` cues."""
    lemma = token.lemma_.lower()
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        yield from _according_to(token, sent)
        return
    if token.pos_ == "NOUN" and lemma in SPEECH_NOUNS:
        for child in token.children:
            if child.dep_ in {"acl", "ccomp", "appos"} and any(
                c.dep_ == "mark" for c in child.children
            ):
                yield _extent(child), SPEECH_NOUNS[lemma], token, _noun_source(token)
        return
    if token.pos_ not in {"VERB", "AUX"} or lemma not in SPEECH_VERBS:
        return
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") for c in token.children):
        return  # "didn't announce", "to call on": nothing was stated
    subject = _subject(token)
    if subject is not None and subject.dep_ == "nsubjpass" and not _has_agent(token):
        return  # "was forecast to ...", "is expected to ...": no source given
    children = list(token.children)
    for_obj = None
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "for" and lemma == "call":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                for_obj = (objs[0].left_edge.idx, _end(child.right_edge))
    clauses = [_extent(c) for c in children if _reported_clause(c)]
    for start, end in _merge_adjacent(token.doc.text, clauses):
        yield (start, end), lemma, token, subject
    for child in children:
        if (
            child.dep_ == "advcl"
            and _infinitive(child)
            and child.i > token.i
            and lemma in INFINITIVE_CUES
        ):
            if for_obj is not None and for_obj[0] < child.idx:
                for_obj = (for_obj[0], _extent(child)[1])
            else:
                yield _extent(child), lemma, token, subject
    if for_obj is not None:
        yield for_obj, lemma, token, subject
    if lemma in STANCE_AS:
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        holders = [token] + ([dobj] if dobj is not None else [])
        as_prep = next(
            (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"), None
        )
        if as_prep is not None and as_prep.i > token.i:
            start = dobj.left_edge.idx if dobj is not None and dobj.i < as_prep.i else as_prep.idx
            quoted_as = token.doc.text[as_prep.idx + 3 : as_prep.idx + 4] in '“"'
            if dobj is not None and (dobj.tag_ in {"WDT", "DT"} or dobj.i < token.i) or quoted_as:
                start = as_prep.idx + 3
            if dobj is None or dobj.i > token.i or start > as_prep.idx:
                yield (start, _end(as_prep.right_edge)), lemma, token, subject
    if (
        lemma in SAY_AFTER
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in children)
        and token.dep_ in {"parataxis", "ccomp"}
        and token.head.i < token.i
        and subject is not None
        and "," in token.doc.text[token.head.idx : token.idx]
    ):
        head = token.head  # "Russia will continue talks, Lavrov said."
        yield (head.left_edge.idx, token.left_edge.idx), lemma, token, subject


def _reported_clause(child: Token) -> bool:
    """A clausal complement that reports, not a relative clause misread as one."""
    if child.dep_ == "xcomp":
        return _infinitive(child)
    if child.dep_ != "ccomp" or child.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ in _SUBJECTS | {"expl", "csubj"} for c in child.children):
        return False  # a clause reports with a subject: "guarantees Moscow has demanded"
    return not any(
        c.dep_ == "dobj" and c.i < child.i and c.tag_ not in {"WP", "WDT"} for c in child.children
    )


def _merge_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and not text[out[-1][1] : start].strip(" ,"):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


_AFTER_ARGS = frozenset({"attr", "acomp", "dobj", "prep", "advmod", "oprd", "xcomp", "npadvmod"})


def _according_to(token: Token, sent: Span):
    """ "According to X, ..." reports the rest of the sentence; "..., according to X"
    the part before; "One child was, according to X, among the dead" all of it."""
    to = token.nbor()
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return
    text = token.doc.text
    phrase_start, phrase_end = token.idx, _end(source.right_edge)
    if phrase_start <= sent.start_char + 1:
        yield (
            (phrase_end, _clause_end(text, phrase_end, sent.end_char)),
            "according to",
            token,
            source,
        )
        return
    head = token.head if token.head.pos_ in {"VERB", "AUX"} else sent.root
    after = [
        t for c in head.children if c.dep_ in _AFTER_ARGS and c.idx >= phrase_end for t in c.subtree
    ]
    end = max((_end(t) for t in after), default=phrase_start)
    start = sent.start_char
    yield (start, _clause_end(text, start, end)), "according to", token, source


def _clause_end(text: str, start: int, end: int) -> int:
    """A reported clause stops before "; " or ", but ": what follows is the writer's."""
    cuts = [text.find(sep, start, end) for sep in ("; ", ", but ")]
    cuts = [c for c in cuts if c != -1]
    return min(cuts) if cuts else end


def _subject(verb: Token) -> Token | None:
    """The cue's subject, or the agent of a passive; a cue without one (a conjunct, a
    participle: "After weeks of criticizing ..., Lavrov told") takes its governor's."""
    tok: Token | None = verb
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "xcomp"}
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        tok = verb.sent.root  # "An eyewitness described how it unfolded, stating, ..."
    for _ in range(6):
        if tok is None:
            return None
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was described as ... by the police"
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _antecedent(obj)
        for child in tok.children:
            if child.dep_ in _SUBJECTS:
                return _antecedent(child)
        outer = _speech_ancestor(tok) if tok.dep_ == "conj" else None
        if outer is not None:
            tok = outer  # "wrote that X will happen as planned and underlined that ..."
        elif (
            tok.dep_ in {"conj", "xcomp", "advcl", "pcomp", "pobj", "prep"} and tok.head is not tok
        ):
            tok = tok.head
        else:
            return None
    return None


def _speech_ancestor(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in anc.children):
            return anc
    return None


def _antecedent(tok: Token) -> Token:
    """ "who"/"which" as a subject stands for the noun its clause describes."""
    if tok.tag_ in {"WP", "WDT"}:
        for anc in tok.ancestors:
            if anc.pos_ in {"NOUN", "PROPN"}:
                return anc
        for prev in reversed(tok.doc[tok.sent.start : tok.i]):
            if prev.pos_ in {"NOUN", "PROPN"}:
                return prev
    return tok


def _noun_source(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ in {"poss", "compound"} and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _extent(head: Token) -> tuple[int, int]:
    """The reported clause headed by ``head``: without "that", without a relative clause
    set off by a comma, and without a second reporting verb joined by "and"."""
    cut: set[int] = set()
    for tok in head.subtree:
        left = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        own_attribution = (
            tok is not head
            and tok.dep_ in {"conj", "advcl"}
            and tok.lemma_.lower() in SPEECH_VERBS
            and (
                tok.dep_ == "conj"
                or tok.tag_ == "VBG"
                or any(c.dep_ in _SUBJECTS for c in tok.children)
            )
        )
        if (tok.dep_ == "relcl" and left is not None and left.text == ",") or own_attribution:
            cut.update(t.i for t in tok.subtree)
            cut.update(c.i for c in tok.children if c.dep_ in {"cc", "mark"} and c.i < tok.i)
            if tok.dep_ == "conj":
                cut.update(c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i)
    toks = [t for t in head.subtree if t.i not in cut]
    if toks:  # keep one contiguous run from the head
        run = [
            t for t in toks if t.i <= head.i and all(i not in cut for i in range(t.i, head.i + 1))
        ]
        run += [
            t for t in toks if t.i > head.i and all(i not in cut for i in range(head.i, t.i + 1))
        ]
        toks = sorted(run, key=lambda t: t.i)
    while toks and (
        (toks[0].dep_ == "mark" and toks[0].lower_ == "that")
        or toks[0].is_punct
        or (toks[0].tag_ in {"WDT", "WP"} and toks[0].dep_ in _SUBJECTS)
    ):
        toks = toks[1:]
    return (toks[0].idx, _end(toks[-1])) if toks else (head.idx, head.idx)


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


def _unattributed(doc, segments, used, found, resolver) -> list[Quote]:
    """Quoted words no cue reached: the nearest cue in the sentence, or the quote before."""
    text, out = doc.text, []
    for seg in segments:
        if seg in used or any(q.start <= seg.start and seg.end <= q.end for q in found):
            continue
        sent = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        sent_span = sent.sent if sent is not None else None
        cues = [
            t
            for t in (sent_span or [])
            if t.lemma_.lower() in SPEECH_VERBS
            and t.pos_ in {"VERB", "AUX"}
            and t.dep_ != "relcl"
            and not any(s.start <= t.idx < s.inner_end for s in segments)
            and _subject(t) is not None
        ]
        if cues:
            cue = min(cues, key=lambda t: min(abs(t.idx - seg.start), abs(t.idx - seg.end)))
            spk = _speaker(resolver, _subject(cue), cue.idx)
            out.append(
                _make(
                    text,
                    seg.start,
                    seg.end,
                    spk,
                    "direct",
                    cue.lemma_.lower(),
                    (cue.idx, _end(cue)),
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


def _named_after(cue: Token) -> Token | None:
    """ "... tweeted Mayor of London Sadiq Khan": the name right after an inverted cue."""
    for tok in cue.doc[cue.i + 1 : min(len(cue.doc), cue.i + 7)]:
        if tok.is_punct and tok.text not in {"'", "’"}:
            return None
        if tok.ent_type_ == "PERSON" and (
            tok.i + 1 == len(tok.doc) or tok.nbor().ent_type_ != "PERSON"
        ):
            return tok
    return None


def _same_or_next_paragraph(text: str, a: int, b: int) -> bool:
    return text.count("\n", a, b) <= 1


def _dedupe(quotes: list[Quote]) -> tuple[Quote, ...]:
    best: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        key = (q.start, q.end)
        if key not in best or (best[key].speaker is None and q.speaker is not None):
            best[key] = q
    return tuple(sorted(best.values(), key=lambda q: (q.start, q.end)))
