"""What every table maker shares."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..annotation import AnnotatedArticle, annotate
from ..article import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


Annotatable = AnnotatedArticle | Article | str | Path


def _annotated(item: Annotatable) -> AnnotatedArticle:
    return item if isinstance(item, AnnotatedArticle) else annotate(item)


def _frame(rows: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)
