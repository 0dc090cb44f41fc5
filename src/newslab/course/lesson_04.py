"""Exercises of notebook 04-timeline.ipynb (the timeline), numbered 04.N as in the notebook.

Misconceptions from lessons/04-timeline.md: 1, a weekday means the next one (04.1); 2, the value
is the date (04.3: a word value such as PRESENT_REF is not an empty start date); 3, a duration
with no date is the machine's mistake (04.3's praise); "late" as a fact, not a convention
(04.2); and dates written another way than YYYY-MM-DD (04.1, 04.2).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .answers import DateAnswer, read_date, read_number
from .feedback import Feedback
from .grading import Exercise, Facts, Mistake, article_facts, from_article, not_main, register

ISO = "Dates here are written year-month-day, YYYY-MM-DD, with two digits each: the way TIMEX3 "


def _timex(ann: Any, ident: str, text: str) -> Facts | Feedback:
    facts = article_facts(ann, ident)
    if isinstance(facts, Feedback):
        return facts
    t = next((t for t in ann.timexes if t.text == text and t.start_date), None)
    pub = ann.article.published
    if t is None or pub is None:
        return not_main(facts, f"the expression “{text}”")
    start, end = dt.date.fromisoformat(t.start_date), dt.date.fromisoformat(t.end_date)
    return facts | {"timex": t, "pub": pub, "start": start, "end": end, "weekday": text}


def _same_day(given: Any, right: Any) -> bool:
    days = (
        [g.date if isinstance(g, DateAnswer) else g for g in given]
        if isinstance(given, tuple)
        else [given.date if isinstance(given, DateAnswer) else given]
    )
    return days == (list(right) if isinstance(right, tuple) else [right])


def _written_otherwise(raw: Any, facts: Facts) -> bool:
    parts = raw if isinstance(raw, tuple | list) else [raw]
    read = [read_date(p, "a date") for p in parts]
    days = tuple(r.date for r in read if isinstance(r, DateAnswer))
    right = facts["right"] if isinstance(facts["right"], tuple) else (facts["right"],)
    return days == right and not all(r.iso for r in read if isinstance(r, DateAnswer))


def _sunday_facts(ann: Any) -> Facts | Feedback:
    facts = _timex(ann, "04.1", "Sunday")
    if isinstance(facts, Feedback):
        return facts
    right, pub = facts["start"], facts["pub"]
    after = pub + dt.timedelta(days=(right.weekday() - pub.weekday()) % 7 or 7)
    return facts | {
        "right": right,
        "after": after,
        "written": right.strftime("%d/%m/%Y"),
        "pub_weekday": pub.strftime("%A"),
        "side": "before" if right < pub else "on or after",
        "week_early": right - dt.timedelta(days=7),
        "other_day": right - dt.timedelta(days=1),
    }


register(
    Exercise(
        "04.1",
        "resolve a weekday",
        read=lambda a: read_date(a, "a date like 2024-05-01"),
        facts=_sunday_facts,
        same=_same_day,
        praise="{right}: the {weekday} {side} the publication day, as the tense of the verb says.",
        otherwise=(
            "{given} is not the {weekday} the sentence means.",
            "Start from the publication day on a calendar, and let the tense of the verb say "
            "which way to count.",
        ),
        decide="Find the sentence with the word: is its verb past or future? Then count from "
        "the publication day on a calendar.",
        mistakes=(
            Mistake(
                "the right day written another way",
                "written",
                "“{given}” is the right day, written another way.",
                ISO + "uses too.",
                matches=_written_otherwise,
                raw=True,
            ),
            Mistake(
                "a weekday means the next one",
                "after",
                "{given} is the {weekday} after the article came out, but the sentence is in "
                "the past tense.",
                "In a past-tense sentence a weekday points back: count back from the "
                "publication day.",
            ),
            Mistake(
                "the publication day",
                "pub",
                "{given} is the day the article was published, a {pub_weekday}.",
                "Count back from it to the nearest {weekday}.",
            ),
            Mistake(
                "a week too far back",
                "week_early",
                "{given} is a {weekday}, but a week earlier than the nearest one before "
                "publication.",
                "Take the nearest {weekday} before the publication day.",
            ),
            Mistake(
                "not that weekday",
                "other_day",
                "{given} is not a {weekday}: check it on a calendar.",
                "Find the publication day on the calendar first, then the {weekday} next to it.",
                matches=lambda g, f: g.date.weekday() != f["right"].weekday(),
            ),
        ),
    )
)


def _read_pair(answer: Any) -> tuple[DateAnswer, DateAnswer] | Feedback:
    if not isinstance(answer, tuple | list) or len(answer) != 2:
        return Feedback(
            False,
            "I expected two dates: (first day, last day).",
            "Keep the shape of the cell: two dates in brackets, separated by a comma.",
            mistake="not two dates",
        )
    days = [read_date(a, "a date like 2024-05-01") for a in answer]
    for day in days:
        if isinstance(day, Feedback):
            return day
    return (days[0], days[1])  # type: ignore[return-value]


def _late_facts(ann: Any) -> Facts | Feedback:
    facts = _timex(ann, "04.2", "late last week")
    if isinstance(facts, Feedback):
        return facts
    start, end = facts["start"], facts["end"]
    week = dt.timedelta(days=7)
    monday = start - dt.timedelta(days=start.weekday())
    return facts | {
        "right": (start, end),
        "written": (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")),
        "with_sunday": (start, monday + dt.timedelta(days=6)),
        "whole_week": (monday, monday + dt.timedelta(days=6)),
        "this_week": (start + week, end + week),
        "backwards": (end, start),
    }


register(
    Exercise(
        "04.2",
        "the days of a vague period",
        read=_read_pair,
        facts=_late_facts,
        same=_same_day,
        praise="{start} to {end}: 'late' in a week means Thursday to Saturday, by the "
        "notebook's rule.",
        otherwise=(
            "Those are not the days of 'late last week' by the notebook's rule.",
            "Last week is the Monday-to-Sunday week before the publication week; 'late' is "
            "its end.",
        ),
        decide="Find last week on a calendar (the Monday-to-Sunday week before the "
        "publication week), then its end.",
        mistakes=(
            Mistake(
                "the right days written another way",
                "written",
                "Those are the right days, written another way.",
                ISO + "uses too.",
                matches=_written_otherwise,
                raw=True,
            ),
            Mistake(
                "Sunday as late in the week",
                "with_sunday",
                "Your last day is a Sunday. The notebook's rule for 'late' stops on the "
                "Saturday: it is a convention, not a fact.",
                "Argue for your rule in class; for the check, use the notebook's rule.",
            ),
            Mistake(
                "the whole of last week",
                "whole_week",
                "That is all of last week; 'late' is only its end.",
                "Which days are the end of a week, by the notebook's rule?",
            ),
            Mistake(
                "late this week",
                "this_week",
                "Those days are in the publication week; 'last week' is the week before it.",
                "Find the publication day on a calendar, then go back one week.",
            ),
            Mistake(
                "the days in the wrong order",
                "backwards",
                "Your first day comes after your last day.",
                "Put the earlier day first.",
            ),
        ),
    )
)


@from_article("04.3")
def _unplaced_facts(ann: Any, facts: Facts) -> Facts | Feedback:
    ts = ann.timexes
    right = sum(1 for t in ts if not t.start_date)
    words = sum(1 for t in ts if t.start_date and not t.value[:1].isdigit())
    return facts | {
        "right": right,
        "example": next((t.text for t in ts if not t.start_date), "none here"),
        "word_values": right + words if words else None,
        "all": len(ts),
        "placed": len(ts) - right,
        "durations": sum(1 for t in ts if t.type == "DURATION"),
    }


register(
    Exercise(
        "04.3",
        "what cannot be placed",
        read=lambda a: read_number(a, "a count"),
        facts=_unplaced_facts,
        praise="{right}: a length of time such as “{example}” says how long, not when, so it "
        "has no calendar day.",
        otherwise=(
            "{given} is not the number of time expressions with no start date.",
            "Count the rows of the table above whose start_date is empty (NaN).",
        ),
        decide="Read the rows with an empty start_date: could any of them be put on a "
        "calendar after all?",
        mistakes=(
            Mistake(
                "the value read as the date",
                "word_values",
                "{given} also counts expressions whose value is a word, like PRESENT_REF for "
                "'now'. Their start_date is filled: they are placed on a day.",
                "Count the empty start_date cells, not the values that are not dates.",
            ),
            Mistake(
                "every expression",
                "all",
                "{given} is the number of all the time expressions; the question counts only "
                "those with no start date.",
                "Which rows have an empty start_date?",
            ),
            Mistake(
                "the placed ones",
                "placed",
                "{given} counts the expressions that have a start date; the question asks for "
                "those without one.",
                "Count the other rows.",
            ),
            Mistake(
                "the durations by type",
                "durations",
                "{given} counts the DURATIONs. Does every duration lack a start date, and is "
                "every expression without one a duration?",
                "Count by the start_date column, not by the type.",
            ),
        ),
    )
)
