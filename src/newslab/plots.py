"""Charts for the lessons: the only module that imports matplotlib.

Every piece of text drawn goes through :func:`plain`: matplotlib reads ``$...$`` as math
(a crash on "fell $3, or 5%, to $60", italics for "$5 billion to $7 billion").
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .annotation import AnnotatedArticle, annotated
from .article import Article
from .timeline import Event, events

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plain", "plot_counts", "plot_over_time", "plot_timeline"]

PERIOD_COLOUR = "#4c72b0"
DAY_COLOUR = "#dd8452"
REPORTED_COLOUR = "#55a868"
PUBLISHED_COLOUR = "#c44e52"


def plain(text: object) -> str:
    """Text that matplotlib draws as it is: every ``$`` escaped, so no math mode starts.

    >>> print(plain("Shares fell $3, or 5%, to $60"))
    Shares fell \\$3, or 5%, to \\$60
    """
    return str(text).replace("$", r"\$")


def _lanes(items: list[Event], span_days: float, width_chars: int = 110) -> list[int]:
    """Greedy lanes so that no two labels in a lane overlap (labels measured in days)."""
    per_char = max(span_days, 1) / width_chars
    ends: list[float] = []
    lanes = []
    for ev in items:
        x = ev.start_date.toordinal()
        width = (len(_label(ev)) + 2) * per_char
        for i, end in enumerate(ends):
            if x >= end:
                ends[i] = x + max(width, (ev.end_date - ev.start_date).days + 1)
                lanes.append(i)
                break
        else:
            ends.append(x + max(width, (ev.end_date - ev.start_date).days + 1))
            lanes.append(len(ends) - 1)
    return lanes


def _label(ev: Event) -> str:
    return textwrap.shorten(f"{ev.when}: {ev.text}", 48, placeholder="…")


def plot_timeline(
    item: AnnotatedArticle | Article | str | Path,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """The article's events on a date axis: days as dots, periods as bars, the publication
    day as a red line; reported events (someone says so) in green, guesses hollow.

    ``since``/``until`` zoom in (an article that mentions 2014 and last Sunday is easier to
    read in two views).

    Examples
    --------
    >>> fig = plot_timeline("seeds/putin-talks-2022-02-14.md", since="2022-01-01")  # doctest: +SKIP
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    ann = annotated(item)
    lo = dt.date.fromisoformat(since) if isinstance(since, str) else since
    hi = dt.date.fromisoformat(until) if isinstance(until, str) else until
    items = [
        e
        for e in events(ann)
        if (lo is None or e.end_date >= lo) and (hi is None or e.start_date <= hi)
    ]
    pub = ann.article.published
    days = [e.start_date for e in items] + [e.end_date for e in items] + ([pub] if pub else [])
    first, last = (min(days), max(days)) if days else (dt.date.today(), dt.date.today())
    lanes = _lanes(items, (last - first).days)
    height = 1.6 + 0.45 * (max(lanes) + 1 if lanes else 1)
    if ax is None:
        fig, ax = plt.subplots(figsize=(11, height))
    else:
        fig = ax.figure
    for ev, lane in zip(items, lanes, strict=True):
        colour = REPORTED_COLOUR if ev.speaker else (PERIOD_COLOUR if ev.is_period else DAY_COLOUR)
        y = lane + 1
        if ev.is_period:
            ax.barh(
                y,
                (ev.end_date - ev.start_date).days + 1,
                left=mdates.date2num(ev.start_date),
                height=0.35,
                color=colour,
                alpha=0.35 if ev.uncertain else 0.8,
                hatch="//" if ev.uncertain else None,
                edgecolor=colour,
            )
        else:
            ax.plot(
                mdates.date2num(ev.start_date),
                y,
                "o",
                ms=7,
                color=colour,
                mfc="white" if ev.uncertain else colour,
            )
        ax.annotate(
            plain(_label(ev)),
            (mdates.date2num(ev.start_date), y),
            xytext=(4, 6),
            textcoords="offset points",
            fontsize=8,
        )
    if pub:
        ax.axvline(mdates.date2num(pub), color=PUBLISHED_COLOUR, ls="--", lw=1.2)
        ax.annotate(
            f"published {pub.isoformat()}",
            (mdates.date2num(pub), 0.3),
            color=PUBLISHED_COLOUR,
            fontsize=8,
            ha="right",
            xytext=(-4, 0),
            textcoords="offset points",
        )
    pad = max(2, (last - first).days // 20)
    ax.set_xlim(
        mdates.date2num(first - dt.timedelta(days=pad)),
        mdates.date2num(last + dt.timedelta(days=pad * 3)),
    )
    ax.set_ylim(0, (max(lanes) + 2) if lanes else 2)
    ax.yaxis.set_visible(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title(plain(f"Timeline: {ann.article.title}"), fontsize=11, loc="left")
    ax.legend(
        handles=_legend(), loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False
    )
    if not items:
        ax.text(0.5, 0.5, "No dated events in this range", transform=ax.transAxes, ha="center")
    fig.tight_layout()
    return fig


def _legend() -> list:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    return [
        Line2D([], [], marker="o", ls="", color=DAY_COLOUR, label="a day"),
        Patch(color=PERIOD_COLOUR, alpha=0.8, label="a period"),
        Line2D([], [], marker="o", ls="", color=REPORTED_COLOUR, label="someone says so"),
        Line2D([], [], marker="o", ls="", color="grey", mfc="white", label="placed by a guess"),
        Line2D([], [], ls="--", color=PUBLISHED_COLOUR, label="publication day"),
    ]


def plot_counts(
    counts: dict[str, int], *, title: str, xlabel: str = "count", ax: Axes | None = None
) -> Figure:
    """A horizontal bar chart of counts, largest at the top.

    Examples
    --------
    >>> plot_counts({"Lavrov": 7, "Putin": 3}, title="Statements")  # doctest: +SKIP
    """

    names = sorted(counts, key=lambda k: counts[k])
    fig, ax = _figure(ax, (7, 0.35 * max(len(names), 2) + 1))
    ax.barh([plain(n) for n in names], [counts[n] for n in names], color=PERIOD_COLOUR)
    ax.set_xlabel(plain(xlabel))
    return _finish(fig, ax, title)


def plot_over_time(
    table: Any, *, title: str, ylabel: str = "mentions", ax: Axes | None = None
) -> Figure:
    """Lines over time from a months x names table (see ``mentions_over_time``)."""

    fig, ax = _figure(ax, (10, 4))
    if len(table):
        table.rename(columns=plain).plot(ax=ax)
    else:
        ax.text(0.5, 0.5, "Nothing to plot", transform=ax.transAxes, ha="center")
    ax.set_ylabel(plain(ylabel))
    return _finish(fig, ax, title)


def _figure(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """A new figure of ``size`` inches, or the figure of the axes given."""
    import matplotlib.pyplot as plt

    if ax is None:
        return plt.subplots(figsize=size)
    return ax.figure, ax


def _finish(fig: Figure, ax: Axes, title: str) -> Figure:
    ax.set_title(plain(title), loc="left", fontsize=11)
    for side in ("right", "top"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig
