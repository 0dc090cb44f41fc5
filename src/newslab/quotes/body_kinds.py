"""What kind of body a name says it is: "the ministry" may stand for the "Ministry of
Health" a story named, not for the "Senate", and "the regulator" not for whichever company
it named last.

>>> other_kind("Ministry of Health", "ministry")
False
"""

from __future__ import annotations

from ..entities import Entity
from ..entities.markets import is_market
from ..lexicon import BODY_WORDS, INSTITUTION_NOUNS, ORG_HEADS

__all__ = ["MEDIA_NOUNS", "not_the_body", "other_kind"]

#: Words that say what kind of body a name is ("Senate", "World Health Organization").
_KINDS = INSTITUTION_NOUNS | BODY_WORDS | ORG_HEADS | {"programme", "program"}


def other_kind(name: str, title: str, *, last: bool = False) -> bool:
    """Whether a body's name says it is another kind of body than the role noun: "the
    ministry" is not the "Senate" last named, though "the company" may be "Kestrel Air"; a
    public body's noun is not the ``last`` body named where its name says no kind ("the
    regulator" after "an analyst at Kestrel Capital"). "The agency" may be an organisation,
    a programme, a service or an office ("World Health Organization"); "the organisation"
    and "the body" any body.

    >>> other_kind("Senate", "ministry"), other_kind("Kestrel Air", "company")
    (True, False)
    >>> other_kind("Kestrel Capital", "regulator", last=True)
    True
    >>> other_kind("World Health Organization", "agency", last=True)
    False
    """
    kinds = {w for w in name.lower().split() if w in _KINDS}
    if kinds and (title in _ANY_BODY or title == "agency" and kinds <= _AGENCIES):
        return False  # "the World Health Organization ... the agency", "the organisation"
    return bool(kinds) and title not in kinds or last and not kinds and title in _PUBLIC_ROLES


def not_the_body(text: str, ent: Entity, name: str, title: str) -> bool:
    """Whether a body named earlier cannot be the story's own "company": the exchange its
    shares trade on ("rose on the Nasdaq. The company said"), or a body the noun after its
    name calls another kind than ``title`` ("the United Auto Workers union"), or a paper
    ("the newspaper La Tercera").

    >>> not_the_body("The UAW union said", Entity(4, 7, "UAW", "ORG", "UAW"), "UAW", "company")
    True
    """
    if is_market(name):
        return True
    word = text[ent.end : ent.end + 20].split(maxsplit=1)[:1]
    before = text[max(0, ent.start - 20) : ent.start].split()[-1:]
    if title and before and before[0].lower() in _PRESS and title not in _PRESS:
        return True  # "a claim first made by the newspaper La Tercera. The company said"
    return bool(title and word) and other_kind(f"{ent.text} {word[0]}", title)


#: Nouns of the press, which report: "the publication said" is the outlet that spoke last,
#: and "the newspaper La Tercera" is no "company" of the story.
MEDIA_NOUNS = frozenset(
    "publication magazine outlet publisher tabloid newspaper paper broadcaster network "
    "website".split()
)
_PRESS = MEDIA_NOUNS - {"publisher"} | {"daily"}


#: Nouns of public bodies: "the regulator" is seldom whichever body the text named last.
_PUBLIC_ROLES = frozenset(
    "agency department ministry council commission authority regulator".split()
)
#: Kinds of body that news calls "the agency" too ("World Food Programme", "Postal Service").
_AGENCIES = frozenset(
    "organization organisation programme program service administration office bureau "
    "department commission authority".split()
)
#: Nouns for any kind of body.
_ANY_BODY = frozenset({"organization", "organisation", "body"})
