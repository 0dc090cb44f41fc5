"""Exercises of notebook 02-who-says-what.ipynb (who says what), numbered 02.N as in the notebook."""

from __future__ import annotations

from typing import Any

from .feedback import (
    KINDS,
    Feedback,
    article_number,
    article_text,
    exercise,
    name_matches,
    need_article,
)


@exercise("02.1", "count one source's statements")
def _lavrov(answer: Any, ann: Any) -> Feedback:
    from ..quotes.sources import sources

    if isinstance(n := article_number(answer, ann, "a count"), Feedback):
        return n
    src = next(s for s in sources(ann) if s.name == "Sergei Lavrov")
    if n == src.statements:
        return Feedback(
            True,
            f"{n} statements: {src.direct} direct, {src.indirect} indirect, {src.mixed} mixed.",
        )
    if n == src.direct:
        return Feedback(
            False,
            f"{n} counts only his direct quotations.",
            "Reported speech counts too: 'Lavrov said Russia has drafted...' is a statement.",
        )
    return Feedback(
        False,
        f"{n} is not the number of statements attributed to Sergei Lavrov.",
        "Did you count 'he said' and 'Lavrov told' as Lavrov? sources_frame(ann) counts them all.",
    )


@exercise("02.2", "who gets the most words")
def _most_words(answer: Any, ann: Any) -> Feedback:
    from ..quotes.sources import sources

    if isinstance(text := article_text(answer, ann, "a source's name"), Feedback):
        return text
    top = max(sources(ann), key=lambda s: s.words_quoted)
    if name_matches(text, top.name):
        return Feedback(True, f"{top.name}: {top.words_quoted} words in quotation marks.")
    return Feedback(
        False,
        f"{text} is not the source quoted with the most words.",
        "Sort sources_frame(ann) by the words_quoted column.",
    )


@exercise("02.3", "direct, indirect or mixed")
def _kinds(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    if not isinstance(answer, dict) or not answer:
        return Feedback(
            False,
            "I expected a dictionary from each statement to its kind.",
            'Like {"all right": "direct", ...}.',
        )
    wrong = []
    for text, kind in answer.items():
        if str(kind).lower() not in KINDS:
            return Feedback(
                False,
                f"{kind!r} is not a kind of statement.",
                "The kinds are direct, indirect and mixed.",
            )
        found = next((q for q in ann.quotes if str(text) in q.text), None)
        if found is None:
            return Feedback(
                False,
                f"No statement contains {text!r}.",
                "Copy the words exactly from the article.",
            )
        if found.kind != str(kind).lower():
            wrong.append(f"“{text}” is {found.kind}")
    if wrong:
        return Feedback(
            False,
            "Not quite: " + "; ".join(wrong) + ".",
            "Direct = all inside quotation marks; mixed = a reported clause with a quoted fragment.",
        )
    return Feedback(True, "You told apart the words a source said from the reporter's paraphrase.")


@exercise("02.4", "the share of named sources")
def _named_share(answer: Any, ann: Any) -> Feedback:
    if isinstance(x := article_number(answer, ann, "a share between 0 and 1"), Feedback):
        return x
    right = sum(q.speaker_named for q in ann.quotes) / max(len(ann.quotes), 1)
    if x > 1:
        x = x / 100
    if abs(x - right) < 0.01:
        return Feedback(True, f"{right:.0%} of the statements come from people the article names.")
    return Feedback(
        False,
        f"{x:.2f} is not the share of statements with a named speaker.",
        "quotes_frame(ann)['named'].mean() gives it.",
    )
