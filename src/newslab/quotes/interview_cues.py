"""The cue of an interview's answers: the verb that introduces the interview ("Dr Roe tells
Wikinews about ...", "Roe answered some questions from Wikinews"), in the headline or in the
text before the first turn."""

from __future__ import annotations

import re

__all__ = ["interview_cue"]

#: The verbs that introduce an interview, by lemma: "X tells Wikinews about ...", "X
#: discussed this with Wikinews", "X answered some questions", "X spoke to our reporter".
_INTRODUCING = (
    (
        "tell",
        re.compile(
            r"\b(?:tells?|told) (?:Wikinews|us|our \w+)\b(?! (?:that|he|she|they|it|we|I)\b)"
        ),
    ),
    ("discuss", re.compile(r"\bdiscuss(?:es|ed|ing)?\b")),
    ("answer", re.compile(r"\banswer(?:s|ed|ing)? (?:\w+ ){0,4}?questions\b")),
    ("talk", re.compile(r"\btalk(?:s|ed)? (?:to|with) (?:Wikinews|us|our \w+)\b")),
    ("speak", re.compile(r"\b(?:speaks?|spoke) (?:to|with) (?:Wikinews|us|our \w+)\b")),
)


def interview_cue(headline: str, text: str) -> str | None:
    """The cue of an interview's answers: the verb that introduces the interview, in the
    headline or else in the text before the first turn ("Dr Roe tells Wikinews about ...",
    "Roe answered some questions from Wikinews"); ``None`` where none does. A verb with a
    clause after it ("told Wikinews he ...") reports one statement and introduces nothing.

    >>> interview_cue("Wikinews interviews Ana Ruiz", "Ruiz answered a few questions.\\n((WN)) Why?")
    'answer'
    >>> interview_cue("Ana Ruiz tells Wikinews about stars", ""), interview_cue("Stars", "")
    ('tell', None)
    """
    first = text.find("((")
    intro = _SENTENCE.split(text[: len(text) if first < 0 else first])
    for part in [headline] + [s for s in intro if _TO_US.search(s)]:
        found = [(m.start(), lemma) for lemma, rx in _INTRODUCING if (m := rx.search(part))]
        if found:
            return min(found)[1]
    return None


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
#: The interviewer, or the questions, as a sentence of the introduction names them.
_TO_US = re.compile(r"\b(?:Wikinews|us|our \w+|questions)\b")
