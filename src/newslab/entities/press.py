"""A periodical named before its kind: "Kelder magazine announced", "the Orvik Post
newspaper reported". The name is an ORG and the lower-case kind stays outside it, as
OntoNotes marks "[Time] magazine".

>>> named_before_kind("Yesterday, Kelder magazine said so.", [])
[(11, 17, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import MONTHS, WEEKDAYS
from ..spans import Occupancy, Span, replace_with
from .people import lower_case_words

__all__ = ["named_before_kind"]

#: One to four capitalised words, then the lower-case kind of a periodical.
_BEFORE_KIND = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w&'’.-]*\s){0,3}[A-Z][\w&'’.-]*?)"
    r"(?:['’]s)?\s(?:magazine|newspaper|tabloid|broadsheet|news agency|weekly|daily)\b"
)
#: Words that open such a run without naming anything ("The magazine", "Sunday newspaper").
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our"})
#: Labels that already say what the words are: a place's or a people's paper, a date's issue.
_KEEP = frozenset({"GPE", "NORP", "LOC", "DATE", "PERSON", "LANGUAGE"})


def named_before_kind(text: str, spans: list[Span]) -> list[Span]:
    """ "Kelder magazine announced": the capitalised name before a periodical's lower-case
    kind is an ORG; not a place's, a people's or a date's ("a Texas newspaper", "the British
    tabloid", "the Sunday newspaper"), nor a one-word name opening a sentence that the
    article writes in lower case or nowhere else ("Local newspaper", "Regional newspaper").

    >>> named_before_kind("The Orvik Post newspaper said so.", [(4, 14, "WORK_OF_ART")])
    [(4, 14, 'ORG')]
    """
    found: list[Span] = []
    taken = Occupancy(len(text), [sp for sp in spans if sp[2] in _KEEP])
    lower = None
    for m in _BEFORE_KIND.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words or words[0].lower() in WEEKDAYS or words[0].lower() in MONTHS:
            continue
        start = m.end(1) - len(" ".join(words))
        end = m.end(1)
        if not taken.free(start, end):
            continue
        if len(words) == 1 and _opens_sentence(text, start):
            lower = lower if lower is not None else lower_case_words(text)
            if words[0].lower() in lower or not re.search(rf"[a-z,] {words[0]}\b", text):
                continue  # "Regional newspaper": a capital that only opens a sentence
        found.append((start, end, "ORG"))
    return sorted(replace_with(spans, found)) if found else spans


def _opens_sentence(text: str, at: int) -> bool:
    return not re.search(r"[\w,;:]\s+$", text[max(0, at - 3) : at])
