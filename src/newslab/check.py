"""Exercise checks with coaching feedback, in the style of the spaCy course.

A learner's cell has blanks that are still valid Python (``____``); ``check("02.1", answer,
ann)`` answers with what is right, what is missing and a hint, never just "wrong", and
never a traceback for a wrong type, an empty answer or a misspelt label.

>>> from newslab.check import ____, check
>>> check("00.1", ____).passed
False
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["____", "Blank", "Feedback", "check", "exercise_ids"]


class Blank:
    """The blank in an exercise cell: valid Python, and recognised by every check."""

    def __repr__(self) -> str:
        return "____"

    def __bool__(self) -> bool:
        return False


____ = Blank()


@dataclass(frozen=True)
class Feedback:
    """What a check says: passed or not, a coaching message, and a hint when not passed."""

    passed: bool
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        head = "✅ Well done! " if self.passed else "🔎 Not yet. "
        return head + self.message + (f"\nHint: {self.hint}" if self.hint else "")

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        colour = "#e6f4ea" if self.passed else "#fff4e5"
        hint = f"<br><b>Hint:</b> {html.escape(self.hint)}" if self.hint else ""
        head = "✅ Well done! " if self.passed else "🔎 Not yet. "
        return (
            f'<div class="newslab-feedback" data-passed="{str(self.passed).lower()}" '
            f'style="background:{colour};padding:.5em .8em;border-radius:.4em;font:14px sans-serif">'
            f"{head}{html.escape(self.message)}{hint}</div>"
        )


Check = Callable[[Any, Any], Feedback]
_REGISTRY: dict[str, tuple[str, Check]] = {}


def exercise(ident: str, title: str) -> Callable[[Check], Check]:
    """Register a check under an exercise number such as ``"02.1"``."""

    def register(fn: Check) -> Check:
        _REGISTRY[ident] = (title, fn)
        return fn

    return register


def exercise_ids() -> list[str]:
    from . import exercises  # noqa: F401  (registers the checks)

    return sorted(_REGISTRY)


def check(ident: str, answer: Any = ____, ann: Any = None) -> Feedback:
    """Check the answer to exercise ``ident`` (its number in the notebook).

    ``ann`` is the annotated article the exercise is about (most exercises need it).
    """
    ids = exercise_ids()
    if not isinstance(ident, str) or ident not in _REGISTRY:
        return Feedback(
            False,
            f"There is no exercise {ident!r}.",
            f"Exercise numbers look like '02.1'; this course has {', '.join(ids)}.",
        )
    if isinstance(answer, Blank) or answer is Ellipsis:
        return Feedback(
            False,
            "The blank (____) is still there.",
            "Replace ____ with your answer, run the cell, then run the check again.",
        )
    if isinstance(answer, str) and not answer.strip():
        return Feedback(False, "Your answer is empty.", "Write your answer between the quotes.")
    title, fn = _REGISTRY[ident]
    try:
        return fn(answer, ann)
    except Exception as exc:  # a check must coach, never crash
        return Feedback(
            False,
            f"I could not check that answer ({type(exc).__name__}: {exc}).",
            f"Look at what exercise {ident} ({title}) asks for, and at the example above it.",
        )


# Helpers the checks share -------------------------------------------------------------


def expect_number(answer: Any, what: str) -> int | float | Feedback:
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        try:
            return int(answer)  # numpy and pandas integers, "7"
        except (TypeError, ValueError):
            return Feedback(
                False,
                f"I expected a number for {what}, but got {type(answer).__name__} {answer!r}.",
                "Give the number itself, e.g. 7, not a table or a sentence.",
            )
    return answer


def expect_text(answer: Any, what: str) -> str | Feedback:
    if not isinstance(answer, str):
        return Feedback(
            False,
            f"I expected text (a str) for {what}, but got {type(answer).__name__}.",
            'Put your answer in quotes, like "Sergei Lavrov".',
        )
    return answer.strip()


def need_article(ann: Any) -> Feedback | None:
    from .annotation import AnnotatedArticle

    if not isinstance(ann, AnnotatedArticle):
        return Feedback(
            False,
            "This check needs the annotated article as its third argument.",
            "Call it like check('02.1', answer, ann), where ann = newslab.annotate(article).",
        )
    return None
