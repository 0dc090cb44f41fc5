"""Span rules that bring spaCy's entities to the OntoNotes conventions of ANNOTATIONS.md.

Each takes the body text (or, where it needs grammar, the ``Doc``) and ``(start, end, label)``
spans, and returns a new list: general rules of English news, naming no article's people.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import (
    DETERMINERS,
    HEDGE_RE,
    HEDGES,
    TITLES,
)
from ..nlp import doc_text
from ..spans import (  # noqa: F401  (re-exported for the other rule modules)
    NAME_LABELS,
    NUMBER_LABELS,
    Occupancy,
    Span,
    _overlaps,
    drop_contained,
    regex_spans,
    remove_overlaps,
    replace_with,
)
from .gazetteer import place_kind
from .people import given_names

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
#: A full stop after a word of five letters or more with no other stop in it: no
#: abbreviation ("Inc.", "Bros.", "U.S."), the sentence's end.
_FULL_STOP = re.compile(r"(?<![.\w])[A-Za-z][a-z]{4,}\.$")
_EDGE_PUNCT = "\"'“”‘’()[]{}<>,;:!?&*—–-/\\|•·"
#: A quotation opening inside a name's span and not closed there: the name ends before it.
_OPENING_QUOTE, _CLOSING_QUOTE = re.compile(r' ["“]'), re.compile(r'["”]')


def trim(text: str, spans: list[Span]) -> list[Span]:
    """Leading determiners (names only), edge punctuation, the possessive and a quotation
    that opens inside a name go outside."""
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
            if ")" in s and label in NAME_LABELS:
                start += s.rindex(")") + 1
                continue
            if label in NAME_LABELS and _FULL_STOP.search(s):
                end -= 1  # "Abuja." at a paragraph's end: the full stop is the sentence's
                continue
            quote = _OPENING_QUOTE.search(s) if label in NAME_LABELS else None
            if quote and not _CLOSING_QUOTE.search(s, quote.end()):  # not 'Jo "Pat" Di Cicco'
                end = start + quote.start()  # 'on Twitter "Tools are ...': a quotation opens
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
    text = doc_text(doc)
    out = []
    for start, end, label in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        is_title = [w.group().lower().rstrip(",") in TITLES for w in words]
        if label == "PERSON" and not place_kind(text[start:end]):  # not "Sultan Kudarat"
            k = 0
            while k < len(words) - 1 and (
                is_title[k] or _common_noun(doc, start + words[k].start())
            ):
                k += 1
            start = start + words[k].start()
        elif (
            label in {"ORG", "GPE"}
            and all(is_title)
            and not (label == "GPE" and text[start:end].replace(".", "").isupper())
            and (
                _followed_by_title(text, end) or _TITLE_OF.search(text[max(0, start - 30) : start])
            )
        ):
            continue
        out.append((start, end, label))
    return out


_TITLE_OF = re.compile(
    r"\b(?:Secretary|Minister|Ministry|Department|Attorney General) of (?:the )?$"
)


_OCCUPATION = re.compile(r"(?:caster|er|or|ist|ian|ant|ent|ee|\w{4}(?:man|woman))$")


def _common_noun(doc: Doc, offset: int) -> bool:
    """ "Broadcaster Piers Morgan": a capitalised common noun before a name is a role; so is a
    job word at a sentence's start ("Manager"), unless it is a given name ("Victor")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not span[0].is_title:
        return False
    tok = span[0]
    if tok.tag_ in {"NN", "NNS"}:
        return True
    return (
        tok.is_sent_start
        and bool(_OCCUPATION.search(tok.lower_))
        and tok.lower_ not in given_names()
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].is_title
        and doc[tok.i + 2].is_title
    )


def _followed_by_title(text: str, end: int) -> bool:
    m = re.match(r"\s+(\S+)", text[end:])
    return bool(m and m.group(1).lower().rstrip(",") in TITLES)


#: A nickname in quotation marks between a given name and a surname.
_NICKNAME = re.compile(r" [\"“][A-Z][\w'’.-]*[\"”] ")


def merge_adjacent_people(text: str, spans: list[Span]) -> list[Span]:
    """Two PERSON spans separated by one space are one name ("Amy Berman" "Jackson"), and so
    are two with a nickname in quotation marks between ('Ana "Ani" Ruiz'); a title alone
    before a PERSON ("Monseñor" "Ana Sol") is no name of its own."""
    spans = sorted(spans)
    out: list[Span] = []
    for span in spans:
        gap = text[out[-1][1] : span[0]] if out else ""
        if out and span[2] == out[-1][2] == "PERSON" and _NICKNAME.fullmatch(gap):
            out[-1] = (out[-1][0], span[1], "PERSON")  # 'Matiu "Matt" Ratana' is one name
            continue
        if gap == '" ' and span[2] == out[-1][2] == "PERSON" and text.count('"', *out[-1][:2]):
            out[-1] = (out[-1][0], span[1], "PERSON")  # 'Matiu "Matt' + '" ' + 'Ratana'
            continue
        if out and span[2] == "PERSON" and gap == " ":
            words = text[out[-1][0] : out[-1][1]].split()
            after_of = re.search(r"\bof (?:the )?$", text[max(0, out[-1][0] - 8) : out[-1][0]])
            if all(w.lower() in TITLES for w in words) and not after_of:  # not "Speaker of
                out[-1] = span  # the [House] Ana Sol", a body the title is of
                continue
            if out[-1][2] == "PERSON":
                out[-1] = (out[-1][0], span[1], "PERSON")
                continue
        out.append(span)
    return out


_NUMBER_WORD = re.compile(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|trillions?|dozens?|half|couple|single|once|twice|first|second|third)\b",
    re.IGNORECASE,
)
_UNIT_END = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$")


def hedges_and_compounds(text: str, spans: list[Span]) -> list[Span]:
    """Hedges join a number ("[up to four]", "[four or more]"); "25-year-old" stays whole;
    "three days later" keeps "later"; a "number" with no number in it is dropped."""
    out = []
    for start, end, label in spans:
        if label in NUMBER_LABELS and not _NUMBER_WORD.search(text[start:end]):
            continue
        if label in NUMBER_LABELS and text[start:end].lower().startswith("only "):
            start += 5  # "only [27]": a limit, not a hedge
        more = re.match(r" or (?:more|fewer|less|so)\b", text[end:])
        if more and label == "CARDINAL":
            end += more.end()
        later = re.match(r" (?:later|earlier|ago)\b", text[end:])
        if later and label in {"DATE", "TIME"} and _UNIT_END.search(text[start:end]):
            end += later.end()
        if label in NUMBER_LABELS | {"DATE", "TIME"}:
            m = HEDGE_RE.search(text[max(0, start - 20) : start])
            if text.startswith("the ", start):
                m = None  # "over the last four years": a preposition, not a hedge
            elif re.match(r"(?:most|least) ", text[start:end]) and text[start - 3 : start] == "at ":
                start -= 3  # "[at most two weeks]", where the model kept only "most"
            if m and label != "ORDINAL" and not _HEDGED.match(text, start, end):
                start = max(0, start - 20) + m.start()  # not "hand [over] about 680": one hedge
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


#: A span that opens with a hedge of its own ("about 680") takes no second one.
_HEDGED = re.compile(
    "(?:" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s",
    re.IGNORECASE,
)
_REGNAL = re.compile(r" (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)\b(?![-'’\w])")


def regnal_numbers(text: str, spans: list[Span]) -> list[Span]:
    """ "Queen [Elizabeth II]", "Pope [Benedict XVI]": a regnal number belongs to the name."""
    out = []
    for start, end, label in spans:
        m = _REGNAL.match(text, end) if label == "PERSON" else None
        out.append((start, m.end() if m else end, label))
    return drop_contained(out)
