"""Relative clauses in a report: a verb the parser hung on the noun before it as a relative
clause that is in fact that noun's own ("The security chief, Ana Ruiz, announced ..." read as
"the chief (who was) announced"), and a "who" clause that tells how someone is now.

>>> sorted(SUBJECTS)
['nsubj', 'nsubjpass']
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["SUBJECTS", "describes_now", "misread_relative"]

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def misread_relative(verb: Token) -> bool:
    """ "The security chief, Ana Ruiz, announced ...": a past-tense verb after a comma that
    the parser hung on the noun before as a relative clause is that noun's own verb."""
    doc, head = verb.doc, verb.head
    if not (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "appos" for c in head.children)
    ):
        return False
    return (
        verb.tag_ == "VBD"
        or any(  # a tagger's "VBN" with a clause of its own is as finite
            c.dep_ == "ccomp" and any(k.dep_ in SUBJECTS | {"expl"} for k in c.children)
            for c in verb.children
        )
        or (  # or one whose clause the parser made the sentence's, with two subjects
            head.dep_ in SUBJECTS
            and any(k.dep_ in SUBJECTS | {"expl"} and k.i > verb.i for k in head.head.children)
        )
    )


def describes_now(relative: Token) -> bool:
    """ "Ruiz, who is being treated in hospital": a "who" clause telling how someone is now
    (present or ongoing) is part of the report; one telling what they did ("Ruiz, who
    served as mayor from 2008") is the writer's background."""
    if relative.doc[relative.left_edge.i].lower_ not in {"who", "whose", "whom"}:
        return False
    aux = {c.lower_ for c in relative.children if c.dep_ in {"aux", "auxpass"}}
    return (
        relative.tag_ in {"VBZ", "VBP"}
        or bool(aux & {"is", "are", "am", "being", "has", "have"})
        or (relative.tag_ == "VBG" and bool(aux))
    )
