"""Reading a cue off the parse: what a reporting verb reports, and who its subject is.

Pure functions over spaCy tokens, used by :mod:`newslab.quotes`. A cue's content is its
clausal complement ("said [that] X"), its infinitive ("recommended to X"), its "for" object
("called for X to Y"), its "as" complement ("dismissed that as X"), or the clause before it
("X, Lavrov said"); "according to X" reports the sentence around it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import (
    INFINITIVE_CUES,
    SAY_AFTER,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_AS,
)
from ..nlp import doc_text, sentence_of

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def cue_statements(token: Token, sent: Span):
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
    subject = subject_of(token)
    if subject is not None and subject.dep_ == "nsubjpass" and not _has_agent(token):
        return  # "was forecast to ...", "is expected to ...": no source given
    children = list(token.children)
    for_obj = None
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "for" and lemma == "call":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                for_obj = (objs[0].left_edge.idx, token_end(child.right_edge))
    clauses = [_extent(c) for c in children if _reported_clause(c)]
    for start, end in _merge_adjacent(doc_text(token.doc), clauses):
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
            quoted_as = doc_text(token.doc)[as_prep.idx + 3 : as_prep.idx + 4] in '“"'
            if dobj is not None and (dobj.tag_ in {"WDT", "DT"} or dobj.i < token.i) or quoted_as:
                start = as_prep.idx + 3
            if dobj is None or dobj.i > token.i or start > as_prep.idx:
                yield (start, token_end(as_prep.right_edge)), lemma, token, subject
    if (
        lemma in SAY_AFTER
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in children)
        and token.dep_ in {"parataxis", "ccomp"}
        and token.head.i < token.i
        and subject is not None
        and "," in doc_text(token.doc)[token.head.idx : token.idx]
    ):
        head = token.head  # "Russia will continue talks, Lavrov said."
        yield (head.left_edge.idx, token.left_edge.idx), lemma, token, subject


def _reported_clause(child: Token) -> bool:
    """A clausal complement that reports, not a relative clause misread as one."""
    if child.dep_ == "xcomp":
        return _infinitive(child)
    if child.dep_ != "ccomp" or child.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ in SUBJECTS | {"expl", "csubj"} for c in child.children):
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
    text = doc_text(token.doc)
    phrase_start, phrase_end = token.idx, token_end(source.right_edge)
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
    end = max((token_end(t) for t in after), default=phrase_start)
    start = sent.start_char
    yield (start, _clause_end(text, start, end)), "according to", token, source


def _clause_end(text: str, start: int, end: int) -> int:
    """A reported clause stops before "; " or ", but ": what follows is the writer's."""
    cuts = [text.find(sep, start, end) for sep in ("; ", ", but ")]
    cuts = [c for c in cuts if c != -1]
    return min(cuts) if cuts else end


def subject_of(verb: Token) -> Token | None:
    """The cue's subject, or the agent of a passive; a cue without one (a conjunct, a
    participle: "After weeks of criticizing ..., Lavrov told") takes its governor's."""
    tok: Token | None = verb
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "xcomp"}
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        tok = sentence_of(verb).root  # "An eyewitness described how it unfolded, stating, ..."
    for _ in range(6):
        if tok is None:
            return None
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was described as ... by the police"
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _antecedent(obj)
        for child in tok.children:
            if child.dep_ in SUBJECTS:
                return _antecedent(child)
        outer = _speech_ancestor(tok) if tok.dep_ == "conj" else None
        if outer is not None:
            tok = outer  # "wrote that X will happen as planned and underlined that ..."
        elif (
            tok.dep_ in {"conj", "xcomp", "advcl", "pcomp", "pobj", "prep"} and tok.head.i != tok.i
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
        for prev in reversed(tok.doc[sentence_of(tok).start : tok.i]):
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


def token_end(tok: Token) -> int:
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
                or any(c.dep_ in SUBJECTS for c in tok.children)
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
        or (toks[0].tag_ in {"WDT", "WP"} and toks[0].dep_ in SUBJECTS)
    ):
        toks = toks[1:]
    return (toks[0].idx, token_end(toks[-1])) if toks else (head.idx, head.idx)


def named_after(cue: Token) -> Token | None:
    """ "... tweeted Mayor of London Sadiq Khan": the name right after an inverted cue."""
    for tok in cue.doc[cue.i + 1 : min(len(cue.doc), cue.i + 7)]:
        if tok.is_punct and tok.text not in {"'", "’"}:
            return None
        if tok.ent_type_ == "PERSON" and (
            tok.i + 1 == len(tok.doc) or tok.nbor().ent_type_ != "PERSON"
        ):
            return tok
    return None
