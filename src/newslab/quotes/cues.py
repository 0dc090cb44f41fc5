"""Reading a cue off the parse: what a reporting verb reports, and who its subject is.

Pure functions over spaCy tokens, used by :mod:`newslab.quotes`. A cue's content is its
clausal complement ("said [that] X"), its infinitive ("urged the company to X"), its "for"
object ("called for X to Y"), its "as" complement ("dismissed that as X"), its small clause
("ruled the merger unlawful", "projected the state for X"), the clause before it ("X, Lavrov
said") or the clause around it ("Beyond that, he said, X"); "according to X" reports the
sentence around it; objects are :mod:`.objects`'s. Verbs of evidence ("found") need a source.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp import doc_text
from .clause_ends import before_source, consequence
from .clauses import according_to, extent, infinitive
from .continued import continued_end, merge_adjacent
from .inserted import after_or_around, carried_on, host_clause, inserted_start
from .media import medium_clause, relayed_speaker
from .misparsed import (
    clause_after,
    cue_as_modifier,
    object_opens,
    subject_as_object,
    verb_after_participle,
)
from .nouns import noun_statements
from .object_statements import (
    attributed,
    judged_deed,
    object_said,
    owned_deed,
    small_clause,
    warned_of,
)
from .objects import is_source, not_a_source, reported_clause
from .occasions import clause_on_modifier
from .subjects import subject_of, token_end
from .that_clauses import that_clause_in_object
from .unsaid import (
    anonymity,
    asked_or_ahead,
    bare_participle,
    has_agent,
    not_speaking,
    split_passive,
    went_on,
)
from .verbs import (
    ASPECTUAL,
    BELIEF,
    DIRECTIVE,
    EVIDENTIAL,
    NAMING_AS,
    RULING,
    characterizes,
    is_cue_verb,
    is_speech_verb,
    manner_of_speaking,
    urges,
)
from .views import opinion_statements


def cue_statements(token: Token, sent: Span):
    """(content offsets, cue lemma, cue token, subject token) for each statement ``token`` cues."""
    lemma = token.lemma_.lower()
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        yield from according_to(token, sent)
        return
    if token.text == "Per" and token.i == sent.start and token.dep_ == "prep":
        yield from according_to(token, sent, prep=token)  # "Per the decree, priests must ..."
        return
    if token.pos_ == "NOUN":
        yield from noun_statements(token)  # "a statement that ...", "to the effect ..."
        yield from opinion_statements(token, sent)  # "In her view, the law is too strict"
        return
    if token.dep_ in {"amod", "conj"} and (inverted := list(cue_as_modifier(token, sent))):
        yield from inverted  # ", stated minister Orla Venn": an adjective or a second verb
        return
    if token.pos_ not in {"VERB", "AUX"} or not is_cue_verb(lemma):
        return
    if any(c.dep_ == "neg" for c in token.children) or (infinitive(token) and not went_on(token)):
        return  # "didn't announce", "to call on": nothing was stated
    if asked_or_ahead(token, lemma):
        return  # "Asked what she would write next", "would ask the judge to review"
    subject = relayed_speaker(token) or subject_of(token)  # "quoted Ana as saying": Ana said it
    if subject is None and token.tag_ in {"VBZ", "VBP"}:
        return  # a finite verb with no subject is a misread noun: "guarantees Moscow demanded"
    if (
        subject is not None
        and subject.dep_ == "nsubjpass"
        and subject.head == token
        and not has_agent(token)
    ):
        return  # "was forecast to ...", "is expected to ...": no source given
    if token.dep_ in {"advcl", "ccomp"} and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children
    ):
        return  # "allowed if two doctors agree ...": a condition, nobody said it yet
    if token.dep_ == "acl" and token.tag_ == "VBN" and not has_agent(token) and subject is None:
        return  # "The driver, identified as Tom Reed,": nobody is said to say it
    if bare_participle(token) or split_passive(token):
        return  # "When asked whether she would resign, she said": she was asked, not asking
    if subject is not None and not_speaking(token, subject):
        return  # "Rising debt threatens to ...", "Tom Berg, asked whether ..., said"
    if lemma in EVIDENTIAL and lemma not in _PLAIN and not is_source(subject):
        return  # "These contests will determine whether ...": evidence, not a source
    if subject is not None and not_a_source(subject):
        return  # "This will produce ...", "2018 saw ...": a thing or a time, not a source
    children = list(token.children)
    found = [
        *_complements(token, lemma, subject, children),
        *small_clause(token, lemma, subject, children),
        *object_said(token, lemma, subject, children),
        *attributed(token, lemma, subject, children),
        *warned_of(token, lemma, subject, children),
        *after_or_around(token, lemma, subject, children),
    ] or list(medium_clause(token, lemma, subject, children))  # "said in a letter that X"
    found += [
        (f[0], c.lemma_.lower(), c, subject_of(c))
        for c in children
        if _passes_on(c, token)
        for f in found
        if f[0][1] <= token.idx
    ]
    plain = is_speech_verb(lemma) and lemma not in manner_of_speaking()  # not "sang, ..."
    if not found and plain and subject is not None:
        span = (
            subject_as_object(token, children)
            or clause_after(token)
            or clause_on_modifier(token, children)
            or that_clause_in_object(token, children)
            or verb_after_participle(token, children)
        )
        found = [(span, lemma, token, subject)] if span is not None else []
    if subject is not None:  # never the source's own phrase, misread as a clause before the cue
        found = [(before_source(f[0], subject), *f[1:]) for f in found]
        found = [f for f in found if not (f[0][0] <= subject.idx < f[0][1] <= token.idx)]
    yield from ((carried_on(f[0], token, subject), *f[1:]) for f in found)


#: Communication verbs that are also evidential but take any subject ("said", "told").
_PLAIN = frozenset({"confirm", "estimate", "conclude"})


def _to_be(clause: Token) -> int | None:
    """ "reported the commander to be dead", "found the samples to have dried": an object
    and "to be" or "to have" after it are one small clause, what was reported of the object
    (not a purpose: "announced a law to curb fraud"); where the object starts, else None."""
    head = clause.head
    obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < clause.i), None)
    if obj is None or not infinitive(clause):
        return None
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children)
    return obj.left_edge.idx if clause.lemma_ == "be" or perfect else None


def _object_before(token: Token, clause: Token) -> bool:
    return any(c.dep_ == "dobj" and token.i < c.i < clause.i for c in token.children)


def _complements(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """Clausal complements, infinitives, "call for" objects and "as" complements."""
    for_obj, for_obj_np_end = None, 0
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "for" and lemma == "call":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                for_obj = (objs[0].left_edge.idx, token_end(child.right_edge))
                for_obj_np_end = (
                    token_end(objs[0].right_edge) if not _has_infinitive(objs[0]) else 0
                )
    text = doc_text(token.doc)
    host = host_clause(text, token, children)
    reported = [c for c in children if reported_clause(c) and not anonymity(c) and c != host]
    if lemma in ASPECTUAL:
        reported = [c for c in reported if c.dep_ != "xcomp"]  # "continued building the wall"
    if lemma in BELIEF:
        reported = [c for c in reported if c.dep_ != "xcomp"]  # "is expected to last": no claim
    if not (is_speech_verb(lemma) or lemma in RULING):  # "encouraged X to", "ordered that X be"
        reported = [
            c
            for c in reported
            if urges(lemma)
            and c.dep_ == "xcomp"
            or (urges(lemma) or lemma in DIRECTIVE)
            and _that(c)
        ]
    elif not urges(lemma):  # "announced a new law to mandate ...": the law's purpose
        reported = [
            c
            for c in reported
            if not (infinitive(c) and _object_before(token, c)) or _to_be(c) is not None
        ]
    reported = [c for c in reported if c.dep_ != "ccomp" or not _passes_on(c, token)]
    reported = [c for c in reported if lemma != "hold" or not infinitive(c)]  # "hold X to account"
    reported += consequence(token, reported)
    if lemma in manner_of_speaking():  # "Pupils sang, a chief gave a prayer": no report
        reported = [c for c in reported if _that(c)]
    clauses = [
        (object_opens(token, children, c) or (None if urges(lemma) else _to_be(c)) or start, end)
        for c in reported
        for start, end in (extent(c),)
    ]
    clauses = [  # "The hall has 500 seats; reports said ...": the clause before is the writer's
        c for c in clauses if not (c[1] <= token.idx and ";" in text[c[1] : token.idx])
    ]
    inserted = inserted_start(text, token, subject)
    for start, end in merge_adjacent(text, clauses):
        if inserted is not None and start > token.idx:  # "Beyond that, he said, the bank ..."
            start = inserted
        if start > token.idx:  # "..., and drivers would be able to cross it"
            end = continued_end(token, end)
        yield (start, end), lemma, token, subject
    for child in children:
        if child.dep_ == "advcl" and infinitive(child) and child.i > token.i and urges(lemma):
            if for_obj is not None and for_obj[0] < child.idx:
                for_obj = (for_obj[0], extent(child)[1])
            else:
                yield extent(child), lemma, token, subject
    if for_obj is not None and for_obj[1] > for_obj_np_end:  # "called for X to Y", not "for X"
        yield for_obj, lemma, token, subject
    yield from judged_deed(token, lemma, subject, children)
    yield from owned_deed(token, lemma, subject, children)
    if characterizes(lemma) or lemma in NAMING_AS:  # "named Ana Sol as his running mate"
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        holders = [token] + ([dobj] if dobj is not None else [])
        as_prep = next(
            (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"), None
        )
        # "Storms classified as category 3 are ...": a participle the parser read as the
        # sentence's verb, with nothing it characterizes
        lost = dobj is None and as_prep is not None and as_prep.i == token.i + 1
        lost = lost and token.dep_ in {"ROOT", "conj"} and lemma not in NAMING_AS
        lost = lost and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)  # "was
        # identified as Ana Ruiz by a spokesperson": the passive's subject is what was named
        if as_prep is not None and as_prep.i > token.i and not _as_saying(as_prep) and not lost:
            # "what she described as post-election resources": what was said starts after "as"
            start = (
                dobj.left_edge.idx if dobj is not None and dobj.i < as_prep.i else as_prep.idx + 3
            )
            quoted_as = doc_text(token.doc)[as_prep.idx + 3 : as_prep.idx + 4] in '“"'
            if dobj is not None and (dobj.tag_ in {"WDT", "DT"} or dobj.i < token.i) or quoted_as:
                start = as_prep.idx + 3
            elif dobj is None and lemma in NAMING_AS and as_prep.i > token.i + 1:
                start = token.nbor().idx  # the parser lost the object: "named [X] as ..."
            if dobj is None or dobj.i > token.i or start > as_prep.idx:
                yield (start, token_end(as_prep.right_edge)), lemma, token, subject


def _as_saying(as_prep: Token) -> bool:
    """ "cited the chief as saying the suspects were linked": the chief's words are the
    statement (his own cue), and the citing reports nothing of its own."""
    return any(
        c.tag_ == "VBG" and is_speech_verb(c.lemma_.lower())
        for c in as_prep.children
        if c.dep_ in {"pcomp", "pobj"}
    )


def _that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _passes_on(child: Token, cue: Token) -> bool:
    """ "The bridge collapsed, Radio Kestrel reported the mayor said.": a verb of saying
    after the cue, with a subject and nothing said of its own, passes on the clause before
    the cue; that clause is the mayor's, and the station's report of it."""
    doc, after = child.doc, child.right_edge.i + 1
    return (
        child.dep_ == "ccomp"
        and child.i > cue.i
        and child.tag_ in {"VBD", "VBZ", "VBP"}
        and is_speech_verb(child.lemma_.lower())
        and child.lemma_.lower() not in BELIEF
        and any(k.i < cue.i and k.dep_ in {"ccomp", "advcl", "parataxis"} for k in cue.children)
        and any(k.dep_ == "nsubj" for k in child.children)
        and not any(k.dep_ in _CONTENT or k.dep_.startswith("aux") for k in child.children)
        and (after >= len(doc) or doc[after].text in {".", ";"})
    )


#: What a verb of saying has when it says something of its own.
_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "advcl", "conj", "oprd", "attr", "acomp"})


def _has_infinitive(noun: Token) -> bool:
    """ "for the U.S. to give ...": an infinitive clause hangs under the object."""
    return any(t.dep_ in {"acl", "relcl", "advcl"} and infinitive(t) for t in noun.subtree)
