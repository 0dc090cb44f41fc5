"""What every exercise check shares: the blank, the feedback, the registry and the helpers.

A learner's cell has blanks that are still valid Python (``____``); a check answers with what
is right, what is missing and a hint, never just "wrong".

>>> Feedback(False, "Not the Sunday.", "Count back from the publication day.").passed
False
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["____", "Blank", "CheckFn", "Feedback", "REGISTRY", "exercise"]


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


#: A check: (the learner's answer, the annotated article or table) -> Feedback.
CheckFn = Callable[[Any, Any], Feedback]
#: Every exercise: its number ("02.1") -> (title, check). Lesson modules fill it.
REGISTRY: dict[str, tuple[str, CheckFn]] = {}
KINDS = ("direct", "indirect", "mixed")


def exercise(ident: str, title: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check under an exercise number such as ``"02.1"``."""

    def register(fn: CheckFn) -> CheckFn:
        REGISTRY[ident] = (title, fn)
        return fn

    return register


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


def name_matches(answer: str, name: str) -> bool:
    """The learner's name is the source's name, its surname, or the same without "the"."""
    a, n = answer.lower().strip(), name.lower()
    return bool(a) and (
        a == n or a == n.split()[-1] or a.removeprefix("the ") == n.removeprefix("the ")
    )


def article_number(answer: Any, ann: Any, what: str) -> int | float | Feedback:
    """The answer as a number, or the feedback for a missing article or a non-number."""
    return need_article(ann) or expect_number(answer, what)


def article_text(answer: Any, ann: Any, what: str) -> str | Feedback:
    """The answer as text, or the feedback for a missing article or a non-text answer."""
    return need_article(ann) or expect_text(answer, what)


def need_article(ann: Any) -> Feedback | None:
    from ..annotation import AnnotatedArticle

    if not isinstance(ann, AnnotatedArticle):
        return Feedback(
            False,
            "This check needs the annotated article as its third argument.",
            "Call it like check('02.1', answer, ann), where ann = newslab.annotate(article).",
        )
    return None
