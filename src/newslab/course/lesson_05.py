"""Exercise 05.1 of notebook 05-checking-the-machine.ipynb: precision, recall and F1 by hand.

Misconception 3 of lessons/05-checking-the-machine.md: precision and recall swapped, either
divided by all the marks, and F1 taken as the plain average. The tolerance (0.005) keeps F1
(0.727) apart from the average (0.733); an answer rounded so far that it fits both is asked
for one more decimal.
"""

from __future__ import annotations

from typing import Any

from ..scoring import PRF
from .answers import read_number
from .feedback import Feedback
from .grading import Exercise, Facts, Mistake, near, register

TP, FP, FN = 8, 2, 4  # the worked example in the notebook
EXAMPLE = PRF(TP, TP + FP, TP + FN)  # the same arithmetic as every score newslab prints
P, R = EXAMPLE.precision, EXAMPLE.recall
SAME = near(0.005, percent=True)
ROUNDED = (
    "{given} is rounded so far that it fits the right {key} and also a common mistake: they "
    "differ only in the third decimal.",
    "Give three decimals, or let Python work it out.",
)


def _facts(_: Any) -> Facts:
    right = {"precision": P, "recall": R, "f1": EXAMPLE.f1}
    return {"right": right, "checked": True, **right, "all_marks": TP / (TP + FP + FN)}


def _part(key: str, otherwise: str, *mistakes: Mistake) -> Exercise:
    return Exercise(
        f"05.1 {key}",
        key,
        read=lambda a: read_number(a, key),
        facts=lambda f: f | {"right": f[key], "key": key},
        praise="",
        otherwise=("Your {key} is {given}.", otherwise),
        mistakes=mistakes,
        same=SAME,
        ambiguous=ROUNDED,
    )


PARTS = {
    "precision": _part(
        "precision",
        "Of what the machine marked, how much was right? Divide by what the machine marked.",
        Mistake(
            "recall as precision",
            "recall",
            "{given} is the recall: you divided by what you marked.",
            "Precision asks about the machine's marks: divide by what the machine marked.",
        ),
        Mistake(
            "precision over all the marks",
            "all_marks",
            "{given} divides by all the marks, the machine's and yours together, not by the "
            "machine's marks alone.",
            "Precision divides only by what the machine marked.",
        ),
    ),
    "recall": _part(
        "recall",
        "Of what you marked, how much did the machine find? Divide by what you marked.",
        Mistake(
            "precision as recall",
            "precision",
            "{given} is the precision: you divided by what the machine marked.",
            "Recall asks about your marks: divide by what should have been found.",
        ),
        Mistake(
            "recall over all the marks",
            "all_marks",
            "{given} divides by all the marks, the machine's and yours together, not by "
            "your marks alone.",
            "Recall divides only by what you marked.",
        ),
    ),
    "f1": _part(
        "f1",
        "F1 is the harmonic mean of precision and recall: the notebook's formula, with your "
        "two numbers.",
        Mistake(
            "F1 as the plain average",
            lambda f: (f["precision"] + f["recall"]) / 2,
            "{given} is the plain average of precision and recall. F1 is their harmonic mean, "
            "which stays low when either of them is low.",
            "Use the F1 formula from the text above the exercise.",
        ),
    ),
}


def _whole(key: str, mistake: Mistake) -> Mistake:
    """A part's mistake, as the whole answer that shows it (for the tests and the plan)."""
    return Mistake(
        mistake.name,
        lambda f: f["right"] | {key: mistake.example_for(f)},
        mistake.message,
        mistake.hint,
        matches=lambda g, f: False,
    )


def _grade(ex: Exercise, given: Any, facts: Facts) -> Feedback:
    if not isinstance(given, dict):
        return Feedback(
            False,
            "I expected a dictionary with precision, recall and f1.",
            "Keep the shape of the cell, with its three keys, and fill in the numbers.",
            mistake="not a dictionary",
        )
    given = {str(k).strip().lower(): v for k, v in given.items()}
    if missing := [k for k in PARTS if k not in given]:
        return Feedback(
            False,
            f"Missing: {', '.join(missing)}.",
            "Keep the three keys of the cell as they are, and change only the numbers.",
            mistake="a key missing",
        )
    for key, part in PARTS.items():
        feedback = part.check(given[key], facts)
        if not feedback.passed:
            return feedback
    return Feedback(True, ex.praise.format(**facts))


register(
    Exercise(
        "05.1",
        "precision, recall and F1 by hand",
        read=lambda a: a,
        facts=_facts,
        praise="Precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}: F1 is below their "
        "average because the harmonic mean leans towards the lower one.",
        otherwise=("", ""),
        grade=_grade,
        mistakes=tuple(_whole(k, m) for k, part in PARTS.items() for m in part.mistakes),
    )
)
