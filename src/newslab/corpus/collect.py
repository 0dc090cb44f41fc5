"""What ``newslab corpus`` and :func:`~newslab.corpus.cache.load_corpus` share: the tables of
many articles, each article taken from the parts kept by an earlier run when it is unchanged,
else annotated and kept; and the writing of the tables (``NAME-entities.csv`` ...).
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import ArticleFormatError
from ..safe_io import check_writable, write_bytes_atomic, write_text_atomic
from .parts import CorpusError, Parts, input_key
from .run import (
    TABLES,
    CorpusReport,
    _booleans,
    _check_counts,
    annotate_corpus,
    article_paths,
    corpus_tables,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["collect", "run_corpus", "write_tables"]


def collect(
    paths: Iterable[Path],
    parts: Parts | None,
    *,
    report: CorpusReport,
    as_cache: bool = False,
    batch_size: int = 16,
    workers: int = 1,
    progress: bool = True,
) -> dict[str, pd.DataFrame]:
    """The tables of the articles at ``paths``, in their order: each taken from ``parts`` when
    it holds the article as it is now, else annotated (and kept there). A damaged part stops
    the run before any work, and a part that cannot be written stops it too; ``as_cache``
    (the parts are a cache) annotates a damaged part again and says in the report when one
    cannot be written."""
    import pandas as pd

    paths = list(paths)
    keys = {p: input_key(p) for p in paths}
    done: dict[str, dict[str, pd.DataFrame]] = {}
    for key in {k for k in keys.values() if k and parts is not None and parts.has(k)}:
        try:
            done[key] = parts.read(key, TABLES)  # type: ignore[union-attr]
        except CorpusError:
            if not as_cache:
                raise
            shutil.rmtree(parts.folder / key, ignore_errors=True)  # type: ignore[union-attr]
    todo = [p for p in paths if keys[p] not in done]
    report.reused += len(paths) - len(todo)
    for ann in annotate_corpus(
        todo, batch_size=batch_size, workers=workers, progress=progress, report=report
    ):
        tables = corpus_tables([ann])
        if (key := keys.get(ann.article.path)) is not None:
            done[key] = tables
            if parts is not None:
                _keep(parts, key, tables, report, as_cache)
    finished = [done[keys[p]] for p in paths if keys[p] in done]
    if not finished:
        return corpus_tables([])
    return _booleans(
        {name: pd.concat([d[name] for d in finished], ignore_index=True) for name in TABLES}
    )


def _keep(
    parts: Parts, key: str, tables: dict[str, pd.DataFrame], report: CorpusReport, as_cache: bool
) -> None:
    """Keep one article's tables; a cache that cannot be written is said once, not fatal."""
    try:
        parts.write(key, tables)
    except OSError as exc:
        if not as_cache:
            raise
        if not report.cache_problem:
            report.cache_problem = f"annotations not kept in {parts.folder} ({exc.strerror or exc})"


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path) -> list[Path]:
    """Write each table beside ``out``: ``NAME-entities.csv`` etc. (or ``.parquet``),
    each atomically (see :mod:`newslab.safe_io`)."""
    out = Path(out)
    written = []
    for name, df in tables.items():
        path = _table_path(out, name)
        if out.suffix == ".parquet":
            buffer = io.BytesIO()
            df.to_parquet(buffer, index=False)
            write_bytes_atomic(path, buffer.getvalue())
        else:
            write_text_atomic(path, df.to_csv(index=False))
        written.append(path)
    return written


def _table_path(out: Path, name: str) -> Path:
    return out.with_name(f"{out.stem}-{name}{out.suffix}")


def _check_output(out: Path, paths: list[Path], source: object) -> Path:
    """Refuse, before any work, an output newslab must not or cannot write; the parts folder."""
    if out.suffix not in {".csv", ".parquet"}:
        raise ArticleFormatError(
            f"cannot write {out.suffix or 'files without an extension'}",
            path=out,
            fix="name the output like tables.csv or tables.parquet",
        )
    folders = {p.resolve().parent for p in paths}
    if isinstance(source, str | Path) and Path(source).is_dir():
        folders.add(Path(source).resolve())
    parts = out.with_name(out.name + ".parts")
    for target in [*(_table_path(out, n) for n in TABLES), parts / "part"]:
        check_writable(target, protect=paths, protect_folders=folders, probe=True)
    if parts.exists() and not parts.is_dir():
        raise CorpusError(f"{parts} is a file; newslab keeps finished articles there. Move it")
    return parts


def run_corpus(
    source: str | Path,
    out: str | Path,
    *,
    batch_size: int = 16,
    workers: int = 1,
    progress: bool = True,
) -> tuple[list[Path], CorpusReport]:
    """Annotate a corpus and write its tables beside ``out``, resumably.

    Each finished article's tables are kept in ``OUT.parts/`` (Parquet, next to ``out``,
    never in the input folder), keyed by the file's content: a run that was interrupted
    picks up where it stopped, and an article changed since is annotated again. Everything
    that could stop the run (where it writes, damaged parts) is checked before any work.

    Examples
    --------
    >>> written, report = run_corpus("articles/", "results/tables.csv")  # doctest: +SKIP
    """
    _check_counts(batch_size, workers)
    out = Path(out).expanduser()
    paths = article_paths(source)
    parts = Parts(_check_output(out, paths, source))
    report = CorpusReport()
    merged = collect(
        paths, parts, report=report, batch_size=batch_size, workers=workers, progress=progress
    )
    return write_tables(merged, out), report
