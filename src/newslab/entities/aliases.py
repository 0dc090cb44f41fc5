"""Acronyms and aliases: a short name that stands for a long one the article gives.

"Long Name (LN)" and "LN (Long Name)", a short name in brackets ("(CalFire)", "(Penn
State)"), a name made of syllables of the long one's words ("Interpol", "(Phivolcs)"), and an
acronym whose letters are the initials of one long name anywhere in the article. An acronym
spelled out in lower case ("DRM (digital rights management)") stands for a thing, no name.

>>> acronym_fits("WHO", "World Health Organization"), syllables_fit("Interpol", "International Police")
(True, True)
"""

from __future__ import annotations

import functools
import re

from ..spans import NAME_LABELS, Span, replace_with
from .folding import fold

__all__ = ["acronym_fits", "acronyms", "common_acronyms", "fold", "syllables_fit"]


_ACRONYM = re.compile(r"\s*[(\[]\s*([A-Z][A-Za-z&.]*[A-Z]\.?)\s*[)\]]")


#: A short name in brackets after an organisation's: "(CalFire)", "(Penn State)".
_ALIAS = re.compile(r" \(([A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+ [A-Z][a-z]+)\)")
_SYLLABIC = re.compile(r" \(([A-Z][a-z]{3,})\)")
_CAMPUS = re.compile(r" \(([A-Z]{2,5} ([A-Z][a-z]+))\)")


def acronyms(text: str, spans: list[Span]) -> list[Span]:
    """ "Long Name (LN)" gives LN the long name's label (an organisation's acronym in
    another language's initials too: "German Aerospace Center (DLR)"), and "LN (Long Name)" the reverse,
    as does a short name in brackets ("Fire Protection (CalFire)");
    an acronym whose letters are the initials of one long name in the article takes that
    name's label ("DRC" and "Democratic Republic of the Congo")."""
    spans = _initials_labels(text, spans)
    found: list[Span] = []
    for start, end, label in spans:
        if label not in NAME_LABELS:
            continue
        m = _ACRONYM.match(text, end)
        if m and (
            acronym_fits(m.group(1), text[start:end])
            or _foreign_acronym(text, m, start, end, label)
        ):
            found.append((m.start(1), m.end(1), label))
        m = re.compile(r"\s*\(([A-Z][^()]{3,80})\)").match(text, end)
        if m and acronym_fits(text[start:end], m.group(1)):
            found.append((m.start(1), m.end(1), label))
        m = _ALIAS.match(text, end)
        if m and label == "ORG" and m.group(1)[0] == text[start] and " " in text[start:end]:
            found.append((m.start(1), m.end(1), label))  # "... Fire Protection (CalFire)"
        m = _SYLLABIC.match(text, end)
        if m and label == "ORG" and syllables_fit(m.group(1), text[start:end]):
            found.append(
                (m.start(1), m.end(1), label)
            )  # "... Volcanology and Seismology (Phivolcs)"
        m = _CAMPUS.match(text, end)
        if m and label == "ORG" and text[start:end].endswith(" " + m.group(2)):
            found.append((m.start(1), m.end(1), label))  # "University of X at Tarn (UX Tarn)"
    defined = {text[s:e]: label for s, e, label in found}  # every later mention of an alias
    spans = [(s, e, defined.get(text[s:e], label)) for s, e, label in spans]
    return replace_with(spans, found)


#: "DRM (digital rights management)", "SPF (sun protection factor, a rating)", "magnetic
#: resonance imaging (MRI)": an acronym and its spelling-out in lower case, either way round.
_SPELLED_AFTER = re.compile(
    r"\b([A-Z]{2,6})s? \(([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){1,6})(?:[,;] [^()\n]{0,80})?\)"
)
_SPELLED_BEFORE = re.compile(r"\b([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){1,6}) \(([A-Z]{2,6})s?\)")
_ACRONYM_BRACKET = re.compile(r" \(([A-Z]{2,6})s?\)")
#: A bracket opened after a capital or before a lower-case word: no text without one has work.
_BRACKET = re.compile(r"[A-Z]s? \([a-z]| \([A-Z]{2,6}s?\)")


def common_acronyms(text: str, spans: list[Span]) -> list[Span]:
    """An acronym the article spells out in lower case stands for a thing, not a name, and
    is no entity anywhere in the article: "DRM (digital rights management)", "a scan by
    magnetic resonance imaging (MRI)".

    >>> common_acronyms("DRM (digital rights management) hurts. DRM is bad.", [(39, 42, "ORG")])
    []
    """
    if not _BRACKET.search(text):
        return spans
    common = {m.group(1) for m in _SPELLED_AFTER.finditer(text) if _spells(m.group(1), m.group(2))}
    for m in _ACRONYM_BRACKET.finditer(text):  # "... imaging (MRI)": the words before, read back
        words = _SPELLED_BEFORE.search(text, max(0, m.start() - 90), m.end())
        if words is not None and words.end() == m.end() and _spells(m.group(1), words.group(1)):
            common.add(m.group(1))
    if not common:
        return spans
    return [
        (s, e, label)
        for s, e, label in spans
        if label not in NAME_LABELS or text[s:e].removesuffix("s") not in common
    ]


def _spells(acronym: str, words: str) -> bool:
    """ "digital rights management" spells "DRM": the initials of its last words, with
    "of", "and" and the like skipped where the acronym skips them."""
    initials = [w[0].upper() for w in words.split()]
    content = [w[0].upper() for w in words.split() if w not in _SMALL]
    return any("".join(ws[-len(acronym) :]) == acronym for ws in (initials, content))


_SMALL = frozenset({"of", "and", "the", "for", "to", "in", "on", "a", "an", "&"})


def _foreign_acronym(text: str, m: re.Match[str], start: int, end: int, label: str) -> bool:
    """ "German Aerospace Center (DLR)": capitals in brackets right after an organisation's
    name of two words or more are its acronym, though in another language's initials; not
    the initials of the name's end ("Parliament of New South Wales (NSW)")."""
    words = text[start:end].split()
    return (
        label == "ORG"
        and len(words) > 1
        and text[end : end + 2] == " ("
        and bool(re.fullmatch(r"[A-Z]{2,6}", m.group(1)))
        # "Parliament of New South Wales (NSW)": the initials of the place in the name
        and not any(acronym_fits(m.group(1), " ".join(words[k:])) for k in range(1, len(words)))
    )


def _initials_labels(text: str, spans: list[Span]) -> list[Span]:
    long: dict[str, set[str]] = {}
    for s, e, label in spans:
        words = re.findall(r"[A-Za-z][\w'’-]*", text[s:e])
        if label in NAME_LABELS and len(words) > 1:
            long.setdefault("".join(w[0] for w in words if w[0].isupper()), set()).add(label)
    out = []
    for s, e, label in spans:
        letters = text[s:e].replace(".", "")
        labels = long.get(letters, set()) if letters.isupper() and 2 <= len(letters) <= 6 else ()
        if label in NAME_LABELS and len(labels) == 1:
            label = next(iter(labels))
        out.append((s, e, label))
    return out


def acronym_fits(acronym: str, name: str) -> bool:
    """True when the capitals of ``acronym`` are the initials of ``name`` ("WHO")."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    caps, every = "".join(w[0] for w in words if w[0].isupper()), "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
    return (
        len(letters) >= 2
        and (
            caps == letters
            or (len(letters) >= 3 and letters == parts)  # "Inter-American Court ... (IACtHR)"
            or (len(letters) >= 3 and letters == caps[1:] and _place_first(words))  # "Varna
            # Port Safety Authority (PSA)": a place before the name the letters leave out
            or (every.upper() == letters and len(letters) >= 3 and name[:1].isupper())  # "... from"
            or caps.startswith(letters)
            or (len(letters) >= 3 and all(ch in caps for ch in letters) and caps[0] == letters[0])
        )
    )


def syllables_fit(short: str, name: str) -> bool:
    """True when ``short`` is made of the first letters of two or more of ``name``'s words
    in order, as "Interpol", "Phivolcs" and "Benelux" are.

    >>> syllables_fit("Natfed", "National Fisheries Federation"), syllables_fit("Natfed", "Nato")
    (True, False)
    """
    short, words = short.lower(), fold(name).lower().split()

    @functools.cache
    def fits(at: int, word: int, used: int) -> bool:  # short[at:] from words[word:]
        if at == len(short):
            return used >= 2
        if word == len(words):
            return False
        k = 0
        while at + k < len(short) and k < len(words[word]) and short[at + k] == words[word][k]:
            k += 1
        return any(fits(at + n, word + 1, used + 1) for n in range(k, 0, -1)) or fits(
            at, word + 1, used
        )

    return len(words) <= 16 and fits(0, 0, 0)


def _place_first(words: list[str]) -> bool:
    """A name opening with a place the acronym leaves out ("Varna Port Safety Authority")."""
    from .gazetteer import place_kind

    return bool(words) and place_kind(words[0]) is not None
