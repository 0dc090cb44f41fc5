"""Who a statement's source is: the subject of a cue, made a name where the article names it.

Pronouns go to the right earlier person or group, role nouns ("the minister") to the person
the article gave that title, documents ("the report said") to the body that issued them;
unnamed and collective sources stay as written, with ``named`` false."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..entities import Entity
from ..lexicon import INSTITUTION_NOUNS, POST_NOMINALS, PRONOUNS, TITLES
from ..nlp import doc_text
from .chains import ChainBuilder, Speaker
from .descriptions import DescriptionIndex, described_body
from .genders import text_genders
from .interviews import addressee, turn_speaker
from .joint import JointLookups
from .objects import epithet, not_a_source, served
from .phrases import apposed_to, personal, phrase_span, same_name, without_asides, without_brackets
from .pronouns import PronounLookups
from .role_index import entity_index
from .roles import MEDIA_NOUNS, RoleLookups

__all__ = ["Speaker", "SpeakerResolver"]

#: A dateline opening the body: "WASHINGTON (AP) — ", "NEW YORK, March 3 -- ", "OSLO (Reuters) - ".
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'’-]{2,40}(?:,[^—–\n]{0,30})?(?:\s*\([^()\n]{1,30}\))?\s*(?:—|–|--|-(?=\s))\s*"
)

_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that"})
#: Pronouns that stand for a source, possessives included ("his claim that ...").
_PRONOUNS = PRONOUNS | {"his", "their", "its"}


class SpeakerResolver(PronounLookups, RoleLookups, JointLookups):
    """Resolves source mentions of one article; remembers the speakers it has seen."""

    def __init__(
        self,
        doc: Doc,
        entities: tuple[Entity, ...],
        chains: ChainBuilder | None = None,
        *,
        quoted: bytearray | None = None,
    ) -> None:
        self.doc = doc
        self.quoted = quoted or bytearray(len(doc_text(doc)) + 1)  # 1 inside quoted words
        self.text = doc_text(doc)
        self.chains = chains or ChainBuilder(
            self.text, [(e.start, e.end, e.label) for e in entities]
        )
        self._lines = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        m = _DATELINE.match(self.text)
        self.dateline_end = m.end() if m else 0
        self.entities = tuple(sorted(entities, key=lambda e: e.start))
        self._starts = [e.start for e in self.entities]
        self._descriptions = DescriptionIndex(doc, self.entity_at)
        self._index = entity_index(doc, self.text, self.entities)
        self.history: list[tuple[int, Speaker]] = []  # (offset, speaker) in reading order
        self._history_at: list[int] = []
        people = [(e.start, e.end, self.ent_name(e)) for e in self.entities if e.label == "PERSON"]
        self._genders = text_genders(self.text, people)

    def for_cue(self, subject: Token | None, cue: Token) -> Speaker:
        """The speaker of a cue whose subject is ``subject``, remembered for later pronouns."""
        if subject is not None and subject.idx < self.dateline_end:
            subject = self._past_dateline(subject)
        if subject is None or not_a_source(subject):
            return Speaker(None, False, None)
        speaker = self.in_chains(self.resolve(subject), subject)
        name = speaker.name or ""  # a "which" is no one's name (the "WHO" is): the phrase
        if name.lower() in _RELATIVE_WORDS and not name.isupper():  # as written stands for it
            start, end = self.phrase_span(subject)
            speaker = Speaker(self._as_written((start, end)), False, (start, end))
        self.remember(cue.idx, speaker)
        return speaker

    def _past_dateline(self, head: Token) -> Token | None:
        """ "WASHINGTON (AP) — President Ana Ruiz said": the parser makes the dateline the
        subject; the source is the name after it, or the verb's other subject."""
        after = [c for c in head.subtree if c.idx >= self.dateline_end and c.dep_ == "appos"]
        after += [c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i]
        return after[0] if after else None

    def in_chains(self, speaker: Speaker, head: Token) -> Speaker:
        """The speaker named as its chain names it (the fullest name the article gives),
        with the subject recorded as one more mention of that chain."""
        if len(self._listed(head)) > 1 or speaker.named and " and " in (speaker.name or ""):
            return speaker  # joint sources are named in _joint
        chain = self.chains.chain_at(head.idx, head.idx + len(head.text))
        chosen = self.chains.chain_named(speaker.name) if speaker.named else None
        if chosen is not None and chosen != chain:
            chain = chosen  # the person the phrase names, not the word the parser made its head
        elif chain is None or speaker.named and self.chains.labels[chain] != "PERSON":
            chain = self.chains.chain_named(speaker.name)  # "a Democrat, Lena Ortiz, said"
        if chain is None:
            return replace(speaker, person=speaker.person or personal(head))
        if speaker.span is not None:
            kind = "pronoun" if head.pos_ == "PRON" else "role"
            self.chains.add(*self._mention_span(head, speaker.span), kind, chain)
        name, label = self.chains.names[chain], self.chains.labels[chain]
        return Speaker(name, label == "PERSON", speaker.span)

    def _mention_span(self, head: Token, span: tuple[int, int]) -> tuple[int, int]:
        return (head.idx, head.idx + len(head.text)) if head.pos_ == "PRON" else span

    def remember(self, offset: int, speaker: Speaker) -> None:
        if speaker.name is not None:
            i = bisect.bisect_right(self._history_at, offset)
            self._history_at.insert(i, offset)
            self.history.insert(i, (offset, speaker))

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
        """The noun phrase of ``head`` as written (see :func:`.phrases.phrase_span`)."""
        return phrase_span(self.text, head)

    def resolve(self, head: Token) -> Speaker:
        """The speaker whose mention is headed by ``head``."""
        span = self.phrase_span(head)
        lower = head.lower_
        if lower in {"i", "you", "me"} and head.pos_ == "PRON":
            if lower == "you":  # "((WN)) You said ...": the one the interviewer asks
                turn = addressee(self.text, head, self.chains)
            else:  # "((Ana Ruiz)) I think ...": the one whose turn it is
                turn = turn_speaker(self.text, self._lines, head.idx, self.chains)
            return turn or Speaker(None, False, span)  # else the article says who elsewhere
        if lower in {"some", "many", "most", "few", "all", "several"} and not list(head.children):
            return Speaker(None, False, span)  # "Some said ...": nobody the article names
        if lower in _PRONOUNS and head.pos_ == "PRON":  # "he said", "his claim that"
            if any(c.dep_ == "conj" for c in head.children):
                return self._joint(head, span)  # "Both he and the county's commissioner"
            return self._pronoun(head, span)
        if (couple := self._couple(head, span)) is not None:
            return couple  # "The couple said": the two people last named together
        if earlier := (epithet(head) and self.earlier_person(head, span)) or (
            self.earlier_same(head, span)  # "this person also said", "the Dane admitted",
        ):  # "the 27-year-old said"; "The people, who asked not to be named, said"
            return earlier
        ent, last, conj = self.entity_at(head), self._person_last(span), len(self._listed(head)) > 1
        if last not in (None, ent) and not (conj and ent and ent.label == "PERSON"):  # "Longtime
            return Speaker(self.ent_name(last), True, span)  # Kestrel Hour writer Ana Ruiz": the
        # parser's head is the show; "Ana Ruiz and minister Tom Hale" are both the speakers
        if ent is not None and ent.label == "PERSON":  # "Ana Ruiz and Tom Hale": both
            return self._joint(head, span) if conj else self._with_name_before(head, ent, span)
        if (head.lower_.rstrip(".") in TITLES or head.text in POST_NOMINALS) and not conj:
            # "Prosecutor Kama Melly QC", "First Minister of Scotland Nicola Sturgeon": the
            # parser makes the title the head; the one person inside is the speaker
            inside = {  # not "A spokesperson for [Ana Ruiz]": who speaks for her
                self.ent_name(e)
                for t in head.subtree
                if (e := self.entity_at(t)) and e.label == "PERSON" and not served(t, head)
            }
            if len(inside) == 1:
                return Speaker(inside.pop(), True, span)
        if ent is None and (both := self._apposed_list(head, span)) is not None:
            return both  # "officials Ana Ruiz and Tom Hale said": both, as written
        named = self._person_inside(head) if ent is None else None
        if named is not None:  # "study co-author Karen Alley": the parser heads it with "co"
            return Speaker(self.ent_name(named), True, span)
        for child in head.subtree:  # "The Vice President, Mike Pence, said"
            appos = self.entity_at(child) if apposed_to(child, head) else None
            if appos is not None and appos.label == "PERSON":
                return Speaker(self.ent_name(appos), True, span)
        for child in head.children:  # "news broadcaster NRK said", "its agency, UNHCR, said"
            apposed = child.dep_ == "npadvmod" and self.text[child.idx - 2 : child.idx] == ", "
            named = (
                self.entity_at(child) if child.dep_ in {"appos", "compound"} or apposed else None
            )
            kind = named and named.label == "ORG" and head.lemma_ in MEDIA_NOUNS  # "X magazine"
            if named and named.label in {"ORG", "GPE"} and (child.i > head.i or kind) and not conj:
                return Speaker(self.ent_name(named), False, span)
        if self.is_document(head):  # before joint sources: "a statement, as well as a ..."
            owner = self._document_owner(head)
            if owner is not None:
                return Speaker(owner.name, owner.named, span)
        joined = any(c.dep_ == "conj" and not self._amount(c) for c in head.children)
        if conj or joined or self._people_ending(span) is not None:  # "Guests of Honour
            return self._joint(head, span)  # Ana Ruiz and Tom Hale": both, as written
        span = without_brackets(self.text, span)
        phrase = self.text[span[0] : span[1]]
        nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        beside = self.entity_at(nxt) if nxt is not None and nxt.idx == span[1] + 1 else None
        if beside is not None and beside.label in {"ORG", "PERSON"} and beside.start == nxt.idx:
            return Speaker(self.ent_name(beside), beside.label == "PERSON", span)  # "NRK"
        if ent is not None and ent.label in {"ORG", "GPE", "NORP", "LOC", "FAC", "LAW"}:
            if same_name(phrase, ent.text) or not self._head_after(ent, head):
                return Speaker(self.ent_name(ent), False, span)
        described = self._descriptions.fuller(head)  # "the government" of Veloria
        if described is not None:
            body = described[1]
            return Speaker(self.ent_name(body) if body else described[0], False, span)
        role = self._role(head, phrase) or described_body(self.chains, phrase, span)
        if role is not None:
            return role
        if (
            ent is None
            and head.pos_ == "PROPN"
            and head.text[:1].isupper()
            and head.lower_.rstrip(".") not in TITLES  # "One MP told ...": a title, no name
        ):
            name = self._proper_name(head)  # "Jo Wu from the camp"
            chain = self.chains.chain_of_word(name) if " " not in name else None
            if chain is not None:  # "Ravi", untagged, of "Ravi Kumar Sen"
                return Speaker(
                    self.chains.names[chain], self.chains.labels[chain] == "PERSON", span
                )
            return Speaker(name, False, span)
        return Speaker(self._as_written(span), False, span)

    def _person_last(self, span: tuple[int, int]) -> Entity | None:
        """The person named at the end of a source's phrase, after a lower-case role noun
        ("... writer and performer Ana Ruiz"), or ``None``."""
        inside = self._between(*span)
        last = inside[-1] if inside else None
        if last is None or last.label != "PERSON" or last.end != span[1]:
            return None
        before = self._token_before(last.start)
        return last if before is not None and before.pos_ == "NOUN" and before.is_lower else None

    def _token_before(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return self.doc[span.start - 1] if span is not None and span.start > 0 else None

    def _as_written(self, span: tuple[int, int]) -> str:
        """An unnamed or joint source's phrase, without asides ("(LU) in Sweden")."""
        places = {e.text for e in self._between(*span) if e.label in {"GPE", "LOC"}}
        return without_asides(self.text[span[0] : span[1]], frozenset(places))

    def _proper_name(self, head: Token) -> str:
        """A proper noun the model tagged no entity, with the proper nouns compounded onto it
        and nothing after it: "Jo Wu from the city council" is "Jo Wu"."""
        start = head
        while start.i > 0:
            before = self.doc[start.i - 1]
            if before.dep_ != "compound" or before.head != head or before.pos_ != "PROPN":
                break
            start = before
        return self.text[start.idx : head.idx + len(head.text)]

    def _person_inside(self, head: Token) -> Entity | None:
        """The one person named in ``head``'s phrase by compounds and appositions (never
        through a preposition: "the lawyer for John Smith" is not John Smith)."""
        if head.pos_ not in {"NOUN", "PROPN", "X"} or not head.text[:1].islower():
            return None
        if head.lemma_.lower() in INSTITUTION_NOUNS:
            return None  # "The Biden campaign", "the Trump administration": a body, not him
        found: dict[str, Entity] = {}
        stack = [c for c in head.children if c.dep_ in {"compound", "appos", "nmod", "punct"}]
        stack += [  # "a student named Wong", "a man called Tomas Vell": the name given
            k
            for c in head.children
            if c.dep_ == "acl" and c.lemma_ in {"name", "call"} and c.tag_ == "VBN"
            for k in c.children
            if k.dep_ in {"oprd", "attr", "xcomp"}
        ]
        while stack:
            tok = stack.pop()
            ent = self.entity_at(tok)
            if ent is not None and ent.label == "PERSON":
                found[self.ent_name(ent)] = ent
            stack += [c for c in tok.children if c.dep_ in {"compound", "appos", "nmod", "punct"}]
        return next(iter(found.values())) if len(found) == 1 else None

    def _head_after(self, ent: Entity, head: Token) -> bool:
        """True when the phrase's head noun comes after the entity ("U.S. officials")."""
        return head.idx >= ent.end

    def ent_name(self, ent: Entity) -> str:
        """An entity's name as its chain gives it (the fullest name the article gives)."""
        chain = self.chains.chain_at(ent.start, ent.end)
        return self.chains.names[chain] if chain is not None else ent.canonical

    def _name(
        self, name: str | None, start: int | None = None, end: int | None = None
    ) -> str | None:
        """The chain name for a name (or for the mention at ``start:end``)."""
        chain = self.chains.chain_at(start, end) if start is not None and end is not None else None
        if chain is None:
            chain = self.chains.chain_named(name)
        return self.chains.names[chain] if chain is not None else name
