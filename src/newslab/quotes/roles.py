"""Sources named by a role: titles ("the minister"), organisation nouns ("the company",
"the court") and documents ("the report", "the decree"), each traced to the person or body
the article introduced with that word.

Lookups go through an index built once an article (:func:`.role_index.entity_index`), so each costs a
logarithm of the article's length.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Token

from ..entities import Entity
from ..lexicon import BODY_WORDS, DOCUMENT_NOUNS, FAMILY_NOUNS, INSTITUTION_NOUNS, PERSON_TITLES
from ..nlp import doc_tokens
from .body_kinds import MEDIA_NOUNS, not_the_body, other_kind
from .chains import ChainBuilder, Speaker
from .issuers import issuer_before
from .objects import a_study, not_a_source
from .phrases import whole_of
from .role_words import (
    ORG_ROLES,
    SAME_BODY,
    SAME_TITLE,
    modifiers_fit,
    org_role,
    person_title,
    title_of,
)

__all__ = ["MEDIA_NOUNS", "RoleLookups"]

#: Nouns of a body before a document's noun ("the board statement"): the body issued it.
_BODY_NOUNS = ORG_ROLES | INSTITUTION_NOUNS | BODY_WORDS

_NOT_PEOPLE = INSTITUTION_NOUNS | ORG_ROLES
#: "the official" and the offices it stands for (:data:`.role_words.SAME_TITLE`).
_OFFICES = SAME_TITLE["official"] | {"official"}
_OWNERS = frozenset({"the", "his", "her", "their"})  # "the club said", "His party said"


class RoleLookups:
    """What a speaker resolver knows of roles; mixed into :class:`SpeakerResolver`."""

    text: str
    entities: tuple[Entity, ...]
    chains: ChainBuilder
    _index: dict[str, tuple[list[int], list[Entity]]]
    dateline_end: int

    def resolve(self, head: Token) -> Speaker:  # pragma: no cover - the resolver's own
        raise NotImplementedError

    def phrase_span(self, head: Token) -> tuple[int, int]:  # pragma: no cover
        raise NotImplementedError

    def ent_name(self, ent: Entity) -> str:  # pragma: no cover
        raise NotImplementedError

    def _pronoun(self, head: Token, span: tuple[int, int]) -> Speaker:  # pragma: no cover
        raise NotImplementedError

    def _recent_history(
        self, window: int, offset: int
    ) -> Iterator[tuple[int, Speaker]]:  # pragma: no cover
        raise NotImplementedError

    def _role(self, head: Token, phrase: str) -> Speaker | None:
        """ "the minister", "The Senate Minority Leader", "the agency": the person or body
        the article introduced with that word."""
        words = phrase.lower().replace("’s", " ").replace("'s", " ").split()
        if head.lower_ in FAMILY_NOUNS and words[:1] in (["his"], ["her"], ["their"], ["the"]):
            person = self._titled_person(head.lower_, head.idx)  # "his daughter Ana Ruiz"
            return None if person is None else Speaker(person, True, self.phrase_span(head))
        if (
            not words
            or words[0] not in _OWNERS | {"a", "an"}
            and not any(w in PERSON_TITLES for w in words)
        ):
            if not (len(words) > 1 and words[-1] in PERSON_TITLES):
                return None
        title = title_of(head)  # "the co-author", not "author"
        national = [c for c in head.children if self._national(c)]
        if national and not person_title(title):
            return None  # "the Mexican government": a body the phrase itself names
        kind = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if national or kind and not person_title(title) and not org_role(title):
            also = (national or kind)[0].lower_  # "the Czech delegate", "the district head"
            person = self._titled_person(title, head.idx, also=also)
            if person is not None or national:
                return None if person is None else Speaker(person, True, self.phrase_span(head))
        if words[0] in _OWNERS and org_role(head.lemma_.lower()) and head.tag_ == "NN":
            if head.lemma_.lower() == "paper" and a_study(head):
                return None  # "the research paper": a study, not the newspaper quoted last
            ent = self._most_named(f"ORG:{title}", head.idx)
            media = head.lemma_.lower() in MEDIA_NOUNS
            if ent is None and media and (body := self._last_body_speaker(head.idx)):
                return Speaker(body, False, self.phrase_span(head))  # "The publication stated"
            last = ent is None and title != "government"  # a country's, seldom the last body
            ent = self._last_body(head.idx, title) if last else ent
            if last and ent is not None and ent.start >= self.phrase_span(head)[0]:
                last = False  # "the Associated Press news agency": the phrase's own name
            fits = ent is not None and modifiers_fit(head, self.ent_name(ent))
            if fits and not other_kind(self.ent_name(ent), title, last=last):
                return Speaker(self.ent_name(ent), False, self.phrase_span(head))  # "the agency"
                # -> "Saudi Press Agency", else the last body
        if title in _OFFICES and words[0] in {"a", "an"}:
            return None  # "a government official": someone new, not the last one named
        person = self._titled_person(title, head.idx)
        if person is not None:
            return Speaker(person, True, self.phrase_span(head))
        ent = max(  # "the court" -> "Court of Session"; "the agency" -> "X Authority"
            (
                e
                for t in (title, *SAME_BODY.get(title, ()))
                if (e := self._most_named(f"ORG:{t}", head.idx))
            ),
            key=lambda e: e.start,
            default=None,
        )
        if ent is not None and modifiers_fit(head, self.ent_name(ent)):
            return Speaker(self.ent_name(ent), False, self.phrase_span(head))
        return None

    def _last_body_speaker(self, before: int) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def _last(self, key: str, before: int, among: set[Entity] | None = None) -> Entity | None:
        """The last entity of an index key ("ORG", "ORG:court", "PERSON:minister") that
        starts before ``before`` (and is ``among`` those given)."""
        found = self._index.get(key)
        i = bisect.bisect_left(found[0], before) - 1 if found else -1
        while i >= 0 and among is not None and found[1][i] not in among:
            i -= 1
        return found[1][i] if i >= 0 else None

    def _last_body(self, before: int, title: str = "") -> Entity | None:
        """The last organisation before ``before`` that may be the story's body: not a wire
        service in the dateline, the exchange its shares trade on ("rose on the Nasdaq. The
        company said") nor a body of another kind ("the UAW union" is no "company")."""
        found = self._index.get("ORG")
        if not found:
            return None
        i = bisect.bisect_left(found[0], before) - 1
        while i >= 0 and not_the_body(self.text, found[1][i], self.ent_name(found[1][i]), title):
            i -= 1
        ent = found[1][i] if i >= 0 else None
        return None if ent is None or ent.start < self.dateline_end else ent

    def _national(self, tok: Token) -> bool:
        """ "Mexican", "U.S." before a role noun: a nationality or country named with it."""
        ent = self.entity_at(tok) if tok.dep_ in {"amod", "compound", "nmod"} else None
        return ent is not None and ent.label in {"NORP", "GPE"}

    def _most_named(self, key: str, before: int) -> Entity | None:
        """Of the entities under ``key`` named before ``before``, the one named most often
        (the latest on a tie): the court a story is about, not one it mentions once."""
        found = self._index.get(key)
        if not found:
            return None
        ents = found[1][: bisect.bisect_left(found[0], before)][-50:]
        counts: dict[str, int] = {}
        for e in ents:
            counts[self.ent_name(e)] = counts.get(self.ent_name(e), 0) + 1
        return max(reversed(ents), key=lambda e: counts[self.ent_name(e)], default=None)

    def is_document(self, head: Token) -> bool:
        """A document noun ("the report", "the figures", "part of the order"), not the
        quantifier "a number of"."""
        head = whole_of(head)
        if head.lemma_.lower() == "number" and any(c.lower_ == "a" for c in head.children):
            return False
        return head.lemma_.lower() in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS

    def _document_owner(self, head: Token) -> Speaker | None:
        """ "the hotel's website", "a report from the Mexican government", "a decree signed
        by X", "released a statement which said": the body that issued the document; for
        "the decree", the one the article brought in before."""
        head = whole_of(head)
        owner = self._owner_here(head)
        if owner is None and any(c.lower_ in {"the", "this", "that"} for c in head.children):
            for earlier in self._earlier_documents(head):
                owner = self._owner_here(earlier)
                if owner is not None:
                    break
        if owner is None and any(c.lower_ == "the" for c in head.children):
            issuer = issuer_before(head)  # "X confirmed a case. ..., the statement said"
            owner = self.resolve(issuer) if issuer is not None else None
        return owner

    def _owner_here(self, head: Token) -> Speaker | None:
        """The issuer written with a document: "a post by X", "a report from X" first, then
        "X's report", "the X report" ("a fire service statement": the service the article
        names), "a report of X", "a decree signed by X"."""
        children = list(head.children)
        for child in children:
            paper = child.lower_ == "in" and head.lemma_.lower() == "editorial"  # "in The Lancet"
            if child.dep_ == "prep" and (child.lower_ in {"by", "from"} or paper):
                owner = self._prep_owner(child, paper=paper)
                if owner is not None:
                    return owner
        for dep in ("poss", "compound"):
            for child in children:
                if child.dep_ == "poss" == dep and child.pos_ == "PRON":  # "their statement"
                    owner = self._pronoun(child, (child.idx, child.idx + len(child.text)))
                    if owner.name is not None:
                        return owner
                ent = self.entity_at(child) if child.dep_ == dep else None
                if ent is not None:
                    return Speaker(self.ent_name(ent), ent.label == "PERSON", None)
                if child.dep_ == "poss" == dep and child.pos_ == "NOUN":  # "the court's summary"
                    owner = self.resolve(child)
                    if (
                        owner.name is not None
                        and owner.name != self.text[slice(*self.phrase_span(child))]
                    ):
                        return owner
        for child in children:  # "a fire service statement": the service the article names
            if child.dep_ != "compound" or child.lemma_.lower() not in _BODY_NOUNS:
                continue
            word = child.lemma_.lower()  # "A police statement": the police named; "a company"
            plain = not any(c.dep_ == "amod" for t in (head, child) for c in t.children)
            the = any(c.lower_ == "the" for c in head.children)  # not "a federal court ruling"
            mine = plain or the or word in ORG_ROLES
            body = self._most_named(f"ORG:{word}", len(self.text)) if mine else None
            body = body or (self._last_body(head.idx, word) if word in ORG_ROLES else None)
            if body is not None and modifiers_fit(child, self.ent_name(body)):
                return Speaker(self.ent_name(body), False, None)
            if not the:
                continue  # "a federal court decision": some other court's
            for _, spk in self._recent_history(0, head.idx):  # "The board statement": the
                if spk.name and child.lower_ in spk.name.lower().split():  # board that spoke
                    return Speaker(spk.name, spk.named, None)
        before = head.doc[head.i - 1] if head.i > 0 else None
        ent = self.entity_at(before) if before is not None else None
        if (
            ent is not None
            and ent.end == before.idx + len(before.text)
            and ent.label in {"ORG", "GPE", "NORP", "PERSON"}
        ):
            return Speaker(self.ent_name(ent), ent.label == "PERSON", None)  # "WHO guidelines"
        for child in children:
            if child.dep_ == "prep" and child.lower_ == "of":
                owner = self._prep_owner(child)
                if owner is not None:
                    return owner
            if child.dep_ == "acl":  # "a decree signed by Francis", "numbers reported by X"
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (c for c in agent.children if c.dep_ == "pobj"):
                        return self.resolve(obj)
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":  # "said in a filing"
            verb = verb.head
        if head.dep_ in {"dobj", "pobj"} and verb.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() not in DOCUMENT_NOUNS:
                return self.resolve(subj)
        return None

    def _prep_owner(self, prep: Token, *, paper: bool = False) -> Speaker | None:
        for obj in prep.children:
            if paper and getattr(self.entity_at(obj), "label", "") not in {"ORG", "WORK_OF_ART"}:
                continue  # "an editorial in The Lancet", not "a report in the region"
            if (
                obj.dep_ == "pobj"
                and obj.lemma_.lower() not in DOCUMENT_NOUNS
                and obj.ent_type_ not in {"DATE", "TIME"}
                and not not_a_source(obj)
            ):
                return self.resolve(obj)
        return None

    def _earlier_documents(self, head: Token) -> list[Token]:
        """Earlier mentions of the same document noun, the nearest first (at most eight)."""
        index = getattr(self, "_documents", None)
        if index is None:
            index = {}
            for tok in doc_tokens(head.doc):
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS:
                    index.setdefault(tok.lemma_.lower(), []).append(tok.i)
            self._documents = index
        found = index.get(head.lemma_.lower(), [])
        i = bisect.bisect_left(found, head.i)
        return [head.doc[j] for j in reversed(found[max(0, i - 8) : i])]

    def _titled_person(self, title: str, before_offset: int, *, also: str = "") -> str | None:
        """ "minister" -> the last person the article introduced with that title, in front
        of the name ("Foreign Minister Sergei Lavrov", "AU trade commissioner Albert
        Muchanga") or after it (", the minister"); with ``also``, a word the article gave
        them too ("the Czech delegate")."""
        if len(title) < 2 or not (person_title(title) or also) or title in _NOT_PEOPLE:
            return None  # "Museum director X ... the museum said": no person
        given = set(self._index.get(f"PERSON:{also}", ([], []))[1]) if also else None
        keys = [f"PERSON:{t}" for t in {title} | SAME_TITLE.get(title, set())]
        found = [e for k in keys if (e := self._last(k, before_offset, among=given))]
        return self.ent_name(max(found, key=lambda e: e.start)) if found else None
