"""Writing files so that nothing is lost: atomic replace, a kept previous version, and
never a write into ``seeds/``, over an input article or into an input folder.

Every file newslab writes goes through :func:`write_bytes_atomic` (or its text twin). The
new content goes to a fresh temporary file (created exclusively, so a symlink planted in
its place is never followed), is flushed to disk, then renamed over the target: the old
file is whole until the new one is. Files get the user's umask, like any other program's;
temporary files left by a save that was killed half-way are cleaned by the next save.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from .errors import NewslabError

__all__ = [
    "ProtectedPathError",
    "UnwritablePathError",
    "check_writable",
    "current_umask",
    "unwritable_reason",
    "write_bytes_atomic",
    "write_text_atomic",
]

#: A temporary file this old belongs to a save that was killed; younger ones may be in use.
STALE_TEMP_SECONDS = 600
_PREVIOUS = ".previous"


class ProtectedPathError(NewslabError, PermissionError):
    """newslab will not write here: the message says where to write instead."""


class UnwritablePathError(NewslabError, OSError):
    """The file system will not let newslab write here: the message says why and what to do."""


def _existing_ancestor(path: Path) -> Path:
    while not os.path.lexists(path) and path != path.parent:
        path = path.parent
    return path


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):  # pragma: no cover - every POSIX file system answers
        return 255


def check_writable(
    path: str | Path,
    *,
    protect: Iterable[Path | str] = (),
    protect_folders: Iterable[Path | str] = (),
    longest_suffix: str = "",
    probe: bool = False,
) -> Path:
    """Refuse, before any work is done, a target newslab must not or cannot write.

    ``seeds/`` (and every folder below it), the files in ``protect`` and the folders in
    ``protect_folders`` are refused; so are a parent that is a file, a name longer than the
    file system allows (with ``longest_suffix`` added, e.g. ``.previous``) and, with
    ``probe``, a folder the user cannot write in.

    Examples
    --------
    >>> check_writable("seeds/notes.json")  # doctest: +SKIP
    Traceback (most recent call last):
    ProtectedPathError: seeds/notes.json: newslab never writes into a seeds/ folder ...
    """
    target = Path(path).expanduser()
    resolved = target.resolve()
    if "seeds" in resolved.parent.parts:
        raise ProtectedPathError(
            f"{target}: newslab never writes into a seeds/ folder (the course's articles) "
            "or a folder inside it; choose another folder, e.g. your notebook's folder"
        )
    if any(Path(p).resolve() == resolved for p in protect):
        raise ProtectedPathError(
            f"{target}: this is the article being analysed; newslab will not overwrite it. "
            "Choose another file name"
        )
    if any(Path(f).resolve() == resolved.parent for f in protect_folders):
        raise ProtectedPathError(
            f"{target}: this is the folder of the articles being analysed; newslab writes "
            "nothing into it. Write somewhere else, e.g. results/"
        )
    ancestor = _existing_ancestor(resolved.parent)
    if not ancestor.is_dir():
        raise UnwritablePathError(
            f"{target}: cannot write there, {ancestor} is not a folder; choose a file in a folder"
        )
    size = len((target.name + longest_suffix).encode("utf-8", "surrogateescape"))
    if size > _name_max(ancestor):
        raise UnwritablePathError(
            f"{target.name[:40]}…: the file name is {size} bytes long and this file system "
            f"allows {_name_max(ancestor)}; choose a shorter name"
        )
    if target.is_dir():
        raise UnwritablePathError(f"{target} is a folder; name a file inside it instead")
    if probe and (reason := unwritable_reason(resolved.parent)):
        raise UnwritablePathError(f"cannot write {target}: {reason}")
    return target


def unwritable_reason(folder: str | Path) -> str | None:
    """Why files cannot be created in ``folder`` (or the folder created), or None if they can.

    It tries: permission bits do not tell the whole story (root, read-only mounts, ACLs).

    >>> unwritable_reason("/proc")  # doctest: +SKIP
    '/proc is read-only (Permission denied)'
    """
    ancestor = _existing_ancestor(Path(folder).expanduser().resolve())
    if not ancestor.is_dir():
        return f"{ancestor} is not a folder"
    try:
        fd, probe = tempfile.mkstemp(prefix=".newslab-probe-", dir=ancestor)
    except OSError as exc:
        return f"{ancestor} is read-only ({exc.strerror or exc})"
    os.close(fd)
    os.unlink(probe)
    return None


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows.

    >>> oct(current_umask())  # doctest: +SKIP
    '0o22'
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # pragma: no cover - systems without /proc
    os.umask(mask)  # pragma: no cover
    return mask  # pragma: no cover


def _temp_prefix(name: str) -> str:
    short = name.encode("utf-8", "surrogateescape")[:100].decode("utf-8", "ignore")
    return f".{short}."


def _clean_stale(folder: Path, name: str) -> None:
    """Remove temporary files of earlier saves of ``name`` that were killed half-way."""
    pattern = re.compile(re.escape(_temp_prefix(name)) + r"[A-Za-z0-9_]+\.tmp")
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISDIR(info.st_mode) and now - info.st_mtime > STALE_TEMP_SECONDS:
                os.unlink(entry.path)
        except OSError:
            continue


def _replace_with(folder: Path, name: str, data: bytes) -> None:
    """Write ``data`` to a new temporary file and rename it to ``folder/name``."""
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(name), suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, folder / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _current_bytes(target: Path) -> bytes | None:
    """The target's content, if it is a regular file (a symlink is not read through)."""
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        return handle.read()


def write_bytes_atomic(
    path: str | Path,
    data: bytes,
    *,
    protect: Iterable[Path | str] = (),
    keep_previous: bool = False,
) -> Path:
    """Write ``data`` to ``path`` through a fresh temporary file and a rename.

    Either the new content is there or the old one is, never half of it. With
    ``keep_previous``, the file that was there is kept as ``NAME.previous``.

    Examples
    --------
    >>> write_bytes_atomic("tables.parquet", b"...")  # doctest: +SKIP
    PosixPath('tables.parquet')
    """
    target = check_writable(path, protect=protect, longest_suffix=_PREVIOUS * keep_previous)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _clean_stale(folder, target.name)
        if keep_previous and (old := _current_bytes(target)) is not None:
            _replace_with(folder, target.name + _PREVIOUS, old)
        _replace_with(folder, target.name, data)
    except OSError as exc:
        if isinstance(exc, NewslabError):
            raise
        raise UnwritablePathError(
            f"{target}: could not be written ({exc.strerror or exc}); the file that was there "
            "is unchanged. Free some space or choose another folder"
        ) from exc
    return target


def write_text_atomic(
    path: str | Path,
    text: str,
    *,
    protect: Iterable[Path | str] = (),
    keep_previous: bool = False,
) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; see :func:`write_bytes_atomic`.

    Examples
    --------
    >>> write_text_atomic("notes.json", "{}")  # doctest: +SKIP
    PosixPath('notes.json')
    """
    return write_bytes_atomic(
        path, text.encode("utf-8"), protect=protect, keep_previous=keep_previous
    )
