"""Interactive views for the notebooks: the only module that imports ipywidgets.

Each ``make_*`` factory returns an ipywidgets box with a stable CSS class
(``newslab-highlighter``, ...). Every box also carries a static HTML copy of itself, shown
where widgets cannot run (a static notebook viewer, an HTML or PDF export), with a one-line
note saying so. Callbacks are observed on ``names="value"``; errors show in the widget.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as w
from IPython.display import display

from . import marks as mk
from . import render
from .annotation import AnnotatedArticle, annotate
from .annotator import (
    TASKS,
    AnnotationError,
    Session,
    compare,
    default_path,
    machine_marks,
    marked_paragraphs,
)
from .article import Article
from .selection import TextSelector
from .timeline import events

__all__ = [
    "make_annotator",
    "make_highlighter",
    "make_source_explorer",
    "make_timeline_explorer",
    "preflight_widget",
]

STATIC_NOTE = "Static copy: open this notebook in JupyterLab and run it to use the controls."
MODES = [("What is named", "entities"), ("Who says what", "quotes"), ("When", "timexes")]


class StaticFallbackBox(w.VBox):
    """A VBox that also offers ``text/html``: frontends without widgets show that."""

    def __init__(
        self, children: list[w.Widget], *, static: Callable[[], str], **kwargs: Any
    ) -> None:
        super().__init__(children, **kwargs)
        self._static = static

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = render.STYLE + render.note(STATIC_NOTE) + self._static()
        return bundle


def _annotated(item: AnnotatedArticle | Article | str | Path) -> AnnotatedArticle:
    return item if isinstance(item, AnnotatedArticle) else annotate(item)


def _guarded(out: w.Output, fn: Callable[..., None]) -> Callable[..., None]:
    """Run a callback; an error is shown in ``out`` rather than lost in the log."""

    def run(*args: Any) -> None:
        try:
            fn(*args)
        except Exception as exc:  # shown to the learner, never swallowed
            out.clear_output()
            with out:
                print(f"Something went wrong: {type(exc).__name__}: {exc}")

    return run


def _toggle_css(labels: list[str]) -> str:
    rules = "".join(
        f".nl-toggle-{lab}.mod-active{{background:{render.LABEL_COLOURS.get(lab, '#ddd')}!important;color:#000}}"
        f".nl-toggle-{lab}{{border-bottom:4px solid {render.LABEL_COLOURS.get(lab, '#ddd')}!important}}"
        for lab in labels
    )
    return f"<style>{rules}</style>"


def article_html(ann: AnnotatedArticle, mode: str, *, labels: list[str] | None = None) -> str:
    """The article highlighted in one mode: ``entities`` (of ``labels``), ``quotes``, ``timexes``."""
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
    return render.highlight(ann.body, mk.timex_marks(ann), css_class="nl-mode-timexes")


def make_highlighter(article: AnnotatedArticle | Article | str | Path) -> w.VBox:
    """The article with its entities, statements or dates highlighted; one toggle a label.

    Hover a highlight to see what it is. Examples
    --------
    >>> make_highlighter("../seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    """
    ann = _annotated(article)
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
    view = w.HTML()
    view.add_class("newslab-view")
    out = w.Output()

    def refresh(*_: Any) -> None:
        chosen = [lab for lab, t in toggles.items() if t.value]
        label_box.layout.display = "" if mode.value == "entities" else "none"
        view.value = render.STYLE + article_html(ann, mode.value, labels=chosen)

    refresh()
    for t in toggles.values():
        t.observe(_guarded(out, refresh), names="value")
    mode.observe(_guarded(out, refresh), names="value")
    css = w.HTML(_toggle_css(labels))
    box = StaticFallbackBox(
        [css, mode, label_box, view, out], static=lambda: article_html(ann, "entities")
    )
    box.add_class("newslab-highlighter")
    box.toggles, box.mode, box.view = toggles, mode, view  # for tests and curious learners
    return box


def make_source_explorer(article: AnnotatedArticle | Article | str | Path) -> w.VBox:
    """Pick a source: its statements light up in the text and list below, beside a chart of
    how many words each source is quoted with."""
    from .sources import sources

    ann = _annotated(article)
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

    from .plots import plot_timeline

    ann = _annotated(article)
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


def make_annotator(
    article: AnnotatedArticle | Article | str | Path,
    *,
    task: str = "entities",
    save_to: str | Path | None = None,
) -> w.VBox:
    """Mark spans yourself (select words with the mouse, or pick a sentence and words), label
    them, then compare with the machine. Your work is saved beside the notebook after every
    change (``newslab-work/SLUG-TASK.json``) and reloaded when you open the annotator again.
    """
    ann = _annotated(article)
    if task not in TASKS:
        raise AnnotationError(f"task must be one of {', '.join(TASKS)}, not {task!r}")
    path = Path(save_to) if save_to else default_path(ann.article.slug, task)
    session, problems = (
        Session.load(path, slug=ann.article.slug, body=ann.body, task=task)
        if path.exists()
        else (Session(ann.article.slug, ann.body, task), [])
    )
    selector = TextSelector(html=render.highlight(ann.body, []))
    sentence = w.Dropdown(
        options=[(f"{s.index + 1}: {s.text[:70]}", s.index) for s in ann.sentences],
        description="Sentence:",
        layout=w.Layout(width="46em"),
    )
    words = w.IntRangeSlider(
        description="Words:", min=1, max=1, value=(1, 1), layout=w.Layout(width="46em")
    )
    preview = w.HTML()
    label = w.Dropdown(options=TASKS[task], description="Label:")
    note = w.Text(placeholder="speaker (quotes) or date (timexes), optional", description="Note:")
    add, pick_add = (
        w.Button(description="Add my selection", icon="plus"),
        w.Button(description="Add these words"),
    )
    undo, check = (
        w.Button(description="Remove last"),
        w.Button(
            description="Compare with the machine",
            button_style="info",
            layout=w.Layout(width="auto"),
        ),
    )
    status, listing, result, out = w.HTML(), w.HTML(), w.HTML(), w.Output()
    for b, cls in (
        (add, "newslab-add"),
        (pick_add, "newslab-add-words"),
        (check, "newslab-compare"),
        (undo, "newslab-undo"),
    ):
        b.add_class(cls)
    result.add_class("newslab-comparison")

    def tokens() -> list[tuple[int, int]]:
        s = ann.sentences[sentence.value]
        return [
            (t.idx, t.idx + len(t.text))
            for t in ann.doc.char_span(s.start, s.end, alignment_mode="expand")
            if not t.is_space
        ]

    def on_sentence(*_: Any) -> None:
        words.value = (1, 1)
        words.max = max(len(tokens()), 1)
        on_words()

    def on_words(*_: Any) -> None:
        toks, (lo, hi) = tokens(), words.value
        if toks:
            chosen = ann.body[toks[lo - 1][0] : toks[hi - 1][1]]
            preview.value = render.note(f"Words {lo}–{hi}: “{chosen}”")

    def redraw(message: str = "") -> None:
        learner = [
            render.Mark(
                m.start,
                m.end,
                render.LABEL_COLOURS.get(m.label, "#ffe08a"),
                title=m.label,
                data={"label": m.label},
            )
            for m in session.marks
        ]
        selector.html = render.highlight(ann.body, learner)
        listing.value = render.table(
            ["#", "your mark", "label", "note"],
            [(i + 1, m.text, m.label, m.note) for i, m in enumerate(session.marks)],
        )
        status.value = render.note(message or f"{len(session.marks)} marks, saved in {path}")

    def save_and_redraw(message: str) -> None:
        session.save(path)
        redraw(message)

    def add_span(start: int, end: int) -> None:
        try:
            mark = session.add(start, end, label.value, note.value)
        except AnnotationError as exc:
            redraw(f"Not added: {exc}")
            return
        save_and_redraw(f"Added “{mark.text}” as {mark.label}.")

    def on_add(*_: Any) -> None:
        start, end = selector.selection or (0, 0)
        add_span(start, end)

    def on_pick(*_: Any) -> None:
        toks, (lo, hi) = tokens(), words.value
        if toks:
            add_span(toks[lo - 1][0], toks[min(hi, len(toks)) - 1][1])

    def on_undo(*_: Any) -> None:
        if session.marks:
            session.remove(len(session.marks) - 1)
            save_and_redraw("Removed your last mark.")

    def on_check(*_: Any) -> None:
        cmp = compare(session, machine_marks(ann, task))
        rows = (
            [("both", a["text"], a["label"]) for a, _ in cmp.agreed]
            + [("only you", m["text"], m["label"]) for m in cmp.learner_only]
            + [("only the machine", m["text"], m["label"]) for m in cmp.machine_only]
        )
        scores = render.table(
            ["who is scored", "precision", "recall", "F1"],
            [(k, v["precision"], v["recall"], v["f1"]) for k, v in cmp.scores.items()],
        )
        where = render.note(
            "Compared on the paragraphs you marked something in "
            f"({len(marked_paragraphs(session))} of {len(ann.article.paragraphs)})."
        )
        result.value = (
            render.STYLE + where + scores + render.table(["marked by", "words", "label"], rows)
        )

    sentence.observe(_guarded(out, on_sentence), names="value")
    words.observe(_guarded(out, on_words), names="value")
    for button, fn in ((add, on_add), (pick_add, on_pick), (undo, on_undo), (check, on_check)):
        button.on_click(_guarded(out, fn))
    on_sentence()
    redraw(" ".join(problems))
    pickers = w.Accordion(
        [w.VBox([sentence, words, preview, pick_add])], titles=("No mouse? Pick words instead",)
    )
    pickers.selected_index = None
    box = StaticFallbackBox(
        [
            w.HTML(render.STYLE),
            selector,
            w.HBox([label, note]),
            w.HBox([add, undo, check]),
            pickers,
            status,
            listing,
            result,
            out,
        ],
        static=lambda: render.highlight(ann.body, []),
    )
    box.add_class("newslab-annotator")
    box.session, box.selector, box.label, box.note, box.path = session, selector, label, note, path
    box.add_button, box.compare_button, box.result, box.sentence, box.words = (
        add,
        check,
        result,
        sentence,
        words,
    )
    box.pick_button = pick_add
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
