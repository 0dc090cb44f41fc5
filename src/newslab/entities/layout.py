"""What the page's layout says about a name: turns of an interview, photo captions, and text
in a script the English model cannot read.

- An interview transcript opens each turn with the speaker's name in double brackets
  ("((Ana Sol)) I started in 2010."): a name written so is the person speaking, whatever
  the model made of it. Initials ("((WN))") and language codes ("((es))") are left alone.
- A photo caption ends in the word "Image" and a colon before the credit ("Ana Sol Image:
  Kestrel Wire", "Ana SolImage: ..."): the word belongs to the caption, not to the name.
- A photo credit ("Image: Ana Sol (flickr).", "Image: Kestrel Wire.") names who took the
  picture: a person (often by a user name the model cannot read, "AnaSol1980") unless the
  model or the words call it a body; the site in brackets is an ORG ("(photos)" is a role).
- A passage in another script (Devanagari, Arabic, Cyrillic, ...) quoted in an English
  article is read by the English model as a string of names; a span whose letters are not
  Latin is no entity.
- A word whose first letter an editor put in brackets ("[S]evengill sharks", "[I]t was")
  is an ordinary word made to open a quotation, no name.
- Invisible characters (a zero-width joiner or space, a byte-order mark) at a name's edge,
  left by a web page's markup, are not part of it.
- A translation mark before the original words of a quotation ("((es))Spanish language: ‍...")
  names their language: a LANGUAGE, whatever the tokenizer made of the brackets.

>>> speaker_turns("((Ana Sol)) Yes.", [(2, 9, "ORG")])
[(2, 9, 'PERSON')]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from ..lexicon import BODY_WORDS, ORG_HEADS, ORG_WORDS
from ..spans import Span, replace_with
from ..translation_marks import TRANSLATION

__all__ = [
    "translation_marks",
    "pronouns_after_names",
    "captions",
    "credits",
    "editorial_capitals",
    "foreign_script",
    "initial_turns",
    "invisible_edges",
    "speaker_turns",
]

#: "((Ana Sol))" at the start of a line or after a sentence: one to four capitalised words,
#: at least one letter in lower case ("((WN))" is the interviewer's initials).
_TURN = re.compile(
    r"(?:^|(?<=[\n.!?\"”)] ))\(\((?P<name>[A-Z][\w'’.-]*[a-z][\w'’.-]*"
    r"(?: [A-Z][\w'’.-]*){0,3})\)\)",
    re.MULTILINE,
)


def speaker_turns(text: str, spans: list[Span]) -> list[Span]:
    """ "((Ana Sol)) I started in 2010.": the one who answers in an interview is a PERSON (the
    one who asks may be the outlet: "((Kestrel News)) Why?")."""
    turns = list(_TURN.finditer(text))
    asks: dict[str, list[bool]] = {}
    for i, m in enumerate(turns):
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        if i + 1 < len(turns):
            stop = min(stop, turns[i + 1].start())
        asks.setdefault(m.group("name"), []).append(text[m.end() : stop].rstrip().endswith("?"))
    found = [
        (m.start("name"), m.end("name"), "PERSON")
        for m in turns
        if sum(asks[m.group("name")]) * 2 <= len(asks[m.group("name")])
    ]
    return replace_with(spans, found) if found else spans


#: Initials opening a line, then a colon or the answer: "AS: I started in 2010", "AS I ...".
_INITIALS = re.compile(r"^(?:\(\()?([A-Z]{2,3})(?:\)\))?(?= ?: | [A-Z\"“])", re.MULTILINE)


def initial_turns(text: str, spans: list[Span]) -> list[Span]:
    """ "AS: I started in 2010.", "((AS)) : Why?": initials that open an interview's turns are a
    PERSON where they are a person's initials the article gives ("Ana Sol", the one asking
    too) or open two bracketed turns or more; the outlet's ("WN:", "((WN))") are not.

    >>> initial_turns("Ana Sol studies owls.\\nAS: I started in 2010.", [(0, 7, "PERSON")])
    [(0, 7, 'PERSON'), (22, 24, 'PERSON')]
    """
    people = {text[s:e] for s, e, label in spans if label == "PERSON"}
    initials = set()
    for name in people:
        words = [w for w in name.split() if w[:1].isupper()]
        if 2 <= len(words) <= 3:
            initials |= {words[0][0] + words[-1][0], "".join(w[0] for w in words)}
    found = [(m.start(1), m.end(1), "PERSON") for m in _INITIALS.finditer(text)]
    bracketed = Counter(m.group(1) for m in _BRACKETED.finditer(text))
    initials |= {k for k, n in bracketed.items() if n >= 2 and k not in _OUTLETS}
    found = [sp for sp in found if text[sp[0] : sp[1]] in initials]
    return replace_with(spans, found) if found else spans


#: Initials in a transcript's double brackets: "((JD)) Why?". Two turns or more in them
#: are someone's, the one asking where the article never spells them out, unless they are
#: the outlet's own ("((WN))").
_BRACKETED = re.compile(r"^\(\(([A-Z]{2,3})\)\)", re.MULTILINE)
_OUTLETS = frozenset({"WN"})


#: A name's last word that is the first word of what the person says: "Ana Sol I grew up".
_SAID_AFTER = re.compile(r" (?:I|We|My|Our|It|In|The|This|Yes|No|Well)$")


def pronouns_after_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Ana Sol I grew up ...", an interview's answer whose name lost its brackets: the
    pronoun that opens the answer is outside the name.

    >>> pronouns_after_names("Ana Sol I grew up there.", [(0, 9, "PERSON")])
    [(0, 7, 'PERSON')]
    """
    out = []
    for s, e, label in spans:
        m = _SAID_AFTER.search(text, s, e) if label in {"PERSON", "ORG", "GPE", "NORP"} else None
        if m and (s == 0 or text[s - 1] == "\n") and text[s : m.start()].count(" ") >= 1:
            e = m.start()
        out.append((s, e, label))
    return out


#: "Image" closing a name before the colon of a photo credit, glued or after a space.
_CAPTION = re.compile(r" ?Image$")


def captions(text: str, spans: list[Span]) -> list[Span]:
    """ "Ana Sol Image: Kestrel Wire": "Image" opens the credit, outside the name."""
    out = []
    for start, end, label in spans:
        m = _CAPTION.search(text, start, end) if text.startswith(":", end) else None
        if m and m.start() > start:
            end = m.start()
        elif m:
            continue  # "Image" alone
        out.append((start, end, label))
    return out


@functools.lru_cache(maxsize=4096)
def _foreign(ch: str) -> bool:
    """A letter of another script; modifier letters ("ʻ" of "Nukuʻalofa") are no script."""
    return unicodedata.category(ch) in {"Lu", "Ll", "Lt", "Lo"} and not unicodedata.name(
        ch, ""
    ).startswith("LATIN")


def foreign_script(text: str, spans: list[Span]) -> list[Span]:
    """A span with a letter of another script than Latin (Devanagari, Cyrillic) is no entity."""
    return [
        (s, e, label)
        for s, e, label in spans
        if text[s:e].isascii() or not any(_foreign(ch) for ch in text[s:e])
    ]


_CREDIT = re.compile(r"\bImage: ([^\n]+)")
_CREDIT_PART = re.compile(r"(?P<name>[^,()]+?)(?: \((?P<site>[^()]+)\))?(?=, |\.?$)")
_ROLES = frozenset(
    {"photo", "photos", "montage", "file", "video", "map", "graphic", "left", "right"}
)
_BODY = (
    ORG_WORDS
    | BODY_WORDS
    | ORG_HEADS
    | set("house congress navy army media days radio tv television channel studio studios".split())
    | set("archive archives pictures images photos wire service".split())
)


def credits(text: str, spans: list[Span]) -> list[Span]:
    """ "Image: Ana Sol (flickr).": the photographer is a PERSON, the site an ORG; a body the
    model saw ("Image: Kestrel Wire.") keeps its label.

    >>> credits("Image: AnaSol1980 (flickr).", [])
    [(7, 17, 'PERSON'), (19, 25, 'ORG')]
    """
    found: list[Span] = []
    labels = {(s, e): label for s, e, label in spans}
    for line in _CREDIT.finditer(text):
        at = line.start(1)
        for part in _CREDIT_PART.finditer(text, at, line.end(1)):
            s, e = part.span("name")
            name = text[s:e].strip()
            if not any(ch.isalpha() for ch in name) or len(name.split()) > 5:
                continue
            s = s + text[s:e].index(name)
            e = s + len(name)
            label = labels.get((s, e))
            if label not in {"ORG", "GPE", "FAC", "NORP"}:
                words = set(name.lower().split())
                label = "ORG" if name.isupper() or words & _BODY or " for " in name else "PERSON"
            found.append((s, e, label))
            if part.group("site") and part.group("site").lower() not in _ROLES:
                found.append((*part.span("site"), "ORG"))
    return sorted(replace_with(spans, found)) if found else spans


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def invisible_edges(text: str, spans: list[Span]) -> list[Span]:
    """A span without the invisible characters at its edges ("Kestrel Daily\u200d").

    >>> invisible_edges("Kestrel Daily\u200d said", [(0, 14, "ORG")])
    [(0, 13, 'ORG')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        while start < end and text[start] in _INVISIBLE:
            start += 1
        while end > start and text[end - 1] in _INVISIBLE:
            end -= 1
        if start < end:
            out.append((start, end, label))
    return out


def editorial_capitals(text: str, spans: list[Span]) -> list[Span]:
    """A single word with an editor's bracketed capital ("[S]evengill") is no name.

    >>> editorial_capitals("said: [S]evengill sharks", [(7, 17, "ORG")])
    []
    """
    return [
        (s, e, label)
        for s, e, label in spans
        if not re.fullmatch(r"\[?[A-Z]\][a-z]+", text[max(0, s - 1) : e])
    ]


def translation_marks(text: str, spans: list[Span]) -> list[Span]:
    """ "((hi))Hindi language:": the language a translation mark names is a LANGUAGE (the
    tokenizer glues it to the brackets, "hi))Hindi", and the model misses it).

    >>> translation_marks("Yes. ((es))Spanish language: \u200dSí.", [(7, 18, "ORG")])
    [(11, 18, 'LANGUAGE')]
    """
    found = [
        (m.start("language"), m.end("language"), "LANGUAGE") for m in TRANSLATION.finditer(text)
    ]
    return sorted(replace_with(spans, found)) if found else spans
