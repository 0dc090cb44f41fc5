"""Software by its head word or its kind: OntoNotes marks programs and systems as PRODUCT.

- a capitalised name ending in "Linux", "OS" or "BSD" is a PRODUCT ("Pelican Linux",
  "Quillium OS"); "Linux" alone is one too, but not "the Linux Foundation";
- a name right before a kind of software ("the Tansy browser", "the Marrow operating system",
  "the Marrow distribution" in an article about Linux) or right after one ("the web browser
  Tansy") is a PRODUCT; in an article about software, so is a name before a kind of code
  ("the Tansy engine", "Tansy forks") or after a verb done to a program ("developing Tansy");
- every other mention of a name found so is a PRODUCT, and so is the acronym bracketed after
  it ("Harbor Enterprise Linux (HEL)" makes "HEL" one) and a one-word name it is called by
  alone ("Pelican" of "Pelican Linux");
- a product's name and the version number after it are one PRODUCT ("Pelican Linux 9", "HEL 7");
- a name that a product's name starts with is its maker's, an ORG ("Tarvo" beside "Tarvo
  Enterprise Linux"), not the person the model reads;
- a product's edition written after its name more than once ("Tansy Stream") is part of it,
  and its word alone names it (:func:`editions`).

The small model reads such names as people ("Rocky Linux"), places or organisations.

>>> software("They use Pelican Linux 9 now.", [(9, 16, "NORP"), (17, 24, "PERSON")])
[(9, 24, 'PRODUCT')]
"""

from __future__ import annotations

import re

from ..spans import Span, replace_with

__all__ = ["editions", "software"]

_WORD = r"(?!(?:The|A|An|In|On|At|We|Our|It|Its|This|That|These|But|And|Of|For)\b)[A-Z][\w+-]*"
#: A name ending in a system's head word, and not running on into a longer name.
_HEADED = re.compile(
    rf"\b(?:(?:{_WORD} ){{0,3}}Linux|(?:{_WORD} ){{1,3}}(?:OS|BSD))\b(?! [A-Z])(?!-)"
)
_KINDS = r"operating system|web browser|browser|programming language|distro"
#: Kinds that make a name software only in an article about software ("the Tansy engine",
#: "Tansy forks"; not "the Kestrel engine" of a carmaker, nor a host's "GitLab repository").
_CODE_KINDS = r"engine|fork|mod|modpack|app|source code|codebase"
_KIND_AFTER = re.compile(rf" (?:{_KINDS}|(?P<dist>distribution)|(?P<code>{_CODE_KINDS}))s?\b")
#: Words of an article about software.
_CODE = re.compile(r"\b(?:open[- ]source|source code|software|programm(?:er|ers|ing)|GitHub)\b")
#: "developing Tansy", "installs of Tansy", "forked Tansy": verbs done to a program.
_CODE_VERB = re.compile(
    r"\b(?:develop(?:ing|ed|s)?|install(?:ing|ed|s)?|installs\sof|download(?:ing|ed|s)?|"
    r"fork(?:ing|ed|s)?|compil(?:e|ed|es|ing)|port(?:ing|ed)|instances\sof)\s$"
)
_KIND_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir) (?:{_KINDS}) $")
_VERSION = re.compile(
    r" (\d{1,2}(?:\.\d{1,2}){0,2})\b(?![.,]?\d|%| ?(?:per|million|billion|thousand))"
)
_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]{1,6})\)")
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "LAW"})


def _trimmed(text: str, m: re.Match[str], spans: list[Span]) -> str:
    """The name without a sentence's first word the model left out of it ("Saying Rocky
    Linux", "Will Rocky Linux")."""
    name, before = m.group(), text[max(0, m.start() - 2) : m.start()]
    opening = not before or before[-1] == "\n" or before[-1] == " " and before[0] in '.?!:)"“'
    if " " in name and opening and not any(s == m.start() for s, _, _ in spans):
        return name.split(" ", 1)[1]
    return name


def _products(text: str, spans: list[Span]) -> set[str]:
    """The names the words around make software, in this article."""
    found = {_trimmed(text, m, spans) for m in _HEADED.finditer(text)}
    linux, code = "Linux" in text, _CODE.search(text) is not None
    for s, e, label in spans:
        if label not in _NAMES:
            continue
        m = _KIND_AFTER.match(text, e)
        kind = m and (linux or not m.group("dist")) and (code or not m.group("code"))
        if kind or _KIND_BEFORE.search(text, max(0, s - 30), s):
            found.add(text[s:e])
        elif code and " " not in text[s:e] and _CODE_VERB.search(text, max(0, s - 20), s):
            found.add(text[s:e])  # "started developing Tansy"
    for name in list(found):  # "Harbor Enterprise Linux (HEL)"
        for m in re.finditer(re.escape(name) + _ACRONYM.pattern, text):
            found.add(m.group(1))
    return found | _short_names(text, spans, found)


def _short_names(text: str, spans: list[Span], found: set[str]) -> set[str]:
    """ "Pelican" for "Pelican Linux": a one-word name a system is called by alone, unless
    the model reads it as an organisation (then it is the maker: "Oracle" of "Oracle
    Linux") or it begins two products' names (a maker's range: "Tarvo Linux", "Tarvo OS")."""
    orgs = {text[s:e] for s, e, label in spans if label == "ORG"}
    heads = [name.rsplit(" ", 1) for name in found if name.endswith((" Linux", " OS", " BSD"))]
    firsts = [head for head, _ in heads]
    return {
        head
        for head in firsts
        if " " not in head
        and head[:1].isupper()
        and head not in orgs
        and firsts.count(head) == 1
        and sum(n.startswith(head + " ") for n in found) == 1
    }


def software(text: str, spans: list[Span]) -> list[Span]:
    """Names of software the words around make clear, every mention of them and their
    versions: one PRODUCT each.

    >>> software("the Tansy browser; Tansy 3 is fast", [(4, 9, "GPE"), (19, 24, "PERSON")])
    [(4, 9, 'PRODUCT'), (19, 26, 'PRODUCT')]
    """
    names = _products(text, spans)
    if not names:
        return spans
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w-])(?! (?:Foundation|Project|Institute|Inc|Ltd|Corporation)\b)"
    )
    found: list[Span] = []
    for m in pattern.finditer(text):  # matches never overlap: a version ends in digits
        end = m.end()
        v = _VERSION.match(text, end)
        if v:
            end = v.end(1)
        if any(
            s <= m.start()
            and m.end() <= e
            and (s, e) not in {m.span(), (m.start(), end)}
            and text[s:e] not in names
            for s, e, label in spans
            if label in _NAMES
        ):
            continue  # "Linux" inside "the Linux Foundation" stays the organisation's
        found.append((m.start(), end, "PRODUCT"))
    products = {text[s:e] for s, e, _ in found}
    starts = {s for s, _, _ in found}
    spans = [  # "[the past few years Tansy]": the time the model ran on into the name stays
        (
            s,
            e if not (label in {"DATE", "TIME"} and (cut := _cut(text, s, e, starts))) else cut,
            label,
        )
        for s, e, label in spans
    ]
    return sorted(
        (s, e, "ORG") if label in _MAKERS and _makes(text[s:e], products) else (s, e, label)
        for s, e, label in replace_with(spans, found)
    )


def _cut(text: str, start: int, end: int, names: set[int]) -> int | None:
    """Where a date or time the model ran on into a product's name ends, before the name."""
    inside = [n for n in names if start < n < end]
    return len(text[: min(inside)].rstrip()) if inside else None


_MAKERS = frozenset({"PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"})


def _makes(name: str, products: set[str]) -> bool:
    """ "Harbor" of "Harbor Enterprise Linux": a name a product's name starts with is its
    maker's, an organisation, not a person or a place."""
    return any(p.startswith(name + " ") for p in products)


#: Words that make a name after a product's a body, not an edition ("Tarvo Linux Foundation").
_BODY = frozenset(
    "Foundation Project Board Team Community Inc Ltd Corporation Council Group".split()
)


def editions(text: str, spans: list[Span]) -> list[Span]:
    """ "Tarvo Stream": a product's name and a capitalised word the article writes after it
    more than once are one product, an edition of it, and the word alone names that edition
    too ("the move to Stream"); not a body's word ("Tarvo Foundation") nor a longer name
    ("Tarvo Governing Board").

    >>> editions("Tarvo Stream is new. Tarvo Stream and Stream.", [(0, 5, "PRODUCT"),
    ...     (6, 12, "ORG"), (21, 26, "PRODUCT"), (27, 33, "ORG"), (38, 44, "GPE")])
    [(0, 12, 'PRODUCT'), (21, 33, 'PRODUCT'), (38, 44, 'PRODUCT')]
    """
    products = {text[s:e] for s, e, label in spans if label == "PRODUCT" and " " not in text[s:e]}
    found: set[str] = set()
    for name in products:
        pattern = re.escape(name) + r" ([A-Z][a-z]+)\b(?! [A-Z])(?![-\w])"
        words = [m.group(1) for m in re.finditer(r"(?<![\w-])" + pattern, text)]
        found |= {f"{name} {w}" for w in set(words) if words.count(w) > 1 and w not in _BODY}
    if not found:
        return spans
    alone = {n.split(" ", 1)[1] for n in found}
    held = [(s, e) for s, e, label in spans if label == "PRODUCT"]
    whole = [
        (m.start(), m.end(), "PRODUCT")
        for n in found
        for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"\b", text)
        if not any(s <= m.start() and m.end() <= e for s, e in held)  # "Tarvo Linux 8"
    ]
    out = replace_with(spans, whole)
    return sorted(
        (s, e, "PRODUCT" if text[s:e] in alone and label in _NAMES else label)
        for s, e, label in out
    )
