"""A body's name cut to its first word: "Orlin Aerospace ... Orlin said" is the firm twice.

Articles name an organisation in full once and then by its first word ("Ford Motor Company",
then "Ford"; "Team Vell", then "Vell" is not this: its first word is "Team"). The small model
reads the short form alone as a person's surname, or as a place the gazetteer does not know
("in Labour", of "the Labour Party"). A one-word PERSON (or such a GPE) that opens a
multi-word ORG of the same article is that ORG, unless a person of the article bears the
word in a name of two words or more ("Henry Ford"), the word is a widely given name
("Judit" of the "Judit Vell Foundation"), or a person's title stands before it ("Mr. Ford").

>>> firms_first_words("Orlin Aerospace cut jobs. Orlin said so.", [(0, 15, "ORG"), (26, 31, "PERSON")])
[(0, 15, 'ORG'), (26, 31, 'ORG')]
"""

from __future__ import annotations

import re

from ..spans import Span, replace_with
from .context import titled
from .gazetteer import place_kind
from .given import given_names
from .places import people_words

__all__ = ["GIVEN_BY", "firms_first_words", "firms_without_legal_form"]

#: A word given as a first name by this many of nomquamgender's sources or more is a person's
#: ("Judit", 22; "Ada", 30), not a firm's short name ("Ford", 19; "Orlin", 11).
GIVEN_BY = 20


def firms_first_words(text: str, spans: list[Span]) -> list[Span]:
    """Every one-word PERSON that is the first word of a multi-word ORG of the article,
    and no word of a multi-word PERSON, is that ORG (see the module).

    >>> text = "Vell Motors grew. Ada Vell said Vell won."
    >>> firms_first_words(text, [(0, 11, "ORG"), (18, 26, "PERSON"), (32, 36, "PERSON")])
    [(0, 11, 'ORG'), (18, 26, 'PERSON'), (32, 36, 'PERSON')]
    """
    firsts = {text[s:e].split()[0] for s, e, label in spans if label == "ORG" and " " in text[s:e]}
    if not firsts:
        return spans
    given = given_names()
    firms = {
        w for w in firsts - people_words(text, spans) if given.get(w.lower(), ("", 0))[1] < GIVEN_BY
    }
    parties = _parties(text, spans)
    return [
        (s, e, "ORG")
        if (label == "PERSON" or label == "GPE" and text[s:e] in parties)
        and text[s:e] in firms
        and text[s:e][:1].isupper()
        and not titled(text, s)
        else (s, e, label)
        for s, e, label in spans
    ]


def _parties(text: str, spans: list[Span]) -> set[str]:
    """First words of the article's parties ("Labour" of "the Labour Party") that are no
    place the gazetteer knows and no acronym ("US" of "US Party" is the country)."""
    return {
        words[0]
        for s, e, label in spans
        if label == "ORG"
        and len(words := text[s:e].split()) > 1
        and words[-1] == "Party"
        and words[0][1:].islower()
        and place_kind(words[0]) is None
    }


#: Legal forms that end a firm's full name and are dropped later ("Achterfeld Pharma [AG]").
_LEGAL_FORMS = frozenset(
    "AG GmbH SA S.A. SE Ltd Ltd. Limited Inc Inc. PLC plc LLC NV N.V. BV B.V. SpA S.p.A. AB ASA "
    "Oy Oyj KG A/S Corp Corp. Corporation Co Co. Pty Bhd".split()
)
_FORMS = "|".join(map(re.escape, sorted(_LEGAL_FORMS, key=len, reverse=True)))


def firms_without_legal_form(text: str, spans: list[Span]) -> list[Span]:
    """A firm named in full with its legal form ("Achterfeld Pharma AG") and later without it
    ("Achterfeld Pharma said") is that firm again, whatever the model made of the short form.

    >>> text = "It is made by Wenzel Chemie GmbH. Wenzel Chemie said so."
    >>> firms_without_legal_form(text, [(14, 32, "ORG"), (41, 47, "PERSON")])
    [(14, 32, 'ORG'), (34, 47, 'ORG')]
    """
    short = set()
    for s, e, label in spans:
        words = text[s:e].split()
        if label == "ORG" and len(words) > 2 and words[-1] in _LEGAL_FORMS:
            short.add(" ".join(words[:-1]))
    if not short:
        return spans
    names = "|".join(re.escape(n) for n in sorted(short, key=len, reverse=True))
    found = [
        (m.start(), m.end(), "ORG")
        for m in re.finditer(
            rf"(?<![\w-])(?:{names})(?![\w-])(?! (?:{_FORMS})\b)",
            text,
        )
    ]
    return replace_with(spans, found) if found else spans
