"""Figures a body gives: "the agency recorded 611 aftershocks", "Kestrel Air reported a loss
of $3 million", "the ministry confirmed five new deaths", "estimated the population at just
over a million". The object holding the number is what was reported, with the place and time
hung on the verb right after it ("one more case in Vellmark village"), not what bounds the count
("611 by Friday") nor the writer's background after a comma (", where ...").

>>> figure_span.__name__
'figure_span'
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..lexicon import DOCUMENT_NOUNS, INSTITUTION_NOUNS, ORG_WORDS
from ..nlp import doc_text
from .clauses import extent
from .subjects import token_end
from .verbs import FIGURES

__all__ = ["figure_span"]


def figure_span(
    token: Token, lemma: str, subject: Token | None, children: list[Token], *, a_source: bool
) -> tuple[int, int] | None:
    """The offsets of the figures a cue reports through its object, or None; ``a_source``:
    whether the subject can be a source at all (:func:`.objects.is_source`)."""
    figures = _figures(token, lemma, subject, children, a_source)
    if figures is None:
        return None
    start, end = extent(figures)
    text = doc_text(token.doc)
    for c in children:  # "reported more cases, including 165 in one day": its detail;
        if c.lower_ == "including" and text[end : c.idx].strip() == ",":
            end = token_end(c.right_edge)
        elif (
            c.dep_ == "prep"
            and c.i > figures.i
            and not text[end : c.idx].strip()
            and c.lower_ not in _AS_OF
        ):
            aside = _RELATIVE.search(text, c.idx, token_end(c.right_edge))
            end = aside.start() if aside else token_end(c.right_edge)  # "one case in X"
    at = _at_figure(children) if lemma == "estimate" else None
    return start, max(end, token_end(at.right_edge)) if at is not None else end


#: Words that bound the count in time, not where or when it was found ("611 by Friday").
_AS_OF = frozenset({"by", "as", "until", "till", "since"})
#: A relative clause set off by a comma: the writer's background ("in Vell, where ...").
_RELATIVE = re.compile(r",\s+(?:where|which|who|whose|when)\b")


def _figures(
    token: Token, lemma: str, subject: Token | None, children: list[Token], a_source: bool
) -> Token | None:
    """The object of a figure-reporting verb when it holds a number ("the agency recorded 611
    aftershocks", "Kestrel Air reported a loss of $3 million", "the ministry confirmed five new
    deaths", "estimated the population at just over a million"), its subject being a source (a
    body, for the verbs of :data:`.verbs.FIGURES`)."""
    if lemma in FIGURES:
        if subject is None or not _body(subject):
            return None
    elif lemma not in {"report", "reveal", "confirm", "estimate"} or not a_source:
        return None
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > token.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return None
    if lemma == "estimate" and _at_figure([*children, *obj.subtree]) is not None:
        return obj  # "estimated the population at just over one million"
    if lemma == "report" and obj.pos_ != "NUM" and _own_finding(token, obj, children):
        return obj  # "researchers reported a new mechanism": a finding, with a number or not
    return obj if any(t.like_num for t in obj.subtree) else None


def _own_finding(token: Token, obj: Token, children: list[Token]) -> bool:
    """ "The survey reported a rise in thefts": the verb's own subject reports its object, no
    clause besides ("reported its source said ..."), no clause the parser cut after the object
    ("reported Hurricane Ana had strengthened") and nothing reported to someone ("reported
    the theft to police", a deed)."""
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    return (
        any(c.dep_ == "nsubj" for c in children)
        and not _scoop(token, children)
        and not any(_clause_misread(c) for c in children)
        and not (nxt is not None and nxt.tag_ in {"VBD", "VBZ", "VBP", "MD"})
        and not any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in children)
    )


def _scoop(token: Token, children: list[Token]) -> bool:
    """ "The Journal, which first reported the cut": a relative clause that says who broke
    the news describes the source (or one "according to" names), and reports nothing."""
    source = token.head
    named = source.dep_ == "pobj" and source.head.head.lower_ == "according"
    first = any(c.dep_ == "advmod" and c.lower_ == "first" for c in children)
    return token.dep_ == "relcl" and (named or first)


def _clause_misread(child: Token) -> bool:
    """A clause beside a reporting verb's object that is what it reports, the object being
    that clause's subject misread: "reported Hurricane Ana [in the bay] had grown" (an advcl
    with no "because" or "as"), "reported astronomers and others had seen it" (a conjunct
    with a subject of its own), or any clausal complement."""
    if child.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(child.children)
    if child.dep_ == "advcl":
        return not any(c.dep_ == "mark" for c in kids)
    if child.dep_ == "conj":
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids)
    return child.dep_ in {"ccomp", "xcomp", "parataxis"}


def _at_figure(children: list[Token]) -> Token | None:
    """The "at" with a number after an estimate's object ("estimated the cost at $2 million")."""
    return next(
        (
            c
            for c in children
            if c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num for t in c.subtree)
        ),
        None,
    )


def _body(subject: Token) -> bool:
    """A subject that is a body or a document, not a person ("police", "Phivolcs", "the survey")."""
    return subject.ent_type_ in {"ORG", "GPE", "NORP"} or subject.lemma_.lower() in _BODY_NOUNS


#: Nouns of bodies and documents that give figures ("police", "the ministry", "the survey").
_BODY_NOUNS = (
    INSTITUTION_NOUNS | ORG_WORDS | DOCUMENT_NOUNS | {"agency", "authority", "authorities"}
)
