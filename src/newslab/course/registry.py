"""Finding and running the course's checks: ``check("02.1", answer, ann)``.

The lesson modules register their exercises when imported; this module imports them all, so
nothing imports back into it.

>>> check("00.1", 4).passed
True
"""

from __future__ import annotations

from typing import Any

from . import (  # noqa: F401  (importing a lesson registers its exercises)
    lesson_00,
    lesson_01,
    lesson_02,
    lesson_02_kinds,
    lesson_03,
    lesson_03_model,
    lesson_04,
    lesson_05,
    lesson_06,
    lesson_07,
)
from .answers import blanks_in
from .feedback import Blank, Feedback, ____
from .grading import REGISTRY

__all__ = ["REGISTRY", "check", "exercise_ids"]


def exercise_ids() -> list[str]:
    """Every exercise number of the course, in order."""
    return sorted(REGISTRY)


def _blank(answer: Any) -> Feedback | None:
    """The feedback for an answer with blanks still in it, or None."""
    if isinstance(answer, Blank) or answer is Ellipsis:
        return Feedback(
            False,
            "The blank (____) is still there.",
            "Replace ____ with your answer, run the cell, then run the check again.",
            mistake="blank",
        )
    if isinstance(answer, str) and not answer.strip():
        return Feedback(
            False, "Your answer is empty.", "Write your answer between the quotes.", mistake="blank"
        )
    if left := blanks_in(answer):
        return Feedback(
            False,
            f"Still blank: {', '.join(left)}.",
            "Replace every ____ with your answer, run the cell, then run the check again.",
            mistake="blank",
        )
    return None


def check(ident: str, answer: Any = ____, ann: Any = None) -> Feedback:
    """Check the answer to exercise ``ident`` (its number in the notebook).

    ``ann`` is the annotated article the exercise is about (most exercises need it).

    Examples
    --------
    >>> check("05.1", {"precision": 0.8, "recall": 0.8, "f1": 0.8}).mistake
    'precision as recall'
    """
    ids = exercise_ids()
    if not isinstance(ident, str) or ident not in REGISTRY:
        return Feedback(
            False,
            f"There is no exercise {ident!r}.",
            f"Exercise numbers look like '02.1'; this course has {', '.join(ids)}.",
        )
    if blank := _blank(answer):
        return blank
    exercise = REGISTRY[ident]
    try:
        return exercise.check(answer, ann)
    except Exception as exc:  # a check must coach, never crash
        return Feedback(
            False,
            f"I could not check that answer ({type(exc).__name__}: {exc}).",
            f"Look at what exercise {ident} ({exercise.title}) asks for, and at the example "
            "above it.",
        )
