"""Reading a learner's answer as the type an exercise expects, with coaching for the wrong type.

Each reader returns the answer as a plain value, or the :class:`Feedback` that says what was
given instead and how to give the right kind of thing.

>>> read_number("7", "a count").mistake
'a number in quotes'
>>> read_date("2022-02-13", "a date").date
datetime.date(2022, 2, 13)
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from dataclasses import dataclass
from typing import Any

from .feedback import Blank, Feedback

__all__ = [
    "Counted",
    "DateAnswer",
    "Name",
    "blanks_in",
    "counted_names",
    "name_matches",
    "read_date",
    "read_number",
    "read_text",
    "same_name",
    "shown",
]

_DATE_FORMATS = (
    "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y-%m-%d",
    "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%A %d %B %Y", "%A %B %d %Y",
)  # fmt: skip


def blanks_in(answer: Any) -> list[str]:
    """Where blanks are left in an answer: its keys, or its places counted from 1."""
    if isinstance(answer, dict):
        return [str(k) for k, v in answer.items() if isinstance(v, Blank) or v is Ellipsis]
    if isinstance(answer, tuple | list):
        return [f"place {i}" for i, v in enumerate(answer, 1) if isinstance(v, Blank)]
    return []


def shown(value: Any) -> str:
    """A value as a learner reads it: 0.7333 as 0.733, text as it is."""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, DateAnswer):
        return value.text
    if isinstance(value, tuple):
        return " to ".join(shown(v) for v in value)
    return str(value)


def _kind_of(answer: Any) -> tuple[str, str] | None:
    """What a learner gave that is not a single value: (mistake name, what it is)."""
    name = type(answer).__name__
    if name == "DataFrame":
        return "a whole table", f"a whole table ({len(answer)} rows)"
    if name == "Series":
        return "a whole column", f"a whole column or row of a table ({len(answer)} values)"
    if isinstance(answer, list | tuple | set | dict):
        return "a collection", f"a {name} of {len(answer)} values"
    if answer is None:
        return "None", "None, which means nothing at all"
    return None


def _not_one_value(answer: Any, what: str) -> Feedback | None:
    kind = _kind_of(answer)
    if kind is None:
        return None
    return Feedback(
        False,
        f"I expected {what}, and got {kind[1]}.",
        "The exercise wants one value. Which single value in it answers the question?"
        if kind[0] != "None"
        else "Did the line before give your variable a value? A cell that prints shows a value "
        "but does not keep it.",
        mistake=kind[0],
    )


def read_number(answer: Any, what: str) -> int | float | Feedback:
    """A number (numpy and pandas numbers too), or the coaching for what was given instead."""
    if isinstance(answer, bool):
        return Feedback(
            False,
            f"{answer} is a yes or no, and I expected a number for {what}.",
            "Give a number: a count like 7, or a share like 0.5.",
            mistake="True or False",
        )
    if isinstance(answer, numbers.Real):
        x = float(answer)
        return int(x) if x.is_integer() and not isinstance(answer, float) else x
    if isinstance(answer, str):
        text = answer.strip()
        if re.fullmatch(r"[-+]?\d+(\.\d*)?%?", text):
            return Feedback(
                False,
                f"“{text}” is in quotes, so Python keeps it as text, not as a number.",
                "Write the number without quotation marks.",
                mistake="a number in quotes",
            )
        if re.fullmatch(r"[\d\s.+\-*/()]+", text):
            return Feedback(
                False,
                f"“{text}” is in quotes, so Python keeps it as text and does not work it out.",
                "Take away the quotation marks: then Python computes it.",
                mistake="a sum in quotes",
            )
        return Feedback(
            False,
            f"I expected a number for {what}, and got text: “{text}”.",
            "Give the number itself, without quotation marks, not a word or a sentence.",
            mistake="text for a number",
        )
    return _not_one_value(answer, f"a number for {what}") or Feedback(
        False,
        f"I expected a number for {what}, and got a {type(answer).__name__}.",
        "Give the number itself, without quotation marks.",
        mistake="not a number",
    )


def read_text(answer: Any, what: str) -> str | Feedback:
    """Text, stripped, or the coaching for what was given instead."""
    if isinstance(answer, str):
        return answer.strip()
    words = getattr(answer, "text", None)
    if isinstance(words, str) and not isinstance(answer, str):
        return Feedback(
            False,
            f"That is a {type(answer).__name__}: newslab's record of a piece of the article, "
            "with its place in the body as well as its words.",
            f"The exercise wants {what}: only the words, which the record keeps as its text.",
            mistake="a record, not its words",
        )
    if isinstance(answer, numbers.Number):
        return Feedback(
            False,
            f"{answer} is a number, and I expected {what}.",
            'Write it as text in quotation marks, like "Sergei Shoigu".',
            mistake="a number for text",
        )
    return _not_one_value(answer, what) or Feedback(
        False,
        f"I expected {what} as text, and got a {type(answer).__name__}.",
        'Write it as text in quotation marks, like "Sergei Shoigu".',
        mistake="not text",
    )


@dataclass(frozen=True)
class DateAnswer:
    """A date a learner wrote: the day, and whether it was written YYYY-MM-DD."""

    date: dt.date
    iso: bool
    text: str


def read_date(answer: Any, what: str) -> DateAnswer | Feedback:
    """A date from a ``datetime.date`` or text; other ways of writing it are read too."""
    if isinstance(answer, dt.datetime):
        answer = answer.date()
    if isinstance(answer, dt.date):
        return DateAnswer(answer, True, answer.isoformat())
    text = read_text(answer, what)
    if isinstance(text, Feedback):
        return text
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        try:
            return DateAnswer(dt.date.fromisoformat(text), True, text)
        except ValueError:
            pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.replace(",", " ").replace(".", " "))
    cleaned = " ".join(cleaned.split())
    for fmt in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(cleaned, fmt.replace(".", " ")).date()
        except ValueError:
            continue
        return DateAnswer(day, fmt == "%Y-%m-%d" and text == day.isoformat(), text)
    return Feedback(
        False,
        f"I could not read “{text}” as a date.",
        "Write a date as year-month-day with two digits each, like 2024-05-01.",
        mistake="not a date",
    )


def name_matches(answer: Any, name: Any) -> bool:
    """The learner's name is the source's name, its surname, or the same without "the"."""
    if not isinstance(answer, str) or not isinstance(name, str):
        return False
    a, n = " ".join(answer.lower().split()), name.lower()
    return bool(a) and (
        a == n or a == n.split()[-1] or a.removeprefix("the ") == n.removeprefix("the ")
    )


class Name(str):
    """A name, with the other forms that count as it ("NATO" for the treaty organisation).

    >>> same_name("nato", Name("North Atlantic Treaty Organization", ("NATO",)))
    True
    """

    forms: tuple[str, ...]

    def __new__(cls, name: str, forms: tuple[str, ...] = ()) -> Name:
        obj = super().__new__(cls, name)
        obj.forms = (name, *forms)
        return obj


def same_name(a: Any, b: Any) -> bool:
    """The same name, or one of its forms, whatever the case and spaces."""
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    key = " ".join(a.lower().split())
    return any(key == " ".join(f.lower().split()) for f in getattr(b, "forms", (b,)))


class Counted(Name):
    """A name with its forms and its number of mentions."""

    count: int


def counted_names(ents: list[Any]) -> list[Counted]:
    """Entities' canonical names with their forms and mentions, most mentioned first (ties:
    first seen)."""
    forms: dict[str, list[str]] = {}
    for e in ents:
        forms.setdefault(e.canonical, []).append(e.text)
    out = []
    for name, texts in sorted(forms.items(), key=lambda kv: -len(kv[1])):
        item = Counted(name, tuple(dict.fromkeys(texts)))
        item.count = len(texts)
        out.append(item)
    return out
