"""Many articles: annotate a folder with one model, the Wikinews sample, Dask scale-out.

- ``run.py``: ``annotate_corpus``, ``corpus_tables`` and ``newslab corpus`` (resumable);
- ``wikinews.py``: the dataset resolver for the Wikinews sample (folder, cache, mirror,
  download); ``wikinews_csv.py`` converts the upstream CSV files; ``dataset_cache.py`` keeps
  a download whole or not at all, with its manifest;
- ``cluster.py``: ``annotate_corpus_dask`` for a Dask cluster (``pip install "newslab[dask]"``).

>>> from newslab.corpus import annotate_corpus  # doctest: +SKIP
"""

from __future__ import annotations

from .run import CorpusReport, annotate_corpus, article_paths, corpus_tables, run_corpus

__all__ = ["CorpusReport", "annotate_corpus", "article_paths", "corpus_tables", "run_corpus"]
