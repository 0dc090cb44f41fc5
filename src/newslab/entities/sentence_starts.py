"""Words capitalised only because they open a sentence.

The small model reads a capitalised common noun at the start of a sentence as a name:
"Photographs, videos and texts were shown" (ORG), "Smoke drifted across the Andes" (NORP),
"Turnout was 58 percent" (PERSON). Its own tagger knows better: it tags the word as a
common noun (NN, NNS), not a proper one (NNP). Such a word is no entity, unless the article
writes it capitalised inside a sentence too (then it is a name after all).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp import doc_tokens
from ..spans import NAME_LABELS, Span
from .people import person_name

__all__ = ["common_nouns"]


def common_nouns(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Photographs, videos and texts were shown": a plural common noun capitalised only
    because it opens the sentence is no name."""
    out = []
    inside = {
        t.text for t in doc_tokens(doc) if not t.is_sent_start
    }  # words written inside a sentence
    for start, end, label in spans:
        span = doc.char_span(start, end)
        if (
            span is not None
            and len(span) == 1
            and label in NAME_LABELS - {"NORP"}
            and span[0].is_sent_start
            and span[0].tag_ == "NNS"  # a plural common noun; a surname may be tagged NN
        ):
            continue
        if (  # "Smoke drifted across the Andes": a singular one, named nowhere else
            span is not None
            and len(span) == 1
            and label in NAME_LABELS
            and span[0].is_sent_start
            and span[0].tag_ == "NN"
            and span[0].text not in inside
        ):
            continue
        if (  # "Associates of Navalny alleged": the people after "of" are the name
            span is not None
            and label in {"PERSON", "ORG"}
            and len(span) > 2
            and span[0].is_sent_start
            and span[0].tag_ == "NNS"
            and span[1].lower_ == "of"
            and all(t.tag_ == "NNP" for t in span[2:])
            and (len(span) == 3 or person_name(span[2:].text))  # not "Veterans of Foreign Wars"
        ):
            label = "PERSON"
            start = span[2].idx
        out.append((start, end, label))
    return out
