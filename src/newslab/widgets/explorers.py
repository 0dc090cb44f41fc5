"""The reading widgets: highlighter, source explorer, timeline explorer, preflight."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import ipywidgets as w
from IPython.display import display

from .. import marks as mk
from .. import render
from ..annotation import AnnotatedArticle, annotated
from ..article import Article
from ..timeline import events
from .base import MODES, StaticFallbackBox, _guarded


def _toggle_css(labels: list[str]) -> str:
    rules = "".join(
        f".nl-toggle-{lab}.mod-active{{background:{render.LABEL_COLOURS.get(lab, '#ddd')}!important;color:#000}}"
        f".nl-toggle-{lab}{{border-bottom:4px solid {render.LABEL_COLOURS.get(lab, '#ddd')}!important}}"
        for lab in labels
    )
    return f"<style>{rules}</style>"


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
        legend = render.legend(
            [(kind, text, mk.CHAIN_COLOUR) for kind, text in mk.MENTION_KINDS.items()]
        )
        marks = mk.chain_marks(ann, source) if source else []
        return legend + render.highlight(ann.body, marks, css_class="nl-mode-chains")
    return render.highlight(ann.body, mk.timex_marks(ann), css_class="nl-mode-timexes")


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
        options=[(f"{c.name} ({len(c.mentions)} mentions)", c.name) for c in chains] or [("-", "")],
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
        chosen = [q for q in ann.quotes if (q.speaker or "(no source found)") == name]
        desc = next((s.description for s in srcs if s.name == name and s.description), None)
        listing.value = (
            render.STYLE
            + (render.note(f"{name}: {desc}") if desc else "")
            + render.table(
                ["kind", "cue", "what they said"], [(q.kind, q.cue or "", q.text) for q in chosen]
            )
        )
        speaker = None if name == "(no source found)" else name
        view.value = render.STYLE + render.highlight(ann.body, mk.quote_marks(ann, speaker=speaker))

    refresh()
    pick.observe(_guarded(out, refresh), names="value")
    box = StaticFallbackBox([pick, w.HBox([listing, chart]), view, out], static=lambda: chart.value)
    box.add_class("newslab-source-explorer")
    box.pick, box.view, box.listing = pick, view, listing
    return box


def make_timeline_explorer(article: AnnotatedArticle | Article | str | Path) -> w.VBox:
    """A date-range slider over the article's timeline: events in range light up in the text
    and on the plot."""
    import matplotlib.pyplot as plt

    from ..plots import plot_timeline

    ann = annotated(article)
    days = sorted(
        {e.start_date for e in events(ann)}
        | {e.end_date for e in events(ann)}
        | ({ann.article.published} if ann.article.published else set())
    )
    days = days or [dt.date.today()]
    slider = w.SelectionRangeSlider(
        options=[(d.isoformat(), d) for d in days],
        index=(0, len(days) - 1),
        description="Dates:",
        layout=w.Layout(width="46em"),
    )
    view, plot, out = w.HTML(), w.Output(), w.Output()
    view.add_class("newslab-view")

    def refresh(*_: Any) -> None:
        lo, hi = slider.value
        view.value = render.STYLE + render.highlight(
            ann.body, mk.timex_marks(ann, since=lo, until=hi)
        )
        plot.clear_output(wait=True)
        with plot:
            fig = plot_timeline(ann, since=lo, until=hi)
            display(fig)
            plt.close(fig)

    refresh()
    slider.observe(_guarded(out, refresh), names="value")
    box = StaticFallbackBox(
        [slider, plot, view, out], static=lambda: render.highlight(ann.body, mk.timex_marks(ann))
    )
    box.add_class("newslab-timeline-explorer")
    box.slider, box.view = slider, view
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
