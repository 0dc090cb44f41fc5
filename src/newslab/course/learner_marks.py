"""The learner's own annotations: marks, comparison with the machine, saving without loss.

Pure logic behind :func:`newslab.widgets.make_annotator`, tested without a browser. The
learner's work lives in a JSON file beside the notebook; every save is atomic and keeps the
previous version as ``NAME.previous``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..entities import LABEL_DESCRIPTIONS
from ..errors import NewslabError
from ..safe_io import write_text_atomic
from ..scoring import PRF, match_spans

if TYPE_CHECKING:  # pragma: no cover
    from ..annotation import AnnotatedArticle

__all__ = ["TASKS", "Comparison", "LearnerMark", "Session", "compare", "machine_marks"]

#: What a learner can mark in each task, and the labels they choose from.
TASKS: dict[str, list[str]] = {
    "entities": list(LABEL_DESCRIPTIONS),
    "quotes": ["direct", "indirect", "mixed"],
    "timexes": ["DATE", "TIME", "DURATION", "SET"],
}


class AnnotationError(NewslabError, ValueError):
    """A mark that cannot be added; the message says why and what to do."""


@dataclass(frozen=True)
class LearnerMark:
    """One span the learner marked, with its label and an optional note (a speaker's name
    for a quote, a date for a timex)."""

    start: int
    end: int
    text: str
    label: str
    note: str = ""


@dataclass
class Session:
    """A learner's marks on one article for one task."""

    slug: str
    body: str
    task: str
    marks: list[LearnerMark] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise AnnotationError(f"task must be one of {', '.join(TASKS)}, not {self.task!r}")

    def add(self, start: int, end: int, label: str, note: str = "") -> LearnerMark:
        """Add a mark; spaces at its edges are trimmed off."""
        if label not in TASKS[self.task]:
            raise AnnotationError(
                f"{label!r} is not a label for the {self.task} task; choose one of {', '.join(TASKS[self.task])}"
            )
        if not (0 <= start < end <= len(self.body)):
            raise AnnotationError("select some words of the article first")
        while start < end and self.body[start].isspace():
            start += 1
        while end > start and self.body[end - 1].isspace():
            end -= 1
        if start == end:
            raise AnnotationError("the selection is only spaces; select some words")
        mark = LearnerMark(start, end, self.body[start:end], label, note.strip())
        if any((m.start, m.end, m.label) == (start, end, label) for m in self.marks):
            raise AnnotationError(f"you already marked “{mark.text}” as {label}")
        self.marks.append(mark)
        self.marks.sort(key=lambda m: (m.start, m.end))
        return mark

    def remove(self, index: int) -> LearnerMark:
        return self.marks.pop(index)

    def to_json(self) -> str:
        return json.dumps(
            {"slug": self.slug, "task": self.task, "marks": [asdict(m) for m in self.marks]},
            ensure_ascii=False,
            indent=1,
        )

    def save(self, path: str | Path) -> Path:
        """Save atomically, keeping the file that was there as ``NAME.previous``."""
        return write_text_atomic(path, self.to_json() + "\n", keep_previous=True)

    @classmethod
    def load(
        cls, path: str | Path, *, slug: str, body: str, task: str
    ) -> tuple[Session, list[str]]:
        """Reload saved work. Marks that no longer fit the article are skipped and reported."""
        session = cls(slug, body, task)
        problems: list[str] = []
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("slug") != slug or data.get("task") != task:
            problems.append(
                f"{path} holds work on {data.get('slug')!r} ({data.get('task')}); starting afresh"
            )
            return session, problems
        for item in data.get("marks", []):
            try:
                if body[item["start"] : item["end"]] != item["text"]:
                    raise AnnotationError("the article's text changed here")
                session.add(item["start"], item["end"], item["label"], item.get("note", ""))
            except (AnnotationError, KeyError, TypeError) as exc:
                problems.append(f"skipped a saved mark: {exc}")
        return session, problems


def default_path(slug: str, task: str, folder: str | Path | None = None) -> Path:
    """Where a learner's work is saved: ``newslab-work/SLUG-TASK.json`` beside the notebook."""
    return Path(folder or Path.cwd()) / "newslab-work" / f"{slug}-{task}.json"


def machine_marks(ann: AnnotatedArticle, task: str) -> list[dict[str, Any]]:
    """The machine's answer for a task, in the learner's terms (start, end, text, label)."""
    if task == "entities":
        return [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label} for e in ann.entities
        ]
    if task == "quotes":
        return [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "label": q.kind,
                "note": q.speaker or "",
            }
            for q in ann.quotes
        ]
    return [
        {"start": t.start, "end": t.end, "text": t.text, "label": t.type, "note": t.value or ""}
        for t in ann.timexes
    ]


@dataclass(frozen=True)
class Comparison:
    """What the learner and the machine agreed on, and what only one of them marked."""

    agreed: list[tuple[dict[str, Any], dict[str, Any]]]
    learner_only: list[dict[str, Any]]
    machine_only: list[dict[str, Any]]
    scores: dict[str, dict[str, float]]


def _scores(tp: int, n_pred: int, n_ref: int) -> dict[str, float]:
    prf = PRF(tp, n_pred, n_ref)
    return {k: round(v, 3) for k, v in prf.as_dict().items() if k in {"precision", "recall", "f1"}}


def marked_paragraphs(session: Session) -> list[tuple[int, int]]:
    """The (start, end) offsets of the paragraphs the learner has marked something in."""
    out, offset = [], 0
    for line in session.body.split("\n"):
        end = offset + len(line)
        if any(m.start < end and offset < m.end for m in session.marks):
            out.append((offset, end))
        offset = end + 1
    return out


def compare(
    session: Session, machine: list[dict[str, Any]], *, whole_article: bool = False
) -> Comparison:
    """Learner against machine. Entities agree on the same span and label; quotes when they
    overlap by half their joint extent and have the same kind; timexes when they overlap
    and have the same type. Scores take each side in turn as the reference.

    Unless ``whole_article``, only the paragraphs the learner marked something in count:
    a learner who worked on one paragraph is compared on that paragraph.
    """
    learner = [asdict(m) for m in session.marks]
    if not whole_article:
        scope = marked_paragraphs(session)
        machine = [m for m in machine if any(m["start"] < e and s < m["end"] for s, e in scope)]
    if session.task == "entities":
        pairs = [
            (i, j)
            for i, a in enumerate(learner)
            for j, b in enumerate(machine)
            if (a["start"], a["end"], a["label"]) == (b["start"], b["end"], b["label"])
        ]
    else:
        ratio = 0.5 if session.task == "quotes" else 0.0
        pairs = [
            (i, j)
            for i, j in match_spans(learner, machine, min_ratio=ratio)
            if learner[i]["label"] == machine[j]["label"]
        ]
    li, mj = {i for i, _ in pairs}, {j for _, j in pairs}
    n = len(pairs)
    return Comparison(
        agreed=[(learner[i], machine[j]) for i, j in pairs],
        learner_only=[m for i, m in enumerate(learner) if i not in li],
        machine_only=[m for j, m in enumerate(machine) if j not in mj],
        scores={
            "machine, with your marks as the answer key": _scores(n, len(machine), len(learner)),
            "you, with the machine's marks as the answer key": _scores(
                n, len(learner), len(machine)
            ),
        },
    )
