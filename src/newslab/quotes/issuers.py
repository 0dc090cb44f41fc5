"""Who issued "the statement" an article cites without naming its author: the body or person
that, in the sentence right before, confirmed, announced, issued or filed something ("The
ministry confirmed a case on Monday. The man is well, the statement said." → the ministry), as
ANNOTATIONS.md has it: a document as speaker is the body that issued it where the article
names it. A sentence about anything else before it ("Police arrested a man.") names nobody.

A passive sentence about the same document names its maker as well ("The study was led by
X. ..., the study said." → X).

>>> sorted(ISSUING)[:4]
['circulate', 'distribute', 'file', 'issue']
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import doc_text, sentence_of
from .objects import is_source
from .verbs import BELIEF, is_speech_verb

__all__ = ["ISSUING", "issuer_before"]

#: Verbs that put a document out: what its subject issued is theirs.
ISSUING = frozenset(
    {"issue", "publish", "release", "post", "send", "circulate", "distribute", "file", "submit"}
)
#: Verbs of speaking aloud: what their subject said is no document.
_SPOKEN = frozenset({"say", "tell", "add", "ask", "answer", "reply", "explain", "speak", "talk"})
#: Entity labels of who can issue a statement.
_ISSUERS = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def issuer_before(head: Token) -> Token | None:
    """The subject of the sentence right before ``head``'s (in its paragraph or the one
    before), when that sentence's verb confirms, announces or issues and its subject is a
    named body or person; else None."""
    sent = sentence_of(head)
    if sent.start == 0:
        return None
    before = sentence_of(head.doc[sent.start - 1])
    if doc_text(head.doc).count("\n", before.end_char, sent.start_char) > 1:
        return None
    root = before.root
    lemma = root.lemma_.lower()
    author = _passive_author(root, head)
    if author is not None:
        return author  # "The study was led by X. ..., the study said": X's study
    if head.lemma_.lower() in _RULINGS and root.pos_ == "VERB":  # "The Kestrel Tribunal
        court = next((c for c in root.children if c.dep_ == "nsubj"), None)  # blocked the
        if court is not None and _COURTS & {t.lower_ for t in court.subtree}:  # deal. ...,
            return court  # the ruling said": the court's, whatever it did
    if root.pos_ != "VERB" or lemma in BELIEF | _SPOKEN:
        return None  # "Seager said ... The paper suggests": a speaker, not the paper's issuer
    if not (is_speech_verb(lemma) or lemma in ISSUING):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = any(t.ent_type_ in _ISSUERS for t in subject.subtree)
    return subject if named or lemma in {"file", "submit"} and is_source(subject) else None


#: A court's documents, and the words that make a body a court.
_RULINGS = frozenset({"ruling", "judgment", "judgement", "verdict", "decision", "order"})
_COURTS = frozenset({"court", "tribunal", "judge", "judges", "justices", "panel"})

#: Verbs whose agent made the document: "The study was led by X", "a report written by X".
_MADE_BY = frozenset(
    "lead conduct carry write author commission publish fund produce prepare compile "
    "release issue draft".split()
)


def _passive_author(root: Token, head: Token) -> Token | None:
    """The agent of a passive sentence about the same document ("The study was led by the
    Java Institute for Vector Control"), else None."""
    if root.lemma_.lower() not in _MADE_BY or root.tag_ != "VBN":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() != head.lemma_.lower():
        return None
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return obj if obj is not None and is_source(obj) else None
