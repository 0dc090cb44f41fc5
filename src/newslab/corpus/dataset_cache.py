"""A dataset in the cache: a folder of files and a manifest, installed whole or not at all.

A download is written into a hidden temporary folder beside the cache and renamed into place
only when every file is there and verified; ``manifest.json`` (written last) lists each file
with its SHA-256, so a folder without one, or whose files differ from it, is never taken for
the dataset. The listing's own digest is ``sha256sum FILES | sha256sum`` in a shell.

>>> digest({"a.md": "0" * 64})[:12]
'12aa48ae79c9'
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import NewslabError

__all__ = ["MANIFEST", "DatasetError", "complete_files", "digest", "install", "usable_root"]

MANIFEST = "manifest.json"
_PARTIAL = ".partial-"
_STALE_SECONDS = 3600


class DatasetError(NewslabError, RuntimeError):
    """The corpus cannot be had; the message says how to point newslab at a folder."""


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digest(files: dict[str, str]) -> str:
    """The SHA-256 of the listing ``HASH  NAME`` (one line a file, sorted by name).

    Examples
    --------
    >>> len(digest({"a.md": "0" * 64}))
    64
    """
    listing = "".join(f"{files[name]}  {name}\n" for name in sorted(files))
    return hashlib.sha256(listing.encode()).hexdigest()


def read_manifest(folder: Path) -> dict[str, str] | None:
    """The files a manifest lists (name -> SHA-256), or None if it is missing or malformed."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict) or not files:
        return None
    if not all(
        isinstance(n, str) and Path(n).name == n and isinstance(h, str) and len(h) == 64
        for n, h in files.items()
    ):
        return None
    if data.get("sha256") != digest(files):
        return None
    return files


def complete_files(folder: Path) -> list[Path] | None:
    """The dataset's files, if ``folder`` holds all of them as its manifest lists; else None.

    Files the manifest does not list (a stray article, an editor's backup) are ignored.
    """
    files = read_manifest(folder)
    if files is None:
        return None
    for name, expected in files.items():
        path = folder / name
        if not path.is_file() or sha256_file(path) != expected:
            return None
    return sorted(folder / name for name in files)


def manifest_text(files: dict[str, str], *, dataset: str, source: str) -> str:
    """The manifest of ``files`` (name -> SHA-256), as JSON text."""
    data = {"dataset": dataset, "source": source, "sha256": digest(files), "files": files}
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def usable_root(root: Path, name: str, *, writing: bool) -> Path:
    """``root / name``, after checking that the cache can be there (and written, if ``writing``).

    Raises :class:`DatasetError` for a dangling link, a file where a folder should be, or a
    folder newslab may not write into, each with the fix.
    """
    fix = "or set NEWSLAB_DATA to another folder"
    target = root / name
    for place in (root, target):
        if place.is_symlink() and not place.exists():
            raise DatasetError(
                f"{place} is a link to {os.readlink(place)}, which does not exist: "
                f"remove the link or create its target, {fix}"
            )
        if place.exists() and not place.is_dir():
            raise DatasetError(
                f"{place} is a file where newslab keeps a folder: move the file away, {fix}"
            )
    if writing:
        try:
            root.mkdir(parents=True, exist_ok=True)
            probe = tempfile.mkdtemp(prefix=f".{name}{_PARTIAL}", dir=root)
        except OSError as exc:
            raise DatasetError(_unwritable(root, exc, fix)) from None
        os.rmdir(probe)
    return target


def _unwritable(root: Path, exc: OSError, fix: str) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{root} is read-only for newslab ({exc.strerror}): make it writable, {fix}"
    return f"{root}: the cache cannot be written there ({exc.strerror}); free some space, {fix}"


def install(
    root: Path,
    name: str,
    files: Iterable[tuple[str, bytes]],
    *,
    dataset: str,
    source: str,
    say: Callable[[str], None] = lambda line: None,
) -> list[Path]:
    """Write ``files`` (name, bytes) as the folder ``root / name``, whole or not at all.

    Everything goes into a hidden temporary folder first; the manifest is written last and
    the folder renamed into place only then, so an interruption leaves no half-made dataset
    (a later call removes the leftovers). A folder already there that is not a complete
    dataset is kept aside as ``NAME.incomplete-…``, never deleted.
    """
    target = usable_root(root, name, writing=True)
    _remove_stale(root, name)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}{_PARTIAL}", dir=root))
    try:
        tmp.chmod(0o777 & ~_umask())  # a folder like any other, not mkdtemp's private one
        hashes: dict[str, str] = {}
        for filename, data in files:
            if Path(filename).name != filename or filename in (MANIFEST, "") or filename in hashes:
                raise DatasetError(f"{source}: the file name {filename!r} is not allowed here")
            (tmp / filename).write_bytes(data)
            hashes[filename] = hashlib.sha256(data).hexdigest()
        (tmp / MANIFEST).write_text(
            manifest_text(hashes, dataset=dataset, source=source), encoding="utf-8"
        )
        for path in tmp.iterdir():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        if complete_files(tmp) is None:  # read back from the disk, every byte
            raise DatasetError(f"{tmp}: the files written differ from those fetched; try again")
        _move_into_place(tmp, target, say)
    except OSError as exc:
        raise DatasetError(
            _unwritable(root, exc, "or set NEWSLAB_DATA to another folder")
        ) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return complete_files(target) or []


def _move_into_place(tmp: Path, target: Path, say: Callable[[str], None]) -> None:
    if complete_files(target) is not None:  # another process finished first
        return
    if target.exists() or target.is_symlink():
        aside = target.with_name(f"{target.name}.incomplete-{time.strftime('%Y%m%d-%H%M%S')}")
        os.rename(target, aside)
        say(f"{target} was not a complete download; it is kept aside as {aside}")
    try:
        os.rename(tmp, target)
    except OSError:
        if complete_files(target) is None:  # not a race lost to another download
            raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove_stale(root: Path, name: str) -> None:
    """Temporary folders left by a download that was killed more than an hour ago."""
    now = time.time()
    for leftover in root.glob(f".{name}{_PARTIAL}*"):
        try:
            if now - leftover.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            pass
