"""The dataset resolver: where newslab finds the Wikinews sample (see :mod:`newslab.corpus.wikinews`).

>>> from newslab.datasets import wikinews  # doctest: +SKIP
"""

from __future__ import annotations

from .corpus.wikinews import (
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
