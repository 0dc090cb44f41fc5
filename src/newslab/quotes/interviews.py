"""Interview transcripts: whose turn a paragraph is.

Wikinews writes an interview as turns, each paragraph opening with the speaker's name in
double brackets: ``((WN)) What did you find?`` then ``((Ana Ruiz)) I think the star is
young.`` Inside a turn, "I" is the one whose turn it is, and an answer is a statement of
its own: the interviewee's words, verbatim (a direct statement, though a transcript has no
quotation marks). The interviewer's turns ("WN", "Wikinews", initials such as "RS") and
questions are not statements.

>>> turn_speaker("((Ana Ruiz)) I think so.", [0], 14, None).name
'Ana Ruiz'
>>> [text for text, *_ in answers("((WN)) Why?\\n((Ana Ruiz)) Because it is young.")]
['Because it is young.']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from ..transcripts import TURN, turn_start
from .chains import Speaker
from .verbs import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .chains import ChainBuilder

__all__ = [
    "Answer",
    "addressee",
    "answer_turns",
    "answers",
    "in_question",
    "in_turn",
    "inside_answer",
    "turn_speaker",
]

_INTERVIEWER = frozenset({"wn", "wikinews"})


def turn_speaker(
    text: str, lines: list[int], offset: int, chains: ChainBuilder | None
) -> Speaker | None:
    """The speaker of the interview turn that ``offset`` lies in (``lines`` are the offsets
    where the text's lines start), named as the article's chains name them; ``None`` outside
    a turn."""
    line = lines[bisect.bisect_right(lines, offset) - 1]
    m = TURN.match(text, line)
    if m is None:
        return None
    name, span = m.group(1).strip(), (m.start(1), m.end(1))
    if name.lower() in _INTERVIEWER:
        return Speaker("Wikinews", False, span)
    return _named(name, span, chains)


def addressee(text: str, you: Token, chains: ChainBuilder | None) -> Speaker | None:
    """In the interviewer's turn, "you" telling something ("((WN)) You said the dig took four
    years.", "As you mentioned, ..."): the one who answers the question, by the next turn
    that is not the interviewer's (else the last one before); ``None`` for a question's "you"
    ("Did you say ...?", "Why do you think ...?"), for a verb that is no cue ("you may ask a
    mechanic"), or outside the interviewer's turns. The speaker's span is the word "you".

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["((WN))", "You", "said", "it", "rained", ".", "\\n", "((Ana", "Ruiz))", "Yes", "."]
    >>> doc = Doc(Vocab(), words, [1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0], heads=[2] * 11,
    ...           deps=["dep", "nsubj", "ROOT"] + ["dep"] * 8, lemmas=["", "you", "say"] + [""] * 8)
    >>> addressee(doc.text, doc[1], None).name, addressee(doc.text, doc[9], None)
    ('Ana Ruiz', None)
    """
    verb, lemma = you.head, you.head.lemma_.lower()
    if you.dep_ != "nsubj" or not is_cue_verb(lemma) or lemma in _OPINION:
        return None  # "you may ask a mechanic to help": "you" is no one's mention of a source
    if not in_question(text, you.idx):
        return None
    if any(t.dep_ == "aux" and t.i < you.i or t.lower_ in _ASKING for t in verb.children):
        return None  # "Did you say ...", "Why do you think ...": a question
    nearby = list(islice(_LINE.finditer(text, you.idx, you.idx + 6000), 4))
    nearby += reversed([m for m in _LINE.finditer(text, max(0, you.idx - 6000), you.idx)])
    for m in nearby:
        name = m.group(1).strip()
        if not (name.lower() in _INTERVIEWER or re.fullmatch(r"[A-Z]{1,4}", name)):
            return replace(_named(name, m.span(1), chains), span=(you.idx, you.idx + 3))
    return None


#: Verbs whose "you" is asked, not reported ("You think ...?"), and the words that ask.
_OPINION = frozenset({"think", "believe", "feel", "know", "agree", "expect", "hope", "want"})
_ASKING = frozenset({"why", "how", "what", "when", "where", "who", "whether"})


def _named(name: str, span: tuple[int, int], chains: ChainBuilder | None) -> Speaker:
    """The one whose turn it is, by the fullest name the article's chains give them."""
    chain = chains.chain_named(name) if chains is not None else None
    if chains is not None and re.fullmatch(r"[A-Z]{2,4}", name):
        people = [c for c, n in enumerate(chains.names) if " " in n and _initials(n) == name]
        chain = people[0] if len(people) == 1 else chain  # "OD", the initials of Orla Dempsey
    if chain is not None and chains is not None:
        name = chains.names[chain]
    person = chain is None or chains is None or chains.labels[chain] == "PERSON"
    return Speaker(name, person and " " in name, span, person=person)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def in_question(text: str, offset: int) -> bool:
    """True inside the interviewer's turn ("((WN)) You said ...?"): a question, no statement.

    >>> in_question("((WN)) You said so?", 8), in_question("((Ana Ruiz)) I did.", 14)
    (True, False)
    """
    m = TURN.match(text, text.rfind("\n", 0, offset) + 1)
    name = m.group(1).strip() if m else ""
    return name.lower() in _INTERVIEWER or bool(re.fullmatch(r"[A-Z]{1,4}", name))


def in_turn(text: str, offset: int) -> bool:
    """True inside a transcript's turn ("((Ana Ruiz)) ...").

    >>> in_turn("((Ana Ruiz)) We won.", 14), in_turn("We won.", 3)
    (True, False)
    """
    return turn_start(text, offset) is not None


_LINE = re.compile(r"^\(\(([^()\n]{2,60})\)\)[ \t]+(\S[^\n]*)$", re.MULTILINE)


def answers(text: str) -> list[tuple[str, int, int, str, tuple[int, int]]]:
    """The interviewee's turns: (text, start, end, name as written, name's span) for each
    paragraph opening with a name in double brackets that is not the interviewer's and does
    not end in a question mark."""
    out = []
    turns = list(_LINE.finditer(text))
    named = {_initials(t.group(1)) for t in turns if " " in t.group(1).strip()}
    for k, m in enumerate(turns):
        name, body = m.group(1).strip(), m.group(2).rstrip()
        initials = re.fullmatch(r"[A-Z]{1,4}", name) and name not in named  # not "((OD))" of
        if name.lower() in _INTERVIEWER or initials or not body:  # "((Orla Dempsey))"
            continue  # the interviewer: "WN", "Wikinews", initials
        if body.endswith("?"):
            continue  # a question back is no statement
        start = m.start(2)
        out.append((body, start, start + len(body), name, m.span(1)))
        if k + 1 < len(turns):  # the answer's further paragraphs, up to the next turn
            for line in _PLAIN_LINE.finditer(text, m.end(), turns[k + 1].start()):
                more = line.group().rstrip()
                if _goes_on(more, name):
                    out.append((more, line.start(), line.start() + len(more), name, m.span(1)))
    return sorted(out + _bare_answers(text, turns), key=lambda a: a[1])


def _bare_answers(
    text: str, turns: list[re.Match[str]]
) -> list[tuple[str, int, int, str, tuple[int, int]]]:
    """ "((Wikinews)) Why?" then "Ana Ruiz Because it is young." (or "Ana Ruiz: Because"):
    an answer whose name lost its brackets, under the interviewer's question; the name is two
    or three capitalised words that the text writes again, and later answers may give only
    its initials ("AR")."""
    out = []
    initials: dict[str, str] = {}  # "MS" -> "Michael Siegel", once an answer gave the name
    for m in turns:
        asker = m.group(1).strip()
        if not (asker.lower() in _INTERVIEWER or re.fullmatch(r"[A-Z]{1,4}", asker)):
            continue
        if not m.group(2).rstrip().endswith("?"):
            continue
        at = m.end() + 1
        stop = text.find("\n", at)
        line = text[at : len(text) if stop < 0 else stop].rstrip()
        words = line.split(" ")
        first = words[0].removesuffix(":")  # "MS Although ..." or "MS: Although ..."
        if first in initials and " ".join(words[1:])[:1].isupper():
            rest = " ".join(words[1:])  # the initials of one named before
            start = at + len(words[0]) + 1
            out.append((rest, start, start + len(rest), initials[first], (at, at + len(first))))
            continue
        for k in (3, 2):  # "Ana Ruiz Because ..." or "Ana Ruiz: Because ..."
            colon = words[k - 1].endswith(":") if len(words) >= k else False
            name, rest = " ".join(words[:k]).removesuffix(":"), " ".join(words[k:])
            named = all(re.fullmatch(r"[A-Z][\w'’.-]+", w) for w in name.split(" "))
            if named and rest[:1].isupper() and not rest.endswith("?") and _again(text, name, at):
                start = at + len(name) + 1 + colon
                out.append((rest, start, start + len(rest), name, (at, at + len(name))))
                initials[_initials(name)] = name
                break
    return out


def _again(text: str, name: str, at: int) -> bool:
    """Whether ``name``, written at ``at``, stands somewhere else in the text too."""
    return text.find(name) < at or text.find(name, at + len(name)) >= 0


def _goes_on(line: str, name: str) -> bool:
    """A paragraph between two turns that carries the answer on: a sentence or a list's
    header of two words or more (not a chart's legend, "Hare: 3"), not a question, not
    another speaker's "Name: ...", and not the writer's narration about the one answering
    (which names them and does not speak as "I" or "we")."""
    words = line.split()
    named = any(w in words for w in name.split() if w[:1].isupper() and len(w) > 2)
    return (
        len(words) >= 2
        and line[-1] in ".!”\"')]…:"
        and not _NAMED_LINE.match(line)
        and not (named and not _FIRST_PERSON.search(line))
    )


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our|us)\b")


#: Another speaker's line in a transcript: "Frido Welker: I think ...".
_NAMED_LINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}: ")


#: A paragraph with no speaker's name in brackets: an answer going on.
_PLAIN_LINE = re.compile(r"^(?!\(\()[^\n]+$", re.MULTILINE)


#: An interviewee's answer: (start, end, text, speaker, the span of the name in brackets).
Answer = tuple[int, int, str, Speaker, tuple[int, int]]


def answer_turns(text: str, chains: ChainBuilder | None) -> list[Answer]:
    """Each answer of an interview, with the one whose turn it is as its speaker (see
    :func:`answers`); a statement inside an answer is part of it (:func:`inside_answer`).

    >>> [(s, e, spk.name) for s, e, _, spk, _ in answer_turns("((Ana Ruiz)) Yes.", None)]
    [(13, 17, 'Ana Ruiz')]
    """
    lines = [0] + [m.end() for m in re.finditer("\n", text)]
    out: list[Answer] = []
    for body, start, end, name, name_span in answers(text):
        speaker = turn_speaker(text, lines, name_span[0], chains)  # the turn's own line
        if speaker is None and text[name_span[0] : name_span[0] + 2] != "((":
            speaker = _named(name, name_span, chains)  # a name that lost its brackets
        if speaker is not None:
            out.append((start, end, body, speaker, name_span))
    return out


def inside_answer(turns: list[Answer], starts: list[int], start: int, end: int) -> bool:
    """True for a statement inside an interviewee's answer ("I think ...", "the coach said
    ..."): the answer is one statement of theirs, and what it reports is part of it, as a
    transcript's gold has it. ``starts`` are the answers' start offsets (read once for all
    the statements).

    >>> turns = answer_turns("((Ana Ruiz)) I think so.", None)
    >>> inside_answer(turns, [t[0] for t in turns], 15, 23), inside_answer([], [], 15, 23)
    (True, False)
    """
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and end <= turns[i][1]
