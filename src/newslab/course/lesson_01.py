"""Exercises of notebook 01-reading-the-article.ipynb (reading the article), numbered 01.N as in the notebook."""

from __future__ import annotations

from typing import Any

from .feedback import Feedback, article_number, article_text, exercise, need_article


@exercise("01.1", "count the paragraphs")
def _paragraphs(answer: Any, ann: Any) -> Feedback:
    if isinstance(n := article_number(answer, ann, "the number of paragraphs"), Feedback):
        return n
    right = len(ann.article.paragraphs)
    if n == right:
        return Feedback(
            True, f"{right} paragraphs: news paragraphs are short, often one or two sentences."
        )
    return Feedback(
        False,
        f"{n} is not the number of paragraphs.",
        "len(article.paragraphs) counts them; each line of the body is one paragraph.",
    )


@exercise("01.2", "find the lede")
def _lede(answer: Any, ann: Any) -> Feedback:
    if isinstance(text := article_text(answer, ann, "the lede"), Feedback):
        return text
    lede = ann.article.paragraphs[0].text
    if text == lede.strip():
        return Feedback(
            True,
            "That is the lede: the first paragraph, which says what happened and why it matters.",
        )
    if text == ann.article.title:
        return Feedback(
            False,
            "That is the headline, which the editor writes above the story.",
            "The lede is the story's first paragraph: article.paragraphs[0].text",
        )
    return Feedback(
        False, "That is not the first paragraph of the body.", "Try article.paragraphs[0].text"
    )


@exercise("01.3", "the five W's")
def _five_ws(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    if not isinstance(answer, dict):
        return Feedback(
            False,
            "I expected a dictionary with the keys who, what, when, where and why.",
            'Fill in {"who": "...", "what": "...", ...}.',
        )
    missing = [
        k for k in ("who", "what", "when", "where", "why") if not str(answer.get(k, "")).strip()
    ]
    if missing:
        return Feedback(
            False, f"Still empty: {', '.join(missing)}.", "Every W gets a short answer in words."
        )
    people = {e.canonical for e in ann.entities if e.label in {"PERSON", "ORG", "GPE", "NORP"}}
    who = str(answer["who"]).lower()
    if not any(p.lower() in who or p.split()[-1].lower() in who for p in people):
        return Feedback(
            False,
            "Your 'who' names nobody the article names.",
            "Who acts in the lede? Look for a person or a country in the first paragraph.",
        )
    when = str(answer["when"]).lower()
    pub = ann.article.published
    days = {t.text.lower() for t in ann.timexes} | (
        {pub.strftime("%A").lower(), pub.isoformat(), str(pub.day)} if pub else set()
    )
    if not any(d in when for d in days):
        return Feedback(
            False,
            "Your 'when' uses no time word from the article or its date.",
            "The lede has no date: look for a weekday later on, or use the publication date.",
        )
    places = {e.canonical.lower() for e in ann.entities if e.label in {"GPE", "LOC", "FAC"}}
    places |= {(ann.article.dateline or "").lower()} - {""}
    if not any(p in str(answer["where"]).lower() for p in places):
        return Feedback(
            False,
            "Your 'where' names no place from the article or its dateline.",
            f"The dateline says where the reporter was: {ann.article.dateline or 'none here'}.",
        )
    return Feedback(
        True,
        "Who, what, when and where are grounded in the text. 'Why' is the reporter's "
        "reading: discuss whether the article shows it or only says it.",
    )
