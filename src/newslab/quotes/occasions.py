"""A reported clause the parser hung on the cue's own time or occasion as a relative:
"said at the time that her party would stay", "told MPs before the vote that the state must
change". A relative's "that" is its subject or object, so a "that" of neither, before a
clause with a subject of its own, opens what was said.

>>> "vote" in _OCCASIONS and "give" in _TAKES_OBJECTS
True
"""

from __future__ import annotations

from spacy.tokens import Token

from .subjects import SUBJECTS, token_end

__all__ = ["clause_on_modifier"]

#: The cue's own time or occasion, on which the parser may hang what was said.
_OCCASIONS = frozenset(
    "time moment day week hearing meeting conference briefing interview event rally session "
    "ceremony summit debate trial vote speech visit address appearance broadcast".split()
)


#: Verbs whose object a relative's "that" is, on an occasion: "the speech that she wrote".
_TAKES_OBJECTS = frozenset("give make hold attend write deliver chair call host".split())


def _read_as_object(that: Token) -> bool:
    """ "told MPs before the vote that the state must change": "that" read as an object."""
    return that.dep_ == "dobj" and that.head.lemma_ not in _TAKES_OBJECTS


def clause_on_modifier(token: Token, children: list[Token]) -> tuple[int, int] | None:
    """ "said at the time that her party would stay": the parser hung the clause on "time"
    as a relative; a relative's "that" is its subject or object, so a "that" of neither,
    before a clause with a subject of its own, opens what was said."""
    for child in children:
        if child.dep_ not in {"prep", "npadvmod"} or child.i < token.i:
            continue
        nouns = [child, *(c for c in child.children if c.dep_ == "pobj")]
        for clause in (c for n in nouns for c in n.children if c.dep_ == "relcl"):
            that = clause.left_edge
            if (
                that.lower_ == "that"
                and (
                    that.dep_ in {"advmod", "mark"} or that.head == clause and _read_as_object(that)
                )
                and clause.head.lemma_.lower() in _OCCASIONS
                and any(c.dep_ in SUBJECTS and c.i > that.i for c in clause.children)
                and not any(t.dep_ == "prep" and not list(t.children) for t in clause.subtree)
            ):  # not "the attacks that the militia took part in": a relative with its gap
                return token_end(that) + 1, token_end(clause.right_edge)
    return None
