"""The words of roles: nouns that stand for a body ("the company"), titles that stand for
one another ("the judge" for a justice), and the title a role noun gives ("the co-author").

>>> org_role("carmaker"), org_role("maker"), org_role("minister")
(True, False, False)
>>> person_title("co-author"), person_title("museum"), person_title("spokeswoman")
(True, False, True)
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import PERSON_TITLES
from ..person_nouns import is_person_noun

__all__ = ["ORG_ROLES", "SAME_BODY", "SAME_TITLE", "org_role", "person_title", "title_of"]

#: Role nouns that stand for the organisation last named ("the company said").
ORG_ROLES = frozenset(
    "company firm group retailer airline carrier operator utility agency department ministry "
    "government council commission authority organisation organization regulator bank chain "
    "network broadcaster newspaper paper website service publication magazine outlet "
    "publisher tabloid manufacturer producer insurer lender supermarket supplier giant "
    "club party journal".split()
)
#: Titles that stand for one another ("Justice Ana Ruiz ... the judge wrote").
SAME_TITLE = {"minister": {"secretary"}, "secretary": {"minister"}, "leader": {"chief"}}
SAME_TITLE |= {"chief": {"leader", "head"}, "head": {"chief", "director"}}
SAME_TITLE |= {"judge": {"justice"}, "justice": {"judge"}}
#: Heads of bodies' names a role noun stands for ("the agency": the "... Authority").
SAME_BODY = {
    "agency": ("authority", "administration", "bureau", "directorate", "inspectorate"),
    "regulator": ("authority", "agency", "commission", "administration"),
}


def org_role(lemma: str) -> bool:
    """A noun that stands for an organisation: "the company", "the carmaker"."""
    return lemma in ORG_ROLES or lemma.endswith("maker") and len(lemma) > 5


def person_title(title: str) -> bool:
    """A title or a noun of a person (WordNet's ``noun.person``): "minister", "co-author",
    "engineer"; not "museum", "trust" or "port", which name places and bodies."""
    last = title.rsplit("-", 1)[-1]
    return title in PERSON_TITLES or is_person_noun(title) or is_person_noun(last)


def title_of(head: Token) -> str:
    """The role noun's title: its word, with the word a hyphen joins before it ("co-author",
    "vice-chair")."""
    i = head.i
    if i >= 2 and head.doc[i - 1].text == "-" and head.doc[i - 2].is_alpha:
        return f"{head.doc[i - 2].lower_}-{head.lower_}"
    return head.lower_
