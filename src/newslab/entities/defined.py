"""A long name defined by the acronym after it is one name, and the acronym takes its label.

Two passes. :func:`acronym_long_forms` first: the words before the bracket whose initials
spell the acronym ("National Institute of Water and Atmospheric Research (NIWA)") are one
name. Then :func:`defined_names`, for what that leaves:

"The Regional Stabilization Mission for Ituri and Tanganyika (RESMITA)": the model cuts
such names at "for", "of", "and" or a comma and reads the pieces as places or people. The
acronym in brackets tells where the name begins: its letters are the initials of the words
before it. The definition is found as Schwartz and Hearst find it ("A simple algorithm for
identifying abbreviation definitions in biomedical text", PSB 2003): match the acronym's
letters from the last, right to left through the words before the bracket, the first letter
at a word's start. A definition whose words are capitalised (small words aside) is a name:
one entity, labelled as its longest piece was (a person's or a people's label is an
organisation's here), LAW where a law's word ends it; and the acronym, wherever the article
writes it, takes the same label. A definition the model read whole, or one that opens with a
title ("Member of Parliament (MP)"), is left as it is.

>>> text = "Troops of the Lake Stabilization Mission for Ituri and Kivu (LSMIK) left. LSMIK said."
>>> defined_names(text, [(14, 40, "ORG"), (45, 50, "GPE"), (55, 59, "GPE")])
[(14, 59, 'ORG'), (61, 66, 'ORG'), (74, 79, 'ORG')]
"""

from __future__ import annotations

import re

from ..lexicon import DETERMINERS, ORG_HEADS, ORG_WORDS, TITLES
from ..person_nouns import is_person_noun
from ..spans import NAME_LABELS, Occupancy, Span, replace_with
from .gazetteer import place_label
from .labels import CONNECTORS, NAME_WORD

__all__ = ["acronym_long_forms", "defined_names", "definition"]

_BRACKET = re.compile(r" \(((?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,9})\)")
_SMALL = frozenset("of and for the in on to at de du des la le del da do y et und für".split())
_LAWS = frozenset(
    "act acts treaty convention agreement regulation directive protocol accord charter code "
    "law".split()
)
_STOP = re.compile(r"[.;:!?\n()\"“”]")


def definition(before: str, acronym: str) -> int | None:
    """Where the definition of ``acronym`` starts in ``before`` (the text right before its
    bracket), by Schwartz and Hearst's right-to-left match; None where the letters do not
    fit.

    >>> before = "the Federation for the Development of Tourism"
    >>> before[definition(before, "FDT"):]
    'Federation for the Development of Tourism'
    """
    starts = [m.start() for m in re.finditer(r"\S+", before)]
    if not starts:
        return None
    wide = starts[-min(len(starts), 2 * len(acronym) + 5)]  # small words do not count here
    first = _initials(before[wide:], acronym)
    if first is not None:
        return wide + first
    offset = starts[-min(len(starts), len(acronym) + 5, 2 * len(acronym))]
    window = before[offset:]
    short, long = acronym.lower(), window.lower()
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i] != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return offset + max(long.rfind(" ", 0, i + 1), long.rfind("\n", 0, i + 1)) + 1


def _initials(window: str, acronym: str) -> int | None:
    """Where the words whose initials spell ``acronym`` start (small words between them
    skipped), or None: tried before the letter by letter match, which may take a small
    word's letter ("for the Development" for the D and the F of "FDT")."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", window)]
    letters = [c for c in acronym.lower() if c.isalpha()]
    at = None
    for start, word in reversed(words):
        if not letters:
            break
        if word.lower() in _SMALL:
            continue
        if word[0].lower() != letters[-1]:
            return None
        letters.pop()
        at = start
    return at if not letters else None


def defined_names(text: str, spans: list[Span]) -> list[Span]:
    """One entity for each capitalised definition before an acronym in brackets, and the
    acronym's label for every mention of it (see the module)."""
    out = sorted(spans)
    for m in _BRACKET.finditer(text):
        acronym = m.group(1)
        stop = max(
            (s.end() for s in _STOP.finditer(text, max(0, m.start() - 200), m.start())),
            default=max(0, m.start() - 200),
        )
        before = text[stop : m.start()]
        at = definition(before, acronym)
        if at is None:
            continue
        start = stop + at
        words = text[start : m.start()].split()
        if words and words[0].lower() == "the":
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or not all(w[0].isupper() for w in words if w.lower() not in _SMALL):
            continue
        end = m.start()
        inside = [sp for sp in out if sp[0] < end and start < sp[1]]
        if any(sp[0] <= start and sp[1] >= end for sp in inside) or _a_title(words):
            continue  # read whole already ("European Union (EU)"), or a title ("Member of ...")
        if any(sp[0] < start or sp[1] > end for sp in inside):
            continue  # a name running past the definition: the model's reading stands
        label = _label(inside, words, end - start)
        if label is None:
            continue
        out = [sp for sp in out if sp not in inside] + [(start, end, label)]
        out = _mentions(text, acronym, label, out)
    return sorted(out)


def _a_title(words: list[str]) -> bool:
    """ "Secretary of State", "Member of Parliament": a title, or a person's noun and "of"."""
    first = words[0].lower()
    return first in TITLES or (words[1].lower() == "of" and is_person_noun(first))


def _label(inside: list[Span], words: list[str], length: int) -> str | None:
    """The definition's label: LAW by a law's word at its end, else its longest piece's,
    where that piece is most of it (None where the model saw little of a name in it)."""
    if words[-1].lower() in _LAWS:
        return "LAW"
    named = [sp for sp in inside if sp[2] in NAME_LABELS]
    if not named:
        return None
    longest = max(named, key=lambda sp: sp[1] - sp[0])
    if longest[1] - longest[0] < 0.4 * length:
        return None  # "End Of [Life] (EOL)"
    return "ORG" if longest[2] in {"PERSON", "NORP"} else longest[2]


def _mentions(text: str, acronym: str, label: str, spans: list[Span]) -> list[Span]:
    """Every mention of ``acronym`` labelled ``label``: relabelled, or added where free."""
    exact = {(s, e) for s, e, _ in spans}
    out = [
        (s, e, label) if text[s:e] == acronym and lab in NAME_LABELS else (s, e, lab)
        for s, e, lab in spans
    ]
    taken = Occupancy(len(text), out)
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
        if m.span() not in exact and taken.free(*m.span()):
            out.append((m.start(), m.end(), label))
            taken.take(*m.span())
    return out


_ACRONYM_DEF = re.compile(r" [(\[]([A-Z][A-Za-z&]*[A-Z])s?[)\]]")


def acronym_long_forms(text: str, spans: list[Span]) -> list[Span]:
    """ "National Institute of Water and Atmospheric Research (NIWA)": the name before a
    bracketed acronym is whole as far back as its initials go (and as far as the model's
    name that reaches into it); the acronym then shares its label (:func:`.aliases.acronyms`)."""
    found: list[Span] = []
    for m in _ACRONYM_DEF.finditer(text):
        end = m.start()
        start = _initials_start(text, end, m.group(1))
        if start is None:
            continue
        inside = [s for s in spans if s[0] < end and s[1] > start and s[2] in NAME_LABELS]
        if any(s[1] > end for s in inside) or (start, end) in {s[:2] for s in inside}:
            continue
        start = min([start] + [s[0] for s in inside])
        name = text[start:end]
        words = name.lower().split()
        if words[0] in TITLES | {"member", "members"} and not set(words) & (ORG_HEADS | ORG_WORDS):
            continue  # "Member of Parliament (MP)" names a post, not a body ("Federal Office")
        label = place_label(name) or (
            "ORG" if re.search(r" (?:of|for|and|on|&) |,", name) or name.count(" ") > 1 else None
        )
        if name.split()[-1].lower() in ORG_HEADS | ORG_WORDS:
            label = "ORG"
        if label:
            found.append((start, end, label))
    return replace_with(spans, found)


def _initials_start(text: str, end: int, acronym: str) -> int | None:
    """Where the words before ``end`` whose initials spell ``acronym`` begin, or ``None``."""
    from .aliases import acronym_fits

    line = text.rfind("\n", 0, end) + 1
    words = list(re.finditer(r"\S+", text[max(line, end - 160) : end]))[::-1][:14]
    offset = max(line, end - 160)
    best: tuple[int, int] | None = None
    for i, w in enumerate(words):
        word = w.group().rstrip(",")
        if i and w.group().endswith((".", ";", ":", "!", "?")):
            break
        if word.lower() in CONNECTORS and i:
            continue
        if not NAME_WORD.fullmatch(word) or word.lower() in DETERMINERS:
            break
        candidate = text[offset + w.start() : end]
        letters = re.sub(r"[^A-Z]", "", acronym)
        caps = "".join(x[0] for x in re.findall(r"[A-Za-z][\w'’-]*", candidate) if x[0].isupper())
        tier = 0 if caps == letters else 1 if caps.startswith(letters) else 2
        if i and acronym_fits(acronym, candidate) and (best is None or tier <= best[0]):
            best = (tier, offset + w.start())
    return None if best is None else best[1]
