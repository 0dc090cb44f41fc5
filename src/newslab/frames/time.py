"""Tables of time: temporal expressions and the timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
from ..annotation import annotated
from .base import Annotatable, _frame, _located
from .columns import TIMELINE_COLUMNS, TIMEX_COLUMNS


def timexes_frame(item: Annotatable) -> pd.DataFrame:
    """One row a temporal expression: its TIMEX3 type and value, its days, and how the
    value was reached (``how``)."""
    ann = annotated(item)
    rows = [
        _located(
            ann,
            t,
            text=t.text,
            type=t.type,
            value=t.value,
            start_date=t.start_date,
            end_date=t.end_date,
            how=t.rule,
        )
        for t in ann.timexes
    ]
    return _frame(rows, TIMEX_COLUMNS)


def timeline_frame(item: Annotatable) -> pd.DataFrame:
    """The article's events in time order, with the publication day as a reference row
    (``kind == "published"``); ``uncertain`` marks placements that rest on a guess.

    Examples
    --------
    >>> timeline_frame("seeds/putin-talks-2022-02-14.md").kind.value_counts()["published"]  # doctest: +SKIP
    1
    """
    import pandas as pd

    from ..timeline import events

    ann = annotated(item)
    rows = [
        {
            "start_date": e.start_date,
            "end_date": e.end_date,
            "when": e.when,
            "value": e.value,
            "event": e.text,
            "people": ", ".join(e.people),
            "places": ", ".join(e.places),
            "organisations": ", ".join(e.organisations),
            "speaker": e.speaker,
            "uncertain": e.uncertain,
            "how": e.how,
            "paragraph": e.paragraph + 1,
            "kind": "reported" if e.speaker else "event",
        }
        for e in events(ann)
    ]
    pub = ann.article.published
    if pub is not None:
        rows.append(
            {
                "start_date": pub,
                "end_date": pub,
                "when": "publication",
                "value": pub.isoformat(),
                "event": f"{ann.article.outlet or 'The article'} publishes “{ann.article.title}”",
                "people": "",
                "places": ann.article.dateline or "",
                "organisations": ann.article.outlet or "",
                "speaker": None,
                "uncertain": False,
                "how": "the publication date",
                "paragraph": None,
                "kind": "published",
            }
        )
    df = _frame(rows, TIMELINE_COLUMNS)
    if len(df):
        df = df.sort_values(["start_date", "end_date"], kind="stable").reset_index(drop=True)
        df["start_date"] = pd.to_datetime(df["start_date"])
        df["end_date"] = pd.to_datetime(df["end_date"])
    return df
