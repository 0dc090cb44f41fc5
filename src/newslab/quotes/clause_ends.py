"""What bounds a reported clause other than its tree: at its end, the writer's aside
(", though it was later found ..."), a second attribution ("... and called the levy
ruinous") and another source set against the first (", while Tom Berg called it ...");
at its start, the day of the saying ("said on Tuesday she ...") and a "that" the parser
misread; each a test of one token of the clause, read by :func:`.clauses.extent`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import WEEKDAYS
from ..nlp import doc_text
from .subjects import SUBJECTS
from .verbs import ASPECTUAL, is_cue_verb, is_speech_verb

__all__ = [
    "before_source",
    "consequence",
    "contrasted_source",
    "counted",
    "infinitive",
    "leading_when",
    "second_cue",
    "that_misread",
    "writers_aside",
]

#: Prepositions that open the writer's aside after a comma.
_ASIDE_PREPS = frozenset({"despite", "without", "prior", "before", "after"})
#: What a speaker may say nothing more about: "without elaborating", "without giving details".
_WITHHOLDING = frozenset({"elaborate", "give", "provide", "offer", "specify", "disclose"})


def writers_aside(tok: Token, head: Token) -> bool:
    """What the writer adds after the reported clause: ", though it was later found ...",
    and a finite verb joined to a reported infinitive ("urged him to reconsider and spoke
    with ...")."""
    text = doc_text(tok.doc)
    before = text[max(0, tok.left_edge.idx - 6) : tok.left_edge.idx]
    marks = {c.lower_ for c in tok.children if c.dep_ in {"mark", "cc"}}
    evenly = any(c.lower_ == "even" for c in tok.children)  # "even though" is the speaker's
    if tok.dep_ == "advcl" and marks & {"though", "although"} and "," in before and not evenly:
        return True
    if tok.dep_ == "advcl" and tok.lower_ == "meaning" and "," in before:
        return True  # ", meaning the UK would leave ...": the writer's gloss
    if tok.dep_ == "prep" and tok.lower_ in _ASIDE_PREPS | {"with"} and "," in before:
        # ", despite photos showing ...", ", without specifying ...", ", before reversing
        # course": what the writer sets beside it; ", with some press claiming": another source
        if tok.lower_ == "with":
            return any(t.tag_ == "VBG" and is_speech_verb(t.lemma_.lower()) for t in tok.subtree)
        return tok.lower_ == "despite" or any(t.tag_ == "VBG" for t in tok.subtree)
    if tok.dep_ == "prep" and tok.lower_ == "without" and tok.right_edge.i >= head.right_edge.i - 1:
        # "said he died abroad without elaborating": a speaker's silence ends the sentence
        gerund = next((c for c in tok.children if c.tag_ == "VBG"), None)
        return gerund is not None and (
            is_speech_verb(gerund.lemma_.lower()) or gerund.lemma_.lower() in _WITHHOLDING
        )
    if tok.dep_ != "conj" or tok.pos_ not in {"VERB", "AUX"} or "that" in marks:
        return False
    return infinitive(head) and tok.tag_ in {"VBD", "VBZ", "VBP"}


def second_cue(tok: Token) -> bool:
    """ "said that sales fell and called the levy ruinous": a cue verb in the past joined by
    "and" with no subject of its own is the speaker's second attribution; a verb of speech
    with one ("..., and his critics blame him") another source's."""
    if tok.dep_ != "conj" or tok.lemma_.lower() in ASPECTUAL:  # "and continued to attack"
        return False
    if _declined(tok):  # "said it had cancelled 140 flights but declined to comment further"
        return True
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
    if counted(tok):
        return False  # "found that 11 expected a cut and seven expected a hold": a count
    if subject is not None:
        return tok.tag_ in {"VBD", "VBZ", "VBP"} and is_speech_verb(tok.lemma_.lower())
    return tok.tag_ == "VBD" and is_cue_verb(tok.lemma_.lower())


def counted(verb: Token) -> bool:
    """A verb whose subject is a bare number ("seven expected a hold"): a part of a count the
    statement gives ("found that 11 expected a cut and seven ..."), never a source."""
    return any(c.dep_ in SUBJECTS and c.pos_ == "NUM" and not c.n_lefts for c in verb.children)


def _declined(tok: Token) -> bool:
    """ "declined to comment", "refused to elaborate": the speaker's silence, joined to what
    they said by "and" or "but", is the writer's report, not a part of the statement."""
    if tok.lemma_.lower() not in {"decline", "refuse"} or tok.tag_ != "VBD":
        return False
    if any(c.dep_ in SUBJECTS for c in tok.children):
        return False
    verb = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    return verb is not None and (
        is_cue_verb(verb.lemma_.lower()) or verb.lemma_.lower() in _WITHHOLDING | {"discuss"}
    )


def contrasted_source(tok: Token) -> bool:
    """ "said screens were fragile, while Tom Berg called the device a step forward": a cue
    verb with a source of its own set against the first is another statement."""
    return (
        tok.dep_ == "advcl"
        and is_cue_verb(tok.lemma_.lower())
        and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in tok.children)
        and any(c.dep_ in SUBJECTS for c in tok.children)
    )


def infinitive(tok: Token) -> bool:
    """True for a verb with its "to" ("to continue talks")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


#: A day that dates a cue verb when it follows it: "said on Tuesday", "said yesterday".
_DAYS = frozenset({*WEEKDAYS, "yesterday", "today", "tonight"})
#: What may open it ("late on Sunday", "earlier this week") and close it ("Monday night").
_BEFORE_DAY = frozenset({"on", "late", "early", "earlier", "this", "last"})
_AFTER_DAY = frozenset({"week", "month", "morning", "afternoon", "evening", "night"})


def leading_when(head: Token, first: int) -> int:
    """ "said on Tuesday she was ready": a day between the cue verb and a clause without
    "that" dates the saying, not what was said; the index of the clause's first word after
    the day (``first`` where there is none).

    >>> # "Ms Roe said on Tuesday she was ready": the clause starts at "she"
    """
    doc = head.doc
    cue = head.head
    if first == 0 or first - 1 != cue.i or not is_cue_verb(cue.lemma_.lower()):
        return first
    if any(c.dep_ == "mark" for c in head.children):
        return first
    i = first
    while i < head.i and doc[i].lower_ in _BEFORE_DAY:
        i += 1
    if i == first and doc[i].lower_ not in _DAYS or doc[i].lower_ not in _DAYS | _AFTER_DAY:
        return first
    while i < head.i and doc[i].lower_ in _DAYS | _AFTER_DAY | {","}:
        i += 1
    subject = any(c.dep_ in SUBJECTS and c.left_edge.i >= i for c in head.children)
    return i if subject and i < head.i else first


def that_misread(tok: Token, head: Token) -> bool:
    """ "said on Monday that turnout had reached 68%": the parser read "that" as the
    determiner of the clause's subject, or as an object of no preposition; at the
    clause's start it is its mark."""
    return (
        tok.lower_ == "that"
        and (
            (tok.dep_ == "det" and tok.head.dep_ in SUBJECTS and tok.head.head.i == head.i)
            or (tok.dep_ == "pobj" and tok.head.i == head.i)
        )
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ not in {"in", "on", "of", "at", "by", "for"}
    )


def before_source(span: tuple[int, int], subject: Token) -> tuple[int, int]:
    """A clause that runs on into the source set after it with a comma ("Buses will run
    between the towns, a spokeswoman for the operator said", the source read as the towns'
    apposition) ends at that comma."""
    start = subject.left_edge.idx
    text = doc_text(subject.doc)
    if span[0] < start < span[1] and subject.dep_ == "appos" and text[start - 2 : start] == ", ":
        return span[0], start - 2
    return span


def consequence(token: Token, reported: list[Token]) -> list[Token]:
    """ "stated the bridge was paid for with a grant, so it is no burden": the consequence set
    after the reported clause with ", so" and a subject of its own is the speaker's too (the
    parse hangs it on the cue verb)."""
    last = max((c.i for c in reported if c.dep_ == "ccomp" and c.i > token.i), default=None)
    if last is None:
        return []
    return [
        c
        for c in token.children
        if c.dep_ == "advcl"
        and c.i > last
        and any(
            m.dep_ == "mark" and m.lower_ == "so" and m.doc[m.i - 1].text == "," for m in c.children
        )
        and any(s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children)
    ]
