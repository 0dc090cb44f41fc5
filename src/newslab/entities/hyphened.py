"""Double-barrelled surnames: "Quddus-Mirza", "Ms Tarrow-Hughes".

The small model tags only one half of a hyphenated surname ("Quddus" as a place, "Mirza"),
or none of it after an honorific. A name that stops at a hyphen goes on over the rest of the
word, as a person's, where the article names a person with that surname or an honorific
stands before it (not "the Jorgensen-Cohen ticket", two people, nor "NASA-Space"). After
"Mr", "Ms", "Mrs", "Miss", "Dr" or "Prof", a hyphenated surname the model left out is a
person.

>>> text = "Ana Quddus-Mirza spoke. Quddus-Mirza said no."
>>> hyphened_names(text, [(0, 16, "PERSON"), (24, 30, "GPE")])
[(0, 16, 'PERSON'), (24, 36, 'PERSON')]
"""

from __future__ import annotations

import re

from ..spans import NAME_LABELS, Occupancy, Span

__all__ = ["HYPHEN_TAIL", "hyphened_names"]

_PART = r"[A-Z][^\W\d_]+(?:['’][A-Z][^\W\d_]+)?"
#: The rest of a word after a name that stops at its hyphen ("-Baroux"), and the part before one.
HYPHEN_TAIL = re.compile(rf"[-‐]{_PART}(?![\w-])")
_BEFORE = re.compile(rf"(?<![\w-]){_PART}[-‐]$")
#: An honorific and a hyphenated surname.
_HONORIFIC = re.compile(rf"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? ({_PART}[-‐]{_PART})(?![\w-])")


def hyphened_names(text: str, spans: list[Span]) -> list[Span]:
    """Names grown over the hyphenated word they stand in (see the module)."""
    if "-" not in text and "‐" not in text:
        return spans
    surnames = {text[s:e].rsplit(" ", 1)[-1] for s, e, label in spans if label == "PERSON"}
    out: list[Span] = []
    for s, e, label in spans:
        if label in NAME_LABELS:
            after, before = HYPHEN_TAIL.match(text, e), _BEFORE.search(text, max(0, s - 40), s)
            s2, e2 = before.start() if before else s, after.end() if after else e
            word = text[s2:e2]
            if (s2, e2) != (s, e) and (
                word in surnames or _HONORIFIC.search(text, max(0, s2 - 6), e2)
            ):  # not "the Jorgensen-Cohen ticket", two people's names
                s, e, label = s2, e2, "PERSON"
        out.append((s, e, label))
    taken = Occupancy(len(text), out)
    for m in _HONORIFIC.finditer(text):
        if taken.free(m.start(1), m.end(1)):
            out.append((m.start(1), m.end(1), "PERSON"))
    return sorted(set(out))
