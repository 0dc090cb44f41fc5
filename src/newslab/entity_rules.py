"""Span rules that bring spaCy's entities to the OntoNotes conventions of ANNOTATIONS.md.

Each rule takes the body text (and, where it needs grammar, the spaCy ``Doc``) and a list of
``(start, end, label)`` character spans, and returns a new list. They are general rules of
English news writing; none of them names an article's people or places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from .lexicon import (
    DETERMINERS,
    DISEASE_RE,
    EVENT_HEADS,
    FAC_WORDS,
    GPE_WORDS,
    HEDGE_RE,
    LOC_WORDS,
    ORG_WORDS,
    PLATFORMS,
    VEHICLE_NOUNS,
    PARTS_OF_DAY,
    TIME_ZONES,
    TITLES,
    UNITS,
    WEEKDAYS,
)

Span = tuple[int, int, str]

NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
     "LANGUAGE"}
)
NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_EDGE_PUNCT = "\"'“”‘’()[]{}<>,;:!?&*—–-/\\|•·"
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_PART = r"(?:" + "|".join(PARTS_OF_DAY) + r")"
_ZONE = r"(?:local time|" + "|".join(z.upper() for z in TIME_ZONES if len(z) > 1) + r")"
_CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)(?:\s" + _ZONE + r")?"
    r"|\d{1,2}:\d{2}(?:\s" + _ZONE + r")"
    r"|\d{4}\s(?:UTC|GMT|Z)\b|\d{1,2}:\d{2}\b"
    r"|(?:midnight|noon|midday)(?:\s" + _ZONE + r")?)"
)
#: Times of day, with the day they are on where it is written right beside them.
TIME_RE = re.compile(
    r"(?i:(?:at least |around |about |shortly after |just after |just before )?)"
    r"(?:" + _CLOCK + r"(?:\s(?i:today|tonight|yesterday|tomorrow))?"
    r"|(?i:(?:early |late )?(?:yesterday|tomorrow|this|last|" + _WEEKDAY + r")\s" + _PART + r")"
    r"|(?i:tonight|overnight|the middle of the night|last night))(?!\w)",
)
#: A weekday with the word that places it ("this Wednesday", "late on Tuesday").
WEEKDAY_RE = re.compile(
    r"(?i:\b(?:(?:late|early)(?: on)? |(?:this|last|next|this past|this coming) )" + _WEEKDAY
    + r")\b"
)
QUANTITY_RE = re.compile(
    r"(?<![\w.])(?:~|about |around |nearly |almost |some |over |up to |more than )?"
    r"\d[\d,.]*(?:[–-]\d[\d,.]*)?\s?(?:" + UNITS + r")(?![\w])"
)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def replace_with(spans: list[Span], new: Iterable[Span]) -> list[Span]:
    """Add ``new`` spans, dropping every old span that overlaps one of them."""
    new = list(new)
    kept = [s for s in spans if not any(_overlaps(s, n) for n in new)]
    return kept + new


def regex_spans(text: str, pattern: re.Pattern[str], label: str) -> list[Span]:
    return [(m.start(), m.end(), label) for m in pattern.finditer(text)]


def time_expressions(text: str, spans: list[Span]) -> list[Span]:
    """Clock times keep "local time"/"UTC"; "yesterday morning" is one TIME span."""
    found = regex_spans(text, TIME_RE, "TIME")
    found = [s for s in found if not re.fullmatch(r"\d{1,2}:\d{2}", text[s[0] : s[1]])
             or _looks_like_clock(text, s)]
    return replace_with(spans, found)


def _looks_like_clock(text: str, span: Span) -> bool:
    before = text[max(0, span[0] - 6) : span[0]].lower()
    return bool(re.search(r"\b(at|by|until|from|to|around|about|after|before)\s$", before))


def weekday_phrases(text: str, spans: list[Span]) -> list[Span]:
    """A weekday keeps "this", "late on" and similar words inside its DATE span."""
    found = [s for s in regex_spans(text, WEEKDAY_RE, "DATE")
             if not any(_overlaps(s, t) and t[2] == "TIME" for t in spans)]
    return replace_with(spans, found)


def quantities(text: str, spans: list[Span]) -> list[Span]:
    """A number with a unit of measure ("75 ft", "~23 m", "60–80 mph") is a QUANTITY."""
    found = []
    for start, end, _ in regex_spans(text, QUANTITY_RE, "QUANTITY"):
        if any(_overlaps((start, end, ""), s) and s[2] in {"MONEY", "PERCENT", "TIME"}
               for s in spans):
            continue
        found.append((start, end, "QUANTITY"))
    return replace_with(spans, found)


def trim(text: str, spans: list[Span]) -> list[Span]:
    """Leading determiners (names only), edge punctuation and the possessive go outside."""
    out = []
    for start, end, label in spans:
        for _ in range(4):
            s = text[start:end]
            stripped = s.strip().strip(_EDGE_PUNCT).strip()
            if stripped and stripped != s:
                start += s.index(stripped)
                end = start + len(stripped)
                continue
            m = _POSSESSIVE.search(s)
            if m and label not in NUMBER_LABELS and m.start() > 0:
                end = start + m.start()
                continue
            first = s.split(" ", 1)[0].lower()
            if label in NAME_LABELS and first in DETERMINERS and " " in s:
                start += len(first) + 1
                continue
            if "(" in s and label in NAME_LABELS:
                end = start + s.index("(")
                continue
            break
        s = text[start:end]
        if start >= end or not re.search(r"\w", s) or _POSSESSIVE.fullmatch(s):
            continue
        if label in NAME_LABELS and (len(s) < 2 or (s[0].islower() and s.islower())):
            continue
        if label == "DATE" and re.match(r"the [A-Z]", s):
            start += 4
        out.append((start, end, label))
    return out


def strip_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """Titles stay outside PERSON; a span of title words only ("Defense") is no entity."""
    text = doc.text
    out = []
    for start, end, label in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        is_title = [w.group().lower().rstrip(",") in TITLES for w in words]
        if label == "PERSON":
            k = 0
            while k < len(words) - 1 and is_title[k]:
                k += 1
            start = start + words[k].start()
        elif label == "ORG" and all(is_title) and _followed_by_title(text, end):
            continue
        out.append((start, end, label))
    return out


def _followed_by_title(text: str, end: int) -> bool:
    m = re.match(r"\s+(\S+)", text[end:])
    return bool(m and m.group(1).lower().rstrip(",") in TITLES)


def merge_adjacent_people(text: str, spans: list[Span]) -> list[Span]:
    """Two PERSON spans separated by one space are one name ("Amy Berman" "Jackson")."""
    spans = sorted(spans)
    out: list[Span] = []
    for span in spans:
        if out and out[-1][2] == span[2] == "PERSON" and text[out[-1][1] : span[0]] == " ":
            out[-1] = (out[-1][0], span[1], "PERSON")
        else:
            out.append(span)
    return out


def hedges_and_compounds(text: str, spans: list[Span]) -> list[Span]:
    """Hedges join a number ("[up to four]"); "10-page" and "25-year-old" stay whole."""
    out = []
    for start, end, label in spans:
        if label in NUMBER_LABELS | {"DATE", "TIME"}:
            m = HEDGE_RE.search(text[max(0, start - 20) : start])
            if m and label != "ORDINAL":
                start = max(0, start - 20) + m.start()
            elif label in {"DATE", "TIME"} and text[max(0, start - 7) : start] == "within ":
                start -= 7
            r = re.match(r"(?: (?:per|a|an|each|every) (?:day|week|month|year|hour))", text[end:])
            if r and re.search(r"\b(?:hours?|minutes?|seconds?)$", text[start:end]):
                end, label = end + r.end(), "TIME"
            y = re.match(r", (?:last|this|next) year\b", text[end:])
            if y and label == "DATE":
                end += y.end()
            c = re.match(r"-[a-z]+(?:-[a-z]+)*\b", text[end:])
            if c and label == "DATE":
                end += c.end()
        out.append((start, end, label))
    return out


def relabel_by_head(text: str, spans: list[Span]) -> list[Span]:
    """The head word decides: "Hurricane X" EVENT, "County X" GPE, "X Airport" FAC."""
    out = []
    for start, end, label in spans:
        words = text[start:end].lower().split()
        if label in NAME_LABELS and len(words) > 1:
            if words[0] in EVENT_HEADS and label in {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"}:
                label = "EVENT"
            elif (words[0] in GPE_WORDS or words[-1] in GPE_WORDS) and label in {"PERSON", "ORG"}:
                label = "GPE"
            elif (words[0] in FAC_WORDS or words[-1] in FAC_WORDS) and label in {
                "PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "GPE"
            }:
                label = "FAC"
        if label in NAME_LABELS and len(words) > 1 and label in {"PERSON", "ORG", "GPE"}:
            if words[-1] in LOC_WORDS and label != "ORG":
                label = "LOC"
            elif words[-1] in ORG_WORDS and label == "PERSON":
                label = "ORG"
        m = re.fullmatch(r"category (\d)", text[start:end].lower())
        if m:
            start, end, label = end - 1, end, "CARDINAL"
        if label == "LAW":
            cut = re.search(r" of (?:the )?\S.*\b[a-z]+$", text[start:end])
            end = start + cut.start() if cut else end
        if label in NAME_LABELS and DISEASE_RE.match(text[start:end]):
            continue
        if text[start:end].lower() in TIME_ZONES:
            continue
        out.append((start, end, label))
    return out


def platforms(text: str, spans: list[Span]) -> list[Span]:
    """Social platforms named as a place of publication ("wrote on Facebook") are ORG."""
    found = []
    for name in PLATFORMS:
        for m in re.finditer(r"\b" + name + r"\b", text):
            span = (m.start(), m.end(), "ORG")
            if not any(_overlaps(span, s) for s in spans):
                found.append(span)
    return spans + found


_LOCATIVE = re.compile(r"\b(?:in|at|near|from|into|across|outside|inside|entered|hit)\s+(?:the\s+)?$")
_VEHICLE = re.compile(r"\b(?:" + VEHICLE_NOUNS + r"),?\s+(?:the\s+)?$", re.IGNORECASE)


def context_label(text: str, span: Span, spans: list[Span]) -> str | None:
    """A label the words around a name make clear, or ``None``.

    People are not "in" or "the" anything: "in the Azores" and "at Ain Issa" are places;
    a name set beside "the boat" is a vehicle (PRODUCT); a name joined by "and" to a
    place is a place.
    """
    start, end, label = span
    before = text[max(0, start - 40) : start]
    if _VEHICLE.search(before):
        return "PRODUCT"
    if label == "PERSON" and (_LOCATIVE.search(before) or re.search(r"\bthe\s+$", before)):
        return "GPE"
    if label in {"PERSON", "ORG"} and " " not in text[start:end]:
        for other in spans:
            if other[2] != "GPE":
                continue
            gap = text[end : other[0]] if other[0] >= end else text[other[1] : start]
            if gap in {" and ", ", ", " or "}:
                return "GPE"
    return None


def remove_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longer of two overlapping spans (the earlier on a tie)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if not any(_overlaps(span, o) for o in out):
            out.append(span)
    return sorted(out)
