"""The reading widgets: highlighter, source explorer, timeline explorer, preflight."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w
from IPython.display import display

from .. import marks as mk
from .. import render
from ..annotation import AnnotatedArticle, annotated
from ..article import Article
from ..palette import LABEL_SWATCHES, NONE, Swatch
from ..quotes.sources import NO_SOURCE
from ..timeline import events, first_view, whole_view
from .base import MODES, StaticFallbackBox, _guarded


def _toggle_css(labels: list[str]) -> str:
    """Each label's toggle in the label's colour (filled when on), underlined as its marks."""
    rules = []
    for lab in labels:
        look = LABEL_SWATCHES.get(lab, Swatch(NONE.colour))
        line = f"text-decoration:underline {look.line} #000 2px;" if look.line else ""
        rules.append(
            f".nl-toggle-{lab}.mod-active{{background:{look.colour}!important;color:#000}}"
            f".nl-toggle-{lab}{{border-bottom:4px solid {look.colour}!important;{line}"
            "text-underline-offset:3px}"
        )
    return f"<style>{''.join(rules)}</style>"


def article_html(
    ann: AnnotatedArticle, mode: str, *, labels: list[str] | None = None, source: str | None = None
) -> str:
    """The article highlighted in one mode: ``entities`` (of ``labels``), ``quotes``,
    ``chains`` (every mention of ``source``: names, titles, pronouns) or ``timexes``."""
    if mode == "entities":
        present = sorted({e.label for e in ann.entities}, key=list(render.LABEL_COLOURS).index)
        shown = present if labels is None else [lab for lab in present if lab in labels]
        body = render.highlight(
            ann.body, mk.entity_marks(ann, labels=shown), css_class="nl-mode-entities"
        )
        return render.legend(mk.entity_legend(shown)) + body
    if mode == "quotes":
        return render.legend(mk.speaker_legend(ann)) + render.highlight(
            ann.body, mk.quote_marks(ann), css_class="nl-mode-quotes"
        )
    if mode == "chains":
        marks = mk.chain_marks(ann, source) if source else []
        return render.legend(mk.chain_legend()) + render.highlight(
            ann.body, marks, css_class="nl-mode-chains"
        )
    return render.legend(mk.timex_legend(ann)) + render.highlight(
        ann.body, mk.timex_marks(ann), css_class="nl-mode-timexes"
    )


def make_highlighter(article: AnnotatedArticle | Article | str | Path) -> w.VBox:
    """The article with its entities, statements or dates highlighted; one toggle a label.

    Hover a highlight to see what it is. Examples
    --------
    >>> make_highlighter("../seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    """
    ann = annotated(article)
    labels = sorted({e.label for e in ann.entities}, key=list(render.LABEL_COLOURS).index)
    mode = w.ToggleButtons(options=MODES, value="entities", description="Show:")
    toggles = {}
    for lab in labels:
        t = w.ToggleButton(
            value=True,
            description=lab,
            tooltip=mk.LABEL_DESCRIPTIONS.get(lab, lab),
            layout=w.Layout(width="auto"),
        )
        t.add_class(f"nl-toggle-{lab}")
        t.add_class("newslab-label-toggle")
        toggles[lab] = t
    label_box = w.HBox(list(toggles.values()), layout=w.Layout(flex_flow="row wrap"))
    chains = [c for c in ann.chains.chains if len(c.mentions) > 1 or c.label == "PERSON"]
    chains.sort(key=lambda c: (-len(c.mentions), c.mentions[0].start))
    who = w.Dropdown(
        options=[
            (f"{c.name} ({render.counted(len(c.mentions), 'mention')})", c.name) for c in chains
        ]
        or [("-", "")],
        description="Source:",
        layout=w.Layout(width="34em"),
    )
    who.add_class("newslab-who")
    view = w.HTML()
    view.add_class("newslab-view")
    out = w.Output()

    def refresh(*_: Any) -> None:
        chosen = [lab for lab, t in toggles.items() if t.value]
        label_box.layout.display = "" if mode.value == "entities" else "none"
        who.layout.display = "" if mode.value == "chains" else "none"
        view.value = render.STYLE + article_html(ann, mode.value, labels=chosen, source=who.value)

    refresh()
    for t in toggles.values():
        t.observe(_guarded(out, refresh), names="value")
    mode.observe(_guarded(out, refresh), names="value")
    who.observe(_guarded(out, refresh), names="value")
    css = w.HTML(_toggle_css(labels))
    box = StaticFallbackBox(
        [css, mode, label_box, who, view, out], static=lambda: article_html(ann, "entities")
    )
    box.add_class("newslab-highlighter")
    box.toggles, box.mode, box.view, box.who = toggles, mode, view, who  # for tests and learners
    return box


def make_source_explorer(article: AnnotatedArticle | Article | str | Path) -> w.VBox:
    """Pick a source: its statements light up in the text and list below, beside a chart of
    how many words each source is quoted with."""
    from ..quotes.sources import sources

    ann = annotated(article)
    srcs = sources(ann)
    options = [
        (f"{s.name} ({'named' if s.named else 'unnamed'}, {s.statements})", s.name) for s in srcs
    ]
    pick = w.Dropdown(
        options=options or [("no sources found", "")],
        description="Source:",
        layout=w.Layout(width="32em"),
    )
    chart = w.HTML(
        render.STYLE
        + "<b>Words quoted directly</b>"
        + render.bar_chart(
            [(s.name, s.words_quoted) for s in sorted(srcs, key=lambda s: -s.words_quoted)],
            unit=" words",
        )
    )
    listing, view, out = w.HTML(), w.HTML(), w.Output()
    view.add_class("newslab-view")

    def refresh(*_: Any) -> None:
        name = pick.value
        chosen = [q for q in ann.quotes if (q.speaker or NO_SOURCE) == name]
        desc = next((s.description for s in srcs if s.name == name and s.description), None)
        listing.value = (
            render.STYLE
            + (render.note(f"{name}: {desc}") if desc else "")
            + render.table(
                ["kind", "cue", "what they said"], [(q.kind, q.cue or "", q.text) for q in chosen]
            )
        )
        speaker = None if name == NO_SOURCE else name
        view.value = render.STYLE + render.highlight(ann.body, mk.quote_marks(ann, speaker=speaker))

    refresh()
    pick.observe(_guarded(out, refresh), names="value")
    box = StaticFallbackBox([pick, w.HBox([listing, chart]), view, out], static=lambda: chart.value)
    box.add_class("newslab-source-explorer")
    box.pick, box.view, box.listing = pick, view, listing
    return box


def make_timeline_explorer(article: AnnotatedArticle | Article | str | Path) -> w.VBox:
    """A date-range slider over the article's timeline: events in range light up in the text
    and on the plot. It opens on the densest stretch around the publication day (see
    :func:`newslab.timeline.first_view`); one click shows every date, another goes back."""
    import matplotlib.pyplot as plt

    from ..plots import plot_timeline

    ann = annotated(article)
    evs, pub = events(ann), ann.article.published
    first, every = first_view(evs, pub), whole_view(evs, pub)
    marks = {first.start, first.end, every.start, every.end} | ({pub} if pub else set())
    days = sorted({e.start_date for e in evs} | {e.end_date for e in evs} | marks)
    opening = (days.index(first.start), days.index(first.end))
    slider = w.SelectionRangeSlider(
        options=[(d.isoformat(), d) for d in days],
        index=opening,
        description="Dates:",
        readout=False,
        layout=w.Layout(width="46em"),
    )
    widen = w.Button(
        description=f"Show every date ({every.start.year}–{every.end.year})"
        if every.start.year != every.end.year
        else "Show every date",
        tooltip=f"Widen the range to every date: {every.readout()}",
        layout=w.Layout(width="auto", flex="0 0 auto"),  # its whole label, never cut
    )
    back = w.Button(
        description="Back to the first view",
        tooltip=f"The range the timeline opened on ({first.name}): {first.readout()}",
        layout=w.Layout(width="auto", flex="0 0 auto"),
    )
    readout, view, plot, out = w.HTML(), w.HTML(), w.Output(), w.Output()
    plot.add_class("newslab-timeline-plot")
    for widget, cls in (
        (widen, "newslab-widen"),
        (back, "newslab-narrow"),
        (readout, "newslab-range"),
        (view, "newslab-view"),
    ):
        widget.add_class(cls)

    def refresh(*_: Any) -> None:
        lo, hi = slider.value
        inside = sum(1 for e in evs if e.end_date >= lo and e.start_date <= hi)
        readout.value = render.note(
            f"Showing {lo.isoformat()} to {hi.isoformat()}: "
            f"{inside} of {render.counted(len(evs), 'event')}"
        )
        view.value = (
            render.STYLE
            + render.legend(mk.timex_legend(ann))
            + render.highlight(ann.body, mk.timex_marks(ann, since=lo, until=hi))
        )
        plot.clear_output(wait=True)
        with plot:
            fig = plot_timeline(ann, since=lo, until=hi)
            display(fig)
            plt.close(fig)

    def widest(*_: Any) -> None:
        slider.index = (0, len(days) - 1)

    def first_range(*_: Any) -> None:
        slider.index = opening

    refresh()
    slider.observe(_guarded(out, refresh), names="value")
    widen.on_click(_guarded(out, widest))
    back.on_click(_guarded(out, first_range))
    box = StaticFallbackBox(
        [
            w.HBox([slider, widen, back], layout=w.Layout(flex_flow="row wrap")),
            readout,
            plot,
            view,
            out,
        ],
        static=lambda: render.highlight(ann.body, mk.timex_marks(ann)),
    )
    box.add_class("newslab-timeline-explorer")
    box.slider, box.view, box.readout, box.widen, box.back = slider, view, readout, widen, back
    return box


def preflight_widget() -> w.VBox:
    """A button and a slider: if they show, widgets work in this notebook."""
    clicks = w.Label("Click the button:")
    button = w.Button(description="Click me", icon="check")
    slider = w.IntSlider(description="Slide me", value=3, max=10)

    def clicked(*_: Any) -> None:
        clicks.value = "Widgets work: the button answered."

    button.on_click(clicked)
    note = (
        "Widgets are not showing. In JupyterLab: Kernel → Restart Kernel and run again; if that does not help, "
        "run `make lab` again (it installs the widget extension), then reload the page."
    )
    box = StaticFallbackBox([w.HBox([button, slider]), clicks], static=lambda: render.note(note))
    box.add_class("newslab-preflight")
    return box
