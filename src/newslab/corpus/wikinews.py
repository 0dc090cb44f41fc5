"""The Wikinews sample (2019-2020, CC BY 2.5): from a folder you name, a cache, or a download.

The download is two CSV files from the public repository ``vanatteveldt/wikinews``; their
sizes and SHA-256 checksums are verified, each row is converted to the article format and
the result is cached in the user's data folder. No article text is part of newslab itself.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..article import slugify
from ..errors import NewslabError
from ..safe_io import write_text_atomic

__all__ = ["DatasetError", "SOURCES", "cache_dir", "wikinews", "wikinews_folder"]

BASE_URL = "https://raw.githubusercontent.com/vanatteveldt/wikinews/main/data/"


@dataclass(frozen=True)
class Source:
    name: str
    size: int
    sha256: str


SOURCES = (
    Source(
        "wikinews_2019.csv",
        444_481,
        "d65f87b01244679d01c89ec15616fbd8413e7852732432d5895fa4db9b21ac9e",
    ),
    Source(
        "wikinews_2020.csv",
        954_572,
        "42f833b55a848b6a9070c3be7e7ab5e55d3150a3e128419130df5b8283a62f4a",
    ),
)
_DATELINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\w+\s+\d{1,2},\s+\d{4}\s*$"
)


class DatasetError(NewslabError, RuntimeError):
    """The corpus cannot be had; the message says how to point newslab at a folder."""


def cache_dir() -> Path:
    """``$NEWSLAB_DATA``, else the user's data folder (``~/.local/share/newslab``)."""
    if os.environ.get("NEWSLAB_DATA"):
        return Path(os.environ["NEWSLAB_DATA"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "newslab"


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md")


def wikinews(
    *,
    folder: str | Path | None = None,
    download: bool = True,
    base_url: str = BASE_URL,
    sources: tuple[Source, ...] = SOURCES,
) -> list[Path]:
    """The Wikinews sample as a list of article files.

    From ``folder`` (or ``$NEWSLAB_WIKINEWS``) when given, else from the cache, else
    downloaded once (checksums verified) and cached.

    Examples
    --------
    >>> paths = wikinews(folder="../shared/wikinews")  # doctest: +SKIP
    >>> len(paths)  # doctest: +SKIP
    277
    """
    named = folder or os.environ.get("NEWSLAB_WIKINEWS")
    if named:
        found = _articles(Path(named))
        if not found:
            raise DatasetError(
                f"{named}: no article files (*.md) here; name the folder that holds them"
            )
        return found
    cached = cache_dir() / "wikinews"
    if _articles(cached):
        return _articles(cached)
    if not download:
        raise DatasetError(_offline_message(cached))
    rows = []
    for src in sources:
        rows += list(csv.DictReader(io.StringIO(_fetch(base_url + src.name, src).decode("utf-8"))))
    for row in rows:
        converted = _convert(row)
        if converted is not None:
            name, text = converted
            write_text_atomic(cached / name, text)
    return _articles(cached)


def wikinews_folder(*, folder: str | Path | None = None, download: bool = True) -> Path:
    """The folder that holds the Wikinews articles (see :func:`wikinews`)."""
    return wikinews(folder=folder, download=download)[0].parent


def _offline_message(cached: Path) -> str:
    return (
        "The Wikinews sample is not cached and cannot be downloaded here. Point newslab at a folder "
        "of articles: newslab.wikinews_folder(folder='path/to/wikinews') or set NEWSLAB_WIKINEWS=path "
        f"(the cache would be {cached})."
    )


def _fetch(url: str, src: Source) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            data = response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise DatasetError(
            f"could not download {url} ({exc}). " + _offline_message(cache_dir() / "wikinews")
        ) from None
    digest = hashlib.sha256(data).hexdigest()
    if len(data) != src.size or digest != src.sha256:
        raise DatasetError(
            f"{url}: the download is not the expected file (size {len(data)}, sha256 {digest[:12]}…); "
            "nothing was cached. Try again later, or point newslab at a folder."
        )
    return data


def _convert(row: dict[str, str]) -> tuple[str, str] | None:
    """One CSV row -> (file name, article text), or None for a row without text or date."""
    text, title = (row.get("text") or "").replace("\r\n", "\n"), (row.get("title") or "").strip()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and _DATELINE.match(lines[0]):
        lines = lines[1:]
    try:
        published = dt.date.fromisoformat((row.get("date") or "")[:10])
    except ValueError:
        return None
    if not lines or not title:
        return None
    front = "\n".join(
        [
            "---",
            f"title: {_yaml(title)}",
            'outlet: "Wikinews"',
            f"published: {published.isoformat()}",
            f"url: {_yaml(row.get('url') or '')}",
            'license: "CC BY 2.5"',
            "---",
        ]
    )
    return (
        f"{published.isoformat()}-{slugify(title)[:50].rstrip('-')}.md",
        front + "\n" + "\n".join(lines) + "\n",
    )


def _yaml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
