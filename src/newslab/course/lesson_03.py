"""Exercises of notebook 03-entities.ipynb (entities), numbered 03.N as in the notebook."""

from __future__ import annotations

from typing import Any

from ..entities import LABEL_DESCRIPTIONS
from .feedback import Feedback, article_text, exercise


@exercise("03.1", "the label of a name")
def _label(answer: Any, ann: Any) -> Feedback:
    if isinstance(text := article_text(answer, ann, "a label"), Feedback):
        return text
    right = next(e.label for e in ann.entities if e.text == "Kremlin")
    if text.upper() not in LABEL_DESCRIPTIONS:
        return Feedback(
            False,
            f"{text!r} is not one of the 18 labels.",
            f"Labels are written like {', '.join(list(LABEL_DESCRIPTIONS)[:6])}, ...",
        )
    if text.upper() == right:
        return Feedback(
            True,
            "ORG: the Kremlin stands for the Russian presidency, an institution, not a building here.",
        )
    return Feedback(
        False,
        f"{text.upper()} is not the label of 'Kremlin' here.",
        "Is 'the Kremlin' in this article a place, or the people who govern from it?",
    )


@exercise("03.2", "the fullest name")
def _canonical(answer: Any, ann: Any) -> Feedback:
    if isinstance(text := article_text(answer, ann, "a name"), Feedback):
        return text
    right = next(e.canonical for e in ann.entities if e.text == "Lavrov")
    if text == right:
        return Feedback(True, "Every 'Lavrov' points to the fullest name the article gives.")
    return Feedback(
        False, f"{text!r} is not the canonical name.", "entities_frame(ann) has a canonical column."
    )


@exercise("03.3", "the most mentioned place")
def _top_place(answer: Any, ann: Any) -> Feedback:
    from ..frames import mentions_frame

    if isinstance(text := article_text(answer, ann, "a place"), Feedback):
        return text
    top = mentions_frame(ann, labels=["GPE"]).iloc[0]
    if text.lower() == top["canonical"].lower():
        return Feedback(True, f"{top['canonical']}, {top['mentions']} mentions.")
    return Feedback(
        False,
        f"{text} is not the most mentioned country, city or state.",
        "mentions_frame(ann, labels=['GPE']) lists them, most mentioned first.",
    )


@exercise("03.4", "catch the plain model out")
def _model_error(answer: Any, ann: Any) -> Feedback:
    if isinstance(text := article_text(answer, ann, "an entity's words"), Feedback):
        return text
    raw = {(e.start_char, e.end_char): e.label_ for e in ann.doc.ents}
    ours = [e for e in ann.entities if e.text == text]
    if not ours:
        return Feedback(
            False,
            f"newslab found no entity written {text!r}.",
            "Copy a name exactly from entities_frame(ann).",
        )
    if any(raw.get((e.start, e.end)) != e.label for e in ours):
        return Feedback(
            True, f"The plain model tagged {text!r} differently: that is what newslab's rules fix."
        )
    return Feedback(
        False,
        f"The plain model got {text!r} right.",
        "Compare the two tables: look at bare surnames and names after 'the'.",
    )
