"""When a verb of saying says nothing, or says it all the same: a participle whose subject
was spoken to ("Asked about the plan, Berg said"), a passive with no source ("was forecast
to"), a request to stay anonymous, and infinitives that were said ("went on to say", "is
reported to have said"). Used by :mod:`.cues`.

>>> went_on.__name__
'went_on'
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import doc_text, sentence_of
from .clauses import infinitive
from .objects import is_source
from .phrases import personal
from .subjects import SUBJECTS, misread_relative
from .verbs import ASPECTUAL, is_cue_verb, urges

__all__ = [
    "anonymity",
    "asked_or_ahead",
    "bare_participle",
    "has_agent",
    "not_speaking",
    "split_passive",
    "went_on",
]

#: Verbs whose passive passes a statement on ("is reported to have said", "is believed to").
_HEARSAY = frozenset("report say believe understand allege think know quote rumour rumor".split())


def went_on(token: Token) -> bool:
    """ "went on to say", "continued to insist", "went as far as to say": an infinitive cue
    after a verb of going on (Levin's aspectual verbs, and "go on") was said all the same;
    so was one in the perfect after a passive of report ("is reported to have said")."""
    head = token.head
    if token.dep_ not in {"xcomp", "advcl"} or head.i == token.i:
        return False
    if head.lower_ == "far":  # "went as far as to say"
        return True
    lemma = head.lemma_.lower()
    if lemma in _HEARSAY and any(c.lower_ == "have" for c in token.children):
        return any(c.dep_ == "auxpass" for c in head.children)  # "is reported to have said"
    go_on = lemma in {"go", "proceed"} and any(c.lower_ == "on" for c in head.children)
    return go_on or lemma in ASPECTUAL


def bare_participle(token: Token) -> bool:
    """ "Asked about the plan, Berg said", "when told of the verdict, he wept": a past
    participle with no subject, auxiliary or agent of its own is passive; its subject
    is the one spoken to, and what follows is the question, not a statement."""
    own = {"aux", "auxpass", "nsubj", "nsubjpass", "agent"}
    if any(c.dep_ in own for c in token.children) or token.dep_ not in {"advcl", "acl", "dep"}:
        return False
    if misread_relative(token):
        return False  # "The chief, Ana Ruiz, announced ...": the chief's own verb
    if token.tag_ == "VBN":
        return True
    opens = token.i == sentence_of(token).start or any(c.dep_ == "mark" for c in token.children)
    return token.tag_ == "VBD" and token.dep_ == "advcl" and opens  # "Told that ..., he said"


def split_passive(token: Token) -> bool:
    """ "His condition was on Monday reported to be stable": a passive the parser misread
    (the cue hung on "was", or "was" its auxpass beside an nsubj), or a passive's second verb
    with an infinitive and no object ("was evicted and told to leave"; "and urged the city to
    act" has its object), with no agent; not a verb in the past tense joined to "was" by
    "and" ("said it was safe and added that ...")."""
    deps = {c.dep_ for c in token.children}
    joined = (  # a past tense, not a participle: "are forced to ... or denied a visa"
        token.dep_ == "conj"
        and token.tag_ == "VBD"
        and any(c.dep_ == "cc" and c.lower_ in {"and", "but"} for c in token.head.children)
    )
    split = (
        token.head.i < token.i and token.head.lemma_ == "be" and not deps & SUBJECTS and not joined
    )
    if token.dep_ == "conj" and not deps & (SUBJECTS | {"ccomp", "dobj"}) and "xcomp" in deps:
        split = split or any(c.dep_ == "auxpass" for c in token.head.children)
    return token.tag_ in {"VBD", "VBN"} and (split or "auxpass" in deps) and "agent" not in deps


def anonymity(clause: Token) -> bool:
    """ "who asked not to be named", "spoke on condition of not being identified", "asked
    to be identified only by her first name": a request to stay anonymous is about the
    source, not a statement of theirs."""
    return (
        infinitive(clause)
        and clause.lemma_.lower() in {"name", "identify", "quote"}
        and (
            any(c.dep_ == "neg" for c in clause.children)
            or any(t.lower_ == "only" and t.i > clause.i for t in clause.subtree)
        )
    )


def has_agent(verb: Token) -> bool:
    """Whether a passive names who did it ("was denied by the club")."""
    return any(c.dep_ == "agent" for c in verb.children)


#: Verbs that report only with someone to speak: "Rising debt threatens to push ..." is no
#: statement, "The union threatened to strike" is.
_AGENTS_ONLY = frozenset({"threaten", "promise", "signal", "warn", "hint"})


def not_speaking(verb: Token, subject: Token) -> bool:
    """A cue verb whose subject does not speak: a thing that threatens, or a person asked."""
    return _no_speaker(verb, subject) or _asked_aside(verb, subject)


def _no_speaker(verb: Token, subject: Token) -> bool:
    """A verb of threatening or promising whose subject is a thing in lower case, no source:
    "Rising debt threatens to push the country into recession"."""
    return (
        verb.lemma_.lower() in _AGENTS_ONLY
        and subject.text[:1].islower()
        and not is_source(subject)
        and not personal(subject)
    )


def _asked_aside(verb: Token, subject: Token) -> bool:
    """ "Tom Berg, asked whether he would stay, said": "asked" set off from its subject by a
    comma, under the cue verb after it, is what he was asked, not what he asked."""
    if verb.lemma_.lower() not in {"ask", "question", "press"}:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not has_agent(verb):
        return True  # the parser's reading: a participle of the subject's noun
    between = doc_text(verb.doc)[subject.idx + len(subject) : verb.idx]
    head = verb.head
    return between.strip() == "," and head.i > verb.i and is_cue_verb(head.lemma_.lower())


def asked_or_ahead(token: Token, lemma: str) -> bool:
    """A cue inside a question ("Asked what she would write next, ..."), or a request still
    to be made ("the lawyers would ask the judge to review ..."): nothing was stated yet."""
    kids = list(token.children)
    asked = token.head.lemma_.lower() in _ASKING and token.dep_ in {"ccomp", "xcomp"}
    if asked and any(c.lower_ in {"what", "how", "why", "which"} and c.i < token.i for c in kids):
        return True
    aux = {c.lower_ for c in kids if c.dep_ == "aux"}
    return urges(lemma) and bool(aux & {"will", "'ll", "’ll", "shall", "would", "could", "might"})


_ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "question"})
