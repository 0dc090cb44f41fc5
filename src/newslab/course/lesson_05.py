"""Exercises of notebook 05-checking-the-machine.ipynb (checking the machine), numbered 05.N as in the notebook."""

from __future__ import annotations

from typing import Any

from .feedback import Feedback, exercise, expect_number


@exercise("05.1", "precision, recall and F1 by hand")
def _prf(answer: Any, ann: Any) -> Feedback:
    tp, fp, fn = 8, 2, 4  # the worked example in the notebook
    p, r = tp / (tp + fp), tp / (tp + fn)
    right = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}
    if not isinstance(answer, dict) or set(answer) != set(right):
        return Feedback(
            False,
            "I expected a dictionary with precision, recall and f1.",
            'Like {"precision": 0.5, ...}.',
        )
    for key, value in right.items():
        got = expect_number(answer[key], key)
        if isinstance(got, Feedback):
            return got
        if abs(got - value) > 0.01:
            tip = {
                "precision": "Of what the machine marked, how much was right? tp / (tp + fp)",
                "recall": "Of what you marked, how much did the machine find? tp / (tp + fn)",
                "f1": "F1 is the harmonic mean: 2 * p * r / (p + r)",
            }[key]
            return Feedback(False, f"Your {key} is {got:.2f}.", tip)
    return Feedback(True, f"Precision {p:.2f}, recall {r:.2f}, F1 {right['f1']:.2f}.")
