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
from .palette import EDGE, SERIES, TIMELINE
from .timeline import Event, View, events, first_view, whole_view

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plain", "plot_counts", "plot_over_time", "plot_timeline"]

#: Most events a side shown as arrows at the edge of a timeline; the rest are counted.
EDGE_ARROWS = 4


def plain(text: object) -> str:
    """Text that matplotlib draws as it is: every ``$`` escaped, so no math mode starts.

    >>> print(plain("Shares fell $3, or 5%, to $60"))
    Shares fell \\$3, or 5%, to \\$60
    """
    return str(text).replace("$", r"\$")


def _label(ev: Event) -> str:
    return textwrap.shorten(f"{ev.when}: {ev.text}", 48, placeholder="…")


def _lanes(spans: list[tuple[float, float]]) -> list[int]:
    """The first lane (row) where each span (label and mark, in days) overlaps nothing."""
    lanes: list[list[tuple[float, float]]] = []
    out = []
    for a, b in spans:
        for i, taken in enumerate(lanes):
            if all(b <= x or a >= y for x, y in taken):
                taken.append((a, b))
                out.append(i)
                break
        else:
            lanes.append([(a, b)])
            out.append(len(lanes) - 1)
    return out


def _view(
    evs: tuple[Event, ...], published: dt.date | None, since: Any, until: Any, whole: bool
) -> View:
    lo = dt.date.fromisoformat(since) if isinstance(since, str) else since
    hi = dt.date.fromisoformat(until) if isinstance(until, str) else until
    every, first = whole_view(evs, published), first_view(evs, published)
    if lo is None and hi is None:
        return every if whole else first
    chosen = View(lo or every.start, hi or every.end, "the dates chosen")
    known = {(v.start, v.end): v for v in (every, first)}  # a range with a name keeps it
    return known.get((chosen.start, chosen.end), chosen)


def plot_timeline(
    item: AnnotatedArticle | Article | str | Path,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    whole: bool = False,
    ax: Axes | None = None,
) -> Figure:
    """The article's events on a date axis, each kind in its own shape: a day is a circle, a
    period a bar, what someone says a diamond, a placement that rests on a guess hollow (or
    hatched), the publication day a dashed line with a triangle.

    The plot opens on the publication week or month when most events are there (see
    :func:`newslab.timeline.first_view`); events outside the range shown are arrows at its
    edges, with their dates. ``whole=True`` shows every date; ``since``/``until`` choose the
    range.

    Examples
    --------
    >>> fig = plot_timeline("seeds/putin-talks-2022-02-14.md", whole=True)  # doctest: +SKIP
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    ann = annotated(item)
    pub = ann.article.published
    evs = events(ann)
    view = _view(evs, pub, since, until, whole)
    items = [e for e in evs if view.holds(e)]
    before = [e for e in evs if e.end_date < view.start][::-1]
    after = [e for e in evs if e.start_date > view.end]
    span = max((view.end - view.start).days, 1)
    per_char = span / 95  # days a character of a label takes, on an 11-inch axis
    spans = []
    for ev in items:
        x, width = ev.start_date.toordinal(), (len(_label(ev)) + 2) * per_char
        right = x - view.start.toordinal() < 0.6 * span  # label to the right of its mark
        spans.append((x, x + width) if right else (x - width, ev.end_date.toordinal() + 1))
    lanes = _lanes(spans)
    top = max(lanes, default=-1) + 1
    rows = top + max(min(len(before), EDGE_ARROWS + 1), min(len(after), EDGE_ARROWS + 1))
    if ax is None:
        fig, ax = plt.subplots(figsize=(11, 2.2 + 0.42 * max(rows, 1)))
    else:
        fig = ax.figure
    for ev, lane, (a, _) in zip(items, lanes, spans, strict=True):
        _draw_event(ax, ev, lane + 1, mdates, right=a >= ev.start_date.toordinal())
    for side, hidden in ((True, before), (False, after)):
        for i, ev in enumerate(hidden[:EDGE_ARROWS]):
            label = _label(ev)
            day = "" if label.startswith(ev.dates + ":") else ev.dates + " · "
            _edge_arrow(ax, day + label, top + 1 + i, left=side)
        if len(hidden) > EDGE_ARROWS:
            more = len(hidden) - EDGE_ARROWS
            words = "earlier" if side else "later"
            _edge_arrow(ax, f"and {more} more {words}", top + 1 + EDGE_ARROWS, left=side)
    if pub:
        x = mdates.date2num(pub)
        ax.axvline(x, color=TIMELINE["published"], ls="--", lw=1.2)
        ax.plot(x, 0.25, "^", ms=8, color=TIMELINE["published"], clip_on=False)
        ax.annotate(
            f"published {pub.isoformat()}",
            (x, 0.25),
            xytext=(7, -3),
            textcoords="offset points",
            fontsize=8,
        )
    pad = dt.timedelta(days=max(1, span // 12))
    ax.set_xlim(mdates.date2num(view.start - pad), mdates.date2num(view.end + pad))
    ax.set_ylim(0, max(rows, 1) + 1)
    ax.yaxis.set_visible(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    locator = mdates.AutoDateLocator(maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title(
        plain(f"Timeline: {ann.article.title}\n{view.name}: {view.readout()}"),
        fontsize=10,
        loc="left",
    )
    ax.legend(
        handles=_legend(),
        loc="upper left",
        bbox_to_anchor=(0, -0.12),
        ncol=5,
        fontsize=8,
        frameon=False,
    )
    if not items:
        ax.text(0.5, 0.5, "No dated events in this range", transform=ax.transAxes, ha="center")
    fig.tight_layout()
    return fig


def _draw_event(ax: Axes, ev: Event, y: int, mdates: Any, *, right: bool) -> None:
    """One event: its mark (shape by kind, hollow if guessed) and its label beside it."""
    colour = TIMELINE["reported" if ev.speaker else ("period" if ev.is_period else "day")]
    x = mdates.date2num(ev.start_date)
    if ev.is_period:
        ax.barh(
            y,
            (ev.end_date - ev.start_date).days + 1,
            left=x,
            height=0.35,
            color=colour,
            alpha=0.35 if ev.uncertain else 0.85,
            hatch="//" if ev.uncertain else None,
            edgecolor=colour,
            linestyle="--" if ev.uncertain else "-",
        )
    if ev.speaker or not ev.is_period:
        ax.plot(
            x,
            y,
            "D" if ev.speaker else "o",
            ms=7,
            color=colour,
            markeredgewidth=1.6,
            mfc="white" if ev.uncertain else colour,
        )
    end = mdates.date2num(ev.end_date + dt.timedelta(days=1)) if ev.is_period else x
    ax.annotate(
        plain(_label(ev)),
        (x if right else end, y),
        xytext=(6 if right else -6, 5),
        textcoords="offset points",
        fontsize=8,
        ha="left" if right else "right",
    )


def _edge_arrow(ax: Axes, text: str, y: int, *, left: bool) -> None:
    """An event outside the range shown: an arrow at the edge, labelled with its date."""
    ax.annotate(
        plain(text),
        xy=(0 if left else 1, y),
        xycoords=("axes fraction", "data"),
        xytext=(22 if left else -22, 0),
        textcoords="offset points",
        fontsize=8,
        ha="left" if left else "right",
        va="center",
        color=EDGE,
        arrowprops={"arrowstyle": "-|>", "color": EDGE, "lw": 1.2},
    )


def _legend() -> list:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    t = TIMELINE
    return [
        Line2D([], [], marker="o", ls="", color=t["day"], label="a day"),
        Patch(color=t["period"], alpha=0.85, label="a period"),
        Line2D([], [], marker="D", ls="", color=t["reported"], label="someone says so"),
        Line2D(
            [],
            [],
            marker="o",
            ls="",
            color="#555555",
            mfc="white",
            markeredgewidth=1.6,
            label="placed by a guess",
        ),
        Line2D([], [], marker="^", ls="--", color=t["published"], label="publication day"),
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
    ax.barh([plain(n) for n in names], [counts[n] for n in names], color=TIMELINE["period"])
    ax.set_xlabel(plain(xlabel))
    return _finish(fig, ax, title)


def plot_over_time(
    table: Any, *, title: str, ylabel: str = "mentions", ax: Axes | None = None
) -> Figure:
    """Lines over time from a months x names table (see ``mentions_over_time``)."""

    fig, ax = _figure(ax, (10, 4))
    if len(table):
        styles = [SERIES[i % len(SERIES)] for i in range(len(table.columns))]
        table.rename(columns=plain).plot(
            ax=ax,
            color=[c for c, _, _ in styles],
            style=[f"{m}{dash}" for _, m, dash in styles],
            markersize=6,
            markeredgecolor=EDGE,
            linewidth=2,
        )
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
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
