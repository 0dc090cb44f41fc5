"""Writing files so that nothing is lost: atomic replace, a kept previous version, and
never a write into ``seeds/`` or over an input article."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import NewslabError

__all__ = ["ProtectedPathError", "write_text_atomic"]


class ProtectedPathError(NewslabError, PermissionError):
    """newslab will not write here: the message says where to write instead."""


def _check(target: Path, protect: Iterable[Path | str]) -> None:
    resolved = target.resolve()
    if any(part == "seeds" for part in resolved.parent.parts[-1:]):
        raise ProtectedPathError(
            f"{target}: newslab never writes into a seeds/ folder (the course's articles); "
            "choose another folder, e.g. your notebook's folder"
        )
    for p in protect:
        if Path(p).resolve() == resolved:
            raise ProtectedPathError(
                f"{target}: this is the article being analysed; newslab will not overwrite it. "
                "Choose another file name"
            )


def write_text_atomic(
    path: str | Path,
    text: str,
    *,
    protect: Iterable[Path | str] = (),
    keep_previous: bool = False,
) -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    The old file is never half-written: either the new content is there, or the old one is.
    With ``keep_previous``, an existing file is first copied to ``NAME.previous``.

    Examples
    --------
    >>> write_text_atomic("notes.json", "{}")  # doctest: +SKIP
    PosixPath('notes.json')
    """
    target = Path(path)
    _check(target, protect)
    target.parent.mkdir(parents=True, exist_ok=True)
    if keep_previous and target.exists():
        shutil.copy2(target, target.with_name(target.name + ".previous"))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
