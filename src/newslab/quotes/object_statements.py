"""What a cue reports through its object: a small clause ("ruled the merger unlawful",
"projected the state for X"), the deed a judging verb names ("accused the firm of hiding its
losses"), what a thing is owed to ("ascribed the fire to arson"), and an object that is
itself what was said ("denied the allegations", "alleged widespread fraud").

>>> from newslab.quotes.object_statements import object_said
>>> object_said.__name__
'object_said'
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import PLATFORMS, SPEECH_NOUNS
from ..nlp import doc_text
from .clauses import extent, infinitive
from .figures import figure_span
from .media import MEDIUM_NOUNS, THROUGH
from .objects import is_source, reported_clause, summons
from .subjects import SUBJECTS, token_end
from .verbs import ATTRIBUTING, BELIEF, OBJECT_NEWS, OBJECT_SAID, OWNED, PLANS, RULING

__all__ = ["attributed", "judged_deed", "object_said", "owned_deed", "small_clause", "warned_of"]


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


def attributed(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "ascribed the fire to arson", "blamed the mayor for the delays": the object and what
    it is owed to, said by a source that is the verb's own subject (not "the fire was blamed
    on arson", nor "a message blaming X", whose source the parse does not give)."""
    preps = ATTRIBUTING.get(lemma, set())
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > token.i), None)
    own = _own_subject(token)  # not "his work in predicting X"
    people = subject is not None and (is_source(subject) or subject.tag_ == "NNS")  # "Experts"
    if not preps or dobj is None or not own or not people:
        return
    prep = next(  # "likened his first time hearing the solo to ...": the parse may hang "to"
        (  # on the gerund after the object
            t
            for t in token.subtree
            if t.i > dobj.i and t.dep_ == "prep" and t.lower_ in preps and _within(t, token)
        ),
        None,
    )
    if (
        prep is not None
        and prep.i > dobj.i
        and any(c.dep_ in {"pobj", "pcomp"} for c in prep.children)
    ):
        yield (dobj.left_edge.idx, token_end(prep.right_edge)), lemma, token, subject


#: Verbs of telling whose "of" and a gerund is what was told ("told of being forced to").
_TOLD_OF = frozenset({"tell", "speak", "talk", "write"})


def warned_of(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "warned of potential flash floods, with up to 30 inches of rain": what a warning is
    of, with a "with" phrase set after it by a comma, said by the verb's own subject; "told
    of being forced to start again", "spoke of growing up poor": what a telling is of."""
    if lemma not in {"warn"} | _TOLD_OF or subject is None or not _own_subject(token):
        return
    of = next((c for c in children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if lemma in _TOLD_OF:  # "told of being forced to start again": the gerund's clause
        ger = next((c for c in of.children if c.dep_ == "pcomp"), None) if of else None
        if ger is not None and ger.tag_ in {"VBG", "VBN"} and ger.left_edge.i == of.i + 1:
            yield (ger.left_edge.idx, token_end(ger.right_edge)), lemma, token, subject
        return
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in children):
        return
    end = token_end(obj.right_edge)
    text = doc_text(token.doc)
    after = [c for c in children if c.dep_ == "prep" and c.lower_ == "with" and c.i > obj.i]
    if after and text[end : after[0].idx].strip() == ",":
        end = token_end(after[0].right_edge)  # ", with up to 30 inches of rain"
    yield (obj.left_edge.idx, end), lemma, token, subject


def _within(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through its object and gerunds, not a clause of its
    own ("blamed the mayor, who had lied to voters, for ..." stops at "who")."""
    head = tok.head
    while head.i != verb.i:
        if head.dep_ not in {"xcomp", "acl", "dobj", "pobj", "pcomp", "prep", "amod"}:
            return False
        head = head.head
    return True


def _own_subject(verb: Token) -> bool:
    """A subject of the verb's own, or of the verb it is joined to ("X emphasized ... and
    likened ..."), not one the parse climbs to from a gerund."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "nsubj" for h in heads for c in h.children)


def _object_read_as_verb(token: Token, children: list[Token]) -> tuple[int, int] | None:
    """ "declared mpox a global health emergency", where the parser read the object as a verb
    ("mpox", xcomp) with what is said of it as that verb's object: both, as one span."""
    for c in children:
        if (
            c.dep_ == "xcomp"
            and c.i == token.i + 1
            and not any(k.dep_ == "aux" for k in c.children)
        ):
            said = next((k for k in c.children if k.dep_ == "dobj" and k.i > c.i), None)
            if said is not None:
                return c.left_edge.idx, token_end(said.right_edge)
    return None


_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself"})


def small_clause(token: Token, lemma: str, subject: Token | None, children: list[Token]):
    """ "ruled the merger unlawful", "projected the state for the challenger": an object and
    what is said of it, after a verb of ruling or declaring."""
    if lemma not in RULING or any(reported_clause(c) for c in children):
        return
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > token.i), None)
    if dobj is None:  # "ruled [the merger unlawful]" parsed as one adjective phrase
        misread = _object_read_as_verb(token, children)
        if misread is not None and is_source(subject):
            yield misread, lemma, token, subject  # "declared [mpox] [a health emergency]"
            return
        for c in children:
            nominal = any(t.pos_ in {"NOUN", "PROPN"} and t.i < c.i for t in c.subtree)
            if (
                c.i > token.i
                and c.dep_ in {"advmod", "acomp", "oprd", "ccomp"}  # "found [X liable]"
                and c.pos_ == "ADJ"
                and nominal
            ):
                if is_source(subject):
                    yield (c.left_edge.idx, token_end(c.right_edge)), lemma, token, subject
                return
        return
    if dobj.lower_ in _REFLEXIVES:
        return  # "a group calling itself BlackOrchid": a name it goes by, nothing ruled
    said = [
        c
        for c in children
        if c.i > dobj.i
        and not (c.dep_ == "xcomp" and summons(token))  # "will call X to appear"
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
    if (plan := _plan_told(token, lemma, children)) is not None:
        yield plan, lemma, token, subject
        return
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
    if (
        len(objs) == 1
        and objs[0].lemma_ in OBJECT_NEWS.get(lemma, ())
        and objs[0].lemma_ not in PLANS
    ):
        yield (objs[0].left_edge.idx, _object_end(objs[0])), lemma, token, subject
        return  # "announced the death of the poet", "stated its intention to leave"
    if lemma not in OBJECT_SAID or lemma != "deny" and not _own_subject(token):
        return  # "alleged fraud", "predicted a surge" with a subject of their own
    if len(objs) != 1 or objs[0].dep_ == "dative" or objs[0].pos_ not in {"NOUN", "PROPN"}:
        return
    obj = objs[0]
    said = [c for c in obj.children if c.dep_ in {"acl", "ccomp"}]
    if obj.lemma_.lower() in SPEECH_NOUNS and said:  # "denied claims that it had lied"
        yield extent(said[0]), lemma, token, subject
        return
    if any(t.pos_ == "PRON" for t in obj.subtree):
        return
    after = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    if lemma == "suggest" and after is not None and after.text == ",":
        return  # "suggested the algae, like X, might ...": a clause the parser cut at its subject
    yield (obj.left_edge.idx, _object_end(obj)), lemma, token, subject


def _object_end(obj: Token) -> int:
    """The end of what an object says, before the medium it was said in, which the parser
    hangs on the object ("denied involvement in a statement posted online", "denied the
    allegations on Twitter")."""
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.i > obj.i):
        medium = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ in THROUGH and medium is not None and prep.i > obj.left_edge.i:
            if medium.lemma_.lower() in MEDIUM_NOUNS or medium.text in PLATFORMS:
                return token_end(obj.doc[prep.i - 1])
    return token_end(obj.right_edge)


def _plan_told(token: Token, lemma: str, children: list[Token]) -> tuple[int, int] | None:
    """ "announced plans (Friday) to close nine shops": the plan and its aim, the infinitive the
    parser hangs on the plan or on the verb; not "announced a plan for the park"."""
    objs = [c for c in children if c.dep_ == "dobj" and c.i > token.i]
    if len(objs) != 1 or objs[0].lemma_ not in PLANS or PLANS - OBJECT_NEWS.get(lemma, PLANS):
        return None
    if any(c.lower_ in {"any", "no"} for c in objs[0].children):
        return None  # "had not, as of yesterday, announced any plans to ...": none told
    aims = [c for c in [*objs[0].children, *children] if infinitive(c) and c.i > objs[0].i]
    if not aims or aims[0].lemma_ == "be":  # "a plan to be ready by May": the plan, not its aim
        return None
    return objs[0].left_edge.idx, max(token_end(objs[0].right_edge), token_end(aims[0].right_edge))
