"""What looks like a name and is not one: shouting in capitals, honorifics, Latin genus names.

- In a sentence written all in capitals ("WE WILL WIN THIS, BIG") every word looks like a
  name to the model; its names are dropped, except those the article writes elsewhere.
- An honorific ("His Majesty", "Her Excellency") stands for a person but is not a name:
  alone it is no entity; before a name it stays outside ("Her Majesty [Queen Elizabeth]").
- A Latin genus ("Velociraptor", "Tyrannosaurus rex", "Escherichia coli") names a kind of
  living thing, which is outside the 18 labels (ANNOTATIONS.md).
- A plural title alone ("Senators", "Representatives") is a title, not an organisation; so is
  the bare head of an organisation's name ("the Court", "the Council", "the Administration").
- A name runs to no lower-case verb: in "The Tribune reported Hale was ill" the model's one
  ORG "Tribune reported Hale" is the name before the verb, "Tribune".
- An acronym defined for a lower-case phrase ("chronic wasting disease (CWD)", "personal
  protective equipment (PPE)") names a thing, not an organisation, wherever it stands.

>>> shouting("WE WILL WIN THIS, BIG. Ms Ruiz said.", [(0, 2, "ORG"), (26, 30, "PERSON")])
[(26, 30, 'PERSON')]
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..lexicon import ORG_HEADS, PERSON_TITLES
from ..spans import NAME_LABELS, Span

__all__ = [
    "chemical_elements",
    "common_acronyms",
    "honorifics",
    "latin_names",
    "plural_titles",
    "quote_openings",
    "shouting",
    "verbs_in_names",
]

#: Heads that stand for a body named before ("the Court ruled"), never a name alone.
_BARE_HEADS = ORG_HEADS | {"administration", "chamber", "government", "cabinet", "hall"}

_SENTENCE = re.compile(r"[^\n.!?]+[.!?]*")


def shouting(text: str, spans: list[Span]) -> list[Span]:
    """Names inside a sentence written all in capitals are dropped, unless the same string
    is a name outside such sentences too ("NATO")."""
    loud: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        words = re.findall(r"[^\W\d_]{2,}", sentence)
        if len(words) >= 3 and sentence.upper() == sentence and sum(map(len, words)) >= 10:
            loud.append(m.span())
    if not loud:
        return spans

    starts = [s for s, _ in loud]

    def is_loud(span: Span) -> bool:
        i = bisect.bisect_right(starts, span[0]) - 1
        return i >= 0 and span[1] <= loud[i][1]

    quiet = {text[s:e] for s, e, label in spans if not is_loud((s, e, label))}
    return [
        span
        for span in spans
        if span[2] not in NAME_LABELS or not is_loud(span) or text[span[0] : span[1]] in quiet
    ]


_HONORIFIC = re.compile(
    r"(?:(?:His|Her|Your|Their) (?:(?:Royal|Imperial|Serene|Most Excellent|Grace the) )?"
    r"(?:Majesty|Majesties|Highness|Highnesses|Holiness|Excellency|Excellencies|Eminence|Grace|"
    r"Honou?r|Lordship|Ladyship|Worship))(?: |$)"
)


def honorifics(text: str, spans: list[Span]) -> list[Span]:
    """ "His Majesty" is no PERSON; "Her Majesty Queen Elizabeth" keeps only the name (the
    title then goes outside by the title rules)."""
    out = []
    for start, end, label in spans:
        if label in NAME_LABELS:
            window = text[max(0, start - 25) : end]
            m = _HONORIFIC.search(window)
            offset = max(0, start - 25)
            if m and offset + m.start() <= start and offset + m.end() >= end - 1:
                continue  # the span is (inside) the honorific
            if m and offset + m.start() >= start and offset + m.end() < end:
                start = offset + m.end()
        out.append((start, end, label))
    return out


#: Word endings of Latin and Greek genus names ("-saurus", "-raptor", "-bacter").
_GENUS = re.compile(
    r"[A-Z][a-z]+(?:saurus|raptor|ceratops|pteryx|therium|pithecus|nychus|suchus|mimus|"
    r"venator|titan|bacter|coccus|bacillus|myces|virus)"
)
#: A species epithet after a genus ("Tyrannosaurus rex", "Aedes aegypti").
_EPITHET_END = r"(?:ensis|oides|ii|ae|iformis|icus|icum|alis|ianus|aceus|ora|ica|ias|ella|ula)"
_EPITHET = re.compile(rf" (?:[a-z]{{2,}}{_EPITHET_END}|rex)\b")
#: A genus, written out or as its initial, and its epithet in one span ("A. millepora").
_BINOMIAL = re.compile(rf"(?:[A-Z][a-z]+|[A-Z]\.) [a-z]{{2,}}{_EPITHET_END}")


def latin_names(text: str, spans: list[Span]) -> list[Span]:
    """A genus ("Velociraptor") or a genus and species ("Tyrannosaurus rex", "Kestrelia
    montanica", "K. montanica") is no entity."""
    return [
        (s, e, label)
        for s, e, label in spans
        if label not in NAME_LABELS
        or not (
            _GENUS.fullmatch(text[s:e])
            or _BINOMIAL.fullmatch(text[s:e])
            or (re.fullmatch(r"[A-Z][a-z]+", text[s:e]) and _EPITHET.match(text, e))
        )
    ]


def plural_titles(text: str, spans: list[Span]) -> list[Span]:
    """ "Senators voted", "among the Representatives who": a plural title is no name; nor is
    "the Court" or "the Council" alone, the head of a name written before; nor a title alone
    after "the", "became" or "as" ("became Sultan in 1970", "the Emir said") or before "of" and
    a place ("the long-serving Sultan of Oman")."""
    return [
        (s, e, label)
        for s, e, label in spans
        if not (
            label in NAME_LABELS
            and text[s:e].istitle()
            and (
                (text[s:e].endswith("s") and text[s : e - 1].lower() in PERSON_TITLES)
                or text[s:e].lower() in _BARE_HEADS
                or (
                    text[s:e].lower() in PERSON_TITLES
                    and (_TITLE_ALONE.search(text, 0, s) or _OF_PLACE.match(text, e))
                )
            )
        )
    ]


#: The word before a title used alone, as a common noun: "the Sultan", "became Emir".
_TITLE_ALONE = re.compile(r"\b(?:[Tt]he(?:\s[a-z][\w-]*){0,2}|became|as)\s$")
#: A title of a place after it: "the long-serving Sultan of Oman".
_OF_PLACE = re.compile(r" of (?:the )?[A-Z]")


#: An acronym in brackets: "(CWD)", "(PPEs)".
_DEFINED = re.compile(r"\(([A-Z]{2,6})s?\)")
_SMALL = frozenset({"of", "and", "the", "for", "in", "on", "to"})


def common_acronyms(text: str, spans: list[Span]) -> list[Span]:
    """An acronym whose long form before it is a lower-case phrase, its letters the phrase's
    initials ("Ebola-like wasting disease (EWD)" has one name, "Ebola", and no other): the
    acronym is no entity, here or later in the article."""
    common: set[str] = set()
    for m in _DEFINED.finditer(text):
        letters = m.group(1)
        words = [w for w in re.findall(r"[\w'’-]+", text[max(0, m.start() - 120) : m.start()])]
        words = [w for w in words if w not in _SMALL][-len(letters) :]
        if (
            len(words) == len(letters)
            and "".join(w[0] for w in words).upper() == letters
            and all(w.islower() for w in words[1:])
        ):
            common.add(letters)
    if not common:
        return spans
    return [(s, e, label) for s, e, label in spans if text[s:e] not in common]


#: The 118 elements of the IUPAC periodic table, by their English names.
ELEMENTS = frozenset(
    """
    hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium
    magnesium aluminium aluminum silicon phosphorus sulfur sulphur chlorine argon potassium
    calcium scandium titanium vanadium chromium manganese iron cobalt nickel copper zinc
    gallium germanium arsenic selenium bromine krypton rubidium strontium yttrium zirconium
    niobium molybdenum technetium ruthenium rhodium palladium silver cadmium indium tin
    antimony tellurium iodine xenon caesium cesium barium lanthanum cerium praseodymium
    neodymium promethium samarium europium gadolinium terbium dysprosium holmium erbium
    thulium ytterbium lutetium hafnium tantalum tungsten rhenium osmium iridium platinum gold
    mercury thallium lead bismuth polonium astatine radon francium radium actinium thorium
    protactinium uranium neptunium plutonium americium curium berkelium californium
    einsteinium fermium mendelevium nobelium lawrencium rutherfordium dubnium seaborgium
    bohrium hassium meitnerium darmstadtium roentgenium copernicium nihonium flerovium
    moscovium livermorium tennessine oganesson
    """.split()
)


def chemical_elements(text: str, spans: list[Span]) -> list[Span]:
    """ "Hydrogen and helium gas have very low density": a chemical element's name alone is no
    organisation, person or place (the planet Mercury stays a LOC; "Gold Coast" is two words).

    >>> chemical_elements("Hydrogen leaks.", [(0, 8, "ORG")])
    []
    """
    return [
        (s, e, label)
        for s, e, label in spans
        if not (
            label in {"ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART", "PRODUCT"}
            and text[s:e].lower() in ELEMENTS
        )
    ]


#: The labels of names that hold no verb ("Stop the Steal" is an EVENT, a title may hold one).
_VERBLESS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})


def verbs_in_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "The Tribune reported Hale was ill": a name the model ran across a lower-case finite
    verb ends before it.

    >>> from spacy.vocab import Vocab
    >>> words = ["The", "Tribune", "reported", "Hale", "was", "ill", "."]
    >>> doc = Doc(Vocab(), words=words, tags=["DT", "NNP", "VBD", "NNP", "VBD", "JJ", "."])
    >>> verbs_in_names(doc, [(4, 25, "ORG")])
    [(4, 11, 'ORG')]
    """
    out = []
    for start, end, label in spans:
        span = doc.char_span(start, end)
        verb = None
        if span is not None and label in _VERBLESS:
            verb = next(
                (t for t in span[1:] if t.text.islower() and t.tag_ in {"VBD", "VBZ", "VBP", "MD"}),
                None,
            )
        if verb is None:
            out.append((start, end, label))
        elif verb.i - 1 >= span.start and doc[verb.i - 1].text[:1].isupper():
            out.append((start, doc[verb.i - 1].idx + len(doc[verb.i - 1].text), label))
    return out


_OPENING = frozenset("\"“‘'")
_CLOSING = re.compile(r"[\"”’']")
#: A lower-case word that is no small word of a title: the quotation is a sentence.
_PLAIN_WORD = re.compile(r"\b(?!(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with)\b)[a-z]{2,}")


def quote_openings(text: str, spans: list[Span]) -> list[Span]:
    """A "work" that opens a quotation but stops short of its close is the first words of
    what someone said ('"Six in a row is ours," he said': no title "Six in a").

    >>> quote_openings('"Six in a row is ours," he said.', [(1, 9, "WORK_OF_ART")])
    []
    """
    out = []
    for s, e, label in spans:
        if label == "WORK_OF_ART" and s > 0 and text[s - 1] in _OPENING:
            close = _CLOSING.search(text, e)
            rest = text[e : close.start()] if close is not None else ""
            if _PLAIN_WORD.search(rest):  # not '"Storm Area 51, They Can't Stop All of Us"'
                continue
        out.append((s, e, label))
    return out
