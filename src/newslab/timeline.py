"""The article's timeline: its statements of fact anchored to the dates they happened.

An event is a sentence anchored to a resolved date or period by one of its temporal
expressions, with the people, places and organisations it names and, when it is reported
speech, who says it. Events are plain frozen dataclasses; :func:`newslab.frames.timeline_frame`
tabulates them, :func:`newslab.plots.plot_timeline` draws them, and
:func:`export_timelinejs` writes them for Knight Lab's TimelineJS.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .annotation import annotated
from .article import Article
from .safe_io import check_writable, write_text_atomic

if TYPE_CHECKING:  # pragma: no cover
    from .annotation import AnnotatedArticle

__all__ = [
    "Event",
    "View",
    "events",
    "export_timelinejs",
    "first_view",
    "timelinejs_data",
    "whole_view",
]

#: Rules whose result rests on a guess about tense or the day the story means.
_UNCERTAIN_WORDS = ("tense", "nearest", "the day the story", "no day to count", "last named")


@dataclass(frozen=True)
class Event:
    """A sentence placed in time: from ``start_date`` to ``end_date`` (inclusive)."""

    start_date: dt.date
    end_date: dt.date
    when: str
    value: str
    text: str
    sentence: int
    paragraph: int
    people: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]
    speaker: str | None
    uncertain: bool
    how: str

    @property
    def is_period(self) -> bool:
        return self.end_date > self.start_date

    @property
    def dates(self) -> str:
        """When the event is, in the fewest words: ``2014``, ``2014-03``, ``2014-03-02`` or a
        range ``2022-02-10 to 2022-02-12``."""
        a, b = self.start_date, self.end_date
        if a == b:
            return a.isoformat()
        if a.year == b.year and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
            return str(a.year)
        if (a.year, a.month, a.day) == (b.year, b.month, 1) and (b + dt.timedelta(days=1)).day == 1:
            return a.strftime("%Y-%m")
        return f"{a.isoformat()} to {b.isoformat()}"


def events(item: AnnotatedArticle | Article | str | Path) -> tuple[Event, ...]:
    """Events of an annotated article, in time order (then reading order).

    Examples
    --------
    >>> [e.when for e in events(newslab.annotate("seeds/putin-talks-2022-02-14.md"))][:2]  # doctest: +SKIP
    ['2014', 'late last week']
    """
    ann = annotated(item)
    out = []
    for t in ann.timexes:
        if t.type not in {"DATE", "TIME"} or not t.start_date or not t.end_date:
            continue
        sent = ann.sentence_at(t.start)
        inside = [e for e in ann.entities if sent.start <= e.start < sent.end]
        quote = next((q for q in ann.quotes if q.start <= t.start < q.end), None)
        out.append(
            Event(
                start_date=dt.date.fromisoformat(t.start_date),
                end_date=dt.date.fromisoformat(t.end_date),
                when=t.text,
                value=t.value or "",
                text=sent.text,
                sentence=sent.index,
                paragraph=sent.paragraph,
                people=_names(inside, {"PERSON"}),
                places=_names(inside, {"GPE", "LOC", "FAC"}),
                organisations=_names(inside, {"ORG"}),
                speaker=quote.speaker if quote else None,
                uncertain=any(w in t.rule for w in _UNCERTAIN_WORDS),
                how=t.rule,
            )
        )
    return tuple(sorted(out, key=lambda e: (e.start_date, e.end_date, e.sentence)))


#: The stretches a timeline may open on: (name, days either side of the publication day).
WINDOWS = (("within a week of publication", 7), ("within a month of publication", 31))


@dataclass(frozen=True)
class View:
    """A stretch of a timeline, ``start`` to ``end`` (inclusive), and what it is called."""

    start: dt.date
    end: dt.date
    name: str

    def holds(self, ev: Event) -> bool:
        """Whether an event shows in this view (overlaps it)."""
        return ev.end_date >= self.start and ev.start_date <= self.end

    def readout(self) -> str:
        """The range in words, in full: ``2022-02-07 to 2022-02-21 (15 days)``."""
        days = (self.end - self.start).days + 1
        return (
            f"{self.start.isoformat()} to {self.end.isoformat()} ({days:,} day{'s' * (days != 1)})"
        )


def whole_view(evs: tuple[Event, ...] | list[Event], published: dt.date | None) -> View:
    """Every date of a timeline: its events and the publication day."""
    days = [e.start_date for e in evs] + [e.end_date for e in evs]
    days += [published] if published else []
    if not days:
        days = [published or dt.date.today()]
    return View(min(days), max(days), "every date")


def first_view(evs: tuple[Event, ...] | list[Event], published: dt.date | None) -> View:
    """Where a timeline opens: on the densest stretch around the publication day.

    The rule: the publication week (7 days either side of the publication day) if it holds
    at least half of the events whole, else the publication month (31 days either side) if it
    does, else every date. The view is drawn tight around the events it holds and the
    publication day; the events outside it are shown as arrows at its edges.

    Examples
    --------
    >>> day = dt.date(2022, 2, 14)
    >>> evs = [Event(d, d, "", "", "", 0, 0, (), (), (), None, False, "")
    ...        for d in (dt.date(2014, 1, 1), day, dt.date(2022, 2, 13))]
    >>> first_view(evs, day)
    View(start=datetime.date(2022, 2, 13), end=datetime.date(2022, 2, 14), name='within a week of publication')
    """
    whole = whole_view(evs, published)
    if published is None:
        return whole
    for name, reach in WINDOWS:
        lo, hi = published - dt.timedelta(days=reach), published + dt.timedelta(days=reach)
        inside = [e for e in evs if lo <= e.start_date and e.end_date <= hi]
        if len(inside) == len(evs):
            return whole
        if 2 * len(inside) >= len(evs):
            start = min([e.start_date for e in inside] + [published])
            end = max([e.end_date for e in inside] + [published])
            return View(start, end, name)
    return whole


def _names(entities: list[Any], labels: set[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.canonical for e in entities if e.label in labels))


def _js_date(day: dt.date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "day": day.day}


def timelinejs_data(item: AnnotatedArticle | Article | str | Path) -> dict[str, Any]:
    """The TimelineJS3 JSON object (Knight Lab format) for an article's events.

    Article text is escaped: TimelineJS shows ``text`` as HTML.
    """
    ann = annotated(item)
    a = ann.article
    data: dict[str, Any] = {
        "title": {
            "text": {
                "headline": html.escape(a.title),
                "text": html.escape(
                    " · ".join(x for x in (a.outlet, str(a.published or ""), a.dateline) if x)
                ),
            }
        },
        "events": [],
    }
    if a.published:
        data["events"].append(
            {
                "start_date": _js_date(a.published),
                "text": {"headline": "Published", "text": html.escape(a.title)},
                "group": "publication",
            }
        )
    for ev in events(ann):
        item: dict[str, Any] = {
            "start_date": _js_date(ev.start_date),
            "text": {
                "headline": html.escape(ev.when + (" (uncertain)" if ev.uncertain else "")),
                "text": html.escape(ev.text)
                + (f"<br><i>{html.escape('said by ' + ev.speaker)}</i>" if ev.speaker else ""),
            },
            "group": "reported" if ev.speaker else "article",
        }
        if ev.is_period:
            item["end_date"] = _js_date(ev.end_date)
        data["events"].append(item)
    return data


def export_timelinejs(item: AnnotatedArticle | Article | str | Path, path: str | Path) -> Path:
    """Write the TimelineJS3 JSON file for an article (atomically; never into ``seeds/``).

    ``item`` is an article file's path, an :class:`Article` or an annotated article.

    Examples
    --------
    >>> export_timelinejs(ann, "putin-timeline.json")  # doctest: +SKIP
    PosixPath('putin-timeline.json')
    """
    source = getattr(getattr(item, "article", item), "path", item)
    protected = [source] if isinstance(source, str | Path) else []
    check_writable(path, protect=protected)  # before the article is analysed
    ann = annotated(item)
    text = json.dumps(timelinejs_data(ann), ensure_ascii=False, indent=1)
    return write_text_atomic(path, text + "\n", protect=protected)
