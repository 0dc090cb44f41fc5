"""Exercises as data: the right answer, the wrong answers a lesson plan expects, and what to say.

An :class:`Exercise` reads the learner's answer, works out the facts it needs from the article
(or table), and compares: the right answer passes; each :class:`Mistake` (a misconception the
lesson plan names, with the wrong answer it gives on this article) gets its own coaching; any
other answer gets the exercise's general hint. Hints coach; they never print the answer.

On an article nobody has checked by hand (not the course's main article), an exercise whose
answer is the machine's reading compares the learner's answer with the machine's and asks the
learner to decide: the machine can be the one that is wrong.

>>> from newslab.course.registry import REGISTRY
>>> REGISTRY["05.1"].check({"precision": 0.8, "recall": 0.667, "f1": 0.733}, None).mistake
'F1 as the plain average'
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .answers import shown
from .feedback import Feedback

__all__ = [
    "MAIN_ARTICLE",
    "REGISTRY",
    "Exercise",
    "Facts",
    "Mistake",
    "article_facts",
    "first_mistake",
    "from_article",
    "is_main",
    "near",
    "nothing_found",
    "register",
]

#: Facts an exercise works out: always "right" (the answer) and "checked" (checked by hand).
Facts = dict[str, Any]
#: The course's main article, whose readings the course authors checked by hand (its body's
#: SHA-256, so an edited copy counts as another article).
MAIN_ARTICLE = "seeds/putin-talks-2022-02-14.md"
MAIN_TITLE = "Putin signals talks with U.S. will go on"
MAIN_SHA256 = "dfb5078f4336a90a8fd5b6cfcdfd8db38c24638a277eb44e393f7cad696e9f36"


#: Every exercise by its number ("02.1"); the lesson modules fill it.
REGISTRY: dict[str, Exercise] = {}


def register(exercise: Exercise) -> Exercise:
    """Add an exercise to the course under its number."""
    REGISTRY[exercise.ident] = exercise
    return exercise


def is_main(article: Any) -> bool:
    """Whether this is the course's main article, word for word."""
    body = getattr(article, "body", None)
    return isinstance(body, str) and hashlib.sha256(body.encode()).hexdigest() == MAIN_SHA256


def article_facts(ann: Any, ident: str) -> Facts | Feedback:
    """The facts every article exercise starts from, or the feedback for a missing article."""
    from ..annotation import AnnotatedArticle

    if not isinstance(ann, AnnotatedArticle):
        return Feedback(
            False,
            "This check needs the annotated article as its third argument.",
            f"Call it like check('{ident}', answer, ann), where ann = newslab.annotate(article).",
            mistake="no article",
        )
    return {"ann": ann, "checked": is_main(ann.article), "title": ann.article.title}


def from_article(
    ident: str,
) -> Callable[[Callable[[Any, Facts], Facts | Feedback]], Callable[[Any], Facts | Feedback]]:
    """Make ``fn(ann, facts)`` an exercise's facts: called only when ``ann`` is an article."""

    def wrap(fn: Callable[[Any, Facts], Facts | Feedback]) -> Callable[[Any], Facts | Feedback]:
        def facts(ann: Any) -> Facts | Feedback:
            base = article_facts(ann, ident)
            return base if isinstance(base, Feedback) else fn(ann, base)

        return facts

    return wrap


def not_main(facts: Facts, about: str) -> Feedback:
    """The feedback of an exercise about the main article's words, on another article."""
    return Feedback(
        False,
        f"This question is about {about} in the course's article (“{MAIN_TITLE}”), and the "
        f"article loaded here, “{facts['title']}”, has no such thing.",
        "Ask your teacher which question to answer about this article (the lesson plan's "
        "section 8 says how to rewrite it), or load the course's article in the first cell.",
        mistake="another article",
    )


def nothing_found(facts: Facts, what: str) -> Feedback:
    """The feedback when the machine found nothing to ask about: the learner may know better."""
    return Feedback(
        False,
        f"The machine found no {what} in “{facts['title']}”, so this question has no answer here.",
        "If you find one in the text, the machine missed it: say which, and why.",
        mistake="nothing found",
        decide=True,
    )


def near(tolerance: float, *, percent: bool = False) -> Callable[[Any, Any], bool]:
    """Numbers within ``tolerance``; with ``percent``, 68 also stands for 0.68."""

    def same(a: Any, b: Any) -> bool:
        if not isinstance(a, int | float) or not isinstance(b, int | float):
            return False
        if abs(a - b) <= tolerance:
            return True
        return percent and 1 < a <= 100 and abs(a / 100 - b) <= tolerance

    return same


def equal(a: Any, b: Any) -> bool:
    return a == b


@dataclass(frozen=True)
class Mistake:
    """A wrong answer a lesson plan expects, and the coaching it gets.

    ``example`` gives the answer this mistake leads to on an article (a facts key or a function
    of the facts; None where it cannot happen); ``matches`` recognises it when more than one
    answer shows it. ``raw`` mistakes are recognised before the answer is read (a wrong type).
    The message may use ``{given}`` and the facts, never the right answer.
    """

    name: str
    example: str | Callable[[Facts], Any]
    message: str
    hint: str
    matches: Callable[[Any, Facts], bool] | None = None
    raw: bool = False

    def example_for(self, facts: Facts) -> Any:
        return facts.get(self.example) if isinstance(self.example, str) else self.example(facts)

    def applies(self, facts: Facts, same: Callable[[Any, Any], bool]) -> bool:
        """Whether this mistake gives a wrong answer on this article (not the right one)."""
        example = self.example_for(facts)
        return example is not None and (self.raw or not same(example, facts["right"]))

    def hit(self, given: Any, facts: Facts, same: Callable[[Any, Any], bool]) -> bool:
        try:
            if self.matches is not None:
                return bool(self.matches(given, facts))
            example = self.example_for(facts)
            return example is not None and bool(same(given, example))
        except (TypeError, ValueError, AttributeError):  # a table or a stray type: not this one
            return False

    def feedback(self, given: Any, facts: Facts, *, decide: bool = False) -> Feedback:
        values = {**facts, "given": shown(given)}
        return Feedback(
            False,
            self.message.format(**values),
            self.hint.format(**values),
            mistake=self.name,
            decide=decide,
        )


@dataclass(frozen=True)
class Exercise:
    """One exercise: how to read the answer, the facts, the praise and the expected mistakes.

    ``decide`` (how a learner checks the machine) marks an exercise whose answer is the
    machine's reading: on an article nobody checked by hand, the learner decides.
    ``grade`` replaces the plain comparison for answers in parts (a dictionary); ``compare``
    adds what the machine says about the learner's own answer, on an unchecked article.
    """

    ident: str
    title: str
    read: Callable[[Any], Any]
    facts: Callable[[Any], Facts | Feedback]
    praise: str
    otherwise: tuple[str, str]
    mistakes: tuple[Mistake, ...] = ()
    same: Callable[[Any, Any], bool] = equal
    ambiguous: tuple[str, str] | None = None
    decide: str = ""
    grade: Callable[[Exercise, Any, Facts], Feedback] | None = None
    compare: Callable[[Any, Facts], str] | None = None

    def check(self, answer: Any, ann: Any) -> Feedback:
        facts = self.facts(ann)
        if isinstance(facts, Feedback):
            return facts
        for m in self.mistakes:
            if m.raw and m.hit(answer, facts, self.same):
                return m.feedback(answer, facts)
        given = self.read(answer)
        if isinstance(given, Feedback):
            return given
        if self.grade is not None:
            return self.grade(self, given, facts)
        return self.judge(given, facts)

    def judge(self, given: Any, facts: Facts) -> Feedback:
        """Right, a named mistake, ambiguous between them, or (unchecked) the learner's call."""
        values = {**facts, "given": shown(given)}
        unchecked = bool(self.decide) and not facts["checked"]
        hits = [
            m
            for m in self.mistakes
            if not m.raw and m.applies(facts, self.same) and m.hit(given, facts, self.same)
        ]
        if self.same(given, facts["right"]):
            if hits and self.ambiguous:
                message, hint = self.ambiguous
                return Feedback(
                    False,
                    message.format(**values),
                    hint.format(**values),
                    mistake="ambiguous",
                )
            return self.praised(values, unchecked)
        if hits:
            return hits[0].feedback(given, facts, decide=unchecked)
        if unchecked:
            more = f" {self.compare(given, facts)}" if self.compare else ""
            return Feedback(
                False,
                f"You say {shown(given)}; the machine says {shown(facts['right'])}.{more} Nobody "
                "has checked this article by hand, so either of you may be wrong.",
                self.decide.format(**values),
                decide=True,
            )
        return Feedback(
            False, self.otherwise[0].format(**values), self.otherwise[1].format(**values)
        )

    def praised(self, values: Facts, unchecked: bool) -> Feedback:
        praise = self.praise.format(**values)
        if not unchecked:
            return Feedback(True, praise)
        return Feedback(
            True,
            f"{praise} Nobody has checked this article by hand, so agreeing is not proof.",
            self.decide.format(**values),
            decide=True,
        )


def first_mistake(exercise: Exercise, given: Any, facts: Facts) -> Feedback:
    """Grade an answer in parts: the first named mistake it shows, or the praise."""
    unchecked = bool(exercise.decide) and not facts["checked"]
    for m in exercise.mistakes:
        if not m.raw and m.hit(given, facts, exercise.same):
            return m.feedback(given, facts, decide=unchecked)
    return exercise.praised({**facts, "given": shown(given)}, unchecked)
