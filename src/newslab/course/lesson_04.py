"""Exercises of notebook 04-timeline.ipynb (the timeline), numbered 04.N as in the notebook."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .feedback import Feedback, article_number, exercise, expect_text, need_article


@exercise("04.1", "resolve a weekday")
def _sunday(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    right = next(t.value for t in ann.timexes if t.text == "Sunday")
    given = answer.isoformat() if isinstance(answer, dt.date) else answer
    if isinstance(given := expect_text(given, "a date like 2022-02-13"), Feedback):
        return given
    if given == right:
        return Feedback(
            True,
            f"{right}: the Sunday before a Monday publication, because the verb is past tense.",
        )
    return Feedback(
        False,
        f"{given} is not the Sunday the article means.",
        "The story was published on Monday 2022-02-14 and speaks in the past tense: count back.",
    )


@exercise("04.2", "the days of a vague period")
def _late_last_week(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    t = next(t for t in ann.timexes if t.text == "late last week")
    if not isinstance(answer, tuple | list) or len(answer) != 2:
        return Feedback(
            False,
            "I expected two dates: (first day, last day).",
            'Like ("2022-02-01", "2022-02-03").',
        )
    given = tuple(a.isoformat() if isinstance(a, dt.date) else str(a) for a in answer)
    if given == (t.start_date, t.end_date):
        return Feedback(
            True, f"{t.start_date} to {t.end_date}: 'late' in a week means Thursday to Saturday."
        )
    return Feedback(
        False,
        f"{given[0]} to {given[1]} are not the days newslab uses.",
        "Last week is the calendar week before the publication week; 'late' is its end.",
    )


@exercise("04.3", "what cannot be placed")
def _unplaced(answer: Any, ann: Any) -> Feedback:
    if isinstance(n := article_number(answer, ann, "a count"), Feedback):
        return n
    right = sum(1 for t in ann.timexes if not t.start_date)
    if n == right:
        return Feedback(
            True,
            f"{right}: durations like 'weeks' and 'at least another week' have no calendar days.",
        )
    return Feedback(
        False,
        f"{n} is not the number of time words with no start date.",
        "timexes_frame(ann)['start_date'].isna().sum()",
    )
