"""Exercises of notebook 06-many-articles.ipynb (many articles), numbered 06.N as in the notebook."""

from __future__ import annotations

from typing import Any

from .feedback import Feedback, exercise, expect_number, expect_text


@exercise("06.1", "the share of anonymous statements")
def _anonymous(answer: Any, table: Any) -> Feedback:
    if isinstance(x := expect_number(answer, "a share between 0 and 1"), Feedback):
        return x
    try:
        right = 1 - float(table["named"].astype(bool).mean())
    except (TypeError, KeyError, AttributeError):
        return Feedback(
            False,
            "Pass the corpus quotes table as the third argument.",
            "check('06.1', answer, tables['quotes'])",
        )
    if abs((x / 100 if x > 1 else x) - right) < 0.01:
        return Feedback(
            True, f"{right:.0%} of the statements in the corpus come from unnamed sources."
        )
    return Feedback(
        False,
        f"{x:.2f} is not the share of statements from unnamed sources.",
        "1 - tables['quotes']['named'].mean()",
    )


@exercise("06.2", "the most frequent cue")
def _top_cue(answer: Any, table: Any) -> Feedback:
    if isinstance(text := expect_text(answer, "a cue verb"), Feedback):
        return text
    try:
        counts = table["cue"].value_counts()
    except (TypeError, KeyError, AttributeError):
        return Feedback(
            False,
            "Pass the corpus quotes table as the third argument.",
            "check('06.2', answer, tables['quotes'])",
        )
    if text.lower() == counts.index[0]:
        return Feedback(
            True, f"“{counts.index[0]}”, in {counts.iloc[0]} statements: the neutral verb leads."
        )
    return Feedback(
        False, f"“{text}” is not the most frequent cue.", "tables['quotes']['cue'].value_counts()"
    )
