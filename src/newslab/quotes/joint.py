"""Sources named together: "Reuters and the BBC", "Ana Ruiz, Tom Hale and Rui Sa said",
"Ruiz and colleagues", each by the names the article gives; "Party chair and Senator Jane
Roe" is one person with two titles; "the couple" is the two people last named together.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..entities import Entity
from ..lexicon import PRONOUNS, TITLES
from .chains import ChainBuilder, Speaker
from .genders import given_name_gender, noun_gender

__all__ = ["JointLookups"]

#: Labels of what no one is: amounts, numbers and times.
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})


class JointLookups:
    """What a speaker resolver knows of joint sources; mixed into :class:`SpeakerResolver`."""

    chains: ChainBuilder

    def entity_at(self, token: Token) -> Entity | None:  # pragma: no cover - the resolver's
        raise NotImplementedError

    def ent_name(self, ent: Entity) -> str:  # pragma: no cover
        raise NotImplementedError

    def phrase_span(self, head: Token) -> tuple[int, int]:  # pragma: no cover
        raise NotImplementedError

    def _pronoun(self, head: Token, span: tuple[int, int]) -> Speaker:  # pragma: no cover
        raise NotImplementedError

    def _as_written(self, span: tuple[int, int]) -> str:  # pragma: no cover
        raise NotImplementedError

    def _joint(self, head: Token, span: tuple[int, int]) -> Speaker:
        """Sources joined by "and": "Reuters and the BBC" by their names as written (a "he"
        among them by the name it points to); "Party chair and Senator Jane Roe" is one
        person with two titles; "the U.S. and its allies" stays as written."""
        parts = self._listed(head)
        parts = parts if len(parts) > 1 else [head, *head.conjuncts]  # (amounts, as written)
        if len(parts) > 1 and parts[1].dep_ == "appos":  # "Ana Ruiz, Tom Hale and Rui Sa"
            span = (span[0], max(span[1], self.phrase_span(parts[-1])[1]))
        chains: list[int | None] = []
        names: list[str | None] = []
        for t in parts:
            if t.pos_ == "PRON" and t.lower_ in PRONOUNS:
                name = self._pronoun(t, (t.idx, t.idx + len(t.text))).name
                chains.append(self.chains.chain_named(name))
                names.append(name)
                continue
            ent = self.entity_at(t)
            chains.append(self.chains.chain_at(t.idx, t.idx + len(t.text)))
            if ent is None:
                names.append(None)
            elif ent.label == "PERSON":
                names.append(self.ent_name(ent))
            else:  # a body as written, with its "the": "Reuters and the BBC"
                names.append(_with_the(self.text, ent.start, ent.end))
        people = [k for k in chains if k is not None and self.chains.labels[k] == "PERSON"]
        titles = all(  # "Party chair and Senator Jane Roe", not "Jane Roe and others"
            k is not None
            or t.tag_ in {"NN", "NNP"}
            and not any(c.dep_ in {"det", "poss"} for c in t.children)
            for t, k in zip(parts, chains, strict=True)
        )
        if len(people) == 1 and titles and len(set(chains) - {None}) == 1:
            person = parts[chains.index(people[0])]
            return Speaker(self.chains.names[people[0]], True, self.phrase_span(person))
        if _one_persons_titles(parts, chains):  # "the vice president and chairman of Kelder
            inside = {  # Motors Tomas Vell": one person's titles, the name in the last one
                e for t in parts[-1].subtree if (e := self.entity_at(t)) and e.label == "PERSON"
            }
            if len(inside) == 1:
                person = inside.pop()
                return Speaker(self.ent_name(person), True, (person.start, person.end))
        if all(n is not None for n in names) and len(set(chains)) == len(chains):
            listed = [n for n in names if n]  # "A, B and C"; "A, B, and C" as written
            at = parts[-1].left_edge.idx
            oxford = len(listed) > 2 and self.text[max(0, at - 8) : at].rstrip().endswith(", and")
            last = ", and " if oxford else " and "
            people_only = all(k is not None and self.chains.labels[k] == "PERSON" for k in chains)
            return Speaker(last.join([", ".join(listed[:-1]), listed[-1]]), people_only, span)
        first = self.entity_at(parts[0])
        if first is not None and first.label == "PERSON" and first.start > span[0]:
            span = (first.start, span[1])  # "archaeologist Dr. Ana Ruiz and other researchers":
        elif (people_at := self._people_ending(span)) is not None:  # "Guests of Honour Ana
            span = (people_at, span[1])  # Ruiz and Tom Hale": the names, not the titles
        return Speaker(self._as_written(span), False, span)  # the name heads it, no titles

    def _people_ending(self, span: tuple[int, int]) -> int | None:
        """Where the people named at the end of a phrase start, when the phrase ends in two
        or more of them joined by commas and "and" ("Guests of Honour Ana Ruiz and Tom
        Hale"); else None."""
        inside = [e for e in self._between(*span) if e.end <= span[1]]
        tail: list[Entity] = []
        for e in reversed(inside):
            gap = self.text[e.end : tail[0].start if tail else span[1]]
            if e.label != "PERSON" or gap.strip(" ,").removeprefix("and").strip(" ,"):
                break
            tail.insert(0, e)
        return tail[0].start if len(tail) > 1 and tail[0].start > span[0] else None

    def _couple(self, head: Token, span: tuple[int, int]) -> Speaker | None:
        """ "The couple said", "the pair told": the two people the article last named
        together ("Ana Ruiz and her husband Tom Hale"), by their names; "the father", "the
        wife": the one of them the noun's gender fits, where the article gave no one that
        title ("his father, Tom Hale"); else None."""
        kids = list(head.children)
        lemma = head.lemma_.lower()
        if not (len(kids) == 1 and kids[0].lower_ == "the"):
            return None
        if lemma in _SPOUSES_AND_PARENTS and not self._titled_person(head.lower_, head.idx):
            pair = self._last_couple(span[0], reach=4000)  # the lead's couple, far back
            female = noun_gender([lemma])
            fits = [e for e in pair if given_name_gender(e.text.split()[0]) == female]
            if len(fits) != 1:
                return None
            name = self.ent_name(fits[0])  # "Tom and Ana Hale ... The father said": Tom Hale
            if " " not in name and fits[0] is pair[0]:
                name = f"{name} {pair[1].text.split()[-1]}"
            return Speaker(name, True, span)
        if lemma not in {"couple", "pair"}:
            return None
        pair = self._last_couple(span[0])
        if not pair:
            return None
        return Speaker(f"{self.ent_name(pair[0])} and {self.ent_name(pair[1])}", False, span)

    def _last_couple(self, before: int, *, reach: int = 600) -> tuple[Entity, ...]:
        """The two people the article last named together, ``reach`` characters back at most."""
        people = [e for e in self._between(max(0, before - reach), before) if e.label == "PERSON"]
        for first, second in reversed(list(zip(people, people[1:], strict=False))):
            if _TOGETHER.fullmatch(self.text, first.end, second.start):
                return first, second
        return ()

    def _titled_person(self, title: str, before_offset: int) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def _between(self, lo: int, hi: int) -> list[Entity]:  # pragma: no cover - the resolver's
        raise NotImplementedError

    def _amount(self, tok: Token) -> bool:
        """A number, an amount or a time, which no one is: no part of a list of sources."""
        ent = self.entity_at(tok)
        return tok.like_num or ent is not None and ent.label in _AMOUNTS

    def _with_name_before(self, head: Token, ent: Entity, span: tuple[int, int]) -> Speaker:
        """A person's name, and the person named before it with "and" where the parser
        hung that name inside it ("Ana Ruiz and Søren Berg said", read as one phrase)."""
        doc = head.doc
        first = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if first is not None and first.start >= 2 and doc[first.start - 1].lower_ == "and":
            before = doc[first.start - 2]
            other = self.entity_at(before)
            if other is not None and other.label == "PERSON" and before in head.subtree:
                names = f"{self.ent_name(other)} and {self.ent_name(ent)}"
                return Speaker(names, True, (other.start, span[1]))
        return Speaker(self.ent_name(ent), True, span)

    def _apposed_list(self, head: Token, span: tuple[int, int]) -> Speaker | None:
        """ "Opposition officials Ana Ruiz and Tom Hale said": names joined by "and" in
        apposition to a noun are the speakers, as written."""
        for c in head.children:
            if c.dep_ == "appos" and len(self._listed(c)) > 1 and self.entity_at(c):
                return self._joint(c, span)
        return None

    def _listed(self, head: Token) -> list[Token]:
        """The heads of sources joined by "and"; "Ana Ruiz, Tom Hale and Rui Sa" (or "the
        Kelder Institute, the Orvik Trust, and the Velka Fund"), which the parser reads as a
        name in apposition to a name of the same kind, is a list too."""
        for c in head.children:
            ent = self.entity_at(c) if c.dep_ == "appos" and c.conjuncts else None
            if (
                ent is not None
                and ent.label in {"PERSON", "ORG"}
                and ent.label == getattr(self.entity_at(head), "label", "")
            ):
                return [head, c, *c.conjuncts]
        parts = [head, *(c for c in head.conjuncts if not self._amount(c))]  # not "Radio
        label = getattr(self.entity_at(head), "label", "")  # Velka and $601,000", misparsed
        named = [  # "the Bank of A, the Bank of B, the C Bank (CB) and the D Bank": the
            c  # parser hangs B on A as an apposition; the bracketed acronym is no source
            for t in parts
            if getattr(self.entity_at(t), "label", None) == label
            for c in t.children
            if c.dep_ == "appos"
            and t.i < c.i < min((u.i for u in parts if u.i > t.i), default=c.i + 1)
            and c.nbor(-1).text != "("
            and getattr(self.entity_at(c), "label", None) == label
        ]
        return sorted({*parts, *named}, key=lambda t: t.i) if len(parts) > 1 else parts


def _one_persons_titles(parts: list[Token], chains: list[int | None]) -> bool:
    """Titles joined by "and" under one determiner: "the vice president and chairman"."""
    return all(
        k is None and t.lower_.rstrip(".") in TITLES for t, k in zip(parts, chains, strict=True)
    ) and not any(c.dep_ in {"det", "poss"} for t in parts[1:] for c in t.children)


#: Nouns of one member of a couple: "the father", "the wife".
_SPOUSES_AND_PARENTS = frozenset({"father", "mother", "husband", "wife"})
#: What joins two people named together: "and", with a kinship noun ("and his wife").
_TOGETHER = re.compile(
    r",? and (?:(?:his|her|their) (?:wife|husband|partner|fiancée?|son|daughter|brother|"
    r"sister|mother|father),? )?"
)


def _with_the(text: str, start: int, end: int) -> str:
    """A body's name as written, with the "the" the article puts before it."""
    return (
        text[start - 4 : end]
        if text[max(0, start - 4) : start].lower() == "the "
        else text[start:end]
    )
