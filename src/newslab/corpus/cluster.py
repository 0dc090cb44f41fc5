"""Scale-out: the corpus tables computed on a Dask cluster (``pip install "newslab[dask]"``).

The model is loaded once per worker process (``load_nlp`` is cached there), not once per
article; each partition of articles goes through ``nlp.pipe`` as on one machine, so the
tables equal the local ones row for row.

To use a real cluster, connect a client to its scheduler and pass it in::

    from dask.distributed import Client
    client = Client("tcp://scheduler-host:8786")
    tables = annotate_corpus_dask("articles/", client=client)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .run import annotate_corpus, article_paths, corpus_tables

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["annotate_corpus_dask"]


def _partition(paths: list[str]) -> list[dict[str, Any]]:
    """One partition's tables, computed on a worker."""
    return [corpus_tables(annotate_corpus(paths, progress=False))]


def annotate_corpus_dask(
    source: str | Path | Iterable[str | Path],
    *,
    client: Any = None,
    partitions: int | None = None,
) -> dict[str, pd.DataFrame]:
    """The entities, quotes, sources and timexes tables of a corpus, computed with Dask.

    Without ``client`` the current Dask scheduler is used. ``partitions`` defaults to two a
    worker, so that every worker loads the model once and then streams its share.

    Examples
    --------
    >>> from dask.distributed import Client, LocalCluster  # doctest: +SKIP
    >>> tables = annotate_corpus_dask("../shared/wikinews", client=Client(LocalCluster(n_workers=2)))  # doctest: +SKIP
    """
    try:
        import dask.bag as db
    except ImportError:
        raise ImportError(
            'annotate_corpus_dask needs Dask: python -m pip install "newslab[dask]"'
        ) from None
    import pandas as pd

    paths = [str(p) for p in article_paths(source)]
    if not paths:
        return corpus_tables([])
    workers = len(client.scheduler_info().get("workers", {})) if client is not None else 2
    count = partitions or max(1, min(len(paths), 2 * max(workers, 1)))
    bag = db.from_sequence(paths, npartitions=count).map_partitions(_partition)
    parts = client.compute(bag).result() if client is not None else bag.compute()
    names = ("entities", "quotes", "sources", "timexes")
    return {name: pd.concat([p[name] for p in parts], ignore_index=True) for name in names}
