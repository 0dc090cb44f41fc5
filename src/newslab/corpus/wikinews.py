"""The Wikinews sample (277 articles, 2019-2020, CC BY 2.5): found, or fetched once and cached.

:func:`wikinews` looks, in this order, at a folder you name (``folder=`` or
``$NEWSLAB_WIKINEWS``), at the cache (``$NEWSLAB_DATA/wikinews``, else
``~/.local/share/newslab/wikinews``), at ``shared/wikinews`` beside a source checkout (the
developers' copy), and only then downloads it into the cache, from ``$NEWSLAB_WIKINEWS_URL``
(a school's mirror) or else from the public repository ``vanatteveldt/wikinews``.

Whatever the source, pinned checksums decide: an address may serve the two upstream CSV files
(their sizes and SHA-256 are in :data:`SOURCES`; newslab converts them) or the converted
articles with their ``manifest.json`` (the listing's digest is :data:`ARTICLES_SHA256`, what
``sha256sum *.md | sha256sum`` prints in the folder). ``newslab wikinews --mirror DIR`` writes
such a folder; ``python -m http.server`` in it is a mirror, and so is a ``file://`` address.
No article text is part of newslab itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from .dataset_cache import (
    MANIFEST,
    DatasetError,
    complete_files,
    digest,
    install,
    sha256_file,
    usable_root,
)
from .wikinews_csv import convert_rows, read_rows

__all__ = [
    "ARTICLES_SHA256",
    "BASE_URL",
    "SOURCES",
    "DatasetError",
    "Source",
    "cache_dir",
    "make_mirror",
    "wikinews",
    "wikinews_folder",
]

BASE_URL = "https://raw.githubusercontent.com/vanatteveldt/wikinews/main/data/"
#: The digest of the converted sample's listing (277 articles; see the module's docstring).
ARTICLES_SHA256 = "f85d6a04745e7acce712e3c6be0dfdd6e322a2c29afae9beb775f478dbcf9ec2"
NAME = "wikinews"
HELP = "lessons/README.md, 'An offline room'"


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


def cache_dir() -> Path:
    """``$NEWSLAB_DATA``, else the user's data folder (``~/.local/share/newslab``)."""
    if os.environ.get("NEWSLAB_DATA"):
        return Path(os.environ["NEWSLAB_DATA"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "newslab"


def wikinews(
    *,
    folder: str | Path | None = None,
    download: bool = True,
    base_url: str | None = None,
    sources: tuple[Source, ...] = SOURCES,
    articles_sha256: str = ARTICLES_SHA256,
    progress: bool = True,
) -> list[Path]:
    """The Wikinews sample as a list of article files (see the module's docstring for where).

    With ``download=False`` nothing is fetched: a :class:`DatasetError` says how to get it.
    ``progress`` prints where the download comes from and what was verified.

    Examples
    --------
    >>> paths = wikinews(folder="../shared/wikinews")  # doctest: +SKIP
    >>> len(paths)  # doctest: +SKIP
    277
    """
    named = folder or os.environ.get("NEWSLAB_WIKINEWS")
    if named:
        return _named(Path(named))
    target = usable_root(cache_dir(), NAME, writing=False)
    found = complete_files(target) or _checkout_copy(articles_sha256)
    if found:
        return found
    if not download:
        _missing(target, "")
    url = base_url or os.environ.get("NEWSLAB_WIKINEWS_URL") or BASE_URL
    return _download(url.rstrip("/") + "/", sources, articles_sha256, _sayer(progress))


def wikinews_folder(*, folder: str | Path | None = None, download: bool = True) -> Path:
    """The folder that holds the Wikinews articles (see :func:`wikinews`).

    >>> wikinews_folder(download=False).name  # doctest: +SKIP
    'wikinews'
    """
    return wikinews(folder=folder, download=download)[0].parent


def make_mirror(dest: str | Path, *, articles_sha256: str = ARTICLES_SHA256) -> Path:
    """Write the sample and its manifest into the new folder ``dest``: a mirror for a room.

    Serve it (``python -m http.server -d DEST``) and set ``NEWSLAB_WIKINEWS_URL`` to its
    address, or copy it onto each machine and point ``NEWSLAB_WIKINEWS`` at it.

    >>> make_mirror("/media/usb/wikinews")  # doctest: +SKIP
    PosixPath('/media/usb/wikinews')
    """
    dest = Path(dest)
    if (dest.exists() or dest.is_symlink()) and not (dest.is_dir() and not any(dest.iterdir())):
        raise DatasetError(f"{dest}: already there; name a new folder for the mirror")
    paths = wikinews(articles_sha256=articles_sha256)
    if digest({p.name: sha256_file(p) for p in paths}) != articles_sha256:
        raise DatasetError(
            f"{paths[0].parent}: these {len(paths)} articles are not the pinned sample, so a "
            "mirror of them would be refused; fetch the sample again into an empty NEWSLAB_DATA"
        )
    if dest.is_dir():
        dest.rmdir()
    source = f"mirror of {paths[0].parent}"
    files = ((p.name, p.read_bytes()) for p in paths)
    install(dest.parent, dest.name, files, dataset=NAME, source=source)
    return dest


def _named(folder: Path) -> list[Path]:
    """The articles of a folder the user named; checked against its manifest if it has one."""
    if (folder / MANIFEST).is_file():
        found = complete_files(folder)
        if found is None:
            raise DatasetError(
                f"{folder}: its files differ from what its {MANIFEST} lists (a copy cut short, "
                "or an article edited); copy the folder again"
            )
        return found
    found = _articles(folder)
    if not found:
        raise DatasetError(
            f"{folder}: no article files (*.md) here; name the folder that holds them"
        )
    return found


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md")


def _checkout_copy(articles_sha256: str) -> list[Path] | None:
    """``shared/wikinews`` beside the source checkout newslab runs from, if it is the sample."""
    root = Path(__file__).resolve().parents[3]
    folder = root.parent / "shared" / NAME
    if not (root / "pyproject.toml").is_file() or not folder.is_dir():
        return None
    paths = _articles(folder)
    return paths if digest({p.name: sha256_file(p) for p in paths}) == articles_sha256 else None


def _missing(target: Path, why: str) -> NoReturn:
    raise DatasetError(
        f"The Wikinews sample is not on this machine{why}. With a network, run "
        "`newslab wikinews` once (or `make wikinews`); without one, set NEWSLAB_WIKINEWS_URL "
        f"to a mirror or NEWSLAB_WIKINEWS to a copied folder ({HELP}). The cache is {target}"
    )


def _sayer(progress: bool) -> Callable[[str], None]:
    if not progress:
        return lambda line: None
    return lambda line: print(f"newslab: {line}", file=sys.stderr, flush=True)


def _download(
    base: str, sources: tuple[Source, ...], pinned: str, say: Callable[[str], None]
) -> list[Path]:
    root = cache_dir()
    target = usable_root(root, NAME, writing=True)
    manifest = _get(base + MANIFEST, target, optional=True)  # offline: one line, raised here
    say(f"fetching the Wikinews sample from {base} into {target} (once)")
    if manifest:
        files = _article_set(base, manifest, pinned, target)
        source = f"the articles at {base}, listing sha256 {pinned}"
    else:
        files = _from_csv(base, sources, target, say)
        source = "; ".join(f"{s.name} sha256 {s.sha256}" for s in sources) + f" at {base}"
    paths = install(root, NAME, files, dataset=NAME, source=source, say=say)
    say(f"{len(paths)} articles, every checksum verified, in {target}")
    return paths


def _article_set(
    base: str, manifest: bytes, pinned: str, target: Path
) -> Iterator[tuple[str, bytes]]:
    """The converted articles a mirror serves, once its listing is the pinned one."""
    try:
        files = json.loads(manifest.decode("utf-8")).get("files")
        listed = digest(files) if isinstance(files, dict) else None
    except (ValueError, AttributeError, TypeError):
        listed = None
    if listed != pinned:
        raise DatasetError(
            f"{base}{MANIFEST} does not list the pinned Wikinews sample, so nothing was "
            "cached; a mirror must serve it unchanged (`newslab wikinews --mirror DIR` makes one)"
        )
    return _each_checked(base, files, target)


def _each_checked(base: str, files: dict[str, str], target: Path) -> Iterator[tuple[str, bytes]]:
    for name, expected in sorted(files.items()):
        data = _get(base + urllib.parse.quote(name), target)
        if hashlib.sha256(data).hexdigest() != expected:
            raise DatasetError(f"{base}{name} is not the file {MANIFEST} lists; nothing was cached")
        yield name, data


def _from_csv(
    base: str, sources: tuple[Source, ...], target: Path, say: Callable[[str], None]
) -> Iterator[tuple[str, bytes]]:
    rows = []
    for src in sources:
        url, data = _csv(base, src.name, target)
        sha = hashlib.sha256(data).hexdigest()
        if len(data) != src.size or sha != src.sha256:
            raise DatasetError(
                f"{url} is not the expected file (size {len(data)}, sha256 "
                f"{sha[:12]}…); nothing was cached. Try again later, or use another mirror"
            )
        say(f"{src.name}: {len(data):,} bytes, sha256 verified")
        rows += read_rows(data)
    for name, text in convert_rows(rows).items():
        yield name, text.encode("utf-8")


def _csv(base: str, name: str, target: Path) -> tuple[str, bytes]:
    """A CSV file at the address, else one folder up (upstream's 2020 file sits at its root)."""
    for url in dict.fromkeys([base + name, urllib.parse.urljoin(base, "../" + name)]):
        data = _get(url, target, optional=True)
        if data:
            return url, data
    _missing(target, f": {base} serves neither {MANIFEST} nor {name}")


def _get(url: str, target: Path, *, optional: bool = False) -> bytes:
    """The bytes at ``url``; empty when ``optional`` and the address has no such file."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404 and optional:
            return b""
        why = f": {url} answers {exc.code} {exc.reason}"
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, FileNotFoundError) and optional:
            return b""
        why = f": {url} cannot be reached ({exc.reason})"
    except ValueError:
        why = f": {url!r} is not an address (write it like http://192.0.2.1:8000/)"
    except OSError as exc:
        why = f": {url} cannot be reached ({exc})"
    _missing(target, why)
