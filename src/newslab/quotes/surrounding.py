"""The sentence around or before a quotation that no cue reached: whose words they are.

- a quotation that opens its own sentence, after a sentence about a person or a body, is
  what they went on to say ("Jo Lin, the coach, disagreed." before "We were lucky.");
- "as X put it" right after a quotation, or "As X put it," right before one, makes the
  quotation X's ('"ground to a halt", as the court's ruling put it');
- a quotation inside a sentence whose subject is a person or a body, before it, is theirs
  ('She voiced a wish to "build a city that works"'), unless the verb is too light ("is",
  "has") or the words are an interviewee's own (:mod:`.interviews`).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ..nlp import doc_text, sentence_of
from ..quotation_marks import QuotedSegment
from .interviews import in_turn
from .phrases import personal
from .spans_index import SegmentIndex
from .subjects import subject_of
from .verbs import is_speech_verb

__all__ = ["as_put", "holder", "introducer", "leading_statement", "opens_sentence"]


def introducer(doc: Doc, seg: QuotedSegment, index: SegmentIndex) -> Token | None:
    """The verb of the sentence right before a quotation that opens its own sentence, when
    that sentence is about a person or a body who can be the quotation's source ("Jo Lin,
    the coach, disagreed." before "We were lucky.")."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or not opens_sentence(doc, seg) or sentence_of(span[0]).start == 0:
        return None
    text = doc_text(doc)
    own = sentence_of(span[-1])
    if any(is_speech_verb(t.lemma_.lower()) for t in own if t.idx > seg.inner_end):
        return None  # '"...", reads a press release, "..."': the sentence has its own source
    before = sentence_of(doc[sentence_of(span[0]).start - 1])
    if text.count("\n", before.end_char, seg.start) > 1 or index.overlapping(
        before.start_char, before.end_char
    ):
        return None  # two paragraphs away, or a sentence with a quotation of its own
    root = before.root
    subject = subject_of(root) if root.pos_ in {"VERB", "AUX"} else None
    if subject is None or subject.dep_ != "nsubj" or not _introduces(subject):
        return None
    return root


def holder(doc: Doc, seg: QuotedSegment) -> Token | None:
    """The verb of the sentence a quotation stands inside, when its subject, before the
    quotation, is a person, a body or a he/she/they: "She also voiced a wish to work with
    the council to "build a city that works for everyone."" is hers."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or opens_sentence(doc, seg) or in_turn(doc_text(doc), seg.start):
        return None  # an interviewee's words are theirs (:mod:`.interviews`)
    root = sentence_of(span[0]).root
    if seg.start <= root.idx < seg.end:
        return None  # the quotation's own verb holds nothing: it is the quotation
    if root.pos_ != "VERB" or root.lemma_.lower() in _LIGHT_VERBS:
        return None  # 'Making them "is like sticking your hand in an oven"'
    subject = subject_of(root)
    opened = re.search(r"([:,])\s*[\"“]?$", doc_text(doc)[max(0, seg.start - 4) : seg.start])
    colon = opened is not None and opened.group(1) == ":"
    named = colon and subject is not None and subject.pos_ == "PROPN"
    if subject is None or subject.dep_ != "nsubj" or not (_introduces(subject) or named):
        return None  # (a name before a colon that opens the quotation: "Ana Ruiz wrote: ")
    inside = root.left_edge.i <= span[0].i and (  # 'X addressed the public: "A. B."' holds
        span[-1].i <= root.right_edge.i or opened is not None  # sentences after its colon
    )  # (or comma: 'X reacted on Twitter, "A. B."')
    return root if inside and subject.i < span[0].i else None


#: Verbs of an "as X put it" aside: how a source worded what the quotation repeats.
_AS_VERBS = frozenset({"put", "say", "write", "describe", "call", "phrase", "tell", "word"})


def as_put(doc: Doc, seg: QuotedSegment) -> Token | None:
    """The verb of "as X put it" beside a quotation: right after its closing mark
    ('"slowed to a crawl" — as the ruling put it —') or opening the sentence before its
    opening mark ('As Ana Ruiz put it, "..."').

    >>> import spacy
    >>> from newslab.quotation_marks import quoted_segments
    >>> doc = spacy.blank("en")('It "went well," as she put it.')
    >>> as_put(doc, quoted_segments(doc.text)[0][0]) is None  # no parse: no verb to find
    True
    """
    text = doc_text(doc)
    after = re.match(r"[\s,;—–-]*as\s", text[seg.inner_end + 1 : seg.inner_end + 12], re.I)
    if after is not None:
        at = seg.inner_end + 1 + after.end() - 3
    elif re.search(r",\s*[\"“]?$", text[max(0, seg.start - 4) : seg.start]):
        span = doc.char_span(seg.start, seg.start + 1, alignment_mode="expand")
        first = sentence_of(span[0])[0] if span is not None else None
        if first is None or first.lower_ != "as":
            return None
        at = first.idx
    else:
        return None
    span = doc.char_span(at, at + 2)
    mark = span[0] if span is not None else None
    verb = mark.head if mark is not None and mark.dep_ == "mark" else None
    if verb is None or verb.lemma_.lower() not in _AS_VERBS or verb.i - mark.i > 10:
        return None
    return verb if subject_of(verb) is not None else None


#: Verbs too light to hold a quotation: what a sentence is or has is no one's words.
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "seem", "become"})


def _introduces(subject: Token) -> bool:
    """A person, an organisation or a he/she/they: who can go on to speak."""
    if subject.pos_ == "PRON":
        return subject.lower_ in {"he", "she", "they"}
    return subject.ent_type_ in {"PERSON", "ORG"} or personal(subject)


def opens_sentence(doc: Doc, seg: QuotedSegment) -> bool:
    """True when the quotation begins its sentence: a quotation that goes on after its
    attribution does (``"A," she said. "B."``), a scare quote inside a sentence does not."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None:
        return True
    sent = sentence_of(span[0])
    return not any(ch.isalnum() for ch in doc_text(doc)[sent.start_char : seg.start])


def leading_statement(text: str, seg: QuotedSegment, by_end: dict[int, Any]) -> Any | None:
    """The statement that ends right before the quotation with a colon: the quotation is
    what that source went on to say."""
    colon = text.rfind(":", max(0, seg.start - 4), seg.start)
    if colon < 0 or text[colon + 1 : seg.start].strip(" “\"'‘"):
        return None
    end = colon
    while end > 0 and text[end - 1] in " .":
        end -= 1
    return by_end.get(end)
