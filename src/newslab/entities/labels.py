"""Labels and extents of names from their own words: "Hurricane X" is an EVENT, "X Airport"
a FAC, "Puerto Rico Center for Investigative Journalism" one ORG.

>>> relabel_by_head("Hurricane Lorenzo hit.", [(0, 17, "PERSON")])
[(0, 17, 'EVENT')]
"""

from __future__ import annotations

import re

from ..lexicon import (
    BODY_WORDS,
    DISEASE_RE,
    EVENT_HEADS,
    EVENT_TAILS,
    FAC_WORDS,
    GPE_WORDS,
    LOC_WORDS,
    MONTHS,
    ORG_HEADS,
    ORG_WORDS,
    POST_NOMINALS,
    TIME_ZONES,
    WEEKDAYS,
)
from ..spans import NAME_LABELS, Span, drop_contained, replace_with
from .gazetteer import place_label

__all__ = [
    "coordinated_names",
    "dangling_words",
    "possessive_names",
    "org_tails",
    "relabel_by_head",
]


_ILLNESS = frozenset({"syndrome", "disease", "virus", "fever"})
#: Labels the model gives "X County" or "X Parish" by mistake.
_NOT_GPE = frozenset({"PERSON", "ORG", "NORP"})


#: Two last words that make a name a site: "Walter Reed National Military Medical Center".
_SITES = (["medical", "center"], ["medical", "centre"])
#: Last words of a carrier's name: "Tarn Valley Railway", "Kestrel Airways".
_CARRIERS = frozenset({"railway", "railways", "railroad", "airlines", "airways"})


def _known_islands(name: str, words: list[str]) -> bool:
    """Islands or a hill the gazetteer knows as a state, a country or a town ("Rhode Island",
    "the Falkland Islands"); a sea never ("Red Sea" is also a Sudanese state's name)."""
    return (
        words[-1] in {"island", "islands", "isle", "isles", "hill"} and place_label(name) == "GPE"
    )


#: Stage races named by the word for a tour and where it goes, in any language.
_RACES = frozenset({"tour", "giro", "vuelta", "volta", "tur"})
_RACE_LINKS = frozenset({"of", "de", "du", "di", "a", "ao", "al", "d'italia", "dell'emilia"})


def relabel_by_head(text: str, spans: list[Span]) -> list[Span]:
    """The head word decides: "Hurricane X" EVENT, "County X" GPE, "X Airport" FAC."""
    out = []
    for start, end, label in spans:
        words = text[start:end].lower().split()
        quoted = label == "WORK_OF_ART" and text[start - 1 : start] in {'"', "“"}
        if label in NAME_LABELS and len(words) > 1:
            if (
                words[0] in EVENT_HEADS
                and label in {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"}
                and words[-1] not in ORG_HEADS  # "Storm Prediction Center" is a body
            ):
                label = "EVENT"
            elif quoted:
                pass  # '"The Salt Road"', a film: no road; but '"Operation X"' an EVENT
            elif (words[0] in GPE_WORDS or words[-1] in GPE_WORDS) and label in _NOT_GPE:
                label = "GPE"
            elif (
                (words[0] in FAC_WORDS or words[-1] in FAC_WORDS or words[-2:] in _SITES)
                and label in {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "GPE"}
                and not (label == "GPE" and place_label(text[start:end]))
            ):
                label = "FAC"  # but "Fort Lee", a town the gazetteer knows, stays a place
            head = words[: words.index("of")][-1:] if "of" in words[1:] else words[-1:]
            if label == "FAC" and head and head[0] in BODY_WORDS:
                label = "ORG"  # "Port Authority (of Tarn)", a body: its head decides
        islet = label == "FAC" and words[-1] in {"island", "cay", "atoll"}  # "Elbow Cay"
        if label in NAME_LABELS and len(words) > 1 and (label in {"PERSON", "ORG", "GPE"} or islet):
            if words[-1] in LOC_WORDS:  # but "Rhode Island", a state the gazetteer knows
                label = "GPE" if _known_islands(text[start:end], words) else "LOC"
            elif words[-1] in ORG_WORDS and label == "PERSON":
                label = "ORG"
        if label == "LOC" and len(words) > 1 and _known_islands(text[start:end], words):
            label = "GPE"  # "the Northern Mariana Islands", a territory
        if label in {"LOC", "GPE", "PERSON"} and len(words) > 1 and words[-1] in _CARRIERS:
            label = "ORG"  # "North Coast Railway", a company that runs trains, not a place
        if label in NAME_LABELS and len(words) > 1:
            if words[-1] in EVENT_TAILS and label in {
                "ORG",
                "PERSON",
                "WORK_OF_ART",
                "GPE",
                "FAC",
                "LAW",
            }:
                label = "EVENT"  # "Rice Business Plan Competition", "Kestrel City Marathon"
            elif words[0] in _RACES and words[1] in _RACE_LINKS and label != "EVENT":
                label = "EVENT"  # a stage race: "Tour of Lombardy", "Volta ao Algarve"
            elif words[-1] in BODY_WORDS and label == "WORK_OF_ART":
                label = "ORG"  # a quoted "Safeguarding Board"
            elif words[-1] in _ILLNESS and not set(words) & (ORG_HEADS | ORG_WORDS):
                continue  # a disease (outside the 18 labels), not an institute of one
        if label == "PERSON" and re.fullmatch(r"[A-Z][A-Z&]+", text[start:end]):
            label = "ORG"
        words = text[start:end].split()
        if label in NAME_LABELS and len(words) > 2 and words[-1] in POST_NOMINALS:
            end = start + text[start:end].rindex(" ")  # "Kama Melly QC": a person, "QC" outside
            label = "PERSON"
        if label in NAME_LABELS and re.search(
            r"\w\.(?:com|org|net|co\.uk|com\.au|io)\b", text[start:end]
        ):
            label = "ORG"
        m = re.fullmatch(r"category (\d)", text[start:end].lower())
        if m:
            start, end, label = end - 1, end, "CARDINAL"
        if label == "LAW":
            cut = re.search(r" of (?:the )?\S.*\b[a-z]+$", text[start:end])
            end = start + cut.start() if cut else end
        if label in NAME_LABELS and DISEASE_RE.match(text[start:end]):
            continue
        if text[start:end].lower() in TIME_ZONES:
            continue
        out.append((start, end, label))
    return out


_ORG_TAIL = re.compile(
    r" (?:for|of|on) (?:the )?(?:[A-Z][\w'’-]*(?: and | & | of | for | )?)*[A-Z][\w'’-]*"
)


def org_tails(text: str, spans: list[Span]) -> list[Span]:
    """ "Puerto Rico Center" + " for Investigative Journalism" is one ORG; "Western District"
    + " of Texas" one GPE. A date is no tail ("the Board on February 21")."""
    out = []
    for start, end, label in spans:
        words = text[start:end].lower().split()
        head = words[-1] if words else ""
        grows = (label == "ORG" and head in ORG_HEADS) or (
            label in {"ORG", "GPE", "LOC"} and head in GPE_WORDS
        )
        m = _ORG_TAIL.match(text, end) if grows else None
        if m and not _CALENDAR.search(m.group()):
            end = m.end()
            label = "GPE" if head in GPE_WORDS else label
        out.append((start, end, label))
    return drop_contained(out)


_CALENDAR = re.compile(r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r")\b", re.IGNORECASE)


#: Small words inside a long name ("Court of Justice", "Food and Agriculture Organization").
CONNECTORS = frozenset("of for from and on the to de del des du la le et & d’ d'".split())
_CONNECTORS_OR_DAYS = CONNECTORS | frozenset(WEEKDAYS)  # "Court of" + "on Friday": no name
NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[a-z]+[A-Z][\w'’.-]*")  # "Infectious", "eBay", "arXiv"


def dangling_words(text: str, spans: list[Span]) -> list[Span]:
    """A name never ends in "of", "and" or "for": "European Court of" + "Justice" and
    "United States Department of" + "Justice" are one name where the name is an
    organisation's ("Court", "Department"); otherwise the small word goes outside."""
    out: list[Span] = []
    for start, end, label in spans:
        words = text[start:end].split(" ")
        if label in NAME_LABELS and len(words) > 1 and words[-1].lower() in CONNECTORS:
            more = _name_run(text, end + 1) if text[end : end + 1] == " " else end
            heads = {w.lower() for w in words} & (ORG_HEADS | ORG_WORDS)
            end = more if more > end + 1 and heads else start + len(" ".join(words[:-1]))
        out.append((start, end, label))
    return drop_contained(out)


def _name_run(text: str, at: int) -> int:
    """Where the capitalised words from ``at`` end (small words only between them)."""
    end = pos = at
    for word in text[at : at + 200].split("\n", 1)[0].split(" "):
        bare = word.rstrip(",;:.!?)\"”’'")
        if NAME_WORD.fullmatch(bare) and bare.lower() not in _CONNECTORS_OR_DAYS:
            end = pos + len(bare)
        elif bare.lower() not in CONNECTORS:
            break
        if bare != word:
            break
        pos += len(word) + 1
    return end


_COORDINATED = re.compile(r"(?:^|(?<!,) )([A-Z][\w'’-]+) (?:and|&) $")


def coordinated_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Bill" + " and " + "Melinda Gates Foundation": one capitalised word joined by "and"
    to an organisation's name is part of it (not in a list: "Ford, Fiat and ...")."""
    grown = []
    adjectives = {s for s, _, label in spans if label == "NORP"}
    for start, end, label in spans:
        window = max(0, start - 40)
        m = _COORDINATED.search(text[window:start])
        if not m:
            continue
        head = text[start:end].split()[-1].lower()
        first = window + m.start(1)
        if (
            label == "ORG"
            and head in ORG_WORDS | ORG_HEADS
            and not place_label(m.group(1))
            and first not in adjectives  # "Democratic and Republican Party": two parties
            and not any(  # "Reform Party and Green Party": the word ends a name of its own
                s < first and e == first + len(m.group(1)) for s, e, _ in spans
            )
            and not any(  # "the US and European Commission": a place of its own
                s == first and lab in {"GPE", "LOC"} for s, _, lab in spans
            )
        ):
            grown.append((first, end, "ORG"))
    return replace_with(spans, grown)


_OWNER = re.compile(r"(?P<owner>(?:\S+ )+?\S+?)(?:['’]s|(?<=s)['’]) (?P<owned>\S+ .+)")


def possessive_names(text: str, spans: list[Span]) -> list[Span]:
    """ "United Nations' Food and Agriculture Organization" is two names, the owner and the
    owned, where each has two words or more (not "St. Mary's College")."""
    known = {text[s:e]: label for s, e, label in spans if label in NAME_LABELS}
    out: list[Span] = []
    for start, end, label in spans:
        m = _OWNER.fullmatch(text[start:end]) if label in {"ORG", "FAC", "GPE"} else None
        owner = m.group("owner") if m else ""
        if m and not owner.startswith(("St.", "St ", "Saint")) and m.group("owned")[0].isupper():
            out.append((start, start + len(owner), place_label(owner) or known.get(owner, label)))
            out.append((start + m.start("owned"), end, label))
            continue
        out.append((start, end, label))
    return out
