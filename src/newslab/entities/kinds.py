"""A capitalised word that a text uses as a common noun, for a kind of being or thing, is no
name: an article on early humans writes "a Neandertal child", "Neandertals made tools" and
"the latest Neandertals", and the small model reads each as an organisation.

The word counts as a kind where the text writes it both ways a count noun goes: singular
after "a", "an", "one", "each", "every" or "another", and plural with an "s". Only the labels
of names the model gives such a word by mistake are dropped (ORG, PRODUCT, WORK_OF_ART); a
family ("a Kennedy", "the Kennedys", PERSON) and a group of people ("a Democrat",
"Democrats", NORP) keep theirs, and so does a word the model calls NORP at least as often
as it calls it a name of another kind (where it does not, its few NORP spans go too).

>>> text = "It was a Velkar child. Velkars made tools; the last Velkars died out."
>>> kinds_of_things(text, [(9, 15, "ORG"), (23, 30, "ORG"), (52, 59, "ORG")])
[]
"""

from __future__ import annotations

import re
from collections import Counter

from ..spans import Span

__all__ = ["kinds_of_things"]

#: Labels the model gives a kind's word by mistake.
_MISREAD = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
#: A capitalised word after a word that counts one of a kind.
_ONE_OF = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very|[Aa]nother) ([A-Z][a-z]{3,})\b(?!['’]s)")


def kinds_of_things(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the names the model gave a kind's word (see the module)."""
    words = {text[s:e] for s, e, label in spans if label in _MISREAD and " " not in text[s:e]}
    if not words:
        return spans
    singular = {m.group(1) for m in _ONE_OF.finditer(text)}
    kinds = {w for w in singular if w + "s" in words or w in words}
    kinds = {w for w in kinds if re.search(rf"\b{w}s\b", text)}  # its plural is written too
    votes = Counter(
        (text[s:e].removesuffix("s"), label == "NORP")
        for s, e, label in spans
        if label in _MISREAD | {"NORP"}
    )
    kinds = {w for w in kinds if votes[w, True] < votes[w, False]}  # "Democrats" stays NORP
    if not kinds:
        return spans
    return [
        (s, e, label)
        for s, e, label in spans
        if not (label in _MISREAD | {"NORP"} and text[s:e].removesuffix("s") in kinds)
    ]
