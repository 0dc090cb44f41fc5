"""What every table maker shares."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..annotation import AnnotatedArticle
from ..article import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


Annotatable = AnnotatedArticle | Article | str | Path


def _frame(rows: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _located(ann: AnnotatedArticle, item: Any, **fields: object) -> dict[str, object]:
    """A table row for a span: its fields, then where it is (sentence and paragraph counted
    from 1, as a reader counts) and its character offsets."""
    sent = ann.sentence_at(item.start)
    return {
        **fields,
        "sentence": sent.index + 1,
        "paragraph": sent.paragraph + 1,
        "start": item.start,
        "end": item.end,
    }
