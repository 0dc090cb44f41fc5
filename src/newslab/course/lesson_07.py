"""Exercise 07.1 of notebook 07-your-own-article.ipynb: your article's main source.

Nobody has checked a learner's own article by hand, so this check compares the learner's
answer with the machine's sources table and asks the learner to decide (misconception 3 of
lessons/07-your-own-article.md: the check's answer is not the truth about the article).
"""

from __future__ import annotations

from typing import Any

from .answers import Name, name_matches, read_text
from .feedback import Feedback
from .grading import (
    Exercise,
    Facts,
    Mistake,
    from_article,
    register,
)


@from_article("07.1")
def _facts(ann: Any, facts: Facts) -> Facts | Feedback:
    from ..quotes.sources import sources

    srcs = sources(ann)
    if not srcs:
        return Feedback(
            True,
            "The machine found nobody quoted in your article: who, then, is telling the story? "
            "If someone does speak in it, the machine missed them.",
            decide=True,
        )
    most = max(s.statements for s in srcs)
    top = [s.name for s in srcs if s.statements == most]
    words = max(srcs, key=lambda s: s.words_quoted)
    return facts | {
        "sources": srcs,
        "right": Name(top[0], tuple(top[1:])),
        "most": most,
        "statements": "statement" if most == 1 else "statements",
        "tie": f" (tied with {len(top) - 1} more)" if len(top) > 1 else "",
        "most_words": words.name if words.name not in top else None,
    }


def _their_count(given: Any, facts: Facts) -> str:
    src = next((s for s in facts["sources"] if name_matches(given, s.name)), None)
    if src is None:
        return (
            f"It finds no statement by {given}: if {given} speaks in your article, the machine "
            "missed it."
        )
    return f"It counts {facts['most']} for {facts['right']} and {src.statements} for {src.name}."


def _same(given: Any, right: Any) -> bool:
    return any(name_matches(given, n) for n in getattr(right, "forms", (right,)))


register(
    Exercise(
        "07.1",
        "your article's main source",
        read=lambda a: read_text(a, "a source's name"),
        facts=_facts,
        same=_same,
        compare=_their_count,
        praise="{right}, with {most} {statements}{tie}.",
        otherwise=(
            "{given} is not the source with the most statements.",
            "Count each source's statements, quoted or reported.",
        ),
        decide="Read each source's statements in the source explorer: is the speaker right "
        "every time? Where the machine gave a statement to the wrong person, trust your "
        "reading, and say why.",
        mistakes=(
            Mistake(
                "most words for most statements",
                "most_words",
                "{given} is quoted with the most words; the question counts statements.",
                "Count statements, quoted or reported, for each source.",
            ),
        ),
    )
)
