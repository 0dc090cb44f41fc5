"""Quoted words that no cue's content reached: who said them, or that nobody did.

- the cue that governs them, or the attribution beside them (``"...?" Mr. Jones said.``);
- the source the next sentence names (``"We won." The words came from Ana Ruiz.``,
  :mod:`.next_sentence`);
- the statement before them, when a quotation goes on after its attribution
  (``"A," she said. "B."``: B gets the same speaker, cue and spans);
- nobody, for titles of works and programmes (``said on “Fox News Sunday”``), for scare
  quotes that no reporting verb governs and for quoted words the article gives to no
  source: those are no attributed statement (ANNOTATIONS.md), so they are left out.

>>> attribute_leftovers.__name__
'attribute_leftovers'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from ..lexicon import DOCUMENT_NOUNS
from ..nlp import doc_text, sentence_of
from ..quotation_marks import QuotedSegment
from .media import relayed_speaker
from .misparsed import TOLD
from .next_sentence import source_after
from .spans_index import Covering, SegmentIndex
from .speakers import Speaker, SpeakerResolver
from .subjects import named_after, subject_of, token_end
from .surrounding import as_put, holder, introducer, leading_statement, opens_sentence
from .verbs import is_speech_verb
from .work_titles import is_title, title_case

__all__ = ["attribute_leftovers", "is_title"]


def attribute_leftovers(
    doc: Doc,
    index: SegmentIndex,
    used: set[QuotedSegment],
    found: list[Any],
    resolver: SpeakerResolver,
    *,
    make: Callable[..., Any],
) -> list[Any]:
    """Direct quotes for the quoted segments no cue's content reached."""
    text, out = doc_text(doc), []
    covered = Covering()
    for q in found:
        covered.add(q.start, q.end)
    directs = sorted((q for q in found if q.kind == "direct" and q.speaker), key=lambda q: q.end)
    ends = [q.end for q in directs]
    by_end = {q.end: q for q in found if q.speaker}
    for seg in index.segments:
        if seg in used or covered.covers(seg.start, seg.end):
            continue
        lead = leading_statement(text, seg, by_end)
        cue = _cue_for(doc, seg, index) if lead is None else None
        if lead is not None:  # 'According to X, the letter is key: "It shows intent."'
            spk = Speaker(lead.speaker, lead.speaker_named, lead.speaker_span)
            quote = make(text, seg.start, seg.end, spk, "direct", lead.cue, lead.cue_span)
        elif cue is not None:
            source = relayed_speaker(cue) or subject_of(cue) or named_after(cue)
            if source is not None and cue.idx < seg.start <= source.idx < seg.end:
                source = _source_after(cue, seg)  # 'Added the mayor, "We ..."': not "We"
            spk = resolver.for_cue(source, cue)
            cue_span = (cue.idx, token_end(cue))
            if spk.span is not None and spk.span[0] < cue_span[1] < spk.span[1]:
                # '"..." tweeted Mayor Ana Ruiz' misread as one phrase: the name after the cue
                end = spk.span[1]
                spk = Speaker(
                    spk.name, spk.named, (end - len(text[cue_span[1] : end].lstrip()), end)
                )
            quote = make(text, seg.start, seg.end, spk, "direct", cue.lemma_.lower(), cue_span)
        else:
            i = bisect.bisect_right(ends, seg.start) - 1
            prev = directs[i] if i >= 0 else None
            intro = introducer(doc, seg, index)
            if (after := source_after(doc, seg)) is not None:
                # '"We won." The words came from Ana Ruiz.': the source the next sentence names
                source, verb, cue_word = after
                spk = resolver.for_cue(source, verb)
                same = "\n" not in text[seg.end : verb.idx]
                spk = spk if same else Speaker(spk.name, spk.named, None)
                cue_span = (verb.idx, token_end(verb)) if same else None
                quote = make(text, seg.start, seg.end, spk, "direct", cue_word, cue_span)
            elif intro is not None and (prev is None or prev.end <= sentence_of(intro).start_char):
                # 'Tom Reyes also criticized the plan. "It will fail."': the person the
                # sentence before is about goes on to say it
                spk = resolver.for_cue(subject_of(intro), intro)
                same = "\n" not in text[intro.idx : seg.start]
                spk = spk if same else Speaker(spk.name, spk.named, None)
                cue_span = (intro.idx, token_end(intro)) if same else None
                quote = make(
                    text, seg.start, seg.end, spk, "direct", intro.lemma_.lower(), cue_span
                )
            elif (
                prev is not None
                and text.count("\n", prev.end, seg.start) <= 1
                and opens_sentence(doc, seg)  # not 'was in "stable" condition'
            ):
                same = "\n" not in text[prev.end : seg.start]  # spans stay in their paragraph
                spk = Speaker(prev.speaker, prev.speaker_named, prev.speaker_span if same else None)
                cue_span = prev.cue_span if same else None
                quote = make(text, seg.start, seg.end, spk, "direct", prev.cue, cue_span)
            elif len(words := text[seg.start : seg.end].split()) >= 4 and not title_case(words):
                verb = holder(doc, seg)
                spk = Speaker(None, False, None)
                if verb is not None:  # 'She voiced a wish to "build a city that works"'
                    spk = resolver.for_cue(subject_of(verb), verb)
                if spk.name is None and spk.span is None:
                    continue  # words the article gives to no one: no attributed statement
                cue = verb.lemma_.lower() if verb is not None and spk.name else None
                cue_span = (verb.idx, token_end(verb)) if cue and verb is not None else None
                quote = make(text, seg.start, seg.end, spk, "direct", cue, cue_span)
            else:
                continue  # a short scare quote or a title nobody is said to have said
        out.append(quote)
        if quote.speaker:
            i = bisect.bisect_right(ends, quote.end)
            ends.insert(i, quote.end)
            directs.insert(i, quote)
    return out


def _cue_for(doc: Doc, seg: QuotedSegment, index: SegmentIndex) -> Token | None:
    """The reporting verb nearest the quotation in its sentence (or the one beside it); for
    a short quotation, only a verb that governs it."""
    inverted = _inverted_after(doc, seg) or _inverted_before(doc, seg) or as_put(doc, seg)
    if inverted is not None:
        return inverted
    tokens = _around(doc, seg)
    governed = _governors(doc, seg)
    short = len(doc_text(doc)[seg.start : seg.end].split()) < 4
    cues = [
        t
        for t in tokens
        if is_speech_verb(t.lemma_.lower())
        and (t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB"))
        and (  # "a programme called ...": a name, not a statement; with a subject, a clause
            t.dep_ not in {"acl", "amod"}
            or any(c.dep_ == "nsubj" for c in t.children)
            or t.tag_ == "VBG"
            and t.head.lemma_.lower() in DOCUMENT_NOUNS  # "a letter stating"
        )
        and not _passive(t)  # "are called ...", "known as ...": nobody is said to say it
        and (t.dep_ != "relcl" or any(c.lower_ == "who" for c in t.children))
        and not index.inside[t.idx]
        and (subject_of(t) is not None or named_after(t) is not None)
        and (not short or t.i in governed or _asked_after(doc, seg, t))
    ]
    if not cues:
        return _judged_as(doc, seg)
    return min(cues, key=lambda t: min(abs(t.idx - seg.start), abs(t.idx - seg.end)))


def _asked_after(doc: Doc, seg: QuotedSegment, verb: Token) -> bool:
    """'"Why now?" Ochieng asked.': a short question or cry, then its speaker and the verb
    right after the closing mark."""
    text = doc_text(doc)
    between = text[seg.inner_end + 1 : verb.idx]
    told = verb.lemma_.lower() in TOLD  # "told reporters": the hearers, not what was said
    after = {"ccomp", "xcomp"} if told else {"ccomp", "xcomp", "dobj"}
    return (
        text[seg.end : seg.inner_end][-1:] in {"?", "!"}
        and bool(_SOURCE_BETWEEN.fullmatch(between))
        and not any(c.dep_ in after and c.i > verb.i for c in verb.children)
    )  # not 'played "Why Not?" Ochieng said it was good': what he said follows


#: The source between a question's closing mark and its verb: a name ("Tom Berg") or a
#: phrase with its article ("the union leader", "a spokesman for the mine").
_SOURCE_BETWEEN = re.compile(
    r"\s*(?:(?:[A-Z][\w.'’-]*\s){1,3}|(?:the|a|an|his|her|their|its)\s(?:[\w'’-]+\s){1,4})"
)


def _inverted_after(doc: Doc, seg: QuotedSegment) -> Token | None:
    """'"..." tweeted Mayor Ana Ruiz': a speech verb right after the closing quotation
    mark with a name after it, however the tagger read the verb."""
    span = doc.char_span(seg.inner_end, seg.inner_end + 1, alignment_mode="expand")
    if span is None:
        return None
    for tok in doc[span.end : min(len(doc), span.end + 2)]:
        if tok.is_punct:
            continue
        ok = is_speech_verb(tok.lemma_.lower()) and tok.tag_.startswith("VB")
        return tok if ok and named_after(tok) is not None else None
    return None


def _inverted_before(doc: Doc, seg: QuotedSegment) -> Token | None:
    """'Added Mayor Ana Ruiz, "We will fund it."': a sentence opening with a speech verb in
    the past, its source after it and a comma or colon before the quotation."""
    text = doc_text(doc)
    span = doc.char_span(seg.start, seg.start + 1, alignment_mode="expand")
    if span is None or not re.search(r"[,:]\s*[\"“]?$", text[max(0, seg.start - 4) : seg.start]):
        return None
    first = sentence_of(span[0])[0]
    if first.i == span[0].i or span[0].i - first.i > 12 or not first.text[:1].isupper():
        return None
    verb = first
    ok = is_speech_verb(verb.lemma_.lower()) and verb.tag_ in {"VBD", "VBN"}
    between = verb.doc[verb.i + 1 : span[0].i]
    if not ok or any(t.pos_ in {"VERB", "AUX"} for t in between):
        return None
    return (
        verb
        if named_after(verb) is not None or any(t.pos_ in {"NOUN", "PROPN"} for t in between)
        else None
    )


def _source_after(verb: Token, seg: QuotedSegment) -> Token | None:
    """The head of the noun phrase between an opening cue and its quotation."""
    nouns = [t for t in verb.doc[verb.i + 1 : verb.i + 14] if t.idx < seg.start]
    nouns = [t for t in nouns if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1] if nouns else None


def _judged_as(doc: Doc, seg: QuotedSegment) -> Token | None:
    """ "attacked the inquiry as "a sham"": a verb with an object, a subject and the quoted
    words after "as" characterizes that object, whatever the verb."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or span.root.head.lower_ != "as" or span.root.dep_ != "pobj":
        return None
    verb = span.root.head.head
    children = list(verb.children)
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.i < seg.start for c in children):
        return None
    return verb if any(c.dep_ == "nsubj" for c in children) else None


def _passive(verb: Token) -> bool:
    """A passive cue with no agent ("they are called", "known as")."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in children)
    )


def _governors(doc: Doc, seg: QuotedSegment) -> set[int]:
    """Token indices of the heads above the quotation's words (at most 12 levels up)."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None:
        return set()
    out: set[int] = set()
    tok = span.root
    for _ in range(12):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.add(tok.i)
    return out


def _around(doc: Doc, seg: QuotedSegment) -> list[Token]:
    """The tokens of the quote's sentences, of the sentence before it when that one leads
    into the quote (``X said:``), and of the sentence after it when it goes on in lower case
    (``"..." tweeted the mayor``) or is a short attribution after ``?``, ``!`` or ``,``
    (``"Why ...?" Mr. Jones said.``)."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None:
        return []
    text = doc_text(doc)
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    start, end = first.start, last.end
    before = text[max(0, seg.start - 3) : seg.start].strip(" “\"'‘")
    own = (
        before.endswith(":")
        and any(  # 'Governor Ana Ruiz addressed the public: "..."':
            t.dep_ == "nsubj" and t.head.idx < seg.start and t.head.pos_ in {"VERB", "AUX"}
            for t in doc[first.start : span[0].i]
        )
    )  # the sentence's own source, not one of the sentence before
    if before.endswith((":", ",")) and first.start > 0 and not own:
        start = sentence_of(doc[first.start - 1]).start
    after = text[seg.inner_end + 1 : seg.inner_end + 3].strip()
    if last.end < len(doc):
        following = sentence_of(doc[last.end])
        asked = text[seg.end : seg.inner_end].strip()[-1:] in {"?", "!", ","}
        if after[:1].islower() or (
            asked
            and len(following) <= 12
            and "\n" not in text[seg.inner_end : following.start_char]
        ):
            end = following.end
    return list(doc[start:end])
