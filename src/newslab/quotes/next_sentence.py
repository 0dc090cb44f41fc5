"""A quotation whose source the next sentence names: '"We will rebuild." The words came
from Mayor Ana Ruiz.'

News writing often gives a quotation its own sentence and names the speaker right after,
in one of a few set phrases:

- "The words came from X", "The warning came from X";
- "That was the warning of X", "Those were the words of X";
- "With those words, X welcomed the ruling";
- "X made the comments in an interview", "X was speaking to reporters".

The sentence must follow the quotation in its paragraph or open the next one; its source
is who said the words, ahead of the speaker before them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text, sentence_of
from ..quotation_marks import QuotedSegment

__all__ = ["source_after"]

#: Nouns for what someone said ("the words", "the warning") and the verb each stands for.
WORD_NOUNS = {
    "word": "say",
    "remark": "remark",
    "comment": "comment",
    "warning": "warn",
    "prediction": "predict",
    "assessment": "assess",
    "message": "say",
    "verdict": "say",
    "plea": "plead",
    "appeal": "appeal",
    "admission": "admit",
    "promise": "promise",
    "statement": "state",
}
#: Determiners that point back to words just quoted.
_BACK = frozenset({"the", "those", "these", "that", "this", "his", "her", "their", "its"})


def source_after(doc: Doc, seg: QuotedSegment) -> tuple[Token, Token, str] | None:
    """(the source's head, the verb or noun that names the saying, the cue's lemma) from the
    sentence after a quotation that stands as its own sentence, else None.

    >>> import spacy
    >>> from newslab.quotation_marks import quoted_segments
    >>> doc = spacy.blank("en")('"We won." The words came from Ana Ruiz.')
    >>> source_after(doc, quoted_segments(doc.text)[0][0]) is None  # no parse, no source
    True
    """
    text = doc_text(doc)
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or not span[0].dep_:
        return None  # no parse (a token's dependency label is set on every parsed token)
    own = sentence_of(span[-1])
    if own.end >= len(doc) or text[own.start_char : seg.start].strip(" \"“'‘"):
        return None  # the quotation must open its sentence
    if any(t.is_alpha for t in own if t.idx >= seg.inner_end + 1):
        return None  # its own sentence goes on: any source there is that sentence's
    nxt = sentence_of(doc[own.end])
    while not any(t.is_alpha for t in nxt) and nxt.end < len(doc):  # a closing mark alone
        nxt = sentence_of(doc[nxt.end])
    if text.count("\n", seg.end, nxt.start_char) > 1:
        return None
    return _words_came_from(nxt) or _with_those_words(nxt) or _was_speaking(nxt)


def _back(noun: Token) -> bool:
    return noun.lemma_.lower() in WORD_NOUNS and any(
        c.dep_ in {"det", "poss"} and c.lower_ in _BACK for c in noun.children
    )


def _words_came_from(sent: Span) -> tuple[Token, Token, str] | None:
    """ "The warning came from X", "That was the warning of X", "Those were X's words"."""
    root = sent.root
    kids = list(root.children)
    if root.lemma_.lower() == "come":
        noun = next((c for c in kids if c.dep_ == "nsubj"), None)
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "from"), None)
    elif root.lemma_.lower() == "be":
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        noun = next((c for c in kids if c.dep_ == "attr"), None)
        if subj is None or subj.lower_ not in {"that", "those", "this", "these"} or noun is None:
            return None
        prep = next(
            (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}), None
        )
    else:
        return None
    if noun is None or prep is None or not _back(noun):
        return None
    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (source, noun, WORD_NOUNS[noun.lemma_.lower()]) if source is not None else None


def _with_those_words(sent: Span) -> tuple[Token, Token, str] | None:
    """ "With those words, X welcomed the ruling": the subject, and the verb as the cue."""
    first = [t.lower_ for t in sent[:3]]
    if first[:1] != ["with"] or len(first) < 3 or first[1] not in {"those", "these", "that"}:
        return None
    if sent[2].lemma_.lower() not in WORD_NOUNS:
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (subject, root, root.lemma_.lower()) if subject is not None else None


def _was_speaking(sent: Span) -> tuple[Token, Token, str] | None:
    """ "X made the comments in an interview", "X was speaking to reporters"."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ not in {"he", "she", "they"}:
        return None
    lemma = root.lemma_.lower()
    if lemma == "make":
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        if obj is not None and _back(obj) and obj.lemma_.lower() in {"comment", "remark"}:
            return subject, root, obj.lemma_.lower()
        return None
    progressive = root.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in root.children
    )
    if lemma in {"speak", "talk"} and progressive:
        return subject, root, "say"
    return None
