"""The saved form of a learner's marks: the file's content, checked, and each mark found
again after the article was edited.

A saved mark keeps its words and a little of the text on either side of them. When the
article changes, the mark goes where its words are now: the only place they occur, else
the place whose surroundings match the saved ones best (ties: the one nearest the old
place). A word that occurs several times with nothing around it to tell them apart is not
guessed: the mark is reported as not placed, and kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import NewslabError

__all__ = ["CONTEXT", "FORMAT", "WorkFileError", "context", "place", "read_saved", "text_hash"]

#: The ``newslab`` entry of every work file: what the file is.
FORMAT = "learner marks"

#: Characters of text kept on either side of a mark.
CONTEXT = 32
#: Characters of matching surroundings needed to choose between several occurrences.
MIN_CONTEXT = 4
#: The tasks a work file can hold.
_TASKS = ("entities", "quotes", "timexes")


def text_hash(text: str) -> str:
    """The SHA-256 of a text (hex): the identity of an article's body.

    >>> text_hash("Rain fell.")[:12]
    '8a4b1e83d9ac'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def context(body: str, start: int, end: int) -> tuple[str, str]:
    """The text just before and just after ``body[start:end]``.

    >>> context("Putin met Lavrov in Moscow.", 10, 16)
    ('Putin met ', ' in Moscow.')
    """
    return body[max(0, start - CONTEXT) : start], body[end : end + CONTEXT]


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _occurrences(body: str, text: str) -> list[int]:
    found, i = [], body.find(text)
    while i >= 0:
        found.append(i)
        i = body.find(text, i + 1)
    return found


def place(body: str, saved: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where a saved mark (``start``, ``end``, ``text``, optional ``before``/``after``) is in
    ``body`` now, or None if it cannot be placed without guessing.

    Examples
    --------
    >>> mark = {"start": 10, "end": 16, "text": "Lavrov", "before": "Putin met ", "after": " in"}
    >>> place("Earlier, Putin met Lavrov in Moscow.", mark)
    (19, 25)
    >>> place("Putin met nobody.", mark) is None
    True
    """
    text, start = saved["text"], saved["start"]
    if not text:
        return None
    hits = _occurrences(body, text)
    if not hits:
        return None
    before, after = saved.get("before"), saved.get("after")
    if before is None and after is None:  # saved by a version that kept no surroundings
        if body[start : start + len(text)] == text:
            return start, start + len(text)
        return (hits[0], hits[0] + len(text)) if len(hits) == 1 else None
    if len(hits) == 1:
        return hits[0], hits[0] + len(text)
    score, _, best = max(
        (
            _common_suffix(before or "", body[max(0, h - CONTEXT) : h])
            + _common_prefix(after or "", body[h + len(text) : h + len(text) + CONTEXT]),
            -abs(h - start),
            h,
        )
        for h in hits
    )
    return (best, best + len(text)) if score >= MIN_CONTEXT else None


class WorkFileError(NewslabError, ValueError):
    """A saved work file that cannot be read: not JSON, not UTF-8, or not newslab's."""


def _is_mark(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and all(isinstance(item.get(k), int) for k in ("start", "end"))
        and all(isinstance(item.get(k), str) for k in ("text", "label"))
        and isinstance(item.get("note", ""), str)
        and all(isinstance(item.get(k, ""), str | None) for k in ("before", "after"))
    )


def read_saved(path: str | Path) -> dict[str, Any]:
    """The content of a work file, checked; :class:`WorkFileError` says what is wrong.

    >>> read_saved("newslab-work/story-8a4b1e83d9ac-entities.json")["task"]  # doctest: +SKIP
    'entities'
    """
    if Path(path).exists() and not Path(path).is_file():
        raise WorkFileError("not a regular file")
    try:
        data = json.loads(Path(path).read_bytes().decode("utf-8"))
    except OSError as exc:
        raise WorkFileError(f"cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise WorkFileError("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise WorkFileError(f"not valid JSON, line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise WorkFileError("no newslab marks in it: not a JSON object")
    if not (isinstance(data.get("slug"), str) and data.get("task") in _TASKS):
        raise WorkFileError("no article name (slug) or task newslab knows in it")
    lists = [data.get("marks"), data.get("unplaced", [])]
    if not all(isinstance(x, list) and all(_is_mark(i) for i in x) for x in lists):
        raise WorkFileError("its marks are not objects with start, end, text and label")
    if not isinstance(data.get("article", {}), dict):
        raise WorkFileError("its 'article' entry is not an object")
    return data
