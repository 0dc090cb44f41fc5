"""A corpus in class time: a sample by default, and annotations kept so a second run is instant.

``load_corpus(folder)`` takes a class-sized sample of the articles (spread evenly over the
folder's files, which for the Wikinews sample are in date order) or every article with
``sample=None``, and returns their tables. Each article's tables are kept in the user's data
folder (``$NEWSLAB_DATA/annotations/``, never in the course's folder), as Parquet (data, never
code: nothing is unpickled), keyed by the SHA-256 of the article file and of newslab's own
code, the packages it needs and the model: an article edited since, or a newer newslab,
gazetteer or model, is annotated again. A cache that
cannot be written (a read-only home) only makes the run slower; a damaged entry is redone.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .collect import collect
from .parts import CorpusError, Parts
from .run import CorpusReport, article_paths

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["CLASS_SAMPLE", "annotation_cache", "load_corpus", "sample_paths"]

#: Articles in the default sample: about 46,000 words of the Wikinews sample, under a minute
#: on a two-core laptop the first time (see ``make bench``).
CLASS_SAMPLE = 60


def sample_paths(paths: list[Path], size: int | None) -> list[Path]:
    """``size`` of the paths, spread evenly from the first to the last (all of them for None).

    >>> [p.name for p in sample_paths([Path(f"{i}.md") for i in range(10)], 4)]
    ['0.md', '3.md', '6.md', '9.md']
    """
    if size is None or size >= len(paths):
        return list(paths)
    if size < 1:
        raise CorpusError(f"sample must be a whole number of 1 or more, or None, not {size!r}")
    if size == 1:
        return [paths[0]]
    return [paths[round(i * (len(paths) - 1) / (size - 1))] for i in range(size)]


@cache
def code_version() -> str:
    """SHA-256 (16 hex digits) of newslab's own files, the versions of the packages it needs
    (spaCy, the gazetteers' data ...) and the model's name and version: what the annotations
    depend on besides the article."""
    from ..nlp import model_key

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".tsv", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(dependency_versions().encode())
    digest.update(model_key().encode())  # read from the package: the model is not loaded
    return digest.hexdigest()[:16]


def dependency_versions() -> str:
    """``name==version`` of each package newslab requires (extras aside), one a line; empty
    where newslab runs from a source tree that was never installed."""
    from importlib import metadata

    try:
        needs = metadata.requires("newslab") or []
    except metadata.PackageNotFoundError:
        return ""
    lines = []
    for need in needs:
        name = re.match(r"[A-Za-z0-9_.-]+", need)
        if name and "extra ==" not in need:
            try:
                lines.append(f"{name.group()}=={metadata.version(name.group())}")
            except metadata.PackageNotFoundError:
                lines.append(f"{name.group()} missing")
    return "\n".join(sorted(lines))


def annotation_cache() -> Path:
    """Where annotations are kept: ``annotations/`` in the user's data folder."""
    from .wikinews import cache_dir

    return cache_dir() / "annotations"


def load_corpus(
    source: str | Path,
    *,
    sample: int | None = CLASS_SAMPLE,
    report: CorpusReport | None = None,
    cache_folder: str | Path | None = None,
    progress: bool = True,
) -> dict[str, pd.DataFrame]:
    """The entities, quotes, sources and timexes tables of a folder of articles: a sample of
    ``sample`` articles spread over the folder (every article with ``sample=None``),
    annotated once and then taken from the cache in your data folder.

    Examples
    --------
    >>> report = CorpusReport()  # doctest: +SKIP
    >>> tables = load_corpus(newslab.wikinews_folder(), report=report)  # doctest: +SKIP
    >>> print(report)  # doctest: +SKIP
    60 articles, a sample of the 277: 60 annotated (45,837 words, 4.1 articles/s)
    """
    report = report if report is not None else CorpusReport()
    every = article_paths(source)
    chosen = sample_paths(every, sample)
    report.sample = (len(chosen), len(every)) if len(chosen) < len(every) else None
    report.reused_from = "taken from the annotations kept by an earlier run"
    folder = Path(cache_folder) if cache_folder is not None else annotation_cache()
    parts = Parts(folder / code_version())
    with contextlib.suppress(OSError):  # an unreadable cache is only a slower run
        _forget_other_versions(folder, keep=parts.folder.name)
    return collect(chosen, parts, report=report, as_cache=True, progress=progress)


def _forget_other_versions(folder: Path, *, keep: str) -> None:
    """Remove what earlier versions of newslab kept (folders named by a version digest)."""
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        named = entry.name != keep and re.fullmatch(r"[0-9a-f]{16}", entry.name)
        if named and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
