"""Exercises of notebook 00-start-here.ipynb (start here), numbered 00.N as in the notebook."""

from __future__ import annotations

from typing import Any

from .feedback import Feedback, exercise, expect_number


@exercise("00.1", "run your first cell")
def _run_a_cell(answer: Any, ann: Any) -> Feedback:
    n = expect_number(answer, "2 + 2")
    if isinstance(n, Feedback):
        return n
    if n == 4:
        return Feedback(
            True, "You ran a cell and Python answered. Shift+Enter runs a cell and moves on."
        )
    return Feedback(
        False, f"{n} is not what 2 + 2 gives.", "Type 2 + 2 in place of ____ and run the cell."
    )
