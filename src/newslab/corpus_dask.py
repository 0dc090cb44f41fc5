"""Scale-out on a Dask cluster; kept under this name for the README's example.

>>> from newslab.corpus_dask import annotate_corpus_dask  # doctest: +SKIP
"""

from __future__ import annotations

from .corpus.cluster import annotate_corpus_dask

__all__ = ["annotate_corpus_dask"]
