"""Exercises of lessons 03 to 07: entities, time, checking the machine, many articles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .check import Feedback, exercise, expect_number, expect_text, need_article
from .entities import LABEL_DESCRIPTIONS
from .exercises import _name_matches


@exercise("03.1", "the label of a name")
def _label(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(text := expect_text(answer, "a label"), Feedback):
        return bad or text
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
    if (bad := need_article(ann)) or isinstance(text := expect_text(answer, "a name"), Feedback):
        return bad or text
    right = next(e.canonical for e in ann.entities if e.text == "Lavrov")
    if text == right:
        return Feedback(True, "Every 'Lavrov' points to the fullest name the article gives.")
    return Feedback(
        False, f"{text!r} is not the canonical name.", "entities_frame(ann) has a canonical column."
    )


@exercise("03.3", "the most mentioned place")
def _top_place(answer: Any, ann: Any) -> Feedback:
    from .frames import mentions_frame

    if (bad := need_article(ann)) or isinstance(text := expect_text(answer, "a place"), Feedback):
        return bad or text
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
    if (bad := need_article(ann)) or isinstance(
        text := expect_text(answer, "an entity's words"), Feedback
    ):
        return bad or text
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
    if (bad := need_article(ann)) or isinstance(n := expect_number(answer, "a count"), Feedback):
        return bad or n
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


@exercise("07.1", "your article's main source")
def _own_top(answer: Any, ann: Any) -> Feedback:
    from .sources import sources

    if (bad := need_article(ann)) or isinstance(
        text := expect_text(answer, "a source's name"), Feedback
    ):
        return bad or text
    srcs = sources(ann)
    if not srcs:
        return Feedback(True, "Your article quotes nobody: who, then, is telling the story?")
    most = max(s.statements for s in srcs)
    top = [s for s in srcs if s.statements == most]
    if any(_name_matches(text, s.name) for s in top):
        tie = f" (as many as {len(top) - 1} other source(s))" if len(top) > 1 else ""
        return Feedback(True, f"{text}, with {most} statements{tie}.")
    return Feedback(
        False, f"{text} is not the source with the most statements.", "Look at sources_frame(ann)."
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
