"""Exercises of notebook 00-start-here.ipynb (start here), numbered 00.N as in the notebook.

Misconceptions from lessons/00-start-here.md: 3, the sum typed in quotes.
"""

from __future__ import annotations

from typing import Any

from .answers import read_number
from .grading import Exercise, Facts, Mistake, register


def _facts(_: Any) -> Facts:
    return {"right": 4, "checked": True}


def _quoted(given: Any, facts: Facts) -> bool:
    return isinstance(given, str) and given.replace(" ", "") == "2+2"


register(
    Exercise(
        "00.1",
        "run your first cell",
        read=lambda a: read_number(a, "2 + 2"),
        facts=_facts,
        praise="You ran a cell and Python answered. Shift+Enter runs a cell and moves on.",
        otherwise=(
            "{given} is not what 2 + 2 gives.",
            "Type 2 + 2 in place of ____, without quotation marks, and run the cell.",
        ),
        mistakes=(
            Mistake(
                "the sum in quotes",
                lambda f: "2 + 2",
                "You wrote it in quotation marks, so Python keeps it as text and does not add "
                "anything up.",
                "Take away the quotation marks and run the cell again. Quotes make text: later "
                "exercises ask for text (a name, a label), and then you need them.",
                matches=_quoted,
                raw=True,
            ),
        ),
    )
)
