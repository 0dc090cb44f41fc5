"""Many articles: stream a corpus through the model once, with progress, skipping bad files.

``annotate_corpus(folder)`` loads the model once and runs ``nlp.pipe`` in batches; a file
that cannot be read is reported (file, line, reason) and skipped, and the run goes on.
Nothing is ever written into the input folder.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..article import Article, ArticleFormatError
from ..loader import load_article
from ..render import counted
from .parts import CorpusError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..annotation import AnnotatedArticle

__all__ = ["CorpusError", "CorpusReport", "annotate_corpus", "article_paths", "corpus_tables"]


@dataclass
class CorpusReport:
    """What a corpus run did: how many articles, how many skipped and why, how fast."""

    annotated: int = 0
    skipped: list[str] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    reused: int = 0
    #: (articles taken, articles in the folder) when a sample was taken.
    sample: tuple[int, int] | None = None
    #: Why annotations could not be kept for the next run, if they could not.
    cache_problem: str = ""
    #: Where the unchanged articles came from: an earlier run's parts, or the cache.
    reused_from: str = "unchanged since the last run, taken from its parts"

    def __str__(self) -> str:
        rate = self.annotated / self.seconds if self.seconds else 0.0
        text = f"{counted(self.annotated, 'article')} annotated"
        if self.annotated or not self.reused:
            text += f" ({counted(self.words, 'word')}, {rate:.1f} articles/s)"
        if self.sample:
            text = f"a sample of {self.sample[0]} of the {self.sample[1]} articles: " + text
        if self.reused:
            text += f"; {self.reused} {self.reused_from}"
        if self.cache_problem:
            text += f"; {self.cache_problem}"
        if self.skipped:
            text += f"; {len(self.skipped)} skipped:\n  " + "\n  ".join(self.skipped)
        return text


def article_paths(source: str | Path | Iterable[str | Path]) -> list[Path]:
    """Article files: those named, or every ``*.md`` in a folder (sorted), README.md aside."""
    if isinstance(source, str | Path):
        folder = Path(source)
        if folder.is_dir():
            return sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md")
        return [folder]
    return [Path(p) for p in source]


def _progress(total: int, enabled: bool) -> Any:
    if not enabled or not total:  # nothing to annotate: no empty bar
        return None
    try:
        if "ipykernel" in sys.modules:
            from tqdm.notebook import tqdm
        else:
            from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None
    return tqdm(total=total, unit="article", desc="Annotating", file=sys.stderr)


def annotate_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    batch_size: int = 16,
    workers: int = 1,
    progress: bool = True,
    report: CorpusReport | None = None,
) -> Iterator[AnnotatedArticle]:
    """Annotate every article of a corpus, yielding them one by one.

    ``workers`` > 1 runs spaCy in that many processes (``nlp.pipe(n_process=...)``).
    Pass a :class:`CorpusReport` to learn afterwards what was skipped and how fast it ran.

    Examples
    --------
    >>> for ann in annotate_corpus("../shared/wikinews"):  # doctest: +SKIP
    ...     print(ann.article.slug, len(ann.quotes))
    """
    from ..annotation import AnnotatedArticle
    from ..nlp import load_nlp

    _check_counts(batch_size, workers)
    report = report if report is not None else CorpusReport()
    paths = article_paths(source)
    articles: list[Article] = []
    from ..annotation import check_length

    for path in paths:
        try:
            article = load_article(path)
            check_length(article)
            articles.append(article)
        except ArticleFormatError as exc:
            report.skipped.append(str(exc))
    if not articles:  # every article kept from an earlier run, or skipped: no model needed
        return
    bar = _progress(len(articles), progress)
    start = time.perf_counter()
    nlp = load_nlp()
    docs = nlp.pipe((a.body for a in articles), batch_size=batch_size, n_process=max(1, workers))
    try:
        for article, doc in zip(articles, docs, strict=True):
            ann = AnnotatedArticle(article, doc)
            report.annotated += 1
            report.words += len(article.body.split())
            report.seconds = time.perf_counter() - start
            if bar is not None:
                bar.update(1)
                bar.set_postfix_str(f"{report.annotated / max(report.seconds, 1e-9):.1f}/s")
            yield ann
    finally:
        if bar is not None:
            bar.close()
        report.seconds = time.perf_counter() - start


def corpus_tables(annotated: Iterable[AnnotatedArticle]) -> dict[str, pd.DataFrame]:
    """The entities, quotes, sources and timexes of many articles: one row an item, with the
    article's ``slug`` and ``published`` date first."""
    import pandas as pd

    from .. import frames

    parts: dict[str, list[pd.DataFrame]] = {
        "entities": [],
        "quotes": [],
        "sources": [],
        "timexes": [],
    }
    makers = {
        "entities": frames.entities_frame,
        "quotes": frames.quotes_frame,
        "sources": frames.sources_frame,
        "timexes": frames.timexes_frame,
    }
    columns = {
        "entities": frames.ENTITY_COLUMNS,
        "quotes": frames.QUOTE_COLUMNS,
        "sources": frames.SOURCE_COLUMNS,
        "timexes": frames.TIMEX_COLUMNS,
    }
    for ann in annotated:
        for name, make in makers.items():
            df = make(ann)
            df.insert(0, "published", ann.article.published)
            df.insert(0, "slug", ann.article.slug)
            parts[name].append(df)
    tables = {
        name: (
            pd.concat(dfs, ignore_index=True)
            if dfs
            else pd.DataFrame(columns=["slug", "published", *columns[name]])
        )
        for name, dfs in parts.items()
    }
    return _booleans(tables)


def _booleans(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """True/False columns stay booleans after a concatenation."""
    for df in tables.values():
        for column in ("named", "uncertain"):
            if column in df:
                df[column] = df[column].astype(bool)
    return tables


TABLES = ("entities", "quotes", "sources", "timexes")


def _check_counts(batch_size: int, workers: int) -> None:
    for option, value in (("batch_size", batch_size), ("workers", workers)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise CorpusError(f"{option} must be a whole number of 1 or more, not {value!r}")
