"""Exercises of notebook 07-your-own-article.ipynb (your own article), numbered 07.N as in the notebook."""

from __future__ import annotations

from typing import Any

from .feedback import Feedback, article_text, exercise, name_matches


@exercise("07.1", "your article's main source")
def _own_top(answer: Any, ann: Any) -> Feedback:
    from ..quotes.sources import sources

    if isinstance(text := article_text(answer, ann, "a source's name"), Feedback):
        return text
    srcs = sources(ann)
    if not srcs:
        return Feedback(True, "Your article quotes nobody: who, then, is telling the story?")
    most = max(s.statements for s in srcs)
    top = [s for s in srcs if s.statements == most]
    if any(name_matches(text, s.name) for s in top):
        tie = f" (as many as {len(top) - 1} other source(s))" if len(top) > 1 else ""
        return Feedback(True, f"{text}, with {most} statements{tie}.")
    return Feedback(
        False, f"{text} is not the source with the most statements.", "Look at sources_frame(ann)."
    )
