"""What a cue reports through its object: a small clause ("ruled the merger unlawful",
"projected the state for X"), the deed a judging verb names ("accused the firm of hiding its
losses"), a reported clause or gerund ("proposed closing the bridge"); and which subjects can
be a source at all.

>>> is_source(None)
False
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import (
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    ORG_WORDS,
    SPEECH_NOUNS,
    TIME_WORDS,
    TITLES,
)
from ..nlp import doc_text
from .clauses import extent, infinitive
from .figures import figure_span
from .misparsed import finite
from .subjects import SUBJECTS, token_end
from .verbs import BELIEF, OBJECT_NEWS, OBJECT_SAID, OWNED, RULING, is_speech_verb

__all__ = [
    "is_source",
    "judged_deed",
    "not_a_source",
    "object_said",
    "owned_deed",
    "reported_clause",
    "small_clause",
]


#: Words that, as a whole subject, point at a thing, never at a source.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "it's", "which"})


def not_a_source(subject: Token) -> bool:
    """A bare demonstrative or determiner ("This will ...", "Those ..."), a time
    expression ("the coming days") or the "us" of "Let's say": never a source."""
    if subject.tag_ == "DT" and _of_people(subject):
        return False  # "Some of the protesters", "Many of them": people, counted
    if (
        subject.tag_ in {"DT", "PDT", "WDT"}
        or subject.lower_ in {"'s", "’s"}
        or (
            subject.lower_ in _DEMONSTRATIVES
            and not any(c.dep_ != "punct" for c in subject.children)
        )
    ):
        return True
    if subject.ent_type_ in {"DATE", "TIME"} and (
        subject.like_num or subject.lemma_.lower() in TIME_WORDS
    ):
        return True
    return subject.lemma_.lower() in TIME_WORDS and subject.pos_ == "NOUN"


def _of_people(det: Token) -> bool:
    """ "Some of the protesters", "most of them": a determiner counting a plural group."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS", "PRP"} for o in p.children)
        for p in det.children
    )


def is_source(subject: Token | None) -> bool:
    """A subject that can be a source: a name, a pronoun, a document, a person or a group."""
    if subject is None:
        return False
    if subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    lemma = subject.lemma_.lower()
    if (
        lemma in DOCUMENT_NOUNS
        or lemma in TITLES
        or lemma in ORG_WORDS
        or lemma in INSTITUTION_NOUNS
    ):
        return True
    return lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee", "team", "group", "guard"))


def reported_clause(child: Token) -> bool:
    """A clausal complement that reports, not a relative clause misread as one."""
    if child.dep_ == "xcomp":  # "urged X to halt", "proposed closing the bridge"
        return infinitive(child) or _gerund(child)
    if child.dep_ == "advcl" and (_clause_before(child) or _clause_after(child)):
        return True
    if child.dep_ == "advcl" and child.lemma_ == "be" and infinitive(child):
        # "found the sequences to be diverse", the parser's adverbial read of a small clause
        return any(c.dep_ == "dobj" and c.i < child.i for c in child.head.children)
    if child.dep_ != "ccomp" or child.pos_ not in {"VERB", "AUX"}:
        return False
    heads = [child, *(c for c in child.children if c.dep_ in {"aux", "auxpass"})]  # "he can and
    # may go"; "the case was closed", where the parser hangs the subject on "was"
    if not any(c.dep_ in SUBJECTS | {"expl", "csubj"} for h in heads for c in h.children):
        return False  # a clause reports with a subject: "guarantees Moscow has demanded"
    return not any(  # "that" read as the object of its own clause is its mark
        c.dep_ == "dobj" and c.i < child.i and c.tag_ not in {"WP", "WDT"} and not _mark(c)
        for c in child.children
    )


def _mark(tok: Token) -> bool:
    """ "announced by the ministry that the border would reopen": a "that" opening the clause."""
    return tok.lower_ == "that" and tok.i == tok.head.left_edge.i and tok.i + 1 < tok.head.i


def _clause_after(child: Token) -> bool:
    """ "she said as a child she was forced to work": a finite clause with a subject of its
    own right after a verb of speech, with no conjunction, that the parser read as an
    adverbial clause (because of "as a child") is what was said."""
    cue = child.head
    kids = list(child.children)
    return (
        child.i > cue.i
        and is_speech_verb(cue.lemma_.lower())
        and "," not in doc_text(child.doc)[cue.idx : child.left_edge.idx]
        and not any(c.dep_ in {"ccomp", "dobj"} for c in cue.children)
        and not any(k.dep_ == "mark" or k.tag_ == "WRB" for k in kids)  # "when she was 14"
        and any(k.dep_ in SUBJECTS and k.i < child.i for k in kids)
        and finite(child)
    )


def _clause_before(child: Token) -> bool:
    """ "A bridge collapsed, the station reported.": a finite clause with a subject, set
    before the cue with a comma and opened by no conjunction ("When it collapsed, ...")."""
    doc, edge = child.doc, child.right_edge.i
    finite = child.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} for c in child.children
    )
    cue = child.head.lemma_.lower()
    return (
        child.i < child.head.i
        and is_speech_verb(cue)
        and cue not in BELIEF
        and finite
        and edge + 1 < len(doc)
        and doc[edge + 1].text == ","
        and any(c.dep_ in SUBJECTS for c in child.children)
        and not any(c.dep_ == "mark" or c.tag_ in {"WRB", "WP", "WDT"} for c in child.children)
    )


def _gerund(child: Token) -> bool:
    """A gerund clause after its verb, with no subject of its own ("proposed closing ...")."""
    return (
        child.tag_ == "VBG"
        and child.i > child.head.i
        and not any(c.dep_ in SUBJECTS | {"aux", "auxpass"} for c in child.children)
    )


def judged_deed(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "accused the firm of hiding its losses", "blamed the council for ignoring ...": the
    object and the deed it is judged for, a gerund after "of", "for" or "with"."""
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > token.i), None)
    if dobj is None or lemma in BELIEF:  # "assuming the duty of guarding ..."
        return
    preps = [c for c in children if c.lower_ in {"of", "for", "with"}]
    preps += [c for c in dobj.children if c.lower_ == "of"]  # not "a contest for redesigning"
    for prep in preps:
        deed = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if deed is not None and any(c.dep_ in SUBJECTS for c in deed.children):
            continue  # ", with the river rising": what went on around, not a deed judged
        if prep.i > dobj.i and prep.dep_ == "prep" and deed is not None:
            start = dobj.left_edge.idx
            if doc_text(token.doc)[deed.idx - 1 : deed.idx] in {"“", '"'}:
                start = deed.idx - 1  # accused him of "lying": the quoted word alone
            yield (start, token_end(prep.right_edge)), lemma, token, subject
            return


def owned_deed(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "confessed to stealing the van", "admitted to acting alone": the deed owned up to."""
    if lemma not in OWNED:
        return
    for prep in children:
        deed = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > token.i and deed is not None:
            yield (deed.idx, token_end(deed.right_edge)), lemma, token, subject
            return


def small_clause(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "ruled the merger unlawful", "projected the state for the challenger": an object and
    what is said of it, after a verb of ruling or declaring."""
    if lemma not in RULING or any(reported_clause(c) for c in children):
        return
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > token.i), None)
    if dobj is None:  # "ruled [the merger unlawful]" parsed as one adjective phrase
        for c in children:
            nominal = any(t.pos_ in {"NOUN", "PROPN"} and t.i < c.i for t in c.subtree)
            if (
                c.i > token.i
                and c.dep_ in {"advmod", "acomp", "oprd"}
                and c.pos_ == "ADJ"
                and nominal
            ):
                if is_source(subject):
                    yield (c.left_edge.idx, token_end(c.right_edge)), lemma, token, subject
                return
        return
    said = [
        c
        for c in children
        if c.i > dobj.i
        and (
            c.dep_ in {"oprd", "acomp", "advmod", "xcomp", "ccomp"}
            and c.pos_ in {"ADJ", "NOUN", "PROPN", "VERB", "AUX"}
            or (c.dep_ == "prep" and c.lower_ == "for" and lemma == "project")
        )
    ]
    said += [
        c for c in dobj.children if c.dep_ in {"amod", "acl"} and c.i > dobj.i and c.pos_ == "ADJ"
    ]
    if said and is_source(subject):
        end = max(token_end(c.right_edge) for c in said)
        text, after = doc_text(token.doc), token_end(dobj)
        mark = min(
            (i for i in (text.find("“", after, end), text.find('"', after, end)) if i >= 0),
            default=-1,
        )
        yield (mark if mark >= 0 else dobj.left_edge.idx, end), lemma, token, subject


def object_said(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "denied the allegations": the object of a denial, when nothing else is reported
    (not "denied him bail", "denied it"); "denied claims that X": X is what was denied.
    "said a law allowing the sale marked a dark day": "say" takes no plain object, so an
    object with a verb inside is a clause the parser misread; "reported
    a mechanism by which ...", "reported some sellers offering ...": what was reported is an
    event or finding told by a clause inside its object."""
    if any(reported_clause(c) for c in children):
        return
    figures = figure_span(token, lemma, subject, children, a_source=is_source(subject))
    if figures is not None:  # "Phivolcs recorded 611 aftershocks", "reported 22 sold units"
        yield figures, lemma, token, subject
        return
    if lemma in {"say", "report"}:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > token.i), None)
        before = doc_text(token.doc)[max(0, token.idx - 3) : token.idx].strip()
        if (
            obj is not None
            and not before.endswith((",", '"', "”"))  # '..." said a protester using ...'
            and obj.pos_ in {"NOUN", "PROPN"}
            and (lemma == "say" or is_source(subject))  # not "Amongst reported incidents"
            and any(t.pos_ in {"VERB", "AUX"} for t in obj.subtree)
        ):
            yield extent(obj), lemma, token, subject
        return
    objs = [c for c in children if c.dep_ in {"dobj", "dative"} and c.i > token.i]
    if any(c.dep_ == "auxpass" for c in children) and objs:
        return  # "He was denied bail by the judge": the object is what was withheld
    if not objs and any(c.dep_ == "agent" for c in children):  # "The claim was denied by X",
        objs = [c for c in children if c.dep_ == "nsubjpass" and c.i < token.i]  # "The deaths
        # were confirmed by police": the passive's subject is what the agent said
    if len(objs) == 1 and objs[0].lemma_ in OBJECT_NEWS.get(lemma, ()):
        yield (objs[0].left_edge.idx, token_end(objs[0].right_edge)), lemma, token, subject
        return  # "announced the death of the poet", "stated its intention to leave"
    if lemma not in OBJECT_SAID:
        return
    if len(objs) != 1 or objs[0].dep_ == "dative" or objs[0].pos_ not in {"NOUN", "PROPN"}:
        return
    obj = objs[0]
    said = [c for c in obj.children if c.dep_ in {"acl", "ccomp"}]
    if obj.lemma_.lower() in SPEECH_NOUNS and said:  # "denied claims that it had lied"
        yield extent(said[0]), lemma, token, subject
        return
    if any(t.pos_ == "PRON" for t in obj.subtree):
        return
    yield (obj.left_edge.idx, token_end(obj.right_edge)), lemma, token, subject
