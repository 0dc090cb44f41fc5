"""Reported clauses the parser hangs somewhere else than on their cue.

Read only for a speech verb that reports nothing by the other rules:

- the clause's subject read as the cue's object ("have indicated [a probe] is ongoing": the
  parser makes "a probe" the object and "is ongoing" a clause with no subject; "reported
  [ancient farmers] captured geese", where it makes the verb a second one of the cue's);
- a clause right after the cue that the parser made the cue's governor or sibling ("X
  reported in May, 62 shops had closed", "with local media reporting no-one was hurt");
- a cue after a comma read as an adjective of the speaker's title (", stated minister Orla
  Venn"): the clause before it, or the sentence around it.

A "that" clause read as a relative on the cue's own time or occasion is :mod:`.occasions`'s.

>>> from newslab.quotes.misparsed import clause_after
>>> clause_after.__name__
'clause_after'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp import sentence_of
from .clauses import extent
from .subjects import SUBJECTS, misread_relative, token_end
from .verbs import is_speech_verb

__all__ = [
    "TOLD",
    "clause_after",
    "cue_as_modifier",
    "finite",
    "object_opens",
    "subject_as_object",
    "verb_after_participle",
]

#: Cues whose object is the one spoken to ("told MSNBC Cummings was ..."), never the subject.
TOLD = frozenset("tell inform assure remind warn notify advise ask brief promise".split())
#: What may stand between a cue and the clause it reports: its own time and place.
_BETWEEN = frozenset(
    {"prep", "pobj", "punct", "advmod", "npadvmod", "det", "amod", "nummod", "appos"}
)


def subject_as_object(token: Token, children: list[Token]) -> tuple[int, int] | None:
    """ "indicated a homicide probe is ongoing": the object and the subjectless clause right
    after it are one reported clause."""
    if token.lemma_.lower() in TOLD:
        return None
    for child in children:
        if child.dep_ not in {"ccomp", "conj", "advcl"} or any(
            c.dep_ in SUBJECTS | {"expl"} for c in child.children
        ):
            continue
        if child.dep_ == "conj" and not _unjoined(token, child):
            continue
        if child.dep_ == "advcl" and not _finite_unmarked(child):
            continue  # "suggested the weeds, like rising heat, might weaken ...", read as an
            # adverbial clause; not "... the bridge, while building ..." nor "to open"
        obj = _object_before(children, child)
        if obj is not None and obj.i > token.i:
            return obj.left_edge.idx, extent(child)[1]
    return None


def _unjoined(token: Token, conj: Token, *, comma: bool = False) -> bool:
    """ "reported ancient farmers captured geese", parsed as two verbs joined with no "and":
    a finite verb after the cue's object with no conjunction before it is the object's
    (with ``comma``, a comma may stand there: "announced via Twitter, phase one had ...")."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i < conj.i]
    joins = {"cc"} if comma else {"cc", "punct"}
    return (
        finite(conj)
        and not any(c.dep_ in joins and token.i < c.i < conj.i for c in token.children)
        and not any(  # "classes ranging ...", but not "a statement saying ..."
            finite(t) or is_speech_verb(t.lemma_.lower()) for o in objects for t in o.subtree
        )
    )


def finite(verb: Token) -> bool:
    """A verb in a tense of its own: "captured", "might render", "would be cancelled"."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or _tensed_auxiliary(verb)


def _tensed_auxiliary(verb: Token) -> bool:
    return any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD", "VBZ", "VBP"}
        for c in verb.children
    )


def _finite_unmarked(verb: Token) -> bool:
    """A clause with an auxiliary of its own ("might render"; a bare "first announced"
    is a participle) and opened by no conjunction ("while", "as", "because")."""
    return _tensed_auxiliary(verb) and not any(c.dep_ == "mark" for c in verb.children)


def object_opens(token: Token, children: list[Token], clause: Token) -> int | None:
    """ "announced phase one had been completed": a noun the parser made the cue's object,
    right before a clause with a subject of its own, opens that clause (not after "told":
    "told reporters the bridge ..."); where it starts, else None."""
    if token.lemma_.lower() in TOLD or clause.dep_ != "ccomp":
        return None  # "urged the company to halt sales": the object is the one urged
    obj = _object_before(children, clause)
    return obj.left_edge.idx if obj is not None and obj.i > token.i else None


def _object_prep(gap: Span, cue: Token) -> bool:
    """The gap is one prepositional phrase hung on the cue ("by a laboratory")."""
    first = gap[0]
    return (
        first.dep_ == "prep"
        and first.head.i == cue.i
        and first.right_edge.i == gap[-1].i
        and first.lower_ in {"by", "from", "of", "at", "in", "on"}
        and any(c.dep_ == "pobj" for c in first.children)  # not "by observing ..."
    )


def _object_before(children: list[Token], clause: Token) -> Token | None:
    """The cue's object that ends right before ``clause`` (a comma between allowed: "the
    new region, to be called Norland, would govern itself"; so is an aside of the cue's own set
    off by commas: "suggested the weeds, like rising heat, might weaken ...")."""
    for c in children:
        if c.dep_ != "dobj" and not (c.dep_ == "dative" and c.pos_ == "NOUN"):
            continue  # "wrote the term "X" in the law requires ...", read as the one written to
        if c.i > clause.i:
            continue  # "denied that he had quit, a claim first reported by X": after it
        gap = c.doc[c.right_edge.i + 1 : clause.left_edge.i]
        if (all(t.text == "," for t in gap) and len(gap) <= 1) or _aside(gap, c.head):
            return c
        if len(gap) and _object_prep(gap, c.head):  # "announced the tests by a laboratory
            return c  # found poison": the object's "by" phrase the parser gave the cue
    return None


def _aside(gap: Span, verb: Token) -> bool:
    """Words between commas that hang on ``verb`` through a preposition or an adverb."""
    if len(gap) < 3 or gap[0].text != "," or gap[-1].text != ",":
        return False
    for t in gap[1:-1]:
        up = t
        for _ in range(6):
            if up.head == verb or up.head == up:
                break
            up = up.head
        if up.head != verb or up.dep_ not in {"prep", "advmod", "npadvmod", "punct"}:
            return False
    return True


def clause_after(token: Token) -> tuple[int, int] | None:
    """A finite clause whose subject follows the cue, reached over nothing but the cue's own
    modifiers and commas, that the parser did not put under the cue."""
    doc, sent = token.doc, sentence_of(token)
    if (
        token.dep_ != "pcomp"
        and not misread_relative(token)
        and not any(c.dep_ in SUBJECTS for c in token.children)
    ):
        return None  # "Speaking to a paper, Tom Reyes explained ...": the clause's own verb
        # (but "upon announcing to journalists [the mayor was alive]" reports it)
    if token.i > 0 and doc[token.i - 1].tag_ in {"DT", "PRP$"}:
        return None  # "Unlike the accused, ...": a noun the tagger read as a verb
    i = token.i + 1
    while i < sent.end and (
        doc[i].text == "," or doc[i].dep_ in _BETWEEN and _hangs_on(doc[i], token)
    ):
        i += 1
    if i >= sent.end:
        return None
    subject = doc[i]
    while subject.dep_ not in SUBJECTS | {"expl"} and subject.head.i > subject.i:
        subject = subject.head  # "62 Acme outlets": the head noun of the phrase it opens
    verb = subject.head
    if (
        subject.dep_ not in SUBJECTS | {"expl"}
        or subject.left_edge.i != i
        or verb.i <= subject.i
        or verb.pos_ not in {"VERB", "AUX"}
        or verb.dep_ in {"relcl", "acl"}
        or (token.dep_ == "ccomp" and token.head == verb and is_speech_verb(verb.lemma_))
        # "The search will continue, the coast guard said": the cue is what they said
        or verb in token.subtree
        and not (verb.head == token and verb.dep_ == "conj" and _unjoined(token, verb, comma=True))
    ):  # "indicated on Twitter the girl was ill", the clause read as a second verb
        return None
    start = subject.left_edge.idx
    end = max(token_end(t) for t in verb.subtree if t.i >= i and not t.is_punct)
    return start, end


def _hangs_on(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` is one of the cue's own modifiers ("on Twitter"), not a word of a
    subject further down ("the" of "the girl was ill", read as the cue's second verb)."""
    for _ in range(8):
        if tok.dep_ in SUBJECTS or tok.head.i == tok.i:
            return False
        if tok.head.i == cue.i:
            return True
        tok = tok.head
    return False


def verb_after_participle(token: Token, children: list[Token]) -> tuple[int, int] | None:
    """ "released a statement saying an attack on the base produced no casualties": the
    parser gives the participle the clause's subject as its object and hangs the clause's
    verb, with no subject of its own, on the verb before; the object and that verb, right
    after it, are one reported clause."""
    if token.tag_ != "VBG" or token.dep_ not in {"acl", "advcl", "pcomp"}:
        return None  # "a statement saying", "..., saying", "cited the agency as stating"
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > token.i), None)
    governor = token.head if token.dep_ == "advcl" else token.head.head
    if obj is None:
        return None
    for verb in governor.children:
        if (
            verb.dep_ in {"advcl", "conj"}
            and verb.left_edge.i == obj.right_edge.i + 1
            and finite(verb)
            and not any(c.dep_ in SUBJECTS | {"expl", "mark", "cc"} for c in verb.children)
        ):
            return obj.left_edge.idx, extent(verb)[1]
    return None


_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def cue_as_modifier(token: Token, sent: Span):
    """ "The bomb was placed in a market, stated minister Orla Venn, and was left there.":
    the parser reads the cue set after a comma as an adjective of the speaker's title, or as a
    second verb of the clause with its subject after it; the statement is the clause before
    the comma, or the whole sentence where it goes on after the name (with the attribution
    inside, as with "said police" set between commas)."""
    if token.dep_ not in {"amod", "conj"} or token.tag_ not in {"VBD", "VBN"}:
        return
    if token.i <= sent.start + 2 or token.nbor(-1).text != ",":
        return
    if not is_speech_verb(token.lemma_.lower()):
        return
    if token.dep_ == "conj":  # "..., stated Minister Tom Hale, and was left": a second verb
        name = next(
            (c for c in token.children if c.dep_ in {"nsubj", "dobj"} and c.i > token.i), None
        )  # the subject after its verb, or read as its object ("stated Minister of ...")
        if name is None or token.head.i > token.i:
            return
    else:
        name = token.head
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
    if name.pos_ != "PROPN" or not any(t.ent_type_ in _NAMED for t in name.subtree):
        return
    start = sent[0].idx
    after = name.right_edge.i + 1
    if after >= sent.end or sent.doc[after].is_punct and sent.doc[after].text != ",":
        yield (start, token.nbor(-1).idx), token.lemma_.lower(), token, name
        return
    last = sent[-1] if not sent[-1].is_punct else sent[-2]
    yield (start, token_end(last)), token.lemma_.lower(), token, name
