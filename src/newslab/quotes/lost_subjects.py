"""Subjects the parser lost: a cue it left without a subject of its own, whose source is
still written before it ("..., court records show", "In findings published in X, a team of
scientists report", '"...," lead author Ana Ruiz of Velka University said').

>>> compound_before.__name__
'compound_before'
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.people import person_name
from ..lexicon import DOCUMENT_NOUNS
from ..nlp import sentence_of
from .verbs import is_cue_verb

__all__ = [
    "apposed_before",
    "compound_before",
    "joined_as_clause",
    "published_in",
    "leading_name",
    "named_before",
    "subject_of_aside",
    "swallowed_subject",
]


def apposed_before(verb: Token) -> Token | None:
    """ "Buses will run between the towns, a spokeswoman for the operator said.": the parser
    set the source beside the clause's last noun, as its apposition; the apposition that ends
    right before a cue with no subject, after the clause the cue reports, is its subject."""
    doc = verb.doc
    if verb.i < 3 or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    tok = doc[verb.i - 1]
    while tok.dep_ != "appos" and tok.head.i < verb.i and tok.head.i != tok.i:
        tok = tok.head  # "for the operator" up to "spokeswoman"
    edge = tok.left_edge.i
    if tok.dep_ != "appos" or tok.right_edge.i != verb.i - 1 or doc[edge - 1].text != ",":
        return None
    return tok if tok.pos_ in {"NOUN", "PROPN"} else None


def compound_before(verb: Token) -> Token | None:
    """The noun the parser hung as a compound on the verb after it, when that verb reports a
    clause ("..., court records show."; not "a fireworks show afterwards", a noun)."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is None or before.dep_ != "compound" or before.head != verb:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return before if before.pos_ in {"NOUN", "PROPN"} else None


def named_before(verb: Token) -> Token | None:
    """The name that ends right before a cue, when the parser left the cue without a
    subject: the root of that name; the person's, where it is where they work ('"...," lead
    author Ana Ruiz of Velka University said')."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i < 0 or doc[i].ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} or doc[i].ent_iob_ == "":
        return None
    of = (
        doc[i].head
        if doc[i].dep_ == "pobj" and doc[i].head.lower_ in {"of", "at", "from"}
        else None
    )
    return of.head if of is not None and of.head.ent_type_ == "PERSON" else doc[i]


def swallowed_subject(verb: Token) -> Token | None:
    """ "In findings published in the journal X, a team of scientists report ...", "Speaking
    to Radio Orn, the head of the union, Ana Ruiz, said": the parser reads the subject after
    the opening phrase's comma as an apposition inside that phrase; the apposition that ends
    right before the cue (or its comma) is its subject."""
    doc, sent = verb.doc, sentence_of(verb)
    opening = doc[sent.start]  # "In X, astronomer Ana Ruiz and her team report": the parser
    aside = opening.head.dep_ == "parataxis" and opening.head.head == verb  # hangs it all on
    participle = opening.tag_ == "VBG" and opening.head == verb  # "Writing in X, ..." (read
    participle = participle and opening.dep_ in {"advcl", "nsubj", "csubj"}  # as a subject)
    if verb.i == sent.start or not (  # the role, an aside with the name as its subject
        opening.dep_ == "prep" and (opening.head == verb or aside) or participle
    ):
        return None
    last = verb.i - 2 if doc[verb.i - 1].text == "," and verb.i - 2 > sent.start else verb.i - 1
    tok = doc[last]
    for _ in range(6):
        edge = tok.left_edge.i
        if tok.dep_ == "appos" and tok.right_edge.i == last and doc[edge - 1].text == ",":
            named = [c for c in tok.head.children if c.dep_ == "appos" and _person(c)]
            return tok if _person(tok) or not named else named[0]  # 'Calling it "a sham",
            # Ana Roe of "Kestrel", a charity, told ...': the person, not the charity
        if aside and tok == opening.head:
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.head.i == tok.i or tok.head.i >= verb.i:
            return None
        tok = tok.head
    return None


def _person(tok: Token) -> bool:
    """A person's name heads the phrase: by the model's label, or by its given name."""
    name = tok.doc[tok.left_edge.i : tok.i + 1].text
    return tok.ent_type_ == "PERSON" or person_name(name)


def leading_name(verb: Token) -> Token | None:
    """'Anna Nowak of "Have no fear", a charity, told Reuters': a root cue the parser left
    without a subject, after a person's name that opens its clause (the sentence, or the
    part after an opening participle's comma)."""
    if verb.dep_ != "ROOT":
        return None
    sent = sentence_of(verb)
    for tok in sent[: verb.i - sent.start]:
        opens = tok.i == sent.start or tok.nbor(-1).text == ","
        if opens and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            end = tok
            while end.i + 1 < verb.i and end.nbor().ent_iob_ == "I":
                end = end.nbor()
            return end
        if opens and tok.i != sent.start and tok.nbor(-1).text == ",":
            break  # only the first clause after an opening participle
    return None


def subject_of_aside(verb: Token) -> Token | None:
    """ "Justice Mary Cole, writing for the majority, said ...": the parser makes the name
    the subject of the participle set off by commas between it and the cue, and leaves the
    cue without one; the participle's subject, written before it, is the cue's."""
    doc = verb.doc
    for aside in verb.children:
        asked = aside.lemma_.lower() in {"ask", "question", "press"}  # "asked whether ...,"
        if not (
            (aside.dep_ == "advcl" or asked and aside.dep_ == "ccomp")
            and (aside.tag_ in {"VBG", "VBN"} or asked and aside.tag_ == "VBD")
            and aside.i < verb.i
            and aside.i > 0
            and doc[aside.i - 1].text == ","
            and doc[aside.right_edge.i + 1].text == ","
        ):
            continue
        subject = next((c for c in aside.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.i < aside.i:
            return subject
    return None


def published_in(subject: Token, subjects: list[Token]) -> bool:
    """ "A study published in the journal [Science] found": a name the parser made a second
    subject that ends the document's phrase (the journal's), not the source."""
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return before is not None and any(
        other.i != subject.i
        and other.lemma_.lower() in DOCUMENT_NOUNS
        and before.dep_ == "pobj"
        and other.is_ancestor(before)
        for other in subjects
    )


def joined_as_clause(verb: Token) -> bool:
    """A cue after "but" or "and" that the parser made a second clause of the cue before it
    ("said the figure was lower but warned that ..."): the first cue's subject speaks."""
    doc = verb.doc
    return (
        verb.dep_ == "ccomp"
        and verb.i > 0
        and doc[verb.i - 1].dep_ == "cc"
        and verb.head.i < verb.i
        and is_cue_verb(verb.head.lemma_.lower())
        and is_cue_verb(verb.lemma_.lower())
    )
