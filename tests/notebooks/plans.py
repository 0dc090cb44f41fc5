"""The lesson plans' expected answers, written from the notebooks' own output.

Each plan holds marked blocks: ``<!-- newslab:answers -->`` (every exercise: what its answer
key gives in the notebook and what the check says to it) and ``<!-- newslab:output NAME -->``
(the output of the notebook cell whose metadata says ``"plan": "NAME"``). The notebook test
runs each notebook, renders these blocks from what it really shows, and compares them with
the plan; with ``NEWSLAB_WRITE_PLANS=1`` (``make plans``) it rewrites them instead.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

BLOCK = re.compile(
    r"(<!-- newslab:(answers|output [^>]+?) -->\n)(.*?)(<!-- /newslab:\2 -->)", flags=re.S
)
NOTE = (
    "_Written from the notebook's own output by the course's tests; `make plans` rewrites it "
    "when newslab changes._"
)


def cell(value: Any, width: int = 160) -> str:
    """One value as a Markdown table cell: short, one line, pipes escaped."""
    from newslab.course.answers import shown

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, dict):
        text = "; ".join(f"{cell(k)}: {cell(v)}" for k, v in value.items())
    elif isinstance(value, tuple):
        text = " to ".join(cell(v) for v in value)
    else:
        text = shown(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def output_text(value: Any, printed: str) -> str:
    """A cell's output as Markdown: a table for a DataFrame or Series, else what it printed."""
    kind = type(value).__name__
    if kind == "DataFrame":
        frame = value.reset_index(drop=True)
        return table(list(map(str, frame.columns)), frame.values.tolist())
    if kind == "Series":
        return table([str(value.index.name or ""), str(value.name or "")], list(value.items()))
    return "```\n" + printed.rstrip() + "\n```"


def answers_text(keys: dict[str, tuple[Any, Any]]) -> str:
    """The answers block: each exercise, what its key gives, and what the check says."""
    rows = [[ident, value, feedback.message] for ident, (value, feedback) in keys.items()]
    return table(["Exercise", "The answer key gives", "The check says"], rows)


def blocks(plan: Path) -> dict[str, str]:
    """The marked blocks of a plan: "answers" or "output NAME" -> their text."""
    return {m.group(2): m.group(3).strip() for m in BLOCK.finditer(plan.read_text())}


def expected(keys: dict[str, tuple[Any, Any]], outputs: dict[str, str]) -> dict[str, str]:
    found = {"answers": answers_text(keys)}
    found |= {f"output {name}": text for name, text in outputs.items()}
    return {k: NOTE + "\n\n" + v for k, v in found.items()}


def rewrite(plan: Path, new: dict[str, str]) -> None:
    """Put the new text into the plan's blocks, leaving everything around them as it is."""
    text = BLOCK.sub(
        lambda m: m.group(1) + new.get(m.group(2), m.group(3)).strip() + "\n" + m.group(4),
        plan.read_text(),
    )
    plan.write_text(text)
