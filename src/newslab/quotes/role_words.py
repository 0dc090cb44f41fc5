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

__all__ = [
    "ORG_ROLES",
    "SAME_BODY",
    "SAME_TITLE",
    "modifiers_fit",
    "org_role",
    "person_title",
    "title_of",
]

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
SAME_TITLE |= {"doctor": {"dr", "physician"}, "rider": {"cyclist"}, "cyclist": {"rider"}}
SAME_TITLE |= {
    s: {"spokesman", "spokeswoman", "spokesperson"}
    for s in ("spokesman", "spokeswoman", "spokesperson")
}
#: "the official": a person the article gave a public office's title just before.
SAME_TITLE |= {
    "official": set(
        "commissioner minister secretary mayor governor director administrator officer "
        "inspector commander spokesman spokeswoman spokesperson chief head ambassador "
        "councillor councilor deputy envoy superintendent".split()
    )
}
#: Heads of bodies' names a role noun stands for ("the agency": the "... Authority").
SAME_BODY = {
    "agency": ("authority", "administration", "bureau", "directorate", "inspectorate"),
    "regulator": ("authority", "agency", "commission", "administration", "office"),
}


def org_role(lemma: str) -> bool:
    """A noun that stands for an organisation: "the company", "the carmaker"."""
    return lemma in ORG_ROLES or lemma.endswith("maker") and len(lemma) > 5


def person_title(title: str) -> bool:
    """A title or a noun of a person (WordNet's ``noun.person``): "minister", "co-author",
    "premier-designate", "engineer"; a noun of one who does something that WordNet lacks
    ("midfielder", "panellist"); not "museum", "trust" or "port", which name places and bodies.

    >>> person_title("premier-designate"), person_title("midfielder"), person_title("chamber")
    (True, True, False)
    """
    parts = title.split("-")
    return (
        title in PERSON_TITLES
        or is_person_noun(title)
        or any(p in PERSON_TITLES or is_person_noun(p) for p in parts)
        or len(title) > 6
        and title.endswith(_DOERS)
        and title.isalpha()
    )


#: Endings of nouns of one who does something ("midfielder", "panellist", "strategist").
_DOERS = ("fielder", "keeper", "ist", "ician", "holder", "runner", "rider")


def title_of(head: Token) -> str:
    """The role noun's title: its word, with the word a hyphen joins before it ("co-author",
    "vice-chair")."""
    i = head.i
    if i >= 2 and head.doc[i - 1].text == "-" and head.doc[i - 2].is_alpha:
        return f"{head.doc[i - 2].lower_}-{head.lower_}"
    return head.lower_


def modifiers_fit(head: Token, name: str) -> bool:
    """ "The central bank" is no "Atlas Bank": a word that sets the body apart, before its
    noun, must be in the name it points to ("the central bank" -> "Central Bank of X")."""
    lower = name.lower()
    return all(
        c.lower_ in lower
        for c in head.children
        if c.dep_ in {"amod", "compound"} and c.pos_ == "ADJ" and c.i < head.i
    )
