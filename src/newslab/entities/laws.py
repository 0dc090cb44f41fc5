"""Laws and documents are LAW by their head word, wherever the model put them.

- a capitalised name ending in a head ("Clean Air Act", "Paris Agreement", "Kyoto Protocol",
  "Fourteenth Amendment to the Samoan Constitution", "Extradition Bill"); a year after the
  head is part of the name ("Data Protection Act 1998", "Clean Air Act of 1963", "Wildlife
  Protection Act, 1972" as Indian laws are written), and still a
  year for the timex layer;
- a head that leads its name ("Treaty of Lisbon", "Convention on the Rights of the Child",
  "Law of the Sea");
- a numbered resolution or article ("Security Council resolution 1441", "Article 5"), a
  numbered act or decree ("Republic Act No. 9262", "Presidential Decree No. 1081").

>>> law_names("They cited the Clean Air Act.", [(15, 28, "ORG")])
[(15, 28, 'LAW')]
"""

from __future__ import annotations

import re

from ..lexicon import DETERMINERS, LAW_HEADS, MONTHS, WEEKDAYS
from ..spans import Span, replace_with
from .gazetteer import place_kind

__all__ = ["law_names"]

_HEADS = "|".join(sorted(LAW_HEADS - {"Convention"} | {"Bill"}))
#: A word of a name: capitalised ("Clean", "Non-Proliferation"), an abbreviation ("U.S."), an
#: ordinal ("14th"); never a possessive ("Sudan's") or a word that ends a sentence ("America.").
_WORD = r"(?:[A-Z](?:\.[A-Z])+\.|[A-Z]\.(?= [A-Z])|[A-Z](?:[\w-]|['’](?!s\b))*|\d+(?:st|nd|rd|th))"
_NAME = r"(?!(?:" + "|".join(m.capitalize() for m in MONTHS + WEEKDAYS) + r")\b)" + _WORD
#: Small words inside a name ("Freedom of Information Act", "Health and Social Care Act").
_SMALL = r"(?:(?:of|on|for|to|against|in)(?: the)? |and |& )"
#: "Clean Air Act", "Paris Agreement", "Amendment to the X Constitution" (a year stays out);
#: "Convention" only after a place or plural ("Geneva Convention(s)"): a gathering's too.
_TAIL = re.compile(
    r"\b((?:" + _NAME + r" " + _SMALL + r"?){1,7}?)(?:" + _HEADS + r")s?\b"
    r"(?:,? (?:of )?(?:1[89]|20)\d\d\b|(?! [A-Z]))"
    r"(?: to the (?:" + _NAME + r" ){1,4}(?:" + _HEADS + r")\b(?! [A-Z]))?"
    r"|\b(?P<place>" + _NAME + r") Convention(?P<plural>s)?\b(?! [A-Z])"
    r"|\b(?:" + _NAME + r" ){2,5}?Laws?\b(?! [A-Z])"  # "Texas Election Law"; "Harvard Law"
)  # is a school, "School of Law" a discipline
#: "Treaty of Lisbon", "Convention on the Rights of the Child", "Law of the Sea".
_LEAD = re.compile(
    r"\b(?:"
    + _NAME
    + r" ){0,3}(?:"
    + _HEADS
    + r"|Convention|Law|Statute) (?:of|on) (?:the )?"
    + _NAME
    + r"(?: "
    + _SMALL
    + r"?"
    + _NAME
    + r")*"
)
#: "Convention" also names gatherings ("Democratic National Convention on Monday").
_GATHERING = re.compile(r"\b(?:National|Party|Annual|Democratic|Republican) Convention\b")
#: "Security Council resolution 1441", "Article 5" (of a treaty), "Republic Act No. 9262".
_NUMBERED = re.compile(
    r"\b(?:(?:" + _NAME + r" ){0,4}(?:[Rr]esolution (?:No\. ?)?|(?:Act|Law|Decree|Bill|Order|"
    r"Ordinance) No\. ?)\d+(?:/\d+)?|Article \d+[a-z]?(?:, Section \d+)?)\b"
)
#: Words that open a sentence before a name ("Under the Clean Air Act").
_OPENERS = DETERMINERS | frozenset(
    "in under after before since with by for from on at as of to and but or if when while "
    "without against despite".split()
)


#: Where a law's name may be: around a head word (most articles have none, and cost nothing).
_ANY_HEAD = re.compile(
    r"\b(?:" + _HEADS + r"|Convention|Law|Statute|[Rr]esolution|Article|Decree|Order No)"
)


def _near_heads(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` in windows around the head words, each match once."""
    seen: dict[int, re.Match[str]] = {}
    for head in _ANY_HEAD.finditer(text):
        lo = max(0, head.start() - 160)
        lo = text.rfind(" ", 0, lo) + 1 if lo else 0  # start the window at a word
        for m in pattern.finditer(text, lo, min(len(text), head.end() + 160)):
            if m.start() <= head.start() < m.end() or m.end() == head.end():
                seen.setdefault(m.start(), m)
    return [seen[k] for k in sorted(seen)]


def law_names(text: str, spans: list[Span]) -> list[Span]:
    """Names of laws, treaties and documents are LAW (see the module)."""
    found: list[Span] = []
    for pattern in (_LEAD, _NUMBERED, _TAIL):
        for m in _near_heads(pattern, text):
            start, end = m.span()
            words = text[start:end].split(" ")
            while words and words[0].lower() in _OPENERS:
                start += len(words.pop(0)) + 1
            place = m.groupdict().get("place")
            if len(words) < 2 or (place and not m.group("plural") and not place_kind(place)):
                continue
            if _GATHERING.search(text[start:end]) or _bill_is_a_person(text, start, end, spans):
                continue
            if any(s[0] < end and start < s[1] for s in found):
                continue
            found.append((start, end, "LAW"))
    return replace_with(spans, found)


def _bill_is_a_person(text: str, start: int, end: int, spans: list[Span]) -> bool:
    """ "Uncle Bill", "Ana Ruiz of the Bill and Ada Foundation": a "Bill" that is a name, a
    person's or one that opens a longer name."""
    head = text.rfind("Bill", start, end)
    return head >= 0 and any(
        (label == "PERSON" and s < end and start < e) or (s <= head < end < e)
        for s, e, label in spans
    )
