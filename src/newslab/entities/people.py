"""People the model calls something else: a name that opens with a given name.

The small model labels many people's names ORG or FAC when the words around them are
unusual for a person ("porn actress Stormy Daniels", "its operator Jong Woo Son"). A name of
two to four capitalised words whose first word is a given name (``data/given_names.tsv``,
from nomquamgender, MIT; see ``data/NOTICE.md``) and whose last word is no head of an
organisation, a place or a building ("Ada Quist" but not "Grace Church" or "Morgan Hall") is
a PERSON, unless the gazetteer knows the whole name as a place or the first word is a title,
a month or a country or state ("General Motors", "May Day", "Georgia Power"), or a town
before a plural, as a team's name is ("Orlando Rays").

>>> given_name_people("The firm of Ada Quist won.", [(12, 21, "ORG")])
[(12, 21, 'PERSON')]
"""

from __future__ import annotations

import functools
import re

from ..lexicon import (
    BODY_WORDS,
    DETERMINERS,
    EVENT_TAILS,
    FAC_WORDS,
    GPE_WORDS,
    LAW_HEADS,
    LOC_WORDS,
    MONTHS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_NOUN_BEFORE,
    ORG_WORDS,
    PERSON_TITLES,
    TITLES,
    WEEKDAYS,
)
from ..person_nouns import is_person_noun
from ..spans import Span
from .gazetteer import place_kind
from .given import WIDELY_GIVEN, given_names, given_sources
from .trades import TRADES, named_for_trade

__all__ = ["given_name_people", "given_names", "person_name"]


#: Labels the model gives people's names by mistake.
_MISREAD = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT"})
#: Last words that make a name something other than a person.
_HEADS = (
    frozenset(BODY_WORDS | EVENT_TAILS | FAC_WORDS | GPE_WORDS | LOC_WORDS | ORG_HEADS | ORG_WORDS)
    | {w.lower() for w in LAW_HEADS}
    | set("prize award medal trophy point catholic trust family show metro métro".split())
    | set("telescope air airways airlines".split())  # "Adam Air" is an airline
    | TRADES  # "Harlow Mining": a firm named for its trade
)


#: Places too large to open a person's name ("Georgia Power", "Jordan Valley").
_LARGE = frozenset({"continent", "country", "state"})
#: A capitalised word of letters, accents allowed ("Marín", "Nils-Erik", "O'Neill").
_WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-'’][^\W\d_]?[^\W\d_A-Z]+)?")
_INITIAL = re.compile(r"[A-Z]\.")
_PARTICLES = NAME_PARTICLES
#: Arabic and Romance articles open names of outlets and places ("Al Jazeera", "La Silla").
_ARTICLES = frozenset({"al", "el", "la", "le", "les", "los", "las"})
#: First words that never open a person's name: titles, months, articles.
_NOT_FIRST = TITLES | frozenset(MONTHS) | _ARTICLES


def given_name_people(text: str, spans: list[Span]) -> list[Span]:
    """An ORG, FAC, work or product named "Given Surname" is a PERSON (see the module); one
    named "Given Surname of the X" is that person and, but for a work, the body after "of"."""
    out: list[Span] = []
    firms = {  # "the drugmaker Eli Lilly": a firm a person named, in every mention
        text[s:e]
        for s, e, label in spans
        if label == "ORG" and ORG_NOUN_BEFORE.search(text, max(0, s - 30), s)
    }
    for s, e, label in spans:
        if (
            label == "ORG"
            and text[s:e] in firms
            or label == "PERSON"
            and named_for_trade(text[s:e])
        ):
            label = "ORG"  # "Gordon Capital", a firm named for its trade
            out.append((s, e, label))
            continue
        m = _OF.fullmatch(text, s, e) if label in _MISREAD else None
        if m and person_name(m.group(1)):  # "Ana Ruiz of the Kestrel Council"
            out.append((s, s + len(m.group(1)), "PERSON"))
            if label != "WORK_OF_ART":
                out.append((m.start(2), e, label))
            continue
        known = _ROLE_BEFORE.search(text, max(0, s - 24), s) or _SPEAKS.match(text, e)
        widely = 0 if _noun_of_a_person_before(text, s) else GIVEN if known else WIDELY_GIVEN
        misread = label in _MISREAD or label == "NORP" and bool(known)  # "striker [Tigran Ruiz]"
        person = misread and person_name(text[s:e], widely=widely)
        named = label in _MISREAD or label in {"GPE", "LOC"}  # "Her lawyer, [Étienne X],"
        if named and not person and _role_apposed(text, s, e):
            person = person_name(text[s:e], widely=GIVEN, titled=True)
        if (named or label == "NORP") and not person and _AGED.match(text, e):
            person = person_name(text[s:e], widely=0, titled=True)  # "[Meenakshi X], 34,"
        if label in _MISREAD and not person and _beside_a_post(text, s, e):
            person = person_name(text[s:e], widely=widely, titled=True)
        out.append((s, e, "PERSON" if person else label))
    return out


#: A lower-case noun of a role right before a name ("candidate Brock Ruiz", "nominee X",
#: "activist X"): a given name known from fewer sources opens a person's name there.
_NOT_ROLES = (
    "her|other|over|under|after|per|for|nor|ever|never|whether|either|neither|rather"
    "|later|paper|water|center|centre|sponsor|operator|carrier|manufacturer|retailer|owner"
    "|developer|publisher|provider|maker|parent|agent|client|tenant|supplier|customer|buyer"
    "|seller|lender|insurer|partner|competitor|distributor|exporter|importer|producer"
)
_ROLE_BEFORE = re.compile(rf"\b(?!(?:{_NOT_ROLES})\s)[a-z]+(?:er|or|ist|ian|ee|ate|ant|ent)\s$")

_WORD_BEFORE = re.compile(r"\b([a-z]+) $")
_FIRM_ROLES = frozenset(_NOT_ROLES.split("|"))


def _noun_of_a_person_before(text: str, start: int) -> bool:
    """ "nurse [Tadala Chimwaza]", "agency head [Ratna Pramesworo]": a lower-case noun of a
    person (WordNet's) or a head right before the name; any given name opens a name there."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word = m.group(1) if m else ""
    return word in {"head", "chief"} or is_person_noun(word) and word not in _FIRM_ROLES


#: A role's noun and a comma right before a name that a comma closes: an apposition that
#: names the person who holds the role ("the firm's chief executive, Helena Quintas, said").
_ROLE_APPOSED = re.compile(
    r"\b(?:" + "|".join(sorted(PERSON_TITLES, key=len, reverse=True)) + rf"|(?!(?:{_NOT_ROLES})\b)"
    r"[a-z]+(?:er|or|ist|ian|ee|ate|ant|ent|ive|man|woman|person)), $"
)


#: An age set after a name by commas: only a person has one ("Ines Tarro, 34, said").
_AGED = re.compile(r", (?:aged )?\d{1,3},")


def _role_apposed(text: str, start: int, end: int) -> bool:
    return bool(_ROLE_APPOSED.search(text, max(0, start - 30), start)) and (
        text[end : end + 1] == ","
    )


#: A verb of saying right after a name ('"...," Ilse Varna said'): the model, misled by the
#: quotation marks, may call the speaker a work; a less common given name opens a name here.
_SPEAKS = re.compile(
    r"\s+(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|announced|announces"
    r"|stated|states|explained|explains|noted|notes|claimed|claims)\b"
)

_OF = re.compile(r"(\S+ \S+) of (?:the )?([A-Z].*)")

_POSTS = "|".join(
    sorted(PERSON_TITLES | {"chairman", "chairwoman", "chief"}, key=len, reverse=True)
)
#: A post of a body right before a name ("chairman of Kelder Motors LLC Jim Press"), or after
#: it between commas (", the vice chairman of"): a surname like a body's head ("Press",
#: "Bank") names a person there.
_POST_OF_BODY = re.compile(rf"\b(?i:{_POSTS}) of (?:the )?(?:[A-Z][\w&.'’-]*\s){{1,4}}$")
_POST_AFTER = re.compile(rf",\s+(?:the |its |a )?(?:[A-Za-z-]+\s){{0,2}}(?i:{_POSTS})\b")


def _beside_a_post(text: str, start: int, end: int) -> bool:
    return bool(
        _POST_OF_BODY.search(text, max(0, start - 60), start) or _POST_AFTER.match(text, end)
    )


def person_name(name: str, *, widely: int = WIDELY_GIVEN, titled: bool = False) -> bool:
    """True for a name shaped as a person's: a widely given name (in ``widely`` sources or
    more), then a surname; one that names a body's head too ("Press") only where a post
    stands beside the name (``titled``).

    >>> person_name("Ada Quist"), person_name("Grace Church"), person_name("Georgia Power")
    (True, False, False)
    """
    words = name.split(" ")
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return False  # "Doris Kay's Best Friends": an owner and what is hers, no one's name
    first, last = words[0], words[-1]
    if not (
        2 <= len(words) <= 4
        and bool(_WORD.fullmatch(first) and _WORD.fullmatch(last))
        and all(_WORD.fullmatch(w) or _INITIAL.fullmatch(w) or w in _PARTICLES for w in words[1:-1])
        and given_sources(first) >= widely
        and first.lower() not in _NOT_FIRST
        and (titled or last.lower() not in _HEADS)
        and (titled or last.lower().removesuffix("s") not in _HEADS)  # "Awards"
    ):
        return False
    town = place_kind(first)
    return (
        town not in _LARGE
        and not (town and last.endswith("s") and not titled)  # "Orlando Rays", a team
        and place_kind(name) is None
    )


#: A given name is known from fewer sources than :data:`WIDELY_GIVEN` when it stands beside a
#: name the model already found ("Arnel" before "dela Vega").
GIVEN = 10
_NOT_NAMES = TITLES | DETERMINERS | frozenset(MONTHS) | frozenset(WEEKDAYS)


@functools.lru_cache(maxsize=4)
def lower_case_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case somewhere: a capitalised "The" or "Elder"
    that is also written "the", "elder" is a word, never a given name (read once an article).

    >>> sorted(lower_case_words("Elder Ana met the elder."))
    ['elder', 'met', 'the']
    """
    return frozenset(re.findall(r"\b[a-z]+\b", text))


def _given(word: str, sources: int, common: frozenset[str]) -> bool:
    return (
        word.lower() not in common
        and given_sources(word) >= sources
        and word.lower() not in _NOT_NAMES
        and place_kind(word) not in _LARGE
    )
