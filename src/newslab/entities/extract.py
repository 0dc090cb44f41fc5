"""The Entity dataclass and the pipeline of entity rules, in the order they run.

``extract_entities(doc)`` starts from spaCy's entities and runs every step of
:data:`PIPELINE`: span repairs, labels from context, then the article-wide consistency of
:mod:`.names` (one label per name, later mentions, acronyms, canonical names).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass

from spacy.tokens import Doc

from ..nlp import doc_text
from ..spans import Span
from . import canonical
from .pipeline import PIPELINE

__all__ = ["LABEL_DESCRIPTIONS", "PIPELINE", "Entity", "extract_entities", "spans_to_entities"]

#: Plain-language names for the 18 OntoNotes labels, as the lessons use them.
LABEL_DESCRIPTIONS = {
    "PERSON": "people, real or fictional",
    "NORP": "nationalities, religious and political groups",
    "FAC": "buildings, airports, bridges, roads",
    "ORG": "companies, agencies, institutions",
    "GPE": "countries, cities, states",
    "LOC": "other places: regions, mountains, seas",
    "PRODUCT": "objects, vehicles, foods (not services)",
    "EVENT": "named storms, wars, battles, sports events",
    "WORK_OF_ART": "titles of books, songs, films",
    "LAW": "named documents made into laws",
    "LANGUAGE": "named languages",
    "DATE": "dates and periods of a day or more",
    "TIME": "times and periods shorter than a day",
    "PERCENT": "percentages",
    "MONEY": "amounts of money",
    "QUANTITY": "measurements of weight, distance, speed",
    "ORDINAL": "first, second, third ...",
    "CARDINAL": "other numbers and counts",
}


@dataclass(frozen=True)
class Entity:
    """A named entity: ``body[start:end] == text``; ``canonical`` is its fullest name.

    Examples
    --------
    >>> Entity(0, 5, "Putin", "PERSON", "Vladimir Putin").to_dict()["canonical"]
    'Vladimir Putin'
    """

    start: int
    end: int
    text: str
    label: str
    canonical: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def extract_entities(doc: Doc, *, outlet: str | None = None) -> tuple[Entity, ...]:
    """Entities of a parsed article, following the ANNOTATIONS.md span conventions;
    ``outlet``, the publication the article comes from (its front matter's ``outlet``), is an
    organisation wherever the text names it ("told Wikinews").

    Examples
    --------
    >>> from newslab.nlp import load_nlp  # doctest: +SKIP
    >>> doc = load_nlp()("Foreign Minister Sergei Lavrov spoke. Lavrov’s plan stands.")  # doctest: +SKIP
    >>> [(e.text, e.label, e.canonical) for e in extract_entities(doc)]  # doctest: +SKIP
    [('Sergei Lavrov', 'PERSON', 'Sergei Lavrov'), ('Lavrov', 'PERSON', 'Sergei Lavrov')]
    """
    text = doc_text(doc)
    spans: list[Span] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    for _, step in PIPELINE:
        spans = step(doc, text, spans)
    return spans_to_entities(text, _outlet_mentions(text, spans, outlet))


def _outlet_mentions(text: str, spans: list[Span], outlet: str | None) -> list[Span]:
    """Every mention of the article's own outlet is an ORG, whatever the model made of it."""
    if not outlet or not outlet.strip():
        return spans
    found = [
        (m.start(), m.end(), "ORG")
        for m in re.finditer(r"(?<![\w-])" + re.escape(outlet.strip()) + r"(?![\w-])", text)
    ]
    if not found:
        return spans
    starts = [s for s, _, _ in found]
    kept = []
    for span in spans:
        i = bisect.bisect_left(starts, span[1]) - 1  # the last mention starting before its end
        if i < 0 or found[i][1] <= span[0]:
            kept.append(span)
    return kept + found


def spans_to_entities(text: str, spans: list[Span]) -> tuple[Entity, ...]:
    """Entities with canonical names from finished ``(start, end, label)`` spans."""
    spans = sorted(set(spans))
    return tuple(
        Entity(s, e, text[s:e], label, canonical)
        for (s, e, label), canonical in zip(
            spans, canonical.canonical_names(text, spans), strict=True
        )
    )
