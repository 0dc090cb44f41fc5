"""Tables that compare: spaCy beside newslab, names that share sentences, a corpus's sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
from ..annotation import annotated
from ..quotes.sources import NO_SOURCE
from .base import Annotatable, _frame
from .columns import COMPARISON_COLUMNS, COOCCURRENCE_COLUMNS


def entity_comparison_frame(item: Annotatable) -> pd.DataFrame:
    """spaCy's plain entities beside newslab's, one row a span either of them found.

    ``changed`` is true where newslab's span or label differs from the model's.
    """
    ann = annotated(item)
    rows, ours = [], list(ann.entities)
    for ent in ann.doc.ents:
        match = next((e for e in ours if e.start < ent.end_char and ent.start_char < e.end), None)
        rows.append(
            {
                "text": ent.text,
                "spacy_label": ent.label_,
                "newslab_text": match.text if match else None,
                "newslab_label": match.label if match else None,
                "changed": match is None or (match.text, match.label) != (ent.text, ent.label_),
            }
        )
    raw = [(e.start_char, e.end_char) for e in ann.doc.ents]
    for e in ours:
        if not any(s < e.end and e.start < t for s, t in raw):
            rows.append(
                {
                    "text": None,
                    "spacy_label": None,
                    "newslab_text": e.text,
                    "newslab_label": e.label,
                    "changed": True,
                }
            )
    return _frame(rows, COMPARISON_COLUMNS)


def cooccurrence_frame(item: Annotatable, *, labels: list[str] | None = None) -> pd.DataFrame:
    """Pairs of entities (by canonical name) that share a sentence, most shared first."""
    ann = annotated(item)
    keep = set(labels or ["PERSON", "GPE", "ORG", "NORP", "LOC"])
    in_sentence: dict[int, set[str]] = {}
    for e in ann.entities:
        if e.label in keep:
            try:
                in_sentence.setdefault(ann.sentence_at(e.start).index, set()).add(e.canonical)
            except IndexError:  # an entity starting between sentences
                continue
    pairs: Counter[tuple[str, str]] = Counter()
    for index in sorted(in_sentence):
        names = sorted(in_sentence[index])
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pairs[(a, b)] += 1
    rows = [{"first": a, "second": b, "sentences": n} for (a, b), n in pairs.most_common()]
    return _frame(rows, COOCCURRENCE_COLUMNS)


def mentions_over_time(entities: pd.DataFrame, *, label: str = "GPE", top: int = 6) -> pd.DataFrame:
    """From a corpus entities table: mentions a month of the ``top`` most mentioned names of
    one label (rows: months, columns: names, zeros where a name is not mentioned)."""
    import pandas as pd

    rows = entities[entities["label"] == label]
    if rows.empty:
        return pd.DataFrame()
    names = rows["canonical"].value_counts().head(top).index
    rows = rows[rows["canonical"].isin(names)].assign(month=rows["published"].astype(str).str[:7])
    table = rows.pivot_table(index="month", columns="canonical", values="slug", aggfunc="count")
    return table.fillna(0).astype(int)[list(names)]


def top_sources(tables: Mapping[str, pd.DataFrame], *, n: int = 15) -> pd.Series:
    """The ``n`` sources with the most statements across a corpus's tables, summed over its
    articles; statements with no source found are counted apart (:func:`no_source_summary`).

    >>> import pandas as pd
    >>> rows = {"source": ["Ana Sol", NO_SOURCE, "Ana Sol", "Ben Ode"], "statements": [2, 9, 1, 1]}
    >>> top_sources({"sources": pd.DataFrame(rows)}).to_dict()
    {'Ana Sol': 3, 'Ben Ode': 1}
    """
    sources = tables["sources"]
    found = sources[sources["source"] != NO_SOURCE]
    return found.groupby("source")["statements"].sum().sort_values(ascending=False).head(n)


def no_source_summary(tables: Mapping[str, pd.DataFrame]) -> str:
    """How many of a corpus's statements have no source found, in a sentence.

    >>> import pandas as pd
    >>> no_source_summary({"quotes": pd.DataFrame({"speaker": ["Ana Sol", None, None, "Ben"]})})
    'No source found for 2 of the 4 statements (50%).'
    """
    quotes = tables["quotes"]
    total, none = len(quotes), int(quotes["speaker"].isna().sum())
    if not total:
        return "No statements were found in these articles."
    return f"No source found for {none} of the {total} statements ({none / total:.0%})."
