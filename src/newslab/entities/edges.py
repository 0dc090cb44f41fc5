"""Where a date's span starts: the word that places it within its period ("late last July",
"mid-August", "as early as July 2019") and the opener of a range ("from 2008 until 2016",
"between 3 p.m. and 6 a.m.", "between March 3 and April 12"), inside the DATE or TIME; and
where one DATE the model ran across a comma is two ("June 12, minutes before"); a day named
with only "earlier" or "late" ("earlier today") is a DATE, no TIME; "every other year" and
"every four years" are a DATE; a date moved "from" one day "to" another is two DATEs; a
length of a day or more told in hours ("over 30 hours") is a DATE, and so are "in the past"
and "the future"; a period's word the model cut before a possessive ("This month's") takes
its "this".

>>> date_edges("It ran from 2008 until 2016.", [(12, 16, "DATE"), (23, 27, "DATE")])
[(7, 27, 'DATE')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import WEEKDAYS
from ..nlp import doc_text, doc_tokens
from ..number_words import number
from ..spans import Occupancy, Span

__all__ = [
    "bare_units",
    "comma_joined_dates",
    "date_edges",
    "days_not_times",
    "futures",
    "long_hours",
    "moved_dates",
    "past_and_future",
    "repeated_periods",
]

#: Words that place a date within its period: "late last July", "mid-August", "as early as
#: July 2019"; "very" before "early" ("Very early Wednesday morning").
_EDGE = re.compile(r"(?:\b(?:as (?:early|late) as|(?:very )?(?:early|late)) |\bmid-)$", re.I)
_VERY = re.compile(r"\bvery $", re.I)
_RANGE = re.compile(r" (?:until|till|to|through) ")


def _range_opener(text: str, prev: Span, start: int, label: str) -> int:
    """The length of "from " or "between " before ``prev`` when ``prev`` and the span at
    ``start`` are the two ends of one range of dates or times; else 0."""
    if label != prev[2] or label not in {"DATE", "TIME"}:
        return 0
    between = text[prev[1] : start]
    before = text[max(0, prev[0] - 8) : prev[0]].lower()
    if before.endswith("from ") and _RANGE.fullmatch(between):
        return 5
    return 8 if before == "between " and between == " and " else 0


def _whole_range(before: str, inside: str) -> int:
    """The length of "from " or "between " before one span that holds a whole range."""
    if before.endswith("from ") and _RANGE.search(inside):
        return 5
    return 8 if before.endswith("between ") and " and " in inside else 0


def date_edges(text: str, spans: list[Span]) -> list[Span]:
    """ "late last July", "mid-August", "as early as July 2019": the word that places a date
    is inside it; "from 2008 until 2016" is one DATE with its "from", "between 3 p.m. and 6
    a.m." one TIME; "about" before "this year" is a preposition, outside ("spoke about [this
    year]"), as it is a hedge inside before a number ("[about 20 years ago]")."""
    out: list[Span] = []
    for start, end, label in sorted(spans):
        if label == "DATE" and _ABOUT.match(text, start, end):
            start += 6
        if label in {"DATE", "TIME"}:
            before, inside = text[max(0, start - 15) : start], text[start:end]
            edged = re.match(r"(?i)early|late", inside)
            m = _VERY.search(before) if edged else None
            if not edged and not re.match(r"(?i)mid", inside):
                m = _EDGE.search(before)
            if m:
                start = max(0, start - 15) + m.start()
            elif opener := _whole_range(before.lower(), inside):
                start -= opener  # "from 1977 to 1995", a range the model gave whole
        prev = out[-1] if out else None
        opener = _range_opener(text, prev, start, label) if prev else 0
        if prev and opener:  # "from 2008 until 2016", "between 3 p.m. and 6 a.m."
            out[-1] = (prev[0] - opener, end, label)
            continue
        out.append((start, end, label))
    return out


_ABOUT = re.compile(r"[Aa]bout (?=(?:this|last|next|these|those) )")
#: A comma, then a lower-case word: a second phrase of time, not the year of the first.
_COMMA_WORD = re.compile(r", (?=[a-z])(?!(?:last|this|next) year\b)")  # "December 22, last year"


def comma_joined_dates(text: str, spans: list[Span]) -> list[Span]:
    """ "On June 12, minutes before the vote", "Super Tuesday, yesterday": one DATE the model
    ran across a comma into a lower-case word is two DATEs.

    >>> comma_joined_dates("On June 12, minutes before", [(3, 19, "DATE")])
    [(3, 10, 'DATE'), (12, 19, 'DATE')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        m = _COMMA_WORD.search(text, start, end) if label == "DATE" else None
        if m is None:
            out.append((start, end, label))
            continue
        out += [(start, m.start(), label), (m.end(), end, label)]
    return out


_DAY_EDGE = re.compile(r"(?:early|earlier|late|later) (?:today|yesterday|tomorrow)", re.I)


def days_not_times(text: str, spans: list[Span]) -> list[Span]:
    """ "earlier today", "late yesterday": a day and a word that places something in it, with
    no clock time and no part of the day, are a DATE (ANNOTATIONS.md keeps TIME for those).

    >>> days_not_times("It struck earlier today.", [(10, 23, "TIME")])
    [(10, 23, 'DATE')]
    """
    return [
        (s, e, "DATE" if label == "TIME" and _DAY_EDGE.fullmatch(text, s, e) else label)
        for s, e, label in spans
    ]


_REPEATED = re.compile(
    r"\b(?:every|each) (?:other (?:day|week|month|year|(?-i:[MTWFS][a-z]+day))|"
    r"(?:two|three|four|five|six|ten|\d{1,2}) "
    r"(?:days|weeks|months|years))\b",
    re.I,
)


def repeated_periods(text: str, spans: list[Span]) -> list[Span]:
    """ "every other year", "every other Thursday", "every four years": a DATE, whatever the
    model made of the number in it (OntoNotes marks "every year" so; the timex is a SET).

    >>> repeated_periods("held every other year", [])
    [(5, 21, 'DATE')]
    """
    found = [(m.start(), m.end(), "DATE") for m in _REPEATED.finditer(text)]
    if not found:
        return spans
    kept = [s for s in spans if not any(s[0] < e and b < s[1] for b, e, _ in found)]
    return sorted(kept + found)


#: A verb that moves a date, then "from" in the same sentence: "moved the deadline from May 3
#: to June 1" names two dates, the old and the new, not a period from one to the other.
_MOVED = re.compile(
    r"\b(?:mov|shift|chang|push|brought|bring|postpon|delay|reschedul|advanc|extend|switch)"
    r"\w*\b[^.;:!?\n]{0,50} $",
    re.I,
)
_FROM_TO = re.compile(r"from (.+?) (?:to|until) (.+)", re.I | re.S)


def moved_dates(text: str, spans: list[Span]) -> list[Span]:
    """ "postponed from March 3 to April 7": the old date and the new are two DATEs, where a
    range ("runs from March 3 to April 7") is one.

    >>> moved_dates("It was postponed from March 3 to April 7.", [(17, 40, "DATE")])
    [(22, 29, 'DATE'), (33, 40, 'DATE')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        m = _FROM_TO.fullmatch(text, start, end) if label == "DATE" else None
        if m and _MOVED.search(text, max(0, start - 60), start):
            out += [(m.start(1), m.end(1), label), (m.start(2), m.end(2), label)]
        elif label == "DATE" and (m := _DAY_TO_LENGTH.fullmatch(text, start, end)):
            out += [(m.start(1), m.end(1), label), (m.start(2), m.end(2), label)]
        else:  # ("sentenced on Wednesday to 12 years": the day, then the sentence's length)
            out.append((start, end, label))
    return out


_DAY_TO_LENGTH = re.compile(
    r"((?i:" + "|".join(WEEKDAYS) + r")|yesterday|today|[A-Z][a-z]{2,8}\.? \d{1,2})"
    r" to ((?:\d+|[a-z]+(?:-[a-z]+)?) (?:years?|months?|weeks?|days?))"
)


_HOURS = re.compile(r"(?i)(?<![\w-])([\d,.]+|[a-z]+(?:[ -][a-z]+)?)[ -]hours?\b")
_UNDER = re.compile(r"(?i)\b(?:nearly|almost|under|less than|just under|up to)\b")


def long_hours(text: str, spans: list[Span]) -> list[Span]:
    """ "24 hours", "over 30 hours", "200–400 hours": a length of a day or more told in hours
    is a DATE (OntoNotes keeps TIME for what is shorter than a day, as the gold does: "two
    hours", "nearly 24-hour").

    >>> long_hours("It burned for 30 hours, then two hours.", [(14, 22, "TIME"), (29, 38, "TIME")])
    [(14, 22, 'DATE'), (29, 38, 'TIME')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        m = _HOURS.search(text, start, end) if label == "TIME" else None
        amount = number(m.group(1)) if m else None
        if amount is not None and amount >= 24 and not _UNDER.search(text, start, end):
            label = "DATE"
        out.append((start, end, label))
    return out


#: "in the past", "in the future" as a time the clause is set in (not "the past year", which
#: the model finds, nor "faith in the future", a thing believed in).
#: Words before "in the future" that make it a thing believed in, no time ("faith in the future").
_BELIEVED = frozenset({"faith", "confidence", "trust", "belief", "hope", "optimism"})
_PAST_FUTURE = re.compile(
    "".join(f"(?<!{w} )" for w in sorted(_BELIEVED)) + r"\b[Ii]n (the (?:past|future))\b"
    r"(?! (?:few|several|\d|one|two|three|four|five|ten|year|month|week|decade|day|century)\w*)"
)


def past_and_future(text: str, spans: list[Span]) -> list[Span]:
    """ "have in the past conducted drills", "may change in the future": the past and the
    future as the time a clause is set in are a DATE, as the gold marks them.

    >>> past_and_future("It may change in the future, as in the past.", [])
    [(17, 27, 'DATE'), (35, 43, 'DATE')]
    """
    taken = [(s, e) for s, e, _ in spans]
    found = [
        (m.start(1), m.end(1), "DATE")
        for m in _PAST_FUTURE.finditer(text)
        if not any(s < m.end(1) and m.start(1) < e for s, e in taken)
    ]
    return sorted(spans + found) if found else spans


#: A period's word alone, as the model cuts it before a possessive ("This month's spotlight",
#: "this year's election", "the month's biggest stories").
_UNIT = re.compile(r"week|month|year|decade|quarter|century|season")  # not "of the Year"
#: The word before it that makes it one period, which the DATE holds ("this", "the", "last").
_DETERMINER = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Tt]he|[Ll]ast|[Nn]ext|[Tt]he past|[Tt]he coming) $"
)


def bare_units(text: str, spans: list[Span]) -> list[Span]:
    """ "This month's spotlight": the model's DATE "month" takes the word that makes it one
    period, as a relative date's span holds it (ANNOTATIONS.md).

    >>> bare_units("This month's spotlight is Ohio.", [(5, 10, "DATE")])
    [(0, 10, 'DATE')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        if label == "DATE" and _UNIT.fullmatch(text, start, end):
            m = _DETERMINER.search(text, max(0, start - 12), start)
            start = m.start() if m else start
        out.append((start, end, label))
    return out


_QUALIFIERS = frozenset({"near", "distant", "foreseeable", "immediate"})


def futures(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the future of the project", "the near future", "in future": the future as a time is a
    DATE wherever it stands, as the gold marks it (ANNOTATIONS.md follows TIMEX3's
    FUTURE_REF); not "future" before a noun ("the future investigation", an adjective),
    "faith in the future", a thing believed in, nor "the Future" of a title.

    >>> import spacy
    >>> doc = spacy.blank("en")("We fear the future of work, and have faith in the future.")
    >>> futures(doc, [])
    [(8, 18, 'DATE')]
    """
    found: list[Span] = []
    for tok in doc_tokens(doc):
        if tok.text != "future" or tok.dep_ in {"amod", "compound"} or tok.pos_ == "ADJ":
            continue
        first = tok.i
        while first > 0 and doc[first - 1].lower_ in _QUALIFIERS:
            first -= 1
        words = [t.lower_ for t in doc[max(0, first - 3) : first]]  # up to three words before
        if words[-1:] == ["the"]:
            first -= 1  # "the future", "the near future": "the" inside
        elif words[-1:] != ["in"]:
            continue  # "a future", "her future": no time
        believed = words[-3:-1] if words[-1:] == ["the"] else words[-2:]
        if len(believed) == 2 and believed[1] == "in" and believed[0] in _BELIEVED:
            continue  # "faith in the future", "hope in future"
        found.append((doc[first].idx, tok.idx + len(tok), "DATE"))
    used = Occupancy(len(doc_text(doc)), spans)
    found = [f for f in found if used.free(f[0], f[1])]
    return sorted(spans + found) if found else spans
