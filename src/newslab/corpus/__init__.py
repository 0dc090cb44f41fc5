"""Many articles: annotate a folder with one model, the Wikinews sample, Dask scale-out.

- ``run.py``: ``annotate_corpus``, ``corpus_tables``; ``collect.py``: ``newslab corpus``
  (resumable) and what it shares with ``cache.py``: ``load_corpus``, the lesson's sample,
  annotated once and then taken from the cache in the user's data folder;
- ``wikinews.py``: the dataset resolver for the Wikinews sample (folder, cache, mirror,
  download); ``wikinews_csv.py`` converts the upstream CSV files; ``dataset_cache.py`` keeps
  a download whole or not at all, with its manifest;
- ``cluster.py``: ``annotate_corpus_dask`` for a Dask cluster (``pip install "newslab[dask]"``).

>>> from newslab.corpus import annotate_corpus  # doctest: +SKIP
"""

from __future__ import annotations

from .cache import load_corpus
from .collect import run_corpus
from .run import CorpusReport, annotate_corpus, article_paths, corpus_tables

__all__ = [
    "CorpusReport",
    "annotate_corpus",
    "article_paths",
    "corpus_tables",
    "load_corpus",
    "run_corpus",
]
