"""What a resumable corpus run keeps of each finished article: its tables, in Parquet.

Each article's part is a folder ``OUT.parts/STEM-HASH/`` holding one ``NAME.parquet`` per
table; ``HASH`` is the start of the SHA-256 of the article file's bytes, so an article edited
since the last run is annotated again, never taken from a stale part. Parts are data, never
code: nothing here unpickles anything. A part is written into a temporary folder and renamed
into place whole, so an interrupted run leaves no half part behind.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NewslabError
from ..safe_io import STALE_TEMP_SECONDS, current_umask

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["CorpusError", "Parts", "input_key"]


class CorpusError(NewslabError, ValueError):
    """A corpus run cannot go on: the message says which file and how to fix it."""


def input_key(path: Path) -> str | None:
    """``STEM-HASH`` for an article file (None for one that is not a readable regular file;
    reading it fails later with its own message). A FIFO is never opened for reading.

    >>> input_key(Path("missing.md")) is None
    True
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    digest = hashlib.sha256()
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    stem = path.stem.encode("utf-8", "surrogateescape")[:80].decode("utf-8", "ignore")
    return f"{stem}-{digest.hexdigest()[:16]}"


class Parts:
    """The folder of finished articles' tables, ``OUT.parts/``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def has(self, key: str) -> bool:
        return (self.folder / key).is_dir()

    def read(self, key: str, names: Iterable[str]) -> dict[str, pd.DataFrame]:
        """The tables of one part; :class:`CorpusError` if one cannot be read."""
        import pandas as pd

        tables = {}
        for name in names:
            path = self.folder / key / f"{name}.parquet"
            try:
                tables[name] = pd.read_parquet(path)
            except Exception as exc:  # pyarrow raises several kinds for a damaged file
                raise CorpusError(
                    f"{path}: a part kept from an earlier run cannot be read "
                    f"({type(exc).__name__}); delete the folder {path.parent} (the other "
                    "articles' parts are kept) and run again"
                ) from None
        return tables

    def write(self, key: str, tables: dict[str, pd.DataFrame]) -> None:
        """Keep one article's tables, whole or not at all."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._clean_stale()
        tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", suffix=".tmp", dir=self.folder))
        try:
            tmp.chmod(0o777 & ~current_umask())
            for name, df in tables.items():
                buffer = io.BytesIO()
                df.to_parquet(buffer, index=False)
                with open(tmp / f"{name}.parquet", "xb") as handle:  # a fresh folder: no links
                    handle.write(buffer.getvalue())
            os.rename(tmp, self.folder / key)
        except OSError:
            if not self.has(key):
                raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def _clean_stale(self) -> None:
        """Remove the temporary folders of runs that were killed while writing a part."""
        now = time.time()
        for entry in os.scandir(self.folder):
            if re.fullmatch(r"\..+\.tmp", entry.name) and entry.is_dir(follow_symlinks=False):
                if now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS:
                    shutil.rmtree(entry.path, ignore_errors=True)
