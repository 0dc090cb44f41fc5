"""The catalogue of bad articles: files here, two generated ones, and the table of outcomes."""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
HEADER = '---\ntitle: "Generated"\npublished: 2024-03-05\nlicense: "CC0"\n---\n'
SENTENCE = "The mayor said on Monday that the bridge in Springfield would reopen in June. "


def rows() -> list[dict[str, str]]:
    with open(HERE / "EXPECTED.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def materialise(name: str, tmp: Path) -> Path:
    """The file for a catalogue row: as stored, or generated into ``tmp``."""
    if not name.startswith("generated:"):
        return HERE / name
    kind = name.split(":", 1)[1]
    path = tmp / f"{kind}.md"
    if kind == "5mb-article":
        lines = [SENTENCE * 8] * (5_000_000 // (len(SENTENCE) * 8) + 1)
        path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    elif kind == "200k-character-paragraph":
        path.write_text(
            HEADER + (SENTENCE * (200_000 // len(SENTENCE) + 1))[:200_000] + "\n", encoding="utf-8"
        )
    else:  # pragma: no cover
        raise ValueError(kind)
    return path
