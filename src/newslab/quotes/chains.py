"""Who is who: the chains of mentions that refer to one source.

A chain starts from the names the entity layer found and joins the ones that name the same
source: a surname and the full name ("Lavrov", "Sergei Lavrov"), an acronym or a bracketed
alias and the long name ("WHO", "World Health Organization"; "(CalFire)"), a shorter name
made of the longer one's words ("State Department", "United States Department of State").
Each chain carries the fullest name the article gives. As statements are read, the speaker
resolver adds the other mentions that point at a chain (pronouns, titles and role nouns,
appositions), and :meth:`ChainBuilder.freeze` gives the finished, frozen :class:`Chains`.

>>> b = ChainBuilder("Sergei Lavrov spoke. Lavrov left.", [(0, 13, "PERSON"), (21, 27, "PERSON")])
>>> c = b.freeze()
>>> [(ch.name, len(ch.mentions)) for ch in c.chains]
[('Sergei Lavrov', 2)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..entities.names import fold
from .chain_names import Union, chain_label, chain_of_word, fullest, join_names

__all__ = ["SOURCE_LABELS", "Chain", "ChainBuilder", "Chains", "Mention", "Speaker"]

#: Entity labels whose names can be sources.
SOURCE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


@dataclass(frozen=True)
class Speaker:
    """A resolved source: ``name`` as the article gives it most fully; ``span`` where the
    source is written in this sentence (offsets), if it is."""

    name: str | None
    named: bool
    span: tuple[int, int] | None
    #: An unnamed person ("the head of the investigators"): "she" may point back to them.
    person: bool = False


@dataclass(frozen=True)
class Mention:
    """A place in the body that refers to a chain's source: ``body[start:end] == text``.

    ``kind`` is "name" (a name the entity layer found), "alias" (an acronym or a shorter
    name), "pronoun", "role" (a title or role noun: "the minister", "the company") or
    "apposition" ("The union's leader, Tom Hale").
    """

    start: int
    end: int
    text: str
    kind: str
    chain: int


@dataclass(frozen=True)
class Chain:
    """One source: its fullest name, its entity label and every mention of it."""

    index: int
    name: str
    label: str
    mentions: tuple[Mention, ...]

    @property
    def named(self) -> bool:
        """True for a named person (the contract's ``speaker_named``)."""
        return self.label == "PERSON"


class ChainBuilder:
    """The chains of one article, built from its name spans; more mentions are added while
    its statements are read."""

    def __init__(self, text: str, spans: Iterable[tuple[int, int, str]]) -> None:
        self.text = text
        names = sorted((s, e, lab) for s, e, lab in spans if lab in SOURCE_LABELS)
        self._names = names
        union = Union(len(names))
        join_names(text, names, union)
        roots = sorted({union.find(i) for i in range(len(names))})
        number = {r: k for k, r in enumerate(roots)}
        self._chain_of = [number[union.find(i)] for i in range(len(names))]
        self.names: list[str] = []
        self.labels: list[str] = []
        groups: list[list[tuple[int, int, str]]] = [[] for _ in roots]
        for i, k in enumerate(self._chain_of):  # each chain's names in article order, at once
            groups[k].append(names[i])
        for group in groups:
            self.names.append(fullest(text, group))
            self.labels.append(chain_label(group, text))
        self._by_name: dict[str, int] = {}
        for i, (s, e, _) in enumerate(names):
            self._by_name.setdefault(fold(text[s:e]).lower(), self._chain_of[i])
        for k, name in enumerate(self.names):
            self._by_name[fold(name).lower()] = k
        self._starts = [s for s, _, _ in names]
        self.extra: list[Mention] = []
        self.entities: tuple[Any, ...] = ()

    def chain_at(self, start: int, end: int) -> int | None:
        """The chain of the name that overlaps ``[start, end)`` (the first such name)."""
        i = bisect.bisect_right(self._starts, end - 1) - 1
        while i >= 0 and self._names[i][1] > start:
            if self._names[i][0] < end:
                j = i
                while j > 0 and self._names[j - 1][1] > start and self._names[j - 1][0] < end:
                    j -= 1
                return self._chain_of[j]
            i -= 1
        return None

    def chain_named(self, name: str | None) -> int | None:
        """The chain whose name (or one of its mentions) is ``name``."""
        if not name:
            return None
        return self._by_name.get(fold(name).lower())

    def chain_of_word(self, word: str) -> int | None:
        """The one chain an untagged one-word name belongs to (see :func:`chain_of_word`)."""
        return chain_of_word(word, self.names, self.labels)

    def renamed(self, entity: Any) -> Any:
        """``entity`` with its chain's name as its canonical name (unchanged outside chains)."""
        if entity.label not in SOURCE_LABELS:
            return entity
        chain = self.chain_at(entity.start, entity.end)
        if chain is None or self.names[chain] == entity.canonical:
            return entity
        return replace(entity, canonical=self.names[chain])

    def add(self, start: int, end: int, kind: str, chain: int) -> None:
        """Record one more mention of ``chain`` (a pronoun, a role noun, an apposition)."""
        if 0 <= start < end <= len(self.text) and self.chain_at(start, end) != chain:
            self.extra.append(Mention(start, end, self.text[start:end], kind, chain))

    def freeze(self) -> Chains:
        """The finished chains, each with its mentions in reading order."""
        per: list[list[Mention]] = [[] for _ in self.names]
        for i, (s, e, _) in enumerate(self._names):
            k = self._chain_of[i]
            kind = "name" if fold(self.text[s:e]) == fold(self.names[k]) else "alias"
            per[k].append(Mention(s, e, self.text[s:e], kind, k))
        seen = {(m.start, m.end) for ms in per for m in ms}
        for m in self.extra:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                per[m.chain].append(m)
        chains = tuple(
            Chain(k, self.names[k], self.labels[k], tuple(sorted(per[k], key=lambda m: m.start)))
            for k in range(len(self.names))
        )
        return Chains(chains)


@dataclass(frozen=True)
class Chains:
    """Every chain of an article, and lookups by offset and by name."""

    chains: tuple[Chain, ...]

    def at(self, offset: int) -> Chain | None:
        """The chain with a mention that holds character ``offset``."""
        for chain in self.chains:
            if any(m.start <= offset < m.end for m in chain.mentions):
                return chain
        return None

    def named(self, name: str) -> Chain | None:
        """The chain called ``name`` (its fullest name)."""
        return next((c for c in self.chains if c.name == name), None)
