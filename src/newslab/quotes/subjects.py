"""Who a cue's subject is, read off the parse: the subject or passive agent of the verb (or
of the verb it depends on), the noun a relative pronoun stands for, the name after an
inverted cue ("... tweeted the mayor Sadiq Khan").

>>> token_end.__doc__.split(":")[0]
'The offset just after a token'
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import DOCUMENT_NOUNS, SPEECH_NOUNS
from ..nlp import doc_text, sentence_of
from .lost_subjects import (
    apposed_before,
    compound_before,
    joined_as_clause,
    leading_name,
    named_before,
    published_in,
    subject_of_aside,
    swallowed_subject,
)
from .relatives import SUBJECTS, misread_relative
from .verbs import is_cue_verb

__all__ = ["SUBJECTS", "misread_relative", "named_after", "noun_source", "subject_of", "token_end"]

#: First and second persons: a verb with one of these as its subject is in a quotation.
_QUOTED_PERSONS = frozenset({"i", "we", "us", "you"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def subject_of(verb: Token) -> Token | None:
    """The cue's subject, or the agent of a passive; a cue without one (a conjunct, a
    participle: "After weeks of criticizing ..., Lavrov told") takes its governor's."""
    tok: Token | None = verb
    quoted = _quoted_as(verb)
    if quoted is not None:
        return _antecedent(quoted)
    relayed = _after_according(verb)
    if relayed is not None:
        return _antecedent(relayed)
    if (
        verb.tag_ == "VBG"
        and (
            verb.dep_ in {"advcl", "xcomp"}
            or verb.dep_ == "csubj"  # "took to social media, posting ...", misread as a subject
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
        )
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        tok = sentence_of(verb).root  # "An eyewitness described how it unfolded, stating"
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
        if not subjects or any(c.lemma_.lower() in _QUOTED_PERSONS for c in subjects):
            tok = verb.head  # the root is in the quotation: "has backed it, telling: 'let us'"
    elif misread_relative(verb):
        return _antecedent(verb.head)  # "The chief, Ana Ruiz, announced ...": the chief
    elif verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        noun = verb.head  # "officials asking the company to pay", "calls by officials asking"
        source = noun_source(noun) if noun.lemma_.lower() in SPEECH_NOUNS else None
        if source is None and _written_in(noun):  # "resigned in a letter stating": its writer
            return subject_of(noun.head.head)
        return source or _antecedent(noun)  # "issued a statement saying": its issuer
    for _ in range(6):
        if tok is None:
            return None
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was described as ... by the police"
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _antecedent(obj)
        subjects = [  # a verb is no subject ("not only implying X would be required")
            c
            for c in _with_auxiliaries(tok)
            if c.dep_ in SUBJECTS
            and not c.tag_.startswith("VB")
            and not c.is_punct  # "Act No. 12 states": the parser's three subjects
            and not _translation_mark(c)
        ]
        subjects = [c for c in subjects if not published_in(c, subjects)]
        subjects = [c for c in subjects if not _apposed_to_object(c, subjects)]
        if tok is verb and _after_quotation(verb):  # '"A deal for whom?" asked Tom Berg':
            subjects = [c for c in subjects if not _quoted_before(c, verb)]  # not "deal"
        if subjects:  # a name first, then the nearest: "WHO director-general Tedros said"
            return _antecedent(  # -> Tedros; "said study co-author Karen Alley" -> Alley
                min(  # a tie goes to the subject after the cue: "..., says the report,"
                    subjects,
                    key=lambda c: (
                        c.ent_type_ not in _NAMED,
                        not any(t.ent_type_ == "PERSON" for t in c.subtree),  # "co-author and
                        abs(tok.i - c.i),  # Fellow Martin How": the part with the name
                        c.i < tok.i,
                    ),
                )
            )
        if tok is verb and (inverted := _inverted_object(verb)) is not None:
            return inverted  # '"...", reads a club press release': the subject after the verb
        if tok is verb and (swallowed := swallowed_subject(verb)) is not None:
            return _antecedent(swallowed)
        if tok is verb and (apposed := apposed_before(verb)) is not None:
            return _antecedent(apposed)  # "..., a spokeswoman for the operator said"
        if tok is verb and (aside := subject_of_aside(verb)) is not None:
            return _antecedent(aside)  # "Ana Ruiz, writing for the majority, said"
        if tok is verb and (noun := compound_before(verb)) is not None:
            return _antecedent(noun)  # "..., court records show": a subject read as compound
        if tok is verb and verb.tag_ == "VBD":
            named = named_before(verb) or leading_name(verb)
            if named is not None:  # "On Friday Ford Motor Company announced ...", misparsed
                return named
        outer = _speech_ancestor(tok) if tok.dep_ == "conj" else None
        if tok is verb and joined_as_clause(verb):
            outer = verb.head  # "said the figure was lower but warned that ...", misparsed
        if outer is not None:
            tok = outer  # "wrote that X will happen as planned and underlined that ..."
        elif tok.head.i != tok.i and (
            tok.dep_ in {"conj", "xcomp", "advcl", "pcomp", "pobj", "prep"}
            or (tok.dep_ == "advmod" and tok.pos_ == "ADV")  # "went as far as to say"
        ):
            tok = tok.head
        else:
            return None
    return None


def _with_auxiliaries(verb: Token) -> list[Token]:
    """A verb's children, and its auxiliary's when an aside parts them: in "The board has, in
    a letter, urged ..." the parser hangs the subject on "has"."""
    kids = list(verb.children)
    return kids + [c for a in kids if a.dep_ == "aux" and a.i < verb.i for c in a.children]


def _translation_mark(subject: Token) -> bool:
    """ "((es))Spanish language": a Wikinews mark before a quotation's original words."""
    return "))" in doc_text(subject.doc)[subject.left_edge.idx : subject.idx + len(subject)]


def _after_according(verb: Token) -> Token | None:
    """ "According to the agency Velta, the prosecutor, Ana Ruiz, said ...": the one who said
    it is the phrase between the first comma and the verb, however the parser hung it (as the
    verb's subject's apposition, or the apposition of the outlet after "to")."""
    sent = sentence_of(verb)
    text = doc_text(verb.doc)
    if not text[sent.start_char : verb.idx].lstrip(' "“').lower().startswith("according to "):
        return None
    comma = next((t for t in verb.doc[sent.start : verb.i] if t.text == ","), None)
    if comma is None or verb.head.i != verb.i and verb.dep_ != "conj":
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if any(c.i > comma.i for c in subjects):
        return None  # "According to the report, police said": the parse is right
    between = [
        t
        for t in verb.doc[comma.i + 1 : verb.i]
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"
    ]
    return min(between, key=_depth, default=None)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _inverted_object(verb: Token) -> Token | None:
    """The object the parser gives a verb that follows a quotation and a comma: it is the
    verb's subject, set after it ('"We won," says the coach', '..., reads a statement')."""
    if not _after_quotation(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _apposed_to_object(subject: Token, subjects: list[Token]) -> bool:
    """ "Sources close to the buyer, the Dutch group Holvane Rail, said": a second subject
    set off by commas after a first that ends in an object names that object ("the buyer"),
    not who spoke; the parser gives the verb both. A name there is the first's ("A member of
    the council, Ana Ruiz, said")."""
    if subject.pos_ != "NOUN" or subject.left_edge.lower_ not in {"the", "a", "an"}:
        return False
    text = doc_text(subject.doc)
    for first in subjects:
        last = first.right_edge
        if (
            first.i < subject.i
            and last.dep_ == "pobj"
            and last.i != first.i
            and text[last.idx + len(last) : subject.left_edge.idx].strip() == ","
        ):
            return True
    return False


def _after_quotation(verb: Token) -> bool:
    """True for a verb right after a quotation's end: '"We won," says', '"Why?" asked'."""
    before = doc_text(verb.doc)[max(0, verb.idx - 3) : verb.idx].replace(" ", "")
    return before.endswith(('",', ',"', "”,", ",”", '?"', '!"', "?”", "!”"))


def _quoted_before(subject: Token, verb: Token) -> bool:
    """True for a subject inside the quotation that ends right before the verb."""
    text = doc_text(verb.doc)
    end = max(text.rfind(q, 0, verb.idx) for q in '"”')
    opening = max(text.rfind(q, 0, end) for q in '"“')
    return opening < subject.idx < verb.idx


def _quoted_as(verb: Token) -> Token | None:
    """ "He was quoted (by Reuters) as saying", "Reuters cited the ministry as stating": the
    one quoted is the source, not the outlet that quoted them."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "as":
        return None
    quoting = prep.head
    if quoting.lemma_.lower() not in {"quote", "cite", "report", "record", "hear"}:
        return None
    quoted = [c for c in quoting.children if c.dep_ in {"nsubjpass", "dobj"}]
    return quoted[0] if quoted else None


def _speech_ancestor(tok: Token) -> Token | None:
    """The cue whose reported clause ``tok`` is joined to: the clause its "that" complement
    ("wrote that X ... and underlined"), or the one a noun of speech carries ("said in a
    statement that staff had worked ... and called the situation ...")."""
    carried = False
    for anc in tok.ancestors:
        if is_cue_verb(anc.lemma_.lower()) and (
            carried or any(c.dep_ == "ccomp" for c in anc.children)
        ):
            return anc
        lemma = anc.lemma_.lower()
        carried = carried or (
            anc.pos_ == "NOUN" and (lemma in SPEECH_NOUNS or lemma in DOCUMENT_NOUNS)
        )
    return None


def _antecedent(tok: Token) -> Token:
    """ "who"/"which" as a subject stands for the noun its clause describes ("WHO", in
    capitals, is an organisation, not a pronoun)."""
    if tok.tag_ in {"WP", "WDT"} and not (tok.text.isupper() and len(tok.text) > 1):
        for anc in tok.ancestors:
            if anc.pos_ in {"NOUN", "PROPN"}:
                return anc
        for prev in reversed(tok.doc[sentence_of(tok).start : tok.i]):
            if prev.pos_ in {"NOUN", "PROPN"}:
                return prev
    return tok


def noun_source(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ in {"poss", "compound"} and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _written_in(noun: Token) -> bool:
    """ "in a letter", "in a statement" on an active verb: a document its subject wrote."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "via"} else None
    return (
        verb is not None
        and noun.lemma_.lower() in DOCUMENT_NOUNS
        and verb.pos_ == "VERB"
        and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    )


def token_end(tok: Token) -> int:
    """The offset just after a token: ``tok.idx + len(tok.text)``."""
    return tok.idx + len(tok.text)


def named_after(cue: Token) -> Token | None:
    """ "... tweeted Mayor of London Sadiq Khan": the name right after an inverted cue."""
    for tok in cue.doc[cue.i + 1 : min(len(cue.doc), cue.i + 7)]:
        if tok.is_punct and tok.text not in {"'", "’"}:
            return None
        if tok.ent_type_ == "PERSON" and (
            tok.i + 1 == len(tok.doc) or tok.nbor().ent_type_ != "PERSON"
        ):
            return tok
        if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.dep_ in SUBJECTS:
            return tok  # '"...", reads a club press release'
    return None
