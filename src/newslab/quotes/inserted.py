"""Attributions set into or after the clause they report, between commas.

"Russia will continue talks, Lavrov said." reports the clause before; "Beyond that, he said,
the bank may be following a lead." and "The two trucks, police said, collided" report the
clause around. Used by :mod:`.cues`.

>>> set_off.__doc__.split(" ``")[0]
'True when the attribution around'
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import doc_text, sentence_of
from .clauses import extent
from .misparsed import TOLD
from .subjects import token_end
from .verbs import ASPECTUAL, BELIEF, SAY_AFTER, is_speech_verb, urges

__all__ = ["after_or_around", "carried_on", "host_clause", "inserted_start", "set_off"]


def after_or_around(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "Russia will continue talks, Lavrov said." and "Beyond that, he said, the bank may
    be following a lead.": the clause the attribution is set into with commas."""
    head, text = token.head, doc_text(token.doc)
    as_span = _as_reported(token, lemma, subject, children)
    if as_span is not None:
        yield as_span, lemma, token, subject
        return
    if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i < head.i:
        return  # "Speaking to a local paper, Tom Reyes explained ...": the main verb reports
    around = head.i > token.i and token.tag_ != "VBG" and set_off(text, token, subject)
    host = host_clause(text, token, children)
    between = around or set_off(text, token, subject)  # ", the study suggests, to flood"
    semi = _semicolon_before(text, token)  # "...; the cause, police said, was a cigarette"
    if (
        not (lemma in SAY_AFTER or between and is_speech_verb(lemma))  # ", she testified,"
        or any(
            c.dep_ in {"ccomp", "xcomp", "dobj"}
            and c != host
            and c.right_edge.idx > semi
            and not (c.dep_ == "dobj" and lemma in TOLD)  # "she told reporters": the hearers
            for c in children
        )
        or token.dep_ not in {"parataxis", "ccomp", "advcl"}
        or subject is None
        or token.head.i == token.i
    ):
        return
    if head.i < token.i and "," in text[head.idx : token.idx] and token.dep_ != "advcl":
        end = token_end(host.right_edge) if host is not None else token.left_edge.idx
        start = max(head.left_edge.idx, semi)
        yield (start, end), lemma, token, subject  # the attribution inside
    elif around:
        after = token_end(_attribution(token, subject)[-1])
        rest = text[after : token_end(head.right_edge)].lstrip(" ,")
        if rest[:1] in '“"':  # 'However, she added, "there are no ..." where ...'
            start = token_end(head.right_edge) - len(rest)
            close = min(
                (i for i in (text.find("”", start + 1), text.find('"', start + 1)) if i > 0),
                default=-1,
            )
            if close > 0:
                yield (start, close + 1), lemma, token, subject
                return
        start = head.left_edge.idx  # "The two trucks, police said, collided": the parser
        inserted = inserted_start(text, token, subject)  # hung the verb on the noun before
        start = max(start if inserted is None else min(start, inserted), semi)
        yield (start, token_end(head.right_edge)), lemma, token, subject


def _semicolon_before(text: str, token: Token) -> int:
    """Where the words after the last semicolon before ``token`` in its sentence start (the
    sentence's start if there is none): a clause before a semicolon is a sentence of its own."""
    sent = sentence_of(token)
    at = text.rfind(";", sent.start_char, token.idx)
    if at < 0:
        return sent.start_char
    return len(text) - len(text[at + 1 :].lstrip())


def carried_on(span: tuple[int, int], token: Token, subject: Token | None) -> tuple[int, int]:
    """ "The bridge was not safe, engineers have said, and should never have opened": a
    clause reported before an attribution set off by commas goes on after it with "and" or
    "but" and a verb that has no subject of its own but an auxiliary ("should", "was");
    the statement runs to that verb's end, over the attribution (else ``span`` as it is)."""
    text = doc_text(token.doc)
    if span[1] > token.idx or not set_off(text, token, subject):
        return span
    host = token.head if token.dep_ == "parataxis" else token  # "X, she said, but will ..."
    for conj in (c for c in host.children if c.dep_ == "conj" and c.i > token.i):
        kids = list(conj.children)
        words = {*host.children, *token.children, *kids}
        joined = [c for c in sorted(words) if c.dep_ == "cc" and token.i < c.i < conj.i]
        if (
            joined
            and joined[0].lower_ in {"and", "but"}
            and not any(k.dep_ in {"nsubj", "nsubjpass", "expl"} for k in kids)
            and any(k.dep_ in {"aux", "auxpass"} for k in kids)
            and not is_speech_verb(conj.lemma_.lower())
        ):
            return span[0], token_end(conj.right_edge)
    return span


def inserted_start(text: str, token: Token, subject: Token | None) -> int | None:
    """Where the sentence starts when "subject cue" is set into it between commas after
    some words of the statement with no verb of their own ("Beyond that, he said, ...",
    not "When Putin asked him ..., Lavrov said, ..."); else None."""
    if subject is None or subject.i > token.i:
        return None
    first = subject.left_edge
    sent = sentence_of(token)
    lead = token.doc[sent.start : first.i]
    before = text[max(0, first.idx - 2) : first.idx].strip()
    after = text[token_end(token) : token_end(token) + 2].strip()
    if not (before.endswith(",") and after.startswith(",")) or not len(lead):
        return None
    if re.match(r",\s*[\"“]", text[token_end(token) : token_end(token) + 4]):
        return None  # 'In remarks to the press, Ruiz observed, "...': a quotation it opens
    if any(t.pos_ in {"VERB", "AUX"} for t in lead):
        return None
    return sent.start_char


def _attribution(token: Token, subject: Token | None) -> list[Token]:
    """The words of an attribution in reading order: the cue, its subject ("says the
    report", "she testified") and its adverbs, without what the parser hung on it."""
    words = [token, *(c for c in token.children if c.dep_ in {"advmod", "aux", "neg"})]
    if subject is not None and subject.head.i == token.i:
        words += list(subject.subtree)
    told = token.lemma_.lower() in TOLD
    for child in token.children:  # "she told reporters", "he said to journalists"
        if (child.dep_ == "dobj" and told) or (child.dep_ == "prep" and child.lower_ == "to"):
            words += list(child.subtree)
    return sorted((t for t in words if not t.is_punct), key=lambda t: t.i)


def host_clause(text: str, token: Token, children: list[Token]) -> Token | None:
    """ "The bridge would be inspected, Jones said, to find out why", "The crash began, police
    said, in the northbound lanes": the parser hangs the rest of the host clause on the
    inserted attribution; that clause is not its content."""
    if token.dep_ != "parataxis" or token.head.i > token.i:
        return None
    after = [c for c in children if c.dep_ in {"xcomp", "ccomp", "prep"} and c.i > token.i]
    if after and text[token_end(token) : after[0].left_edge.idx].strip() == ",":
        return after[0]
    return None


def set_off(text: str, token: Token, subject: Token | None) -> bool:
    """True when the attribution around ``token`` stands between two commas."""
    words = _attribution(token, subject)
    left, right = words[0], words[-1]
    if right.i - left.i + 1 != len(words):
        return False  # words of the statement inside the attribution
    before = text[max(0, left.idx - 2) : left.idx].strip()
    after = text[token_end(right) : token_end(right) + 2].strip()
    return before.endswith(",") and after.startswith(",")


#: What an "as" clause holds of its own: then it says something, not "as X reported".
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "attr", "conj", "acomp", "oprd"})


def _as_reported(
    token: Token, lemma: str, subject: Token | None, children: list[Token]
) -> tuple[int, int] | None:
    """ "As the agency reported, the bridge was closed", "the bridge was closed, as the agency
    reported": the clause an "as" attribution is set before or after, without it (one set
    inside stays: "is, as reports noted, elected"). Not "as expected", "as he hoped", nor
    "as she put it" (an object of its own)."""
    mark = next((c for c in children if c.dep_ == "mark" and c.lower_ == "as"), None)
    text = doc_text(token.doc)
    if (
        mark is None
        or token.dep_ != "advcl"
        or subject is None
        or subject.head != token
        or lemma in BELIEF | ASPECTUAL
        or urges(lemma)  # "as much money as he requested": a comparison
        or any(c.dep_ in _OWN_CONTENT for c in children)
        or token.head.dep_ in {"relcl", "acl"}  # "the only one that is, as X noted, ..."
        or not (mark.is_sent_start or text[max(0, mark.idx - 2) : mark.idx].strip() == ",")
    ):
        return None
    head = token.head.head if token.head.dep_ in {"aux", "auxpass"} else token.head
    start, end = extent(head)
    low, high = token.left_edge.idx, token_end(token.right_edge)
    if low <= start:  # "As the agency reported, ..."
        start = high
        while start < end and text[start] in " ,":
            start += 1
    elif not text[high:end].strip(" .,;"):  # "..., as the agency reported."
        end = low
        while end > start and text[end - 1] in " ,":
            end -= 1
    else:
        return None  # set inside its clause: left to the parse ("is, as X noted, elected")
    return (start, end) if start < end else None
