"""Which subjects can be a source at all ("the ministry", not "2018" or "this"), and which
complements of a cue are reported clauses or gerunds ("proposed closing the bridge"); what a
cue reports through its object is in :mod:`.object_statements`.

>>> is_source(None)
False
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import (
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    ORG_WORDS,
    TIME_WORDS,
    TITLES,
)
from ..nlp import doc_text
from ..person_nouns import is_person_noun
from .clauses import infinitive
from .misparsed import finite
from .phrases import personal
from .subjects import SUBJECTS
from .verbs import BELIEF, RULING, is_speech_verb

__all__ = ["epithet", "is_source", "not_a_source", "reported_clause", "served", "summons"]


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
        or lemma in _PEOPLE_WHO_SPEAK
    ):
        return True
    return lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee", "team", "group", "guard"))


#: People who speak for themselves or others and whose nouns end in no agent's suffix
#: ("health officials confirmed three cases", "analysts estimated a loss of $3 million").
_PEOPLE_WHO_SPEAK = frozenset(
    "official analyst expert witness resident source spokesman spokeswoman spokesperson "
    "staff police".split()
)


def reported_clause(child: Token) -> bool:
    """A clausal complement that reports, not a relative clause misread as one."""
    if child.dep_ == "xcomp":  # "urged X to halt", "proposed closing the bridge"
        if summons(child.head):
            return False  # "will call X to appear"
        return infinitive(child) or _gerund(child) or _finite(child)
    if child.dep_ == "advcl" and (_clause_before(child) or _clause_after(child)):
        return True
    if child.dep_ == "advcl" and child.lemma_ == "be" and infinitive(child):
        # "found the sequences to be diverse", the parser's adverbial read of a small clause
        return any(c.dep_ == "dobj" and c.i < child.i for c in child.head.children)
    if child.dep_ == "ccomp" and child.pos_ in {"NOUN", "PROPN"} and _that_noun(child):
        return True  # "writes that the term "X" derived from Y": the verb read as a participle
    if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and child.i > child.head.i:
        cue = child.head  # not "ordered an alert and that ...", nor "the notion that the
        if not is_speech_verb(cue.lemma_.lower()) or cue.dep_ in {"relcl", "acl"}:
            return False  # founders rejected, and that the court repudiated"
        if cue.dep_ == "ccomp" and is_speech_verb(cue.head.lemma_.lower()):
            return False  # "said the team released mosquitoes, and that ...": the sayer's
        kids = list(child.children)  # "announced a new phone and that its laptops will ..."
        joined = any(c.dep_ in {"dobj", "ccomp"} and c.i < child.i for c in cue.children)
        return (
            joined
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
            and any(c.dep_ in SUBJECTS for c in kids)
        )
    if child.dep_ == "ccomp" and child.pos_ in {"ADJ", "NOUN"} and _quoted_word(child):
        # 'said he was "shocked" by', 'said the gap "hurts."': a verb the tagger misread, but
        if child.head.lemma_.lower() in RULING:  # 'declared himself "immune"': that word alone
            return False
    elif child.dep_ != "ccomp" or child.pos_ not in {"VERB", "AUX"}:
        return False
    heads = [child, *(c for c in child.children if c.dep_ in {"aux", "auxpass"})]  # "he can and
    # may go"; "the case was closed", where the parser hangs the subject on "was"
    if not any(c.dep_ in SUBJECTS | {"expl", "csubj"} for h in heads for c in h.children):
        return False  # a clause reports with a subject: "guarantees Moscow has demanded"
    return not any(  # "that" read as the object of its own clause is its mark
        c.dep_ == "dobj" and c.i < child.i and c.tag_ not in {"WP", "WDT"} and not _mark(c)
        for c in child.children
    )


def _quoted_word(tok: Token) -> bool:
    """A word set in quotation marks of its own, or with its adverbs ('"deeply flawed"'):
    the tagger reads a lone quoted verb or participle as an adjective or a noun."""
    doc = tok.doc
    first = tok.i
    while first > 1 and doc[first - 1].head == tok and doc[first - 1].dep_ in {"advmod", "neg"}:
        first -= 1
    return (
        0 < first <= tok.i < len(doc) - 1
        and doc[first - 1].text in {'"', "“"}
        and (
            doc[tok.i + 1].text in {'"', "”"}
            or doc[tok.i + 1].is_punct
            and tok.i + 2 < len(doc)
            and doc[tok.i + 2].text in {'"', "”"}
        )
    )


def _that_noun(noun: Token) -> bool:
    """A noun the parser made a clause, opened by "that" and with a verb in its words: the
    clause's subject, its verb hung on it as a participle or a relative clause."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in noun.children) and any(
        t.tag_ in {"VBD", "VBN", "VBZ", "VBP", "MD"} for t in noun.subtree if t.i > noun.i
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


def _finite(child: Token) -> bool:
    """ "told Reuters the company was studying its options": a clause with its subject and
    a finite auxiliary, which the parser hung on the verb as an xcomp."""
    kids = list(child.children)
    return (
        child.i > child.head.i
        and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in kids)
        and any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in kids
        )
    )


def _gerund(child: Token) -> bool:
    """A gerund clause after its verb, with no subject of its own ("proposed closing ...")."""
    return (
        child.tag_ == "VBG"
        and child.i > child.head.i
        and not any(c.dep_ in SUBJECTS | {"aux", "auxpass"} for c in child.children)
    )


#: Words that make a "paper" a study: "the research paper", "a white paper".
_STUDY = frozenset("research scientific academic scholarly white working discussion study".split())


def a_study(paper: Token) -> bool:
    """ "the research paper", or "the paper" after one: a study, not a newspaper."""
    data = paper.doc.user_data
    if "newslab_first_study" not in data:  # found once a Doc: a study's first mention
        studies = (
            t.i
            for t in paper.doc
            if t.lemma_ == "paper" and any(c.lemma_.lower() in _STUDY for c in t.children)
        )
        data["newslab_first_study"] = next(studies, len(paper.doc))
    return data["newslab_first_study"] <= paper.i


def epithet(head: Token) -> bool:
    """A phrase that stands for a person the text just named: "this person", "that
    official", "the Dane" (a nationality, in capitals), "the 27-year-old"."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if dets and dets[0] in {"this", "that"}:
        return personal(head)
    if head.lower_ == "old" and "-year-old" in doc_text(head.doc)[head.idx - 12 : head.idx + 3]:
        return dets == ["the"]  # "the 27-year-old", whose "year" the parser may call a compound
    if dets != ["the"] or any(c.dep_ in {"compound", "poss", "prep"} for c in head.children):
        return False
    det = next(c for c in head.children if c.dep_ == "det")
    return (
        head.text[:1].isupper()
        and head.ent_type_ in {"", "NORP"}  # not "The Guardian" or "the Hindu", a paper
        and (det.text == "the" or det.is_sent_start)
        and head.lower_ not in TITLES
        and is_person_noun(head.lower_)
    )


def served(tok: Token, head: Token) -> bool:
    """True where ``tok`` hangs from ``head`` through "for" (or "to" after an adviser or an
    aide): the one a spokesperson, a lawyer or an aide serves ("A spokesperson for [Ana
    Ruiz]"), not the speaker ("Ambassador to Germany [Ana Ruiz]" is the speaker)."""
    aide = head.lemma_.lower() in {"adviser", "advisor", "aide", "assistant"}
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and (tok.head.lower_ == "for" or aide and tok.head.lower_ == "to"):
            return True
        tok = tok.head
    return False


def summons(verb: Token) -> bool:
    """ "will call X to appear": "call" with an object summons it; the infinitive after is
    what X is to do, nobody's words ("called on X to halt" urges, and reports)."""
    return verb.lemma_ == "call" and any(c.dep_ == "dobj" for c in verb.children)
