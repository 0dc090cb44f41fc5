"""Labels and extents of names from their own words: "Hurricane X" is an EVENT, "X Airport"
a FAC, "Puerto Rico Center for Investigative Journalism" one ORG.

>>> relabel_by_head("Hurricane Lorenzo hit.", [(0, 17, "PERSON")])
[(0, 17, 'EVENT')]
"""

from __future__ import annotations

import re

from ..lexicon import (
    DISEASE_RE,
    EVENT_HEADS,
    FAC_WORDS,
    GPE_WORDS,
    LOC_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    POST_NOMINALS,
    TIME_ZONES,
)
from ..spans import NAME_LABELS, Span, drop_contained

__all__ = ["org_tails", "relabel_by_head"]


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
                "PERSON",
                "ORG",
                "WORK_OF_ART",
                "PRODUCT",
                "GPE",
            }:
                label = "FAC"
        if label in NAME_LABELS and len(words) > 1 and label in {"PERSON", "ORG", "GPE"}:
            if words[-1] in LOC_WORDS:
                label = "LOC"
            elif words[-1] in ORG_WORDS and label == "PERSON":
                label = "ORG"
        if label == "PERSON" and re.fullmatch(r"[A-Z][A-Z&]+", text[start:end]):
            label = "ORG"
        words = text[start:end].split()
        if label in NAME_LABELS and len(words) > 2 and words[-1] in POST_NOMINALS:
            end = start + text[start:end].rindex(" ")  # "Kama Melly QC": a person, "QC" outside
            label = "PERSON"
        if label in NAME_LABELS and re.search(
            r"\w\.(?:com|org|net|co\.uk|com\.au|io)\b", text[start:end]
        ):
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


_ORG_TAIL = re.compile(
    r" (?:for|of|on) (?:the )?(?:[A-Z][\w'’-]*(?: and | & | of | for | )?)*[A-Z][\w'’-]*"
)


def org_tails(text: str, spans: list[Span]) -> list[Span]:
    """ "Puerto Rico Center" + " for Investigative Journalism" is one ORG."""
    out = []
    for start, end, label in spans:
        words = text[start:end].split()
        if label == "ORG" and words and words[-1].lower() in ORG_HEADS:
            m = _ORG_TAIL.match(text, end)
            if m:
                end = m.end()
        out.append((start, end, label))
    return drop_contained(out)
