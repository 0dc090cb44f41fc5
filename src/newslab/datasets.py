"""The dataset resolver: where newslab finds the Wikinews sample (see :mod:`newslab.corpus.wikinews`).

>>> from newslab.datasets import wikinews  # doctest: +SKIP
"""

from __future__ import annotations

from .corpus.wikinews import (
    BASE_URL,
    SOURCES,
    DatasetError,
    Source,
    cache_dir,
    wikinews,
    wikinews_folder,
)

__all__ = [
    "BASE_URL",
    "SOURCES",
    "DatasetError",
    "Source",
    "cache_dir",
    "wikinews",
    "wikinews_folder",
]
