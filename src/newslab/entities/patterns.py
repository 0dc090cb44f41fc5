"""Surface patterns of times, dates and measures that spaCy's small model gets wrong.

"6 p.m. local time", "1700 UTC", "yesterday morning", "late on Tuesday", "75 ft",
"next Wednesday, July 31": regular expressions over the body, turned into entity spans (where a
date's span starts, "late last July", "from 2008 until 2016", is :mod:`.edges`).
"""

from __future__ import annotations

import re

from ..lexicon import MONTHS, PARTS_OF_DAY, TIME_ZONES, UNITS, WEEKDAYS
from ..spans import NUMBER_LABELS, Occupancy, Span, _overlaps, regex_spans, replace_with

_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_PART = r"(?:" + "|".join(PARTS_OF_DAY) + r")"
#: "local time", "UTC", and a zone's name: "Central European Summer Time".
_ZONE = (
    r"(?:local time|(?:[A-Z][a-z]+ ){1,3}(?:Standard |Summer |Daylight )?Time\b|[A-Z][a-z]+ time\b|"
    + "|".join(z.upper() for z in TIME_ZONES if len(z) > 1)
    + r")"
)
_CLOCK = (  # "8:10 am", and "8.10am" as British papers write it
    r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?i:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)(?:\s" + _ZONE + r")?"
    r"|\d{1,2}:\d{2}(?:\s" + _ZONE + r")"
    r"|\d{4}\s(?:UTC|GMT|Z)\b|\d{1,2}:\d{2}\b"
    r"|(?:midnight|noon|midday)(?:\s" + _ZONE + r")?)"
)
#: Times of day, with the day they are on where it is written right beside them.
TIME_RE = re.compile(  # a word's start first: most places in a text are not one (speed)
    r"\b(?i:(?:at least |around |about |shortly (?:after|before) |just (?:after|before) )?)"
    r"(?:"
    + _CLOCK
    + r"(?:\s(?i:today|tonight|yesterday|tomorrow|this\s"
    + _PART
    + r"|"
    + _WEEKDAY
    + r"(?:\s"
    + _PART
    + r")?))?"
    r"|(?i:(?:(?:early|late)(?: on)? )?(?:yesterday|tomorrow|this|last|" + _WEEKDAY + ")"
    r"\s" + _PART + r")"
    r"|(?i:tonight|overnight|the middle of the night|last night))(?!\w)",
)
#: A weekday with the word that places it ("this Wednesday", "late on Tuesday").
WEEKDAY_RE = re.compile(
    r"(?i:\b(?:(?:late|early|earlier|later)(?: on)? |(?:this|last|next|this past|this coming) )"
    + _WEEKDAY
    + r"(?: local time)?)\b"
)
QUANTITY_RE = re.compile(
    r"(?<![\w.])(?:~|about |around |nearly |almost |some |over |up to |more than |upwards of "
    r"|minus )?\d[\d,.]*(?:[–-]\d[\d,.]*)?(?: (?:thousand|million|billion|trillion))?"
    r"(?: (?:U\.S\.|US|imperial|metric))?\s?(?:" + UNITS + r")(?![\w])"
    r"(?: per (?:" + UNITS + r")(?![\w]))?"  # "0.064 mg per liter"
)


def time_expressions(text: str, spans: list[Span]) -> list[Span]:
    """Clock times keep "local time"/"UTC"; "yesterday morning" is one TIME span."""
    found = regex_spans(text, TIME_RE, "TIME")
    found = [
        s
        for s in found
        if not re.fullmatch(r"\d{1,2}:\d{2}", text[s[0] : s[1]]) or _looks_like_clock(text, s)
    ]
    return replace_with(spans, found)


def _looks_like_clock(text: str, span: Span) -> bool:
    before = text[max(0, span[0] - 6) : span[0]].lower()
    return bool(re.search(r"\b(at|by|until|from|to|around|about|after|before)\s$", before))


def weekday_phrases(text: str, spans: list[Span]) -> list[Span]:
    """A weekday keeps "this", "late on" and similar words inside its DATE span; a longer
    date around it stays whole ("next Wednesday, July 31")."""
    found = [
        s
        for s in regex_spans(text, WEEKDAY_RE, "DATE")
        if not any(
            _overlaps(s, t)
            and (t[2] == "TIME" or (t[2] == "DATE" and t[0] <= s[0] and s[1] <= t[1]))
            for t in spans
        )
    ]
    return replace_with(spans, found)


#: "a year-and-a-half ago", "two months-and-a-half": a length and a half, written joined.
_AND_A_HALF = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|\d{1,2}) (?P<unit>year|month|week|day|hour|minute)s?"
    r"-and-a-half(?: (?:ago|later|earlier))?\b",
    re.IGNORECASE,
)


def lengths_and_a_half(text: str, spans: list[Span]) -> list[Span]:
    """ "a year-and-a-half ago": one DATE (a TIME for hours and minutes), which the model
    does not see written with hyphens.

    >>> lengths_and_a_half("He left a year-and-a-half ago.", [])
    [(8, 29, 'DATE')]
    """
    found = [
        (m.start(), m.end(), "TIME" if m["unit"].lower() in {"hour", "minute"} else "DATE")
        for m in _AND_A_HALF.finditer(text)
    ]
    return replace_with(spans, found) if found else spans


def quantities(text: str, spans: list[Span]) -> list[Span]:
    """A number with a unit of measure ("75 ft", "~23 m", "60–80 mph") is a QUANTITY."""
    found = []
    for start, end, _ in regex_spans(text, QUANTITY_RE, "QUANTITY"):
        if any(
            _overlaps((start, end, ""), s) and s[2] in {"MONEY", "PERCENT", "TIME"} for s in spans
        ):
            continue
        found.append((start, end, "QUANTITY"))
    return replace_with(spans, found)


_MONTH_DAY = re.compile(r"(?i:" + "|".join(MONTHS) + r")\.? \d{1,2}$|" + _WEEKDAY + r"$", re.I)


def merge_dates(text: str, spans: list[Span]) -> list[Span]:
    """ "next Wednesday, July 31" and "March 4 and 5" are one DATE each."""
    spans = sorted(spans)
    out: list[Span] = []
    for span in spans:
        if (
            out
            and out[-1][2] == span[2] == "DATE"
            and text[out[-1][1] : span[0]] == " and "
            and (
                text[max(0, out[-1][0] - 8) : out[-1][0]].lower() == "between "
                or text[out[-1][0] : out[-1][0] + 8].lower() == "between "
            )
        ):
            first = out[-1][0] - (0 if text[out[-1][0]].lower() == "b" else 8)
            out[-1] = (first, span[1], "DATE")
            continue
        if out and out[-1][2] == "DATE":
            prev = out[-1]
            gap = text[prev[1] : span[0]]
            prev_text, this = text[prev[0] : prev[1]], text[span[0] : span[1]]
            if (
                span[2] == "DATE"
                and gap == ", "
                and _MONTH_DAY.search(this)
                and re.search(_WEEKDAY + r"$", prev_text, re.I)
            ) or (
                span[2] in {"CARDINAL", "DATE"}
                and gap == " and "
                and re.fullmatch(r"\d{1,2}", this)
                and _MONTH_DAY.search(prev_text)
            ):
                out[-1] = (prev[0], span[1], "DATE")
                continue
        out.append(span)
    return out


#: Unicode's currency signs (category Sc) in its basic plane, as code points (no font draws all).
_SIGN_POINTS = (0x24, 0xA2, 0xA3, 0xA4, 0xA5, 0x58F, 0x60B, 0x7FE, 0x7FF, 0x9F2, 0x9F3, 0x9FB)
_SIGN_POINTS += (0xAF1, 0xBF9, 0xE3F, 0x17DB, 0xA838, 0xFDFC, 0xFE69, 0xFF04, 0xFFE0, 0xFFE1)
SIGNS = "".join(map(chr, (*_SIGN_POINTS, 0xFFE5, 0xFFE6))) + f"{chr(0x20A0)}-{chr(0x20C0)}"
_CURRENCY = re.compile(rf"(?:[A-Z]{{1,3}}\$|[A-Z]{{3}}|[{SIGNS}])$")
_SIGN = re.compile(rf"[{SIGNS}]")
_SIGNED = re.compile(
    rf"(?<![\w.])[{SIGNS}]\d(?:[\d,.]*\d)?(?: (?:thousand|million|billion|trillion)\b)?"
)


def currency_signs(text: str, spans: list[Span]) -> list[Span]:
    """A currency sign written against an amount is part of its MONEY span: "[€20,000]",
    "[US$22,900]", "[$725]" (the small model leaves the sign out); a count right after a
    sign is that money ("[₱20,000]", read as a number).

    >>> currency_signs("pay ₱20,000 each", [(5, 11, "CARDINAL")])
    [(4, 11, 'MONEY')]
    """
    out = []
    for start, end, label in spans:
        m = _CURRENCY.search(text[max(0, start - 3) : start])
        sign = m is not None and _SIGN.match(m.group()[0]) is not None
        if label == "MONEY" and m and (sign or m.group().isupper()):
            start -= len(m.group())
        elif label == "CARDINAL" and m and sign and len(m.group()) == 1:
            start, label = start - 1, "MONEY"
        out.append((start, end, label))
    used = Occupancy(len(text), out)  # "₱20,000" the model left out altogether
    missed = [m.span() for m in _SIGNED.finditer(text) if used.free(*m.span())]
    return sorted(out + [(s, e, "MONEY") for s, e in missed]) if missed else out


#: A line of a list of results: "Green Party - 12", "Independents: 3", "1. Kestrel FC - 81
#: points" (a year is no count).
LIST_LINE = re.compile(
    r"(?m)^(?:\d{1,3}[.)] )?(?P<name>[A-Z][^\n\d]{1,60}?) ?[-–—:] ?(?!(?:1[89]|20)\d\d\b)"
    r"(?P<number>\d[\d,.]*)(?: (?:points?|pts|votes?|seats?|goals?|wins?|medals?))?[ \t]*$"
)


def list_lines(text: str, spans: list[Span]) -> list[Span]:
    """ "Green Party - 12": a line of a results list is a name and a CARDINAL, never one
    name with the number inside."""
    for m in LIST_LINE.finditer(text):
        name_end, number = m.end("name"), m.span("number")
        spans = [
            (s, name_end, label)
            if s < name_end and e > number[0] and label not in NUMBER_LABELS
            else (s, e, label)
            for s, e, label in spans
        ]
        spans = replace_with(spans, [(*number, "CARDINAL")])
    return spans


_CURRENCY_WORD = re.compile(
    rf"[{SIGNS}]|"
    r"\b(?:[A-Z]{3}|dollars?|euros?|pounds?|pence|cents?|yen|yuan|renminbi|rupees?|"
    r"roubles?|rubles?|francs?|pesos?|reais|real|rand|won|lira|dinars?|riyals?|dirhams?|shekels?|"
    r"krona|kronor|krone|kroner|zloty|naira|shillings?|bitcoins?)\b",
    re.IGNORECASE,
)
_UNIT_END = re.compile(r"(?:" + UNITS + r")$")


def money_needs_money(text: str, spans: list[Span]) -> list[Span]:
    """MONEY names a currency: "roughly 1 billion" toilets is a CARDINAL and "37 billion
    gallons" a QUANTITY."""
    out = []
    for start, end, label in spans:
        words = text[start:end]
        if label == "MONEY" and not _CURRENCY_WORD.search(words):
            label = "QUANTITY" if _UNIT_END.search(words) else "CARDINAL"
        out.append((start, end, label))
    return out


#: Words that may stand before a weekday without naming the day ("Last Tuesday", "On Friday").
_DAY_OPENERS = frozenset(
    "last next this that every each early late on by until since before after from through "
    "till and or but same following previous coming past the a one".split()
)


def named_days(text: str, spans: list[Span]) -> list[Span]:
    """ "Black Friday", "Super Tuesday": a capitalised word written against a weekday in
    mid-sentence names the day; one DATE, never a place or a person of its own; a "Super"
    day of many contests at once is an EVENT, as the gold marks "Super Tuesday" each time. Names of
    people, organisations and places before a weekday ("Apple Tuesday said") stay apart."""
    from .gazetteer import place_kind

    by_end = {e: (s, e, label) for s, e, label in spans}
    out = list(spans)
    for start, end, label in spans:
        if label != "DATE" or text[start:end].lower() not in WEEKDAYS:
            continue
        m = re.search(r"(?<=[^\s.!?(\[])\s+[\"“]?([A-Z][a-z]+) $", text[max(0, start - 30) : start])
        if not m or m.group(1).lower() in _DAY_OPENERS | set(MONTHS) | set(WEEKDAYS):
            continue
        first = start - len(m.group(1)) - 1
        word = by_end.get(start - 1)
        if (word and word[2] in {"PERSON", "ORG"}) or place_kind(m.group(1)):
            continue
        out = [s for s in out if s[:2] not in {(start, end), (word or (0, 0, ""))[:2]}]
        out.append((first, end, "EVENT" if m.group(1) == "Super" else "DATE"))
    return out


#: A code of letters and digits ("K2-18b", "2019-nCoV") is no date, whatever the model said.
_CODE = re.compile(
    r"(?!(?:Q|H|FY)\d)(?=[A-Za-z]*[A-Z])[A-Za-z]+-?\d[\w-]*|\d{4}-[A-Za-z]{2}[\w-]*\.?"
)  # not "mid-2019", "Q3", "FY2020"


def codes_are_not_dates(text: str, spans: list[Span]) -> list[Span]:
    """ "K2-18b" (a planet) and "2019-nCoV" (a virus) are not DATE or TIME."""
    return [
        (s, e, label)
        for s, e, label in spans
        if label not in {"DATE", "TIME"} or not _CODE.fullmatch(text[s:e])
    ]


_FIRST_TITLE = re.compile(r"First (?=(?:Minister|Lady|Secretary|Deputy|Sea Lord|Nations)\b)")
_CATEGORY = re.compile(r"\bCategory (\d)\b")


def ordinal_words(text: str, spans: list[Span]) -> list[Span]:
    """ "First Minister", "First Lady" are titles, not ORDINALs; "Category 5" (a storm's
    strength) is a CARDINAL 5."""
    firsts = {m.start() for m in _FIRST_TITLE.finditer(text)}
    out = [s for s in spans if not (s[2] == "ORDINAL" and s[0] in firsts)]
    found = [(m.start(1), m.end(1), "CARDINAL") for m in _CATEGORY.finditer(text)]
    found = [f for f in found if not any(_overlaps(f, s) and s[2] != "CARDINAL" for s in out)]
    return replace_with(out, found)
