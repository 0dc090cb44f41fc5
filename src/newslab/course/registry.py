"""Finding and running the course's checks: ``check("02.1", answer, ann)``.

The lesson modules register their checks when imported; this module imports them all, so
nothing imports back into it.

>>> check("00.1", 4).passed
True
"""

from __future__ import annotations

from typing import Any

from . import (  # noqa: F401  (importing a lesson registers its checks)
    lesson_00,
    lesson_01,
    lesson_02,
    lesson_03,
    lesson_04,
    lesson_05,
    lesson_06,
    lesson_07,
)
from .feedback import REGISTRY, Blank, Feedback, ____

__all__ = ["check", "exercise_ids"]


def exercise_ids() -> list[str]:
    """Every exercise number of the course, in order."""
    return sorted(REGISTRY)


def check(ident: str, answer: Any = ____, ann: Any = None) -> Feedback:
    """Check the answer to exercise ``ident`` (its number in the notebook).

    ``ann`` is the annotated article the exercise is about (most exercises need it).
    """

    ids = exercise_ids()
    if not isinstance(ident, str) or ident not in REGISTRY:
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
    title, fn = REGISTRY[ident]
    try:
        return fn(answer, ann)
    except Exception as exc:  # a check must coach, never crash
        return Feedback(
            False,
            f"I could not check that answer ({type(exc).__name__}: {exc}).",
            f"Look at what exercise {ident} ({title}) asks for, and at the example above it.",
        )
