"""The annotator's widgets, before anything is connected (see :mod:`.annotator`)."""

from __future__ import annotations

from dataclasses import dataclass

import ipywidgets as w

from .. import render
from ..annotation import AnnotatedArticle
from ..course.learner_marks import TASKS
from .selection import TextSelector

__all__ = ["Controls", "build_controls"]


#: What the note is for, by task (the placeholder a learner sees, short enough to show whole).
NOTE_HINTS = {
    "entities": "optional",
    "quotes": "who says it (optional)",
    "timexes": "its date (optional)",
}


@dataclass
class Controls:
    """Every widget of the annotator, before anything is connected."""

    selector: TextSelector
    sentence: w.Dropdown
    words: w.IntRangeSlider
    preview: w.HTML
    label: w.Dropdown
    note: w.Text
    add: w.Button
    pick_add: w.Button
    undo: w.Button
    check: w.Button
    status: w.HTML
    listing: w.HTML
    result: w.HTML
    out: w.Output


def build_controls(ann: AnnotatedArticle, task: str) -> Controls:
    """The annotator's widgets for one article and task, with their CSS classes."""
    c = Controls(
        selector=TextSelector(html=render.highlight(ann.body, [], numbered=True)),
        sentence=w.Dropdown(
            options=[
                (f"¶{s.paragraph + 1}, {s.index + 1}: {s.text[:60]}", s.index)
                for s in ann.sentences
            ],
            description="Sentence:",
            layout=w.Layout(width="34em"),
        ),
        words=w.IntRangeSlider(
            description="Words:", min=1, max=1, value=(1, 1), layout=w.Layout(width="24em")
        ),
        preview=w.HTML(),
        label=w.Dropdown(options=TASKS[task], description="Label:"),
        note=w.Text(placeholder=NOTE_HINTS[task], description="Note:"),
        add=w.Button(description="Add my selection", icon="plus"),
        pick_add=w.Button(description="Add these words", icon="plus"),
        undo=w.Button(description="Remove last"),
        check=w.Button(
            description="Compare with the machine",
            button_style="info",
            layout=w.Layout(width="auto"),
        ),
        status=w.HTML(),
        listing=w.HTML(),
        result=w.HTML(),
        out=w.Output(),
    )
    for button, cls in (
        (c.add, "newslab-add"),
        (c.pick_add, "newslab-add-words"),
        (c.check, "newslab-compare"),
        (c.undo, "newslab-undo"),
        (c.label, "newslab-label"),
        (c.note, "newslab-note"),
        (c.sentence, "newslab-sentence"),
        (c.words, "newslab-words"),
    ):
        button.add_class(cls)
    c.result.add_class("newslab-comparison")
    c.status.add_class("newslab-status")
    return c
