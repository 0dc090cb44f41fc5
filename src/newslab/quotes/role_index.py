"""The index of an article's entities by role: each organisation under its words ("ORG:court"),
each person under the titles the article gives them ("PERSON:minister"), built once so that
"the court" or "the minister" is a lookup (:mod:`.roles`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..entities import Entity
from ..lexicon import TITLES
from ..person_nouns import is_person_noun

__all__ = ["entity_index"]


def _titles_before(doc: Doc, start: int) -> list[str]:
    """The title words written right before a name, read off the parse: "El Paso Mayor
    [Dee Margo]" gives "mayor", "paso", "el"; "AU trade commissioner [Albert Muchanga]"
    gives "commissioner", "trade", "au"; "sentenced [David]" gives nothing."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return []
    out: list[str] = []
    i = span[0].i - 1
    while i >= 0 and len(out) < 6:
        tok = doc[i]
        if tok.lower_ == "of" and i > 0 and doc[i - 1].tag_ in {"NN", "NNP"}:
            i -= 1  # "President of Argentina [Alberto Fernández]"
            continue
        tagged = tok.tag_ in {"NN", "NNP", "NNS", "NNPS", "JJ"}
        if not (tagged or not out and is_person_noun(tok.lower_)) or tok.text.endswith(","):
            break  # a person's noun right before the name, however tagged ("engineer")
        out.append(tok.lower_.rstrip("."))
        i -= 1
    return out


#: A noun phrase set before a name with a comma: "Her father, [Tomas Vell]", "The club's
#: chairman, [Piet Rann]", "found by his father, [Tomas Vell]"; a determiner or a possessive
#: opens it, and it has few words.
_APPOSED = re.compile(
    r"(?:(?:^|[.;:!?\n]\s*|,[\"”]?\s|\b(?:by|to|with|from|for|and)\s)(?P<a>(?:the|an?|his|her|their|its|whose|[\w.-]+['’]s)(?:\s[\w'’-]+){1,4})"
    r"(?:\s(?:of|for|at)\s[\w'’-]+(?:\s[\w'’-]+){0,4})?,\s(?P<rank>[a-z]+\.?\s)?"
    r"|\s(?P<b>(?:the|his|her|their|its)(?:\s[\w'’-]+){1,4}),\s(?:Mr|Mrs|Ms|Dr)\.?\s)$",
    re.IGNORECASE,
)  # "... including the Prime Minister of Velka, Mr. [Oren Castell]": an honorific marks it


#: A noun phrase set after a name with a comma: to the next comma, or to the sentence's end
#: where a determiner or a possessive opens it.
_APPOSED_AFTER = re.compile(
    r",\s([^,.;:()\n]{1,78}?)(?:\s(?:who|whose|which|that)\s[^,.;:()\n]{1,120})?,"
    r"|,\s((?:the|an?|his|her|their|its|[\w.-]+['’]s)\s[^,.;:()\n]{1,55}?)"
    r"(?:\s(?:who|whose|which|that)\s[^.;:()\n]{1,150})?[.;\n]",
    re.IGNORECASE,
)  # ", a judge of the court," or ", the minister of X." (not ", adding that the court ..."); a
#  relative clause after the noun is no part of it (", a nurse who was not involved,")


def _apposed_before(text: str, start: int) -> list[str]:
    """The words of a noun phrase put before a name as its apposition ("her father")."""
    m = _APPOSED.search(text[max(0, start - 100) : start])
    if m is None or m.group("rank") and m.group("rank").strip().lower() not in TITLES:
        return []  # a word between comma and name only if a title ("..., Colonel [X]")
    return (m.group("a") or m.group("b")).lower().split()  # not "of the X Union"


def entity_index(
    doc: Doc, text: str, entities: tuple[Entity, ...]
) -> dict[str, tuple[list[int], list[Entity]]]:
    """Entities by key, in reading order: "ORG"; "ORG:court" (by an organisation's last
    word); "PERSON:minister" (by a title the article gives a person, before the name or in
    an apposition after it)."""
    index: dict[str, tuple[list[int], list[Entity]]] = {}

    def put(key: str, ent: Entity) -> None:
        starts, ents = index.setdefault(key, ([], []))
        starts.append(ent.start)
        ents.append(ent)

    for ent in entities:
        if ent.label in {"ORG", "FAC"}:  # a building speaks by its name: "the hotel said"
            if ent.label == "ORG":
                put("ORG", ent)
            words = re.findall(r"[a-z]+", f"{ent.text} {ent.canonical}".lower())  # "ECJ" too
            for word in set(words) - {"of", "the", "and", "for"}:
                put(f"ORG:{word}", ent)
        elif ent.label == "PERSON":
            m = _APPOSED_AFTER.match(text, ent.end, ent.end + 210)
            appos = (m.group(1) or m.group(2)).lower() if m else ""
            words = set(_titles_before(doc, ent.start)) | set(appos.split())
            words |= set(_apposed_before(text, ent.start))
            for word in words:
                put(f"PERSON:{word}", ent)
    return index
