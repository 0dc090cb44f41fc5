"""Days named from the story's own time that the small model misses inside quoted speech or
a long sentence: "today" ("Today I am glad to endorse him"), "these days", "the same day",
"that same day" and "that day" are a DATE wherever no other name holds them ("USA Today" is
a paper; "noon today" a TIME).

>>> text = 'Ruiz said, "Today I am glad." It fell the same day.'
>>> days_named(text, [])
[(12, 17, 'DATE'), (38, 50, 'DATE')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..nlp import doc_text, doc_tokens
from ..number_words import NUMBER_WORDS
from ..spans import Occupancy, Span

__all__ = ["days_named", "fortnights", "how_often", "lengths_lasted", "ordinals_read_as_days"]

#: Words that name a day or a time from where the story stands.
_DAYS = re.compile(
    r"\b(?:[Tt]oday|[Tt]hese days|[Tt]he same day|[Tt]hat same day|[Tt]hat day)\b(?![-‑'’])"
)


def days_named(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a DATE for each such day no span holds (see the module)."""
    found = [(m.start(), m.end(), "DATE") for m in _DAYS.finditer(text)]
    if not found:
        return spans
    used = Occupancy(len(text), spans)
    found = [f for f in found if used.free(f[0], f[1])]
    return sorted(spans + found) if found else spans


#: Words of how often: "annual" is a DATE however it is used ("our annual surveys"); the rest
#: as an adverb ("we talk everyday", "working 24/7"). Before a noun the model's reading stands:
#: "weekly meetings" and "a daily briefing" are DATEs in the gold, "daily routine" is not.
_YEARLY = frozenset({"annual", "annually", "yearly", "biennial", "biannual", "semiannual"})
_OFTEN = frozenset({"daily", "everyday", "nightly", "weekly", "monthly", "hourly", "24/7"})


def how_often(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "annual" always, and "daily", "everyday", "weekly" or "24/7" said of how often
    something is done, are a DATE, as OntoNotes marks them (the timex is a SET); before a
    noun ("a daily routine", "everyday life") they are left as the model read them.

    >>> from spacy.vocab import Vocab
    >>> words = ["We", "meet", "daily", "for", "our", "daily", "walk", "."]
    >>> pos = ["PRON", "VERB", "ADV", "ADP", "PRON", "ADJ", "NOUN", "PUNCT"]
    >>> deps = ["nsubj", "ROOT", "advmod", "prep", "poss", "amod", "pobj", "punct"]
    >>> heads = [1, 1, 1, 1, 6, 6, 3, 1]
    >>> doc = Doc(Vocab(), words=words, pos=pos, deps=deps, heads=heads)
    >>> how_often(doc, [])
    [(8, 13, 'DATE')]
    """
    words = [
        t for t in doc_tokens(doc) if (w := t.text.lower()) in _YEARLY or w in _OFTEN and _adverb(t)
    ]
    if not words:
        return spans
    used = Occupancy(len(doc_text(doc)), spans)
    found = [
        (t.idx, t.idx + len(t.text), "DATE") for t in words if used.free(t.idx, t.idx + len(t.text))
    ]
    return sorted(spans + found) if found else spans


def _adverb(t: Token) -> bool:
    """ "meet daily", "working 24/7": a word of how often used as an adverb, in lower case,
    with no noun or adjective after it ("everyday people") and no article before it ("a
    daily printed in Darwin" is a newspaper)."""
    after = t.nbor() if t.i + 1 < len(t.doc) else None
    before = t.nbor(-1) if t.i else None
    return (
        t.text.islower()
        and (t.pos_ == "ADV" or t.dep_ in {"advmod", "npadvmod"})
        and not (after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"})
        and not (before is not None and before.text.lower() in {"a", "an", "the"})
    )


#: "the 38th" before a lower-case word other than "of": the 38th of a series, no day.
_NTH = re.compile(r"(?:[Tt]he )?(\d{1,3}(?:st|nd|rd|th))")
_NOUN_AFTER = re.compile(r" (?!of\b)[a-z]")


def ordinals_read_as_days(text: str, spans: list[Span]) -> list[Span]:
    """ "the 38th and last round", "its 12th title": an ordinal the model read as a day (a
    DATE) is an ORDINAL where a word of the phrase follows it; "on the 5th." stays a day.

    >>> ordinals_read_as_days("After the 38th and last round", [(6, 14, "DATE")])
    [(10, 14, 'ORDINAL')]
    """
    out = []
    for s, e, label in spans:
        m = _NTH.fullmatch(text, s, e) if label == "DATE" else None
        if m and _NOUN_AFTER.match(text, e):
            s, label = m.start(1), "ORDINAL"
        out.append((s, e, label))
    return out


#: "may last two years": the verb "last" before a length, never "the last two years"; the
#: counting words are :data:`newslab.number_words.NUMBER_WORDS`.
_COUNT = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_LASTS = re.compile(
    r"\b(?i:may|might|could|can|will|would|should|must|to|did|does|do|not)\s(?P<last>last)\s"
    r"(?P<len>(?:(?:about|around|nearly|almost|at least|up to|more than)\s)?"
    rf"(?:{_COUNT}|\d+|several|a few)"
    r"\s(?P<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?))\b"
)


def lengths_lasted(text: str, spans: list[Span]) -> list[Span]:
    """A length after the verb "last" is a DATE (a TIME under a day), without the verb.

    >>> lengths_lasted("The talks may last two years.", [(14, 28, "DATE")])
    [(19, 28, 'DATE')]
    """
    found = list(_LASTS.finditer(text))
    if not found:
        return spans
    verbs = {m.start("last") for m in found}
    spans = [s for s in spans if s[0] not in verbs]  # not "last a week"
    used = Occupancy(len(text), spans)
    for m in found:
        start, end = m.span("len")
        if used.free(start, end):
            used.take(start, end)
            label = "TIME" if m.group("unit").startswith(("hour", "minute")) else "DATE"
            spans.append((start, end, label))
    return sorted(spans)


#: "a fortnight", "two fortnights ago": a word that names nothing but a length of time, which
#: the small model does not know; the counting words are those of :mod:`newslab.number_words`.
_FORTNIGHT = re.compile(
    rf"\b(?:(?:about|around|nearly|almost|at least|more than|another)\s)?(?:(?i:{_COUNT})|\d+)"
    r"\s(?:(?:full|whole|more)\s)?fortnights?(?:\s(?:ago|later|earlier|before|after|back)(?![\w-]))?\b"
)


def fortnights(text: str, spans: list[Span]) -> list[Span]:
    """A length counted in fortnights is a DATE; a number the model marked inside it gives way.

    >>> fortnights("The talks lasted a fortnight.", [])
    [(17, 28, 'DATE')]
    >>> fortnights("It rose two fortnights ago.", [(8, 11, "CARDINAL")])
    [(8, 26, 'DATE')]
    """
    found = [m.span() for m in _FORTNIGHT.finditer(text)]
    if not found:
        return spans
    inside = {s for s in spans for a, b in found if s[2] == "CARDINAL" and a <= s[0] and s[1] <= b}
    spans = [s for s in spans if s not in inside]
    used = Occupancy(len(text), spans)
    for start, end in found:
        if used.free(start, end):
            used.take(start, end)
            spans.append((start, end, "DATE"))
    return sorted(spans)
