"""The annotator: the learner marks spans, compares with the machine, and keeps their work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w

from .. import render
from ..annotation import AnnotatedArticle
from ..annotator import (
    TASKS,
    AnnotationError,
    Session,
    compare,
    default_path,
    machine_marks,
    marked_paragraphs,
)
from ..article import Article
from .base import StaticFallbackBox, _annotated, _guarded
from .selection import TextSelector


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
