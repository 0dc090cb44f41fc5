"""The learner's own annotations: marks, comparison with the machine, saving without loss.

Pure logic behind :func:`newslab.widgets.make_annotator`, tested without a browser. The
learner's work lives in a JSON file beside the notebook (which file: :mod:`.work_files`; its
form: :mod:`.saved_marks`); every save is atomic and keeps the previous version as
``NAME.previous``. Each mark is saved with the text around it, so an edited article gets its
marks back where their words are now; marks that cannot be placed are kept and listed.
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
from .saved_marks import FORMAT, context, place, read_saved, text_hash

if TYPE_CHECKING:  # pragma: no cover
    from ..annotation import AnnotatedArticle

__all__ = [
    "TASKS",
    "Comparison",
    "LearnerMark",
    "Session",
    "compare",
    "machine_marks",
]

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
    """A learner's marks on one article for one task.

    ``unplaced`` holds saved marks that could not be found again in an edited article: they
    are shown to the learner and saved with the rest, never dropped. ``original`` is the
    SHA-256 of the text the work began on, ``source`` the article file (if any): together
    with the slug they say which article the work belongs to.
    """

    slug: str
    body: str
    task: str
    marks: list[LearnerMark] = field(default_factory=list)
    unplaced: list[dict[str, Any]] = field(default_factory=list)
    original: str = ""
    source: str | None = None

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise AnnotationError(f"task must be one of {', '.join(TASKS)}, not {self.task!r}")
        self.original = self.original or text_hash(self.body)

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
        marks = [
            {
                **asdict(m),
                **dict(zip(("before", "after"), context(self.body, m.start, m.end), strict=True)),
            }
            for m in self.marks
        ]
        return json.dumps(
            {
                "newslab": FORMAT,
                "version": 2,
                "slug": self.slug,
                "task": self.task,
                "article": {"path": self.source, "sha256": text_hash(self.body)},
                "original_sha256": self.original,
                "marks": marks,
                "unplaced": self.unplaced,
            },
            ensure_ascii=False,
            indent=1,
        )

    def save(self, path: str | Path) -> Path:
        """Save atomically, keeping the file that was there as ``NAME.previous``."""
        return write_text_atomic(path, self.to_json() + "\n", keep_previous=True)

    @classmethod
    def from_saved(
        cls, data: dict[str, Any], *, body: str, source: str | None = None
    ) -> tuple[Session, list[str]]:
        """The session of saved work (see :func:`read_saved`), its marks placed in ``body``
        as it is now; the messages say what moved and what could not be placed."""
        session = cls(
            str(data["slug"]),
            body,
            data["task"],
            original=data.get("original_sha256") or "",
            source=source,
        )
        moved, lost = 0, []
        for item in [*data["marks"], *data.get("unplaced", [])]:
            where = place(body, item)
            try:
                if where is None:
                    raise AnnotationError("its words are not in the article as it is now")
                session.add(*where, item["label"], item.get("note", ""))
                moved += where != (item["start"], item["end"])
            except AnnotationError as exc:
                if "already marked" not in str(exc):
                    lost.append(
                        {k: v for k, v in item.items() if k != "reason"} | {"reason": str(exc)}
                    )
        session.unplaced = lost
        problems = []
        if moved:
            their, were = ("its", "was") if moved == 1 else ("their", "were")
            problems.append(
                f"{_count(moved, 'saved mark')} {were} moved to where {their} words are now"
            )
        if lost:
            quoted = ", ".join(f"“{u['text']}”" for u in lost)
            problems.append(
                f"{_count(len(lost), 'saved mark')} could not be placed in the article as it is now: {quoted}"
            )
        return session, problems

    @classmethod
    def load(
        cls, path: str | Path, *, slug: str, body: str, task: str
    ) -> tuple[Session, list[str]]:
        """Reload saved work. Marks whose words moved follow them; marks that cannot be
        placed are kept in ``unplaced`` and reported."""
        data = read_saved(path)
        if data["slug"] != slug or data["task"] != task:
            raise AnnotationError(
                f"{path} holds your {data['task']} marks on {data['slug']!r}, not {task} marks "
                f"on {slug!r}; it is left as it is: choose another file"
            )
        return cls.from_saved(data, body=body, source=(data.get("article") or {}).get("path"))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


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
