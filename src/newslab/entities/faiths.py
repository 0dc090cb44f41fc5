"""Faiths and doctrines as groups: "converted to Islam", "embraced Marxism" are NORP, as
OntoNotes marks religious and political groups.

>>> faiths("She studied Buddhism.", [])
[(12, 20, 'NORP')]
"""

from __future__ import annotations

import re

from ..spans import Occupancy, Span

__all__ = ["faiths"]

#: Labels a faith's name may wrongly carry.
_RELABEL = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE"})

#: Faiths and doctrines: the world religions' names, and a capitalised "-ism" ("Marxism").
_FAITH = re.compile(
    r"\b(?:Islam|Christianity|Christendom|Judaism|Hinduism|Buddhism|Sikhism|Jainism|Taoism|"
    r"Shinto|[A-Z][a-z]{2,}ism)\b(?![-‑])"
)


def faiths(text: str, spans: list[Span]) -> list[Span]:
    """ "converted to Islam", "embraced Marxism": a faith or doctrine is NORP, as OntoNotes
    marks religious and political groups, whatever the model called it or if it saw nothing.

    >>> faiths("He embraced Marxism and Islam.", [(24, 29, "ORG")])
    [(12, 19, 'NORP'), (24, 29, 'NORP')]
    """
    found = {(m.start(), m.end()) for m in _FAITH.finditer(text)}
    if not found:
        return spans
    exact = {(s, e) for s, e, _ in spans}
    taken = Occupancy(len(text), [sp for sp in spans if (sp[0], sp[1]) not in found])
    out = [
        (s, e, "NORP") if (s, e) in found and label in _RELABEL else (s, e, label)
        for s, e, label in spans
    ]
    out += [(s, e, "NORP") for s, e in sorted(found) if (s, e) not in exact and taken.free(s, e)]
    return sorted(out)
