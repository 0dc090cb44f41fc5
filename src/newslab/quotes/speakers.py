"""Who a statement's source is: the subject of a cue, made a name where the article names it.

Pronouns go to the right earlier person or group, role nouns ("the minister") to the person
the article gave that title, documents ("the report said") to the body that issued them.
Unnamed and collective sources stay as written, with ``named`` false.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..entities import Entity
from ..lexicon import DOCUMENT_NOUNS, PERSON_TITLES, PRONOUNS
from ..nlp import doc_text

__all__ = ["Speaker", "SpeakerResolver"]

FEMALE = frozenset({"she", "her"})
PLURAL = frozenset({"they", "them", "we"})
NEUTER = frozenset({"it"})
_NP_RIGHT = frozenset({"prep", "compound", "conj", "cc", "nummod", "amod", "pobj", "case"})
#: Prepositions that belong to a source's description ("officials from TfL", "head of").
_NP_PREPS = frozenset({"of", "from", "for", "with", "at", "in", "familiar", "close", "within"})
#: Role nouns that stand for the organisation last named ("the company said").
ORG_ROLES = frozenset(
    "company firm group retailer airline carrier operator utility agency department ministry "
    "government council commission authority organisation organization regulator bank chain "
    "network broadcaster newspaper paper website service".split()
)


@dataclass(frozen=True)
class Speaker:
    """A resolved source: ``name`` as the article gives it most fully; ``span`` where the
    source is written in this sentence (offsets), if it is."""

    name: str | None
    named: bool
    span: tuple[int, int] | None


class SpeakerResolver:
    """Resolves source mentions of one article; remembers the speakers it has seen."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.entities = tuple(sorted(entities, key=lambda e: e.start))
        self._starts = [e.start for e in self.entities]
        self.history: list[tuple[int, Speaker]] = []  # (offset, speaker) in reading order

    def remember(self, offset: int, speaker: Speaker) -> None:
        if speaker.name is not None:
            self.history.append((offset, speaker))

    def entity_at(self, token: Token) -> Entity | None:
        i = bisect.bisect_right(self._starts, token.idx) - 1
        if i >= 0 and self.entities[i].start <= token.idx < self.entities[i].end:
            return self.entities[i]
        return None

    def _between(self, lo: int, hi: int) -> list[Entity]:
        """Entities that start in [lo, hi)."""
        return list(
            self.entities[
                bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)
            ]
        )

    def phrase_span(self, head: Token) -> tuple[int, int]:
        """The noun phrase of ``head`` as written, without appositions or relative clauses."""
        start = head.left_edge.idx
        end = head.idx + len(head.text)
        for child in head.rights:
            if (
                child.dep_ not in _NP_RIGHT
                or "," in self.text[end : child.idx]
                or "(" in self.text[end : child.idx + 1]
            ):
                break
            if child.dep_ == "prep" and child.lower_ not in _NP_PREPS:
                break
            end = child.right_edge.idx + len(child.right_edge.text)
        start = min(start, head.idx)
        while start < end and self.text[start] in "“\"'‘(":
            start += 1
        return start, end

    def resolve(self, head: Token) -> Speaker:
        """The speaker whose mention is headed by ``head``."""
        span = self.phrase_span(head)
        lower = head.lower_
        if lower in {"i", "you", "me"} and head.pos_ == "PRON":
            return Speaker(None, False, span)  # an interview's "I": the article says who elsewhere
        if lower in PRONOUNS and head.pos_ == "PRON":
            return self._pronoun(head, span)
        ent = self.entity_at(head)
        if ent is not None and ent.label == "PERSON":
            return Speaker(ent.canonical, True, span)
        for child in head.subtree:  # "The Vice President, Mike Pence, said"
            appos = self.entity_at(child) if child.dep_ in {"appos", "compound"} else None
            if appos is not None and appos.label == "PERSON" and child.dep_ == "appos":
                return Speaker(appos.canonical, True, span)
        for child in head.children:  # "news broadcaster NRK said"
            named = self.entity_at(child) if child.dep_ in {"appos", "compound"} else None
            if named is not None and named.label in {"ORG", "GPE"} and child.i > head.i:
                return Speaker(named.canonical, False, span)
        if any(c.dep_ == "conj" for c in head.children):  # "the U.S. and its allies"
            return Speaker(self.text[span[0] : span[1]], False, span)
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            owner = self._document_owner(head)
            if owner is not None:
                return Speaker(owner.name, owner.named, span)
        span = _without_brackets(self.text, span)
        phrase = self.text[span[0] : span[1]]
        nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        beside = self.entity_at(nxt) if nxt is not None and nxt.idx == span[1] + 1 else None
        if beside is not None and beside.label in {"ORG", "PERSON"} and beside.start == nxt.idx:
            return Speaker(beside.canonical, beside.label == "PERSON", span)  # "broadcaster NRK"
        if ent is not None and ent.label in {"ORG", "GPE", "NORP", "LOC", "FAC"}:
            if _same_name(phrase, ent.text) or not self._head_after(ent, head):
                return Speaker(ent.canonical, False, span)
        role = self._role(head, phrase)
        if role is not None:
            return role
        return Speaker(phrase, False, span)

    def _head_after(self, ent: Entity, head: Token) -> bool:
        """True when the phrase's head noun comes after the entity ("U.S. officials")."""
        return head.idx >= ent.end

    def _role(self, head: Token, phrase: str) -> Speaker | None:
        """ "the minister", "The Senate Minority Leader", "the agency": the person or body
        the article introduced with that word."""
        words = phrase.lower().replace("’s", " ").replace("'s", " ").split()
        if (
            not words
            or words[0] not in {"the", "a", "an"}
            and not any(w in PERSON_TITLES for w in words)
        ):
            if not (len(words) > 1 and words[-1] in PERSON_TITLES):
                return None
        title = head.lower_
        if words[0] == "the" and head.lemma_.lower() in ORG_ROLES and head.tag_ == "NN":
            for ent in reversed(self.entities):  # "the company" -> the last organisation named
                if ent.start < head.idx and ent.label == "ORG":
                    return Speaker(ent.canonical, False, self.phrase_span(head))
        person = self._titled_person(title, head.idx)
        if person is not None:
            return Speaker(person, True, self.phrase_span(head))
        for ent in reversed(self.entities):
            if (
                ent.start < head.idx
                and ent.label == "ORG"
                and ent.text.lower().split()[-1] == title
            ):
                return Speaker(ent.canonical, False, self.phrase_span(head))
        return None

    def _pronoun(self, head: Token, span: tuple[int, int]) -> Speaker:
        offset = head.idx
        window = self._window_start(head)
        if head.lower_ in PLURAL | NEUTER:
            for at, spk in reversed(self.history):
                if window <= at < offset and not spk.named:
                    return Speaker(spk.name, False, span)
            if head.lower_ in NEUTER:
                for ent in reversed(self.entities):
                    if window <= ent.start < offset and ent.label in {"ORG", "GPE"}:
                        return Speaker(ent.canonical, False, span)
            return Speaker(None, False, span)  # "they"/"it" with nobody to point to
        female = head.lower_ in FEMALE
        for at, spk in reversed(self.history):
            if window <= at < offset and spk.named and self._gender_fits(spk.name, female):
                return Speaker(spk.name, True, span)
        person = self._recent_person(head, window, female)
        return Speaker(person, True, span) if person else Speaker(None, False, span)

    def _window_start(self, head: Token) -> int:
        """A pronoun looks back to the start of the paragraph before its own."""
        starts = [0] + [i + 1 for i, ch in enumerate(self.text[: head.idx]) if ch == "\n"]
        return starts[-2] if len(starts) > 1 else 0

    def _recent_person(self, head: Token, window: int, female: bool) -> str | None:
        people = [e for e in self._between(window, head.idx) if e.label == "PERSON"]
        subjects = [
            e
            for e in people
            if self.doc.char_span(e.start, e.end, alignment_mode="expand")
            and self.doc.char_span(e.start, e.end, alignment_mode="expand").root.dep_
            in {"nsubj", "nsubjpass"}
        ]
        for group in (subjects, people):
            for ent in reversed(group):
                if self._gender_fits(ent.canonical, female):
                    return ent.canonical
        return None

    def _gender_fits(self, name: str | None, female: bool) -> bool:
        """A person the article has referred to as "he" is not "she", and the reverse."""
        seen = getattr(self, "_genders", {})
        return seen.get(name, female) == female

    def learn_gender(self, name: str | None, pronoun: str) -> None:
        if name is not None and pronoun.lower() in {"he", "him", "she", "her"}:
            self._genders = getattr(self, "_genders", {})
            self._genders.setdefault(name, pronoun.lower() in FEMALE)

    def _document_owner(self, head: Token) -> Speaker | None:
        """ "the hotel's website", "a report from the Mexican government", "released a
        statement which said": the body that issued the document."""
        for child in head.children:
            if child.dep_ in {"poss", "compound"}:
                ent = self.entity_at(child)
                if ent is not None:
                    return Speaker(ent.canonical, ent.label == "PERSON", None)
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() not in DOCUMENT_NOUNS:
                        return self.resolve(obj)
        if head.dep_ in {"dobj", "pobj"} and head.head.pos_ == "VERB":
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() not in DOCUMENT_NOUNS:
                return self.resolve(subj)
        return None

    def _titled_person(self, title: str, before_offset: int) -> str | None:
        """ "minister" -> the last person the article introduced with that title, in front
        of the name ("Foreign Minister Sergei Lavrov") or after it (", the minister")."""
        if title not in PERSON_TITLES and title not in {"leader", "chief", "head", "director"}:
            return None
        titles = {title} | _SAME_TITLE.get(title, set())
        best = None
        for ent in self.entities:
            if ent.label != "PERSON" or ent.start >= before_offset:
                continue
            before = self.text[max(0, ent.start - 40) : ent.start].lower().split()[-4:]
            after = self.text[ent.end : ent.end + 80].lower()
            appos = after.split(",")[1] if after.startswith(",") and "," in after[1:] else ""
            before = [re.sub(r"(['’]s)?[.,]?$", "", w) for w in before]
            if titles & set(before) or titles & set(appos.split()):
                best = ent.canonical
        return best


def _without_brackets(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Transport for London (TfL)" -> "Transport for London"."""
    start, end = span
    m = re.search(r"\s*\([^()]*\)\s*$", text[start:end])
    return (start, start + m.start()) if m and m.start() > 0 else span


_SAME_TITLE = {
    "minister": {"secretary"},
    "secretary": {"minister"},
    "leader": {"chief"},
    "chief": {"leader", "head"},
    "head": {"chief", "director"},
}


def _same_name(phrase: str, name: str) -> bool:
    p = phrase.lower().removeprefix("the ").strip()
    return p == name.lower() or p.rstrip("’'s") == name.lower()
