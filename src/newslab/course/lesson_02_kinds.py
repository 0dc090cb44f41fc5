"""Exercise 02.3 of notebook 02-who-says-what.ipynb: direct, indirect or mixed.

Misconception 1 of lessons/02-who-says-what.md (only words in quotation marks count) and its
mirror images: each way of calling one kind another has its own coaching, in ``CONFUSIONS``.
"""

from __future__ import annotations

from typing import Any

from .feedback import Feedback
from .grading import Exercise, Facts, Mistake, first_mistake, from_article, register

KINDS = ("direct", "indirect", "mixed")
#: A kind called another: (the article's kind, the learner's) -> (mistake, message, hint).
CONFUSIONS = {
    ("direct", "mixed"): (
        "a short quotation as mixed",
        "You called “{text}” mixed. A mixed statement is the reporter's paraphrase with a few "
        "of the source's words in quotation marks.",
        "Is any of this statement outside the quotation marks, in the reporter's words? A short "
        "quotation is still a quotation.",
    ),
    ("direct", "indirect"): (
        "a quotation as indirect",
        "You called “{text}” indirect. Indirect speech is the reporter's paraphrase, with no "
        "quotation marks.",
        "Are its words inside quotation marks?",
    ),
    ("indirect", "direct"): (
        "a paraphrase as direct",
        "You called “{text}” direct. Direct speech is the source's own words, inside "
        "quotation marks.",
        "Look for quotation marks around these words: are there any?",
    ),
    ("indirect", "mixed"): (
        "a paraphrase as mixed",
        "You called “{text}” mixed. Mixed speech has a few of the source's words in quotation "
        "marks inside the paraphrase.",
        "Is any word of it inside quotation marks?",
    ),
    ("mixed", "indirect"): (
        "quoted words missed",
        "You called “{text}” indirect: did you see the quoted words inside it?",
        "Read the whole statement again, looking for quotation marks around a word or two.",
    ),
    ("mixed", "direct"): (
        "a paraphrase with quoted words as direct",
        "You called “{text}” direct, but not all of it is inside quotation marks.",
        "Which of its words are the reporter's own, outside the marks?",
    ),
}
OTHER_WORDS = {"reported": "indirect", "paraphrase": "indirect", "quote": "direct"}


@from_article("02.3")
def _kinds_facts(ann: Any, facts: Facts) -> Facts | Feedback:
    first = {}
    for q in ann.quotes:
        first.setdefault(q.kind, q.text)
    return facts | {"quotes": ann.quotes, "first": first, "right": {t: k for k, t in first.items()}}


def _problem(given: Any, facts: Facts) -> tuple[str, ...] | None:
    """The first thing wrong in a {statement: kind} answer, as a key of the mistakes."""
    if not isinstance(given, dict) or not given:
        return ("not a dictionary",)
    for text, kind in given.items():
        kind = str(kind).strip().lower()
        if kind not in KINDS:
            return (
                ("another word", str(text), kind) if kind in OTHER_WORDS else ("not a kind", kind)
            )
        found = next((q for q in facts["quotes"] if str(text).strip() in q.text), None)
        if found is None:
            return ("not found", str(text))
        if found.kind != kind:
            return (found.kind, kind, str(text))
    return None


def _confusion(true: str, said: str) -> Mistake:
    name, message, hint = CONFUSIONS[(true, said)]

    def hit(given: Any, facts: Facts) -> bool:
        problem = _problem(given, facts)
        return problem is not None and problem[:2] == (true, said)

    def example(facts: Facts) -> Any:
        text = facts["first"].get(true)
        return {text: said} if text else None

    return Mistake(name, example, message, hint, matches=hit)


def _grade_kinds(ex: Exercise, given: Any, facts: Facts) -> Feedback:
    problem = _problem(given, facts)
    text = problem[-1] if problem else ""
    facts = facts | {"text": text, "kind": problem[-1] if problem else ""}
    if problem and problem[0] in KINDS and not facts["checked"]:
        return Feedback(
            False,
            f"You call “{text}” {problem[1]}; the machine calls it {problem[0]}. Nobody has "
            "checked this article by hand, so either of you may be wrong.",
            ex.decide,
            mistake=CONFUSIONS[problem[:2]][0],
            decide=True,
        )
    return first_mistake(ex, given, facts)


def _shape(kind: str) -> Any:
    return lambda given, facts: (_problem(given, facts) or ("",))[0] == kind


register(
    Exercise(
        "02.3",
        "direct, indirect or mixed",
        read=lambda a: a,
        facts=_kinds_facts,
        praise="You told apart the words a source said from the reporter's paraphrase.",
        otherwise=("", ""),
        decide="Find the statement in the text and look at its quotation marks: the machine "
        "can be wrong about where a statement begins and ends.",
        grade=_grade_kinds,
        mistakes=(
            Mistake(
                "not a dictionary",
                lambda f: ["direct"],
                "I expected a dictionary from each statement to its kind.",
                "Keep the shape of the cell: each statement's words, a colon, and its kind.",
                matches=_shape("not a dictionary"),
            ),
            Mistake(
                "not a kind",
                lambda f: {next(iter(f["right"])): "quotation"},
                "“{kind}” is not one of the three kinds of statement.",
                "The kinds are direct, indirect and mixed.",
                matches=_shape("not a kind"),
            ),
            Mistake(
                "another word for a kind",
                lambda f: {next(iter(f["right"])): "reported"},
                "“{kind}” is a good word, but this course calls its three kinds direct, "
                "indirect and mixed.",
                "Reported speech, in the reporter's words, is what the course calls indirect.",
                matches=_shape("another word"),
            ),
            Mistake(
                "words not in a statement",
                lambda f: {"words the article never uses": "direct"},
                "No statement contains “{text}”.",
                "Copy the words exactly from the article, with its curly apostrophes and dashes.",
                matches=_shape("not found"),
            ),
            *(_confusion(true, said) for true, said in CONFUSIONS),
        ),
    )
)
