"""Numbers the model leaves out: ordinal words and "one of"; ages.

- an ordinal word or number ("the tenth", "Maryland's seventh district", "her 21st") is an
  ORDINAL wherever no other entity holds it; not in a compound that means a kind
  ("third-party", "first-hand"), not the unit "a second" and not a fraction ("a tenth of");
- "one of" counts: "one of the largest" gives a CARDINAL "one";
- "the 70th anniversary", "its [25th anniversary]": the anniversary is a DATE, as OntoNotes
  marks it, with its ordinal inside;
- "three or four", "10 to 12": two counts joined by "or" or "to" are one CARDINAL, as
  OntoNotes marks a range;
- a number like a year that counts the plural noun after it ("2741 confirmed cases") is a
  CARDINAL, unless a word of time or a determiner leads ("in 2019 elections", "the 2019 votes");
  before a singular noun, after a determiner, it is a DATE ("a 2016 study");
- two years joined by a dash ("2017–2018", "1961-62") are a DATE;
- hours, minutes and seconds ("2:14:04", a race time or a clock reading) are a TIME;
- an age is a DATE that keeps its "aged" and any hedge: "all aged fifteen", "aged about
  40", and each age of a list after
  it is its own DATE ("aged six, eight, 41 and 63"); a number before "aged" counts people.

>>> missed_numbers("She was the tenth, one of six.", [])
[(12, 17, 'ORDINAL'), (19, 22, 'CARDINAL')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicon import HEDGES, WEEKDAYS
from ..spans import Occupancy, Span, replace_with

__all__ = [
    "ages",
    "anniversaries",
    "clock_readings",
    "counts_not_years",
    "missed_numbers",
    "ordinal_compounds",
    "year_ranges",
    "years_apart",
    "years_as_modifiers",
    "years_before_names",
]

_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)"
    r"tieth|\d+(?:st|nd|rd|th))\b(?!-)"
)
#: "third-party", "first-hand", "second-class": a kind, not a place in a row.
_COMPOUND = re.compile(r"-(?:party|parties|hand|class|rate|person|tier|string|guessing)\b")
#: "per second", "a second later": the unit of time ("a second term" is an ordinal).
_PER = re.compile(r"\b(?:per|each|every|split)\s+$", re.IGNORECASE)
_A = re.compile(r"\b(?:a|one|half a)\s+$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s+(?:later|earlier|ago|after|before|or|and|of)\b|[.,;:!?)]")


def _is_unit(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 10) : start]
    return bool(_PER.search(before) or (_A.search(before) and _UNIT_AFTER.match(text, end)))


_FRACTION = re.compile(r"\b(?:a|one)\s+$", re.IGNORECASE)
_ONE_OF = re.compile(r"\b[Oo]ne(?= of\b)")


def missed_numbers(text: str, spans: list[Span]) -> list[Span]:
    """Ordinals and the "one" of "one of" where no entity holds them (see the module)."""
    taken = Occupancy(len(text), spans)
    found: list[Span] = []
    for pattern, label in ((_ORDINAL, "ORDINAL"), (_ONE_OF, "CARDINAL")):
        for m in pattern.finditer(text):
            start, end = m.span()
            if not taken.free(start, end):
                continue
            if m.group() == "second" and _is_unit(text, start, end):
                continue
            if label == "ORDINAL" and _FRACTION.search(text[max(0, start - 4) : start]):
                if text.startswith(" of ", end):
                    continue  # "about a tenth of the seats": a fraction
            taken.take(start, end)
            found.append((start, end, label))
    return spans + found


def ordinal_compounds(text: str, spans: list[Span]) -> list[Span]:
    """ "third-party currencies": an ordinal in a compound that names a kind is no ORDINAL."""
    return [
        (s, e, label)
        for s, e, label in spans
        if not (label == "ORDINAL" and _COMPOUND.match(text, e))
    ]


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_AGE = (
    rf"(?:\d{{1,3}}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?"
    rf"|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|{_UNITS})"
)
#: "aged 40", "aged about 40" (a hedge of the lexicon's between "aged" and the age).
_AGED = re.compile(
    rf"\b[Aa]ged (?:(?:{'|'.join(h for h in HEDGES if h.isalpha() or ' ' in h)}) )?"
    rf"({_AGE})(?=[\s,.;:)]|$)"
)
#: The next age of a list: ", 49", ", and 59" (not ", two aged", a count of people).
_NEXT_AGE = re.compile(rf",? (?:and )?({_AGE})(?=[,.;:)]|\s+and\b|$)")


def ages(text: str, spans: list[Span]) -> list[Span]:
    """ "aged fifteen": a DATE with "aged" inside; the ages listed after it each a DATE.

    >>> ages("They were aged nine, ten and 41.", [(15, 25, "DATE")])
    [(10, 19, 'DATE'), (21, 24, 'DATE'), (29, 31, 'DATE')]
    """
    found: list[Span] = []
    for m in _AGED.finditer(text):
        found.append((m.start(), m.end(), "DATE"))
        end = m.end()
        while (nxt := _NEXT_AGE.match(text, end)) is not None:
            found.append((nxt.start(1), nxt.end(1), "DATE"))
            end = nxt.end()
    if not found:
        return spans
    taken = Occupancy(len(text), found)
    return sorted([sp for sp in spans if taken.free(sp[0], sp[1])] + found)


_ANNIVERSARY = re.compile(
    r"\b(?:the\s)?(?:" + _ORDINAL.pattern[2:-7] + r")\sanniversary\b",
    re.IGNORECASE,
)


def anniversaries(text: str, spans: list[Span]) -> list[Span]:
    """ "the 70th anniversary" is one DATE (its ordinal inside it).

    >>> anniversaries("It was the 70th anniversary.", [(11, 15, "ORDINAL")])
    [(7, 27, 'DATE')]
    """
    found = [(m.start(), m.end(), "DATE") for m in _ANNIVERSARY.finditer(text)]
    if not found:
        return spans
    return replace_with(spans, found)


_HMS = re.compile(r"\d{1,2}:\d{2}:\d{2}(?:\.\d+)?|\d{1,2}:\d{2}\.\d{1,3}")
#: A race's time in minutes, seconds and hundredths, written alone ("finished in 30:12.45").
_RACE_TIME = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}\.\d{1,3}(?![\d:.])")


def clock_readings(text: str, spans: list[Span]) -> list[Span]:
    """Hours, minutes and seconds ("2:14:04"), or minutes, seconds and hundredths
    ("30:12.45"), are a TIME, not a count or a date; a race's time the model missed is one.

    >>> clock_readings("in 2:14:04 flat, then 30:12.45", [(3, 10, "CARDINAL")])
    [(3, 10, 'TIME'), (22, 30, 'TIME')]
    """
    spans = [
        (s, e, "TIME")
        if label in {"CARDINAL", "DATE", "QUANTITY"} and _HMS.fullmatch(text, s, e)
        else (s, e, label)
        for s, e, label in spans
    ]
    if ":" not in text:
        return spans
    used = Occupancy(len(text), spans)
    found = [(m.start(), m.end(), "TIME") for m in _RACE_TIME.finditer(text)]
    found = [f for f in found if used.free(f[0], f[1])]
    return sorted(spans + found) if found else spans


#: Two years joined by a dash ("2017–2018", "1961-62"), a term, not a count.
_YEARS = re.compile(r"(1[5-9]\d\d|20\d\d)[-–](\d\d|\d{4})")
#: Words after a range of years that still make it a term ("the 2015-16 season").
_TERM_AFTER = re.compile(r"(?:\s+(?:season|seasons|term|period|school|academic|fiscal)\b|[^\w]|$)")


def year_ranges(text: str, spans: list[Span]) -> list[Span]:
    """Two years joined by a dash are a DATE, as OntoNotes marks a period ("during
    2017–2018", "the 1961-62 season"); a range of counts ("1500-2000 people") stays one.

    >>> year_ranges("worst during 2017–2018.", [(13, 22, "CARDINAL")])
    [(13, 22, 'DATE')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        m = _YEARS.fullmatch(text, start, end) if label == "CARDINAL" else None
        if m is not None and _TERM_AFTER.match(text, end):
            last = m.group(2)  # a season ("2015-16") ten years at most, a term a hundred
            if years_apart(int(m.group(1)), last, longest=10 if len(last) == 2 else 100):
                label = "DATE"
        out.append((start, end, label))
    return out


#: Words before a year that keep it a year before a plural noun ("in 2019 elections").
_YEAR_LEADS = frozenset(
    "in since by from until during before after of the a its their his her".split()
)


def counts_not_years(doc: Doc, spans: list[Span]) -> list[Span]:
    """A DATE that is a bare number counting the plural noun after it ("2741 confirmed
    cases were reported") is a CARDINAL; after a weekday and a comma it is split from the day
    ("as of Monday, 1885 aftershocks")."""
    out: list[Span] = []
    for start, end, label in spans:
        span = doc.char_span(start, end) if label == "DATE" else None
        tok = span[-1] if span is not None else None
        if (
            tok is not None
            and re.fullmatch(r"\d{4}", tok.text)
            and tok.dep_ == "nummod"
            and tok.head.tag_ == "NNS"
            and tok.head.i > tok.i
            and (tok.i == 0 or doc[tok.i - 1].lower_ not in _YEAR_LEADS)
        ):
            if len(span) == 1:
                label = "CARDINAL"
            elif len(span) == 3 and span[1].text == "," and span[0].lower_ in WEEKDAYS:
                out.append((start, span[0].idx + len(span[0].text), "DATE"))
                start = tok.idx  # "as of Monday, 1885 aftershocks": a day, then a count
                label = "CARDINAL"
        out.append((start, end, label))
    return out


def years_as_modifiers(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "a 2016 study", "the total 2020 population", "his 1949 debut", "2016 census figures":
    a year that modifies a noun or a name is a DATE, not the count the model took it for
    ("2020 members" counts a plural noun and stays a CARDINAL)."""
    out: list[Span] = []
    for start, end, label in spans:
        span = doc.char_span(start, end) if label == "CARDINAL" else None
        tok = span[0] if span is not None and len(span) == 1 else None
        if (
            tok is not None
            and re.fullmatch(r"(?:1[89]|20)\d\d", tok.text)
            and 0 < tok.i < len(doc) - 1
            and _modifies(doc[tok.i - 1], doc[tok.i + 1])
        ):
            label = "DATE"
        out.append((start, end, label))
    return out


def _modifies(prev: Token, nxt: Token) -> bool:
    """A year's neighbours that make it a modifier: a determiner (or an adjective) before and
    a singular noun after ("a 2016 study") or a name after ("the virtual 2020 Kelder Party
    Convention"); or a singular noun after that modifies another ("2016 census figures")."""
    if nxt.tag_ == "NN" and nxt.dep_ == "compound" and nxt.text.islower():
        return True
    if prev.tag_ not in {"DT", "PRP$", "POS", "JJ"}:
        return False
    lower = nxt.tag_ in {"NN", "JJ", "VBN"} and nxt.text.islower()
    return lower or (nxt.pos_ == "PROPN" and nxt.is_title)


def years_apart(first: int, last: str, *, longest: int) -> bool:
    """A year and a later end, written whole or short, at most ``longest`` years on.

    >>> years_apart(2015, "16", longest=10), years_apart(1987, "2017", longest=100)
    (True, True)
    >>> years_apart(2015, "12", longest=10), years_apart(1500, "2000", longest=100)
    (False, False)
    """
    if not last.isdigit():
        return False
    end_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return 1500 <= first < end_year <= min(first + longest, 2100)


#: A year after an article, before a capitalised name ("the 1965 Voting
#: Rights Act", "a 2016 Kestrel Awards finalist").
_YEAR_BEFORE_NAME = re.compile(r"\b(?i:the|a|an|this) ((?:1[89]|20)\d\d) (?=[A-Z][a-z])")


def years_before_names(text: str, spans: list[Span]) -> list[Span]:
    """ "The 1965 Voting Rights Act": the year the model left out before a name is a DATE of
    its own, as the gold has it (a year the model put inside a span stays as it is).

    >>> years_before_names("The 1965 Voting Rights Act", [(9, 26, "LAW")])
    [(9, 26, 'LAW'), (4, 8, 'DATE')]
    """
    taken = Occupancy(len(text), spans)
    found = [
        (m.start(1), m.end(1), "DATE")
        for m in _YEAR_BEFORE_NAME.finditer(text)
        if taken.free(m.start(1), m.end(1))
    ]
    return spans + found
