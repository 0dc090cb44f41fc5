"""Named entities: spaCy's NER brought to the OntoNotes conventions of ANNOTATIONS.md.

``extract_entities(doc)`` runs the span rules of :mod:`newslab.entity_rules`, then makes
the article consistent: one label per name, every later mention of a name found
("Lavrov" after "Sergei Lavrov"), acronyms tied to their long forms, and each mention
given its canonical (fullest) name.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import asdict, dataclass

from spacy.tokens import Doc

from . import entity_context as context
from . import entity_patterns as patterns
from . import entity_rules as rules
from .entity_rules import NAME_LABELS, Span
from .lexicon import EVENT_HEADS
from .nlp import doc_text

__all__ = ["Entity", "LABEL_DESCRIPTIONS", "extract_entities", "spans_to_entities"]

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


def extract_entities(doc: Doc) -> tuple[Entity, ...]:
    """Entities of a parsed article, following the ANNOTATIONS.md span conventions.

    Examples
    --------
    >>> from newslab.nlp import load_nlp  # doctest: +SKIP
    >>> doc = load_nlp()("Foreign Minister Sergei Lavrov spoke. Lavrov’s plan stands.")
    >>> [(e.text, e.label, e.canonical) for e in extract_entities(doc)]  # doctest: +SKIP
    [('Sergei Lavrov', 'PERSON', 'Sergei Lavrov'), ('Lavrov', 'PERSON', 'Sergei Lavrov')]
    """
    text = doc_text(doc)
    spans: list[Span] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    spans = patterns.time_expressions(text, spans)
    spans = patterns.weekday_phrases(text, spans)
    spans = patterns.quantities(text, spans)
    spans = rules.trim(text, spans)
    spans = rules.titled_people(doc, rules.split_titled_names(text, spans))
    spans = rules.strip_titles(doc, spans)
    spans = rules.merge_adjacent_people(text, spans)
    spans = rules.hedges_and_compounds(text, spans)
    spans = patterns.merge_dates(text, spans)
    spans = rules.org_tails(text, spans)
    spans = rules.relabel_by_head(text, spans)
    spans = context.platforms(text, acronyms(text, spans))
    spans = one_label_per_name(text, spans)
    spans = rules.remove_overlaps(propagate_names(text, spans))
    spans = rules.merge_adjacent_people(text, extend_given_names(text, spans))
    return spans_to_entities(text, spans)


def spans_to_entities(text: str, spans: list[Span]) -> tuple[Entity, ...]:
    """Entities with canonical names from finished ``(start, end, label)`` spans."""
    spans = sorted(set(spans))
    full = _full_names(text, spans)
    return tuple(
        Entity(s, e, text[s:e], label, _canonical(text[s:e], label, s, full))
        for s, e, label in spans
    )


_ACRONYM = re.compile(r"\s*[(\[]\s*([A-Z][A-Za-z&.]*[A-Z]\.?)\s*[)\]]")


def acronyms(text: str, spans: list[Span]) -> list[Span]:
    """ "Long Name (LN)" gives LN the long name's label, and "LN (Long Name)" the reverse."""
    found: list[Span] = []
    for start, end, label in spans:
        if label not in NAME_LABELS:
            continue
        m = _ACRONYM.match(text, end)
        if m and _initials_fit(m.group(1), text[start:end]):
            found.append((m.start(1), m.end(1), label))
        m = re.compile(r"\s*\(([A-Z][^()]{3,80})\)").match(text, end)
        if m and _initials_fit(text[start:end], m.group(1)):
            found.append((m.start(1), m.end(1), label))
    return rules.replace_with(spans, found)


def _initials_fit(acronym: str, name: str) -> bool:
    letters = re.sub(r"[^A-Z]", "", acronym)
    caps = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())
    return len(letters) >= 2 and (
        caps == letters
        or caps.startswith(letters)
        or (len(letters) >= 3 and all(ch in caps for ch in letters) and caps[0] == letters[0])
    )


def _surname_keys(text: str, spans: list[Span]) -> dict[str, str]:
    """Word suffixes of multi-word PERSON names -> PERSON ("Lavrov", "Berman Jackson")."""
    keys: dict[str, str] = {}
    for s, e, label in spans:
        words = text[s:e].split()
        if label == "PERSON" and len(words) > 1:
            for k in range(1, len(words)):
                if not words[k].isupper():
                    keys[" ".join(words[k:])] = "PERSON"
                    keys.setdefault(words[k], "PERSON")
        elif label == "EVENT" and len(words) > 1 and words[0].lower() in EVENT_HEADS:
            keys.setdefault(" ".join(words[1:]), "EVENT")
    return keys


def one_label_per_name(text: str, spans: list[Span]) -> list[Span]:
    """Every mention of a name gets the same label: a surname of a PERSON is a PERSON,
    otherwise the label the name has most often in the article (the first on a tie)."""
    surnames = _surname_keys(text, spans)
    gpe = context.gpe_index(spans)
    votes: dict[str, Counter[str]] = {}
    for span in spans:
        s, e, label = span
        if label in NAME_LABELS:
            strong = context.context_label(text, span, spans, gpe)
            weight = 3 if strong else 1 + (len(text[s:e].split()) > 1)
            votes.setdefault(text[s:e], Counter())[strong or label] += weight
    out = []
    for s, e, label in spans:
        name = text[s:e]
        if label in NAME_LABELS:
            town = surnames.get(name) and context.followed_by_place(text, (s, e, label), spans, gpe)
            label = "GPE" if town else surnames.get(name) or votes[name].most_common(1)[0][0]
            if label == "ORG" and len(name.split()) > 1 and name.split()[-1] in surnames:
                label = "PERSON"
        out.append((s, e, label))
    return out


def extend_given_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Elijah Eugene" + "Cummings": a surname found alone takes back the given names
    written before it, when the first of them is that person's known first name."""
    firsts = {}
    for s, e, label in spans:
        words = text[s:e].split()
        if label == "PERSON" and len(words) > 1:
            firsts.setdefault(words[-1], set()).add(words[0])
    out = []
    for s, e, label in spans:
        m = re.search(r"([A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)? $", text[max(0, s - 40) : s])
        if label == "PERSON" and m and m.group(1) in firsts.get(text[s:e], ()):
            s = max(0, s - 40) + m.start()
        out.append((s, e, label))
    return rules.drop_contained(out)


def propagate_names(text: str, spans: list[Span]) -> list[Span]:
    """Find the mentions the model missed of names it found elsewhere in the article."""
    names = {text[s:e]: label for s, e, label in spans if label in NAME_LABELS}
    names.update({k: v for k, v in _surname_keys(text, spans).items() if k not in names})
    taken = rules.Occupancy(len(text), spans)
    found: list[Span] = []
    for name, label in names.items():
        if len(name) < 3 or not name[0].isupper() or name.isupper() and len(name) < 2:
            continue
        for m in re.finditer(r"(?<![\w&.-])" + re.escape(name) + r"(?![\w&-]|\.\w)", text):
            span = (m.start(), m.end(), label)
            if taken.free(span[0], span[1]):
                taken.take(span[0], span[1])
                found.append(span)
    return spans + found


def _full_names(text: str, spans: list[Span]) -> dict[str, dict[str, list[int]]]:
    """label -> name -> the sorted offsets where it is written."""
    full: dict[str, dict[str, list[int]]] = {}
    for s, e, label in sorted(spans):
        full.setdefault(label, {}).setdefault(text[s:e], []).append(s)
    return full


def _canonical(name: str, label: str, start: int, full: dict[str, dict[str, list[int]]]) -> str:
    """The fullest mention of the same label that ends with (or abbreviates) this one; of
    two equally full ones, the nearer (an earlier one first)."""
    if label not in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT"}:
        return name
    fitting = _fitting_names(name, label, tuple(full.get(label, {})))
    if not fitting:
        return name
    longest = max(len(_fold(o).split()) for o in fitting)
    best = [o for o in fitting if len(_fold(o).split()) == longest]
    if len(best) == 1:
        return best[0]

    def nearness(other: str) -> tuple[bool, int]:
        starts = full[label][other]
        i = bisect.bisect_right(starts, start)
        before = start - starts[i - 1] if i else None
        after = starts[i] - start if i < len(starts) else None
        if before is not None:
            return (True, -before)
        return (False, -(after or 0))

    return max(best, key=nearness)


@functools.lru_cache(maxsize=4096)
def _fitting_names(name: str, label: str, others: tuple[str, ...]) -> tuple[str, ...]:
    words = _fold(name).split()
    out = []
    for other in others:
        other_words = _fold(other).split()
        if len(other_words) <= len(words):
            continue
        if (
            other_words[-len(words) :] == words
            or (label == "PERSON" and len(words) == 1 and words[0] in other_words[1:])
            or (
                label != "PERSON"
                and (
                    other_words[: len(words)] == words
                    or (len(words) == 1 and name.isupper() and _initials_fit(name, other))
                )
            )
        ):
            out.append(other)
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """Compare names without accents: "Erdogan" is "Erdoğan"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")
