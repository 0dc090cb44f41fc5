"""Sources: who gets a voice in an article, how often, how directly, and who they are.

``sources(ann)`` groups an annotated article's statements by speaker, with the description
the article gives each named source ("head of the Council on Foreign and Defense Policy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import TITLES
from ..quotation_marks import quoted_segments

if TYPE_CHECKING:  # pragma: no cover
    from ..annotation import AnnotatedArticle

__all__ = ["NO_SOURCE", "Source", "describe", "sources"]

#: How statements with no source found are listed.
NO_SOURCE = "(no source found)"
_APPOSITION = re.compile(
    r"^, ((?:the |a |an )?(?:[a-z]|[A-Z][a-z]+ (?:of|at|for|to)\b|(?:first|former|chief|deputy|"
    r"senior|executive)\b)[^,;.\n]{2,90}?)(?=,|\.|;|\n| said\b| told\b| wrote\b|$)",
    re.IGNORECASE,
)
_TITLE_WORD = r"(?:[A-Z][\w.’'-]*)"


@dataclass(frozen=True)
class Source:
    """One source of an article and what it is given: a row of the sources table."""

    name: str
    named: bool
    description: str | None
    statements: int
    direct: int
    indirect: int
    mixed: int
    words_quoted: int
    first_paragraph: int  # counted from 1


def count_words(text: str) -> int:
    """Words, not punctuation: "fine — let’s go" is 3."""
    return len(re.findall(r"\w[\w’'-]*", text))


def describe(ann: AnnotatedArticle, name: str) -> str | None:
    """What the article says a named person is, from a title before the name
    ("Foreign Minister") or an apposition after it (", director at Control Risks").

    Examples
    --------
    >>> describe(ann, "Fyodor Lukyanov")  # doctest: +SKIP
    'head of the Council on Foreign and Defense Policy'
    """
    text = ann.body
    parts: list[str] = []
    for ent in ann.entities:
        if ent.label != "PERSON" or ent.canonical != name:
            continue
        before = re.search(
            r"((?:" + _TITLE_WORD + r" ){1,4})$", text[max(0, ent.start - 60) : ent.start]
        )
        if before and not parts:
            words = before.group(1).split()
            while (
                words
                and words[0].lower().strip(".") not in TITLES | {"u.s.", "uk"}
                and not any(w.lower() in TITLES for w in words[:1])
            ):
                words = words[1:]
            if any(w.lower().strip(".") in TITLES for w in words):
                parts.append(" ".join(words))
        after = _APPOSITION.match(text[ent.end : ent.end + 140])
        if after:
            parts.append(after.group(1).strip())
            break
    return "; ".join(dict.fromkeys(parts)) or None


def sources(ann: AnnotatedArticle) -> tuple[Source, ...]:
    """The article's sources, named first, then by number of statements."""
    segments, _ = quoted_segments(ann.body)
    groups: dict[tuple[str, bool], list] = {}
    for q in ann.quotes:
        key = (q.speaker or NO_SOURCE, bool(q.speaker_named))
        groups.setdefault(key, []).append(q)
    out = []
    for (name, named), quotes in groups.items():
        kinds = [q.kind for q in quotes]
        words = 0
        for q in quotes:
            if q.kind == "direct":
                words += count_words(q.text)
            elif q.kind == "mixed":
                words += sum(
                    count_words(ann.body[s.start : s.end])
                    for s in segments
                    if q.start <= s.start and s.end <= q.end
                )
        first = (
            min(ann.article.paragraph_at(q.start).index for q in quotes) + 1
        )  # as a reader counts
        out.append(
            Source(
                name=name,
                named=named,
                description=describe(ann, name) if named else None,
                statements=len(quotes),
                direct=kinds.count("direct"),
                indirect=kinds.count("indirect"),
                mixed=kinds.count("mixed"),
                words_quoted=words,
                first_paragraph=first,
            )
        )
    out.sort(key=lambda s: (s.name == NO_SOURCE, not s.named, -s.statements, s.first_paragraph))
    return tuple(out)
