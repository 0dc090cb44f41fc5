"""The annotator: the learner marks spans, compares with the machine, and keeps their work.

Built in three steps: :func:`build_controls` makes the widgets (in ``annotator_controls``),
:class:`Wiring` connects them to the learner's :class:`~newslab.course.learner_marks.Session`,
and :func:`make_annotator` lays them out: the controls above the article, which scrolls in its
own box with numbered paragraphs, so the controls stay in view; every control works from the
keyboard (the words can be picked by sentence and word number as well as with the mouse).
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

import ipywidgets as w

from .. import render
from ..annotation import AnnotatedArticle, annotated
from ..article import Article
from ..course.agreement import VERDICTS, agreement_rows
from ..course.learner_marks import (
    TASKS,
    AnnotationError,
    Session,
    compare,
    machine_marks,
    marked_paragraphs,
)
from ..course.work_files import Claim, claim, open_work
from ..errors import NewslabError
from .annotator_controls import Controls, build_controls
from .base import StaticFallbackBox, _guarded

__all__ = ["Controls", "Wiring", "build_controls", "make_annotator"]


class Wiring:
    """What the annotator's controls do: add, remove, save, redraw and compare."""

    def __init__(
        self,
        ann: AnnotatedArticle,
        session: Session,
        path: Path,
        c: Controls,
        *,
        claim: Claim | None = None,
    ) -> None:
        self.ann, self.session, self.path, self.c = ann, session, path, c
        self.claim = claim

    def connect(self) -> None:
        c = self.c
        c.sentence.observe(_guarded(c.out, self.on_sentence), names="value")
        c.words.observe(_guarded(c.out, self.on_words), names="value")
        for button, fn in (
            (c.add, self.on_add),
            (c.pick_add, self.on_pick),
            (c.undo, self.on_undo),
            (c.check, self.on_check),
        ):
            button.on_click(_guarded(c.out, fn))

    def tokens(self) -> list[tuple[int, int]]:
        s = self.ann.sentences[self.c.sentence.value]
        return [
            (t.idx, t.idx + len(t.text))
            for t in self.ann.doc.char_span(s.start, s.end, alignment_mode="expand")
            if not t.is_space
        ]

    def on_sentence(self, *_: Any) -> None:
        self.c.words.value = (1, 1)
        self.c.words.max = max(len(self.tokens()), 1)
        self.on_words()

    def on_words(self, *_: Any) -> None:
        toks, (lo, hi) = self.tokens(), self.c.words.value
        if toks:
            chosen = self.ann.body[toks[lo - 1][0] : toks[hi - 1][1]]
            self.c.preview.value = render.note(f"Words {lo}–{hi}: “{chosen}”")

    def redraw(self, message: str = "") -> None:
        marks = self.session.marks
        learner = [
            render.Mark(
                m.start,
                m.end,
                render.LABEL_COLOURS.get(m.label, "#ffe08a"),
                title=m.label,
                data={"label": m.label},
            )
            for m in marks
        ]
        self.c.selector.html = render.highlight(self.ann.body, learner, numbered=True)
        unplaced = [
            ("–", "", u["text"], u["label"], "not placed: " + u["reason"])
            for u in self.session.unplaced
        ]
        starts = [p.start for p in self.ann.article.paragraphs]
        self.c.listing.value = render.table(
            ["#", "¶", "your mark", "label", "note"],
            [
                (i + 1, bisect.bisect_right(starts, m.start), m.text, m.label, m.note)
                for i, m in enumerate(marks)
            ]
            + unplaced,
        )
        self.c.status.value = render.note(
            message or f"{render.counted(len(marks), 'mark')}, saved in {self.path}"
        )

    def refusal(self) -> str | None:
        """Why this annotator must not change the work file now (see :class:`Claim`)."""
        return self.claim.refusal() if self.claim is not None else None

    def save_and_redraw(self, message: str) -> None:
        try:
            self.session.save(self.path)
        except (NewslabError, OSError) as exc:
            self.redraw(
                f"Not saved: {exc}. Your marks are still here; save them elsewhere with "
                "box.session.save('my-marks.json')."
            )
            return
        if self.claim is not None:
            self.claim.saved()
        self.redraw(message)

    def add_span(self, start: int, end: int) -> None:
        if reason := self.refusal():
            self.redraw(reason)
            return
        try:
            mark = self.session.add(start, end, self.c.label.value, self.c.note.value)
        except AnnotationError as exc:
            self.redraw(f"Not added: {exc}")
            return
        self.save_and_redraw(f"Added “{mark.text}” as {mark.label}.")

    def on_add(self, *_: Any) -> None:
        start, end = self.c.selector.selection or (0, 0)
        self.add_span(start, end)

    def on_pick(self, *_: Any) -> None:
        toks, (lo, hi) = self.tokens(), self.c.words.value
        if toks:
            self.add_span(toks[lo - 1][0], toks[min(hi, len(toks)) - 1][1])

    def on_undo(self, *_: Any) -> None:
        if reason := self.refusal():
            self.redraw(reason)
        elif self.session.marks:
            self.session.remove(len(self.session.marks) - 1)
            self.save_and_redraw("Removed your last mark.")

    def on_check(self, *_: Any) -> None:
        cmp = compare(self.session, machine_marks(self.ann, self.session.task))
        rows = agreement_rows(cmp, self.ann.body)
        scores = render.table(
            ["who is scored", "precision", "recall", "F1"],
            [(k, v["precision"], v["recall"], v["f1"]) for k, v in cmp.scores.items()],
        )
        where = render.note(
            "Compared on the paragraphs you marked something in "
            f"({len(marked_paragraphs(self.session))} of {len(self.ann.article.paragraphs)})."
        )
        partly = sum(r.verdict == "partly agree" for r in rows)
        near = render.note(
            f"Partly agree: you and the machine marked some of the same words, but not the same "
            f"span or label. The scores count each as a miss for both of you ({partly} here)."
        )
        self.c.result.value = (
            render.STYLE
            + where
            + scores
            + (near if partly else "")
            + render.table(
                ["", "your mark", "the machine's mark", "label", "what differs"],
                [(r.verdict, r.yours, r.machine, r.label, r.why) for r in rows],
            )
        )
        counts = ", ".join(f"{sum(r.verdict == v for r in rows)} {v}" for v in VERDICTS)
        self.c.status.value = render.note(f"Compared: {counts}. The table is below the article.")


def make_annotator(
    article: AnnotatedArticle | Article | str | Path,
    *,
    task: str = "entities",
    save_to: str | Path | None = None,
) -> w.VBox:
    """Mark spans yourself (select words with the mouse, or pick a sentence and words), label
    them, then compare with the machine. Your work is saved beside the notebook after every
    change (``newslab-work/SLUG-HASH-TASK.json``; see :mod:`newslab.course.work_files`) and
    reloaded when you open the annotator again, also after the article was edited. Only the
    annotator opened last on a file saves to it.

    Examples
    --------
    >>> box = make_annotator("../seeds/putin-talks-2022-02-14.md", task="quotes")  # doctest: +SKIP
    """
    ann = annotated(article)
    if task not in TASKS:
        raise AnnotationError(f"task must be one of {', '.join(TASKS)}, not {task!r}")
    work = open_work(ann.article, task, save_to=save_to)
    session, path = work.session, work.path
    c = build_controls(ann, task)
    wiring = Wiring(ann, session, path, c, claim=claim(path, where=_which_cell()))
    wiring.connect()
    wiring.on_sentence()
    wiring.redraw(" ".join(work.messages))
    keyboard = w.HBox([c.sentence, c.words, c.pick_add], layout=w.Layout(flex_flow="row wrap"))
    box = StaticFallbackBox(
        [
            w.HTML(render.STYLE),
            w.HBox(
                [c.label, c.note, c.add, c.undo, c.check], layout=w.Layout(flex_flow="row wrap")
            ),
            c.status,
            w.HTML(render.note("Or pick the words with the keyboard:")),
            keyboard,
            c.preview,
            c.selector,
            c.listing,
            c.result,
            c.out,
        ],
        static=lambda: render.highlight(ann.body, [], numbered=True),
    )
    box.add_class("newslab-annotator")
    box.session, box.selector, box.label, box.note, box.path = (
        session,
        c.selector,
        c.label,
        c.note,
        path,
    )
    box.add_button, box.compare_button, box.undo_button = c.add, c.check, c.undo
    box.result = c.result
    box.status, box.listing = c.status, c.listing
    box.sentence, box.words, box.pick_button = c.sentence, c.words, c.pick_add
    return box


def _which_cell() -> str:
    """The notebook cell being run, as the learner sees it (``[12]``), if there is one."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return "the one you opened last"
    count = getattr(get_ipython(), "execution_count", 0) - 1  # counted up before the cell runs
    return f"in cell [{count}], the one you opened last" if count > 0 else "the one you opened last"
