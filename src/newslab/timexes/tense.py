"""Tense and aspect from the parse: does a time phrase point to the past or the future?

A weekday, a month or a quarter without a year is placed by the verb that governs it:
"met on Friday" is the Friday before publication, "will meet on Friday" the one after.
Modal and scheduling cues mean the future ("will", "is set to", "is due to", "is
scheduled for", "is going to", "is to", "until"); the past tense and the perfect mean the
past; where nothing decides (a present tense, no verb) the answer is 0 and each resolver
keeps its own default.

>>> FUTURE_AUX >= {"will", "shall"}
True
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from ..quotation_marks import quotation_at

__all__ = ["FUTURE_AUX", "SCHEDULE_WORDS", "direction_at", "noun_attached"]

#: Auxiliaries of the future.
FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
#: Words that, after a present "be", schedule what follows ("is set to open", "is due on").
SCHEDULE_WORDS = frozenset(
    {"set", "due", "scheduled", "slated", "expected", "planned", "poised", "going", "about"}
)
#: Verbs whose present tense looks ahead to what they govern ("plans to vote on Friday").
PLAN_VERBS = frozenset({"plan", "intend", "aim", "expect", "hope", "prepare", "schedule"})
#: Verbs whose present tense looks ahead to their object's time ("forecasters predict
#: landfall Saturday morning", "the firm expects results on Friday").
FORECAST_VERBS = PLAN_VERBS | {"predict", "forecast", "project", "anticipate"}
MODALS = frozenset({"should", "would", "could", "may", "might", "must", "can"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "be"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "'d", "’d", "has", "have", "'ve", "’ve"})
_PERFECT = frozenset({"has", "have", "'ve", "’ve"})
_UNTIL = frozenset({"until", "till", "til"})
#: Words that open a period from a day on: "starting Monday", "effective Friday".
_STARTING = frozenset({"starting", "beginning", "effective"})
_DAYPARTS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight"})
#: Words between "until" and the day it governs: "until [on] the next Friday", "until 6 p.m.".
_OVER = frozenset({"on", "the", "next", "this", "a.m.", "p.m.", "am", "pm", "noon", "midnight"})


def direction_at(doc: Doc, start: int) -> int:
    """-1 past, +1 future, 0 undecided, for the time phrase starting at character ``start``."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    tok = span[0]
    if tok.dep_ == "compound" and tok.head.lower_ in _DAYPARTS:
        tok = tok.head  # "Saturday morning": the phrase's own head
    if noun_attached(tok):
        return 0  # "failed bid for October elections": the noun's time, not the verb's
    before = _word_before(tok)
    verb = _governing_verb(tok)
    if before in _UNTIL and not (verb is not None and "had" in _auxiliaries(verb)):
        return 1
    if before in _STARTING:  # "plans to vaccinate them, starting Monday": from a day ahead,
        host = verb.head if verb is not None and verb.lower_ in _STARTING else verb
        if host is not None and _verb_direction(host) > 0:
            return 1  # "said the count would resume starting Friday"
        root = tok.sent.root  # unless the sentence tells of the past ("resumed starting Monday")
        return -1 if root.pos_ in {"VERB", "AUX"} and _verb_direction(root) < 0 else 1
    if verb is None:
        return 0
    if _present_fixture(tok, verb):
        return 1  # "The final is on Friday", "Wednesday brings the hardest stage"
    if before in {"by", "before"} and _directed(verb):
        return 1  # "told families not to return before Friday": a deadline set for them
    return _verb_direction(verb)


#: Verbs that tell someone what to do (Levin's class 37.9, "advise" verbs, and those of
#: ordering and asking): the deed they set is still to come when they are said.
_DIRECTIVES = frozenset(
    "advise admonish caution counsel instruct warn order urge tell ask direct command".split()
)


def _directed(verb: Token) -> bool:
    """An infinitive a verb of advising or ordering governs ("urged them to leave by ...")."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in {"xcomp", "ccomp"}
        and verb.head.lemma_.lower() in _DIRECTIVES
    )


def _present_fixture(tok: Token, verb: Token) -> bool:
    """A present tense with no auxiliary that the phrase is the date of: "is on Friday"
    (the phrase after "on", governed by "be") or the phrase as the clause's subject before
    it ("Wednesday brings ..."). A fixture to come, as in a timetable."""
    if verb.tag_ not in {"VBZ", "VBP"} or _auxiliaries(verb):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.i == verb.i:
        return verb.lemma_ == "be"
    return tok.dep_ in {"nsubj", "npadvmod"} and tok.head.i == verb.i and tok.i < verb.i


def noun_attached(tok: Token) -> bool:
    """True for a time word set before a noun as its modifier ("its July forecast")."""
    return (
        tok.dep_ == "compound"
        and tok.head.pos_ in {"NOUN", "PROPN"}
        and tok.head.i > tok.i
        and tok.head.lower_ not in _DAYPARTS  # "Friday morning" is one phrase
    )


def _word_before(tok: Token) -> str:
    """The word before the phrase, over an "on" or a "the" ("until [on] Friday") and a clock
    time ("until 6 p.m. on Friday")."""
    i = tok.i - 1
    doc = tok.doc
    while i >= 0 and (doc[i].lower_ in _OVER or doc[i].like_num or ":" in doc[i].text):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _governing_verb(tok: Token) -> Token | None:
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _auxiliaries(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _verb_direction(verb: Token) -> int:
    aux = _auxiliaries(verb)
    if aux & FUTURE_AUX or _condition_ahead(verb):
        return 1
    if aux & MODALS and not aux & {"have", "'ve", "’ve"}:
        if aux & {"would", "could"} and verb.dep_ == "ccomp" and _past_forecast(verb.head):
            return 0  # "predicted that it would pass on Wednesday": ahead of a past forecast
        if "could" not in aux or _reported(verb):
            return 1  # "could" looks ahead only in reported speech ("said rain could fall
            # by Friday"); "attendees could catch a show on May 25" tells of the past
    if verb.tag_ == "VB" and not aux and _bidding(verb) and _quoted(verb):
        return 1  # '"Ask me again on Sunday," he said': a bidding looks ahead
    if aux & {"to"} or verb.tag_ == "VB" and not aux:
        return _infinitive_direction(verb)
    if verb.lower_ in SCHEDULE_WORDS or verb.lemma_ in SCHEDULE_WORDS:
        if not aux and verb.dep_ == "acl" and _clause_direction(verb) < 0:
            return 0  # "games scheduled for Wednesday were held": planned, maybe past
        if aux & _PRESENT_BE or (not aux and verb.tag_ in {"VBN", "JJ"} and verb.dep_ != "ROOT"):
            return 1
        if aux & _PERFECT:  # "has been scheduled for November"
            return 1
        return 0  # "was scheduled for Friday": a plan, not yet the past
    if verb.lemma_ == "be" and any(c.lower_ in SCHEDULE_WORDS for c in verb.children):
        return 1 if verb.lower_ in _PRESENT_BE else 0  # "is due in May"
    if not aux and verb.tag_ in {"VBZ", "VBP"} and (_scheduled(verb) or _quoted(verb)):
        return 1  # "The law takes effect on January 1", '"We race again on Sunday"'
    if aux & _PAST_AUX or verb.tag_ == "VBD":
        return -1
    if verb.lemma_ in FORECAST_VERBS and (verb.tag_ in {"VBZ", "VBP"} or aux & _PRESENT_BE):
        return 1
    if verb.tag_ == "VBN":
        return 0 if aux & _PRESENT_BE else -1
    if verb.tag_ == "VBG" and not aux and verb.dep_ in {"acl", "advcl"}:
        return max(_clause_direction(verb), 0)  # "plans a study starting in September"
    if verb.tag_ == "VBG" and aux & _PRESENT_BE:
        return 1  # "is meeting on Friday": an arrangement
    if verb.lemma_ == "be" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children):
        return 1 if verb.lower_ in _PRESENT_BE else 0  # "are to pay"; "was to open" undecided
    return 0


def _condition_ahead(verb: Token) -> bool:
    """ "would act if no deal was reached by Saturday": a condition of what will or would
    happen is ahead too, its past tense only shifted back by the reporting verb."""
    mark = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)
    return (
        verb.dep_ == "advcl" and mark and bool(_auxiliaries(verb.head) & (FUTURE_AUX | {"would"}))
    )


def _quoted(verb: Token) -> bool:
    """A verb other than "be" inside quotation marks: a speaker's own present ('"We race
    again on Sunday," he said')."""
    if verb.lemma_ == "be" or any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children
    ):
        return False
    return quotation_at(doc_text(verb.doc), verb.idx) is not None


def _bidding(verb: Token) -> bool:
    """An imperative: a bare verb heading its clause, with no subject ("Ask me again")."""
    return verb.dep_ in {"ROOT", "ccomp"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in verb.children
    )


def _reported(verb: Token) -> bool:
    """A clause that a verb of saying reports in the writer's words, no quotation marks
    between them ("officials said more rain could fall")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ != "VERB":
        return False
    lo, hi = sorted((head.i, verb.i))
    return not any(t.is_quote for t in verb.doc[lo:hi])


#: Verbs whose present tense tells of a fixed event to come, as a timetable does.
_TIMETABLE = frozenset(
    "begin start open close end expire resume launch commence reopen"
    " meet vote play face visit host convene arrive depart travel return".split()
)


def _scheduled(verb: Token) -> bool:
    """ "takes effect", "opens", "begins": a present of the timetable."""
    lemma = verb.lemma_.lower()
    effect = lemma == "take" and any(c.lower_ == "effect" for c in verb.children)
    return lemma in _TIMETABLE or effect


#: Verbs of forecasting: what they forecast is ahead of the forecast ("was forecast to reach
#: the coast on Monday", "is projected to peak in May").
_FORECASTS = frozenset({"forecast", "predict", "project"})


def _past_forecast(verb: Token) -> bool:
    """ "predicted", "forecast", "expected": a forecast made before the story is told is of
    days near it, which may be past by the time of publication ("said the mine would reopen
    in the spring" looks ahead as ever)."""
    return verb.tag_ == "VBD" and verb.lemma_ in FORECAST_VERBS - PLAN_VERBS | {"expect"}


def _clause_direction(verb: Token) -> int:
    """The direction of the clause a reduced relative ("scheduled for Friday") sits in."""
    host = _governing_verb(verb.head) if verb.head.i != verb.i else None
    return _verb_direction(host) if host is not None and host.i != verb.i else 0


def _infinitive_direction(verb: Token) -> int:
    """An infinitive takes its time from the word it completes: "is set to open on
    Thursday", "plans to vote on Friday" and "will try to leave" look ahead; "was to
    open" and "agreed to meet" leave it undecided."""
    head = verb.head
    if head.i == verb.i:
        return 0
    noun = head.pos_ in {"NOUN", "PROPN"}
    if verb.dep_ in {"acl", "relcl"} and _auxiliaries(verb) >= {"to", "be"} and noun:
        return 0 if _singled_out(head) else 1  # "The book, to be published in September"
    head_aux = _auxiliaries(head)
    if head_aux & FUTURE_AUX:
        return 1
    present = bool(head_aux & _PRESENT_BE) or head.tag_ in {"VBZ", "VBP"}
    if head.lower_ in SCHEDULE_WORDS or head.lemma_ in SCHEDULE_WORDS:
        if present or (not head_aux and head.tag_ in {"VBN", "JJ"}):
            return 1
        reported = head_aux & {"was", "were"} and _reported(head)  # "said it was due to"
        return 1 if head_aux & _PERFECT or reported else 0
    plans = head.lemma_ in PLAN_VERBS or head.lower_.removesuffix("d") in PLAN_VERBS  # "hoped"
    if plans and (present or head.tag_ == "VBD" and not head_aux):  # (lemma "hop")
        return 1  # "plans to vote on Friday"; "hoped to hold a vote in August": still ahead
    if head.lemma_ in _FORECASTS:  # "was forecast to reach the coast late on Monday"
        return 1
    if head.lemma_ == "be" and verb.dep_ == "xcomp":
        return 1 if head.lower_ in _PRESENT_BE else 0
    if head.tag_ == "VB" and head.dep_ in {"xcomp", "ccomp"}:
        return _infinitive_direction(head)
    return 0


def _singled_out(noun: Token) -> bool:
    """ "the first woman to be elected in May": an ordinal or a superlative picks one out of
    what has happened; no plan ahead."""
    return any(
        c.lower_ in {"first", "last", "only", "next"} or c.tag_ in {"JJS", "RBS"}
        for c in noun.children
    )
