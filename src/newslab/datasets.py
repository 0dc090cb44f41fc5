"""The dataset resolver: where newslab finds the Wikinews sample (see :mod:`newslab.corpus.wikinews`).

Everything :mod:`newslab.corpus.wikinews` makes public, under the name the notebooks and the
tests use.

>>> from newslab.datasets import wikinews  # doctest: +SKIP
"""

from __future__ import annotations

from .corpus import wikinews as _resolver
from .corpus.wikinews import (  # noqa: F401  (re-exported; the list is the resolver's own)
    ARTICLES_SHA256,
    BASE_URL,
    SOURCES,
    DatasetError,
    Source,
    cache_dir,
    make_mirror,
    wikinews,
    wikinews_folder,
)

__all__ = list(_resolver.__all__)
