"""Pronouns: which source "he", "she", "they" or "its" points to.

A pronoun looks back to the start of the paragraph before its own. "he" and "she" go to the
nearest earlier person who is the subject of a clause (or a speaker), of the gender the
article gives them; "they" and "it" to the nearest unnamed or collective source ("they"
also to a group that was the subject of a clause since: "The officers are back. They said").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..entities import Entity
from ..lexicon import PERSON_TITLES, TITLES
from ..nlp import doc_text, doc_tokens
from ..quotation_marks import opens_carried
from .chains import ChainBuilder, Speaker
from .genders import name_gender, noun_gender
from .objects import is_source
from .phrases import et_al, personal
from .pronoun_places import host_subject, joined_names

__all__ = ["FEMALE", "LOOKBACK", "MALE", "NEUTER", "PLURAL", "PronounLookups"]
_POST = re.compile(r" (?:of|from|for|with|at|in|within|inside|close|familiar) ")  # a head's end

FEMALE = frozenset({"she", "her", "hers", "herself"})
MALE = frozenset({"he", "him", "his", "himself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves", "we"})
NEUTER = frozenset({"it", "its", "itself"})
#: How many earlier speakers or names a pronoun looks back over, at most.
LOOKBACK = 40


class PronounLookups:
    """Pronoun resolution; mixed into :class:`~newslab.quotes.speakers.SpeakerResolver`."""

    doc: Doc
    text: str
    chains: ChainBuilder
    history: list[tuple[int, Speaker]]
    _history_at: list[int]
    _lines: list[int]
    _genders: dict[str | None, bool]
    quoted: bytearray

    def _between(self, lo: int, hi: int) -> list[Entity]:  # pragma: no cover - the resolver's
        raise NotImplementedError

    def ent_name(self, ent: Entity) -> str:  # pragma: no cover
        raise NotImplementedError

    def phrase_span(self, head: Token) -> tuple[int, int]:  # pragma: no cover
        raise NotImplementedError

    def _name(
        self, name: str | None, start: int | None = None, end: int | None = None
    ) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def chain_pronouns(self) -> None:
        """Add every third-person pronoun the resolver can place to its chain, so a reader
        sees each "he" and "its" of a source, not only those that introduce a statement."""
        known = {(m.start, m.end) for m in self.chains.extra}
        for tok in doc_tokens(self.doc):
            if tok.pos_ != "PRON" or tok.lower_ not in MALE | FEMALE | PLURAL | NEUTER:
                continue
            span = (tok.idx, tok.idx + len(tok.text))
            if span in known or tok.lower_ == "we":
                continue
            speaker = self._pronoun(tok, span)
            chain = self.chains.chain_named(speaker.name)
            if chain is not None:
                self.chains.add(*span, "pronoun", chain)

    def _pronoun(self, head: Token, span: tuple[int, int]) -> Speaker:
        offset = head.idx
        window = self._window_start(head)
        if head.lower_ in PLURAL | NEUTER:
            group = self._recent_group(window, offset) if head.lower_ in PLURAL else None
            for at, spk in self._recent_history(window, offset):
                if group is not None and at < group.idx:
                    break
                if head.lower_ in NEUTER and self._plural(spk):
                    continue  # "Officials said ... It also urged": "it" is no group
                if not spk.named and not (group is not None and spk.person):
                    return Speaker(spk.name, False, span)  # not "the head of ...": one person
            if group is not None:  # "The officers are back at work. They said ..."
                start, end = self.phrase_span(group)
                return Speaker(self.text[start:end], False, span)
            for ent in reversed(self._between(window, offset)[-LOOKBACK:]):
                if head.lower_ in NEUTER and ent.label in {"ORG", "GPE"}:
                    return Speaker(self.ent_name(ent), False, span)
                if head.lower_ in PLURAL and ent.label == "ORG" and self._is_subject(ent):
                    return Speaker(self.ent_name(ent), False, span)  # "The league ... They"
            return Speaker(None, False, span)  # "they"/"it" with nobody to point to
        female = head.lower_ in FEMALE
        person, named = self._recent_person(head, window, female)
        return (
            Speaker(person, named, span, person=not named) if person else Speaker(None, False, span)
        )

    def _plural(self, spk: Speaker) -> bool:
        """Whether a source was written as a plural common noun ("Officials", "local police
        officers"), which "it" cannot point to."""
        if spk.span is None:
            return False
        phrase = self.doc.char_span(*spk.span, alignment_mode="expand")
        return phrase is not None and len(phrase) > 0 and phrase[-1].tag_ == "NNS"

    @functools.cached_property
    def _groups(self) -> tuple[list[int], list[Token]]:
        """Plural nouns, teams and names joined by "and" that are the subject of a clause,
        and authors named with "et al" wherever they stand (the parser reads those in many
        ways), in reading order (their offsets, then the tokens): what a later "they" may
        point to when no unnamed source spoke since."""
        authors = " et al" in doc_text(self.doc)  # looked for token by token only where written
        found = [
            t
            for t in doc_tokens(self.doc)
            if authors
            and et_al(t)
            or t.dep_ in {"nsubj", "nsubjpass"}
            and t.head.dep_ not in {"relcl", "acl"}  # not "places where ice sheets melted"
            and (
                t.tag_ in {"NNS", "NNPS"}
                or t.lemma_.lower() in {"team", "group"}
                or joined_names(t)  # "Ola Kvist and Lena Brek wrote ... They said"
            )
            and is_source(t)
        ]
        return [t.idx for t in found], found

    def _recent_group(self, window: int, offset: int) -> Token | None:
        """The nearest group subject in ``[window, offset)``."""
        offsets, groups = self._groups
        i = bisect.bisect_left(offsets, offset) - 1
        return groups[i] if i >= 0 and offsets[i] >= window else None

    def earlier_person(self, head: Token, span: tuple[int, int]) -> Speaker | None:
        """ "this person said", "the Dane admitted": the nearest earlier one-person speaker, or
        named subject of a clause outside quoted words, within a pronoun's reach."""
        window = self._window_start(head)
        history = self._recent_history(window, head.idx)
        found = [(at, s.name, s.named) for at, s in history if s.named or s.person]
        people = [e for e in self._between(window, head.idx)[-LOOKBACK:] if e.label == "PERSON"]
        people = [e for e in people if self._is_subject(e) and not self.quoted[e.start]]
        found += [(e.start, self.ent_name(e), True) for e in people]
        at, name, named = max(found, default=(0, None, False))
        return Speaker(name, named, span, person=not named) if name else None

    def earlier_same(self, head: Token, span: tuple[int, int]) -> Speaker | None:
        """ "The people ... said": "the" and a noun for the unnamed source that spoke last with
        that noun as its head ("two people familiar with the talks"), in a pronoun's reach."""
        kids = list(head.children)
        if head.tag_ not in {"NN", "NNS"} or [c.lower_ for c in kids if c.dep_ == "det"] != ["the"]:
            return None
        if any(c.dep_ in {"amod", "compound", "poss", "nummod"} for c in kids):
            return None  # "the city hall official": a source of its own
        for _, spk in self._recent_history(self._window_start(head), head.idx):
            words = _POST.split(spk.name or "")[0].lower().split()  # not "the trust" it is in
            if not spk.named and head.lower_ in words[1:] and words[0] != "the":
                return Speaker(spk.name, False, span, person=spk.person)
        return None

    def _last_body_speaker(self, before: int) -> str | None:
        """The organisation that last spoke before ``before`` (within a pronoun's reach):
        "The publication stated" is the outlet quoted last."""
        for _, spk in self._recent_history(0, before):
            chain = self.chains.chain_named(spk.name)
            if chain is not None and self.chains.labels[chain] == "ORG":
                return self.chains.names[chain]
        return None

    def _window_start(self, head: Token) -> int:
        """A pronoun looks back to the start of the paragraph before its own, and past
        paragraphs that carry a quotation on ('"We are lost," said Ana Ruiz.' / '"Funds
        pour in.' / '"I am sure," she said.': she is Ana Ruiz)."""
        lines = self._lines
        i = j = max(bisect.bisect_right(lines, head.idx) - 2, 0)
        while i - 5 < j and 0 < j and opens_carried(self.text, self.quoted, *lines[j : j + 2]):
            j -= 1  # (lines[j + 1] exists: the pronoun's own paragraph starts there)
        return lines[j]

    def _recent_history(self, window: int, offset: int) -> Iterator[tuple[int, Speaker]]:
        i = bisect.bisect_left(self._history_at, offset) - 1
        for _ in range(LOOKBACK):
            if i < 0 or self._history_at[i] < window:
                return
            yield self.history[i]
            i -= 1

    def _recent_person(self, head: Token, window: int, female: bool) -> tuple[str | None, bool]:
        """The person "he" or "she" points to, and whether the article names them: the
        nearest earlier speaker or person who is the subject of a clause, of the right
        gender ("the head of the investigators ... She said" is that unnamed person); else
        the nearest person mentioned."""
        offset = head.idx
        people = [  # not a name inside quoted words ('"... \'Jump! Jump!\'" he said')
            e
            for e in self._between(window, offset)[-LOOKBACK:]
            if e.label == "PERSON" and not self.quoted[e.start]
        ]
        subjects = [(e.start, self.ent_name(e), True) for e in people if self._is_subject(e)]
        subjects += [
            (at, spk.name, spk.named)
            for at, spk in self._recent_history(window, offset)
            if spk.named or spk.person
        ]
        subjects += self._recent_personal(window, offset, female)
        host = host_subject(head)  # "The captain, she said, was drunk": not the captain
        subjects = [s for s in subjects if host is None or not host[0] <= s[0] < host[1]]
        for _, name, named in sorted(subjects, reverse=True):
            if self._gender_fits(name, female):
                return name, named
        for ent in reversed(people):
            if self._gender_fits(self.ent_name(ent), female):
                return self.ent_name(ent), True
        return None, False

    @functools.cached_property
    def _personal(self) -> tuple[list[int], list[Token]]:
        """Unnamed people who are the subject of a main clause ("The governor signed the
        bill."), in reading order: a later "she" may point to them."""
        found = [
            t
            for t in doc_tokens(self.doc)
            if t.dep_ == "nsubj"
            and t.tag_ == "NN"
            and not t.ent_type_
            and (t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
            and any(c.dep_ in {"det", "poss"} for c in t.children)
            and (
                t.lemma_.lower() in PERSON_TITLES or personal(t) and t.lemma_.lower() not in TITLES
            )
            and not self.quoted[t.idx]  # not inside quoted words
        ]
        return [t.idx for t in found], found

    def _recent_personal(
        self, window: int, offset: int, female: bool
    ) -> list[tuple[int, str | None, bool]]:
        offsets, people = self._personal
        lo, hi = bisect.bisect_left(offsets, window), bisect.bisect_left(offsets, offset)
        out = []
        for tok in people[max(lo, hi - LOOKBACK) : hi]:
            nouns = [tok] + [c for c in tok.children if c.dep_ == "appos"]
            if noun_gender(t.lemma_.lower() for t in nouns) not in {None, female}:
                continue  # "The driver, a man from Lyon, ..." is no "she"
            spk = self.resolve(tok)
            out.append((tok.idx, spk.name, spk.named))
        return out

    def resolve(self, head: Token) -> Speaker:  # pragma: no cover - the resolver's
        raise NotImplementedError

    def _is_subject(self, ent: Entity) -> bool:
        span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        # the subject of a main clause, not of a relative one ("Ruiz agreed to a pact in
        # which Jo Lin became premier. 'Only the voters ...,' she declared": she is Ruiz)
        if span is None:
            return False
        root = span.root
        if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}:
            root = root.head  # "The chief executive, Lena Holm, apologised. She said ..."
        return (
            root.dep_ in {"nsubj", "nsubjpass"}
            and root.head.dep_ not in {"relcl", "acl"}
            and not _said_by_a_person(root.head)
        )

    def _gender_fits(self, name: str | None, female: bool) -> bool:
        """A person the article has referred to as "he" is not "she", and the reverse."""
        name = self._name(name)
        known = self._genders.get(name)
        if known is None and name is not None:
            known = name_gender(name)
        return known is None or known == female


def _said_by_a_person(clause: Token) -> bool:
    """Whether ``clause`` is what a person said or thought ("Ruiz said Lin was able, but she
    added ...": she is Ruiz, not Lin); a body's report leaves its subject in view ("Police
    said Lin was held. She ..." is Lin)."""
    if clause.dep_ != "ccomp":
        return False
    verb = clause.head
    for _ in range(3):  # "arguing Lin could help": the subject of the verb it hangs on
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            who = subjects[0]
            return who.ent_type_ == "PERSON" or who.lower_ in MALE | FEMALE
        if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
