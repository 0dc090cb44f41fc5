"""Laws and documents are LAW by their head word, wherever the model put them.

- a capitalised name ending in a head ("Clean Air Act", "Paris Agreement", "Kyoto Protocol",
  "Fourteenth Amendment to the Samoan Constitution"); a year after the head ("Data
  Protection Act 1998") stays outside, a date of its own for the timex layer;
- a head that leads its name ("Treaty of Lisbon", "Convention on the Rights of the Child",
  "Law of the Sea");
- a numbered resolution or article ("Security Council resolution 1441", "Article 5").

>>> law_names("They cited the Clean Air Act.", [(15, 28, "ORG")])
[(15, 28, 'LAW')]
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..lexicon import LAW_HEADS
from ..spans import Span, replace_with

__all__ = ["law_names"]

_HEADS = "|".join(sorted(LAW_HEADS))
_WORD = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)?)"
_SMALL = r"(?:of|on|for|and|the|to|against|in)"
#: "Clean Air Act", "Geneva Conventions", "Amendment to the X Constitution" (a year stays out).
_TAIL = re.compile(
    r"\b((?:" + _WORD + r" (?:" + _SMALL + r" (?:the )?)?){1,7}?)(?:" + _HEADS + r")s?\b"
    r"(?= (?:of )?(?:1[89]|20)\d\d\b|(?! [A-Z]))"
    r"(?: to the (?:" + _WORD + r" ){1,4}(?:" + _HEADS + r")\b(?! [A-Z]))?"
)
#: "Treaty of Lisbon", "Convention on the Rights of the Child", "Law of the Sea".
_MORE = r"(?: (?:" + _SMALL + r" (?:the )?)?(?!(?:" + _HEADS + r")\b)" + _WORD + r")*"
_LEAD = re.compile(
    r"\b(?:" + _WORD + r" ){0,3}(?:" + _HEADS + r"|Law|Statute) (?:of|on) (?:the )?" + _WORD + _MORE
)
#: "Security Council resolution 1441", "Article 5" (of a treaty).
_NUMBERED = re.compile(
    r"\b(?:(?:" + _WORD + r" ){0,4}[Rr]esolution (?:No\. ?)?\d+(?:/\d+)?|Article \d+[a-z]?)\b"
)
#: "Convention" also ends the names of gatherings ("Democratic National Convention").
_EVENT_LIKE = re.compile(r"\b(?:National|Party|Annual|Democratic|Republican) Convention$")


def law_names(text: str, spans: list[Span]) -> list[Span]:
    """Names of laws, treaties and documents are LAW (see the module)."""
    found: list[Span] = []
    for pattern in (_LEAD, _NUMBERED, _TAIL):
        for m in pattern.finditer(text):
            start, end = m.span()
            words = text[start:end].split(" ")
            while words and words[0].lower() in STOP_WORDS:
                start += len(words.pop(0)) + 1
            if len(words) < 2 or _EVENT_LIKE.search(text[start:end]):
                continue
            if any(s[0] < end and start < s[1] for s in found):
                continue
            found.append((start, end, "LAW"))
    return replace_with(spans, found)
