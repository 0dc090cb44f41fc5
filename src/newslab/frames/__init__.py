"""DataFrames for the notebooks: the only package that builds them.

Sentences and paragraphs are numbered from 1 in every table, as a reader counts them (the
dataclasses underneath keep Python's 0-based ``index``).

Every function takes an annotated article (or an article or a path, which it annotates)
and returns a frame with the columns listed here, also when there is nothing to list.
"""

from .article import (
    chains_frame,
    entities_frame,
    mentions_frame,
    quotes_frame,
    sentences_frame,
    sources_frame,
)
from .columns import (
    CHAIN_COLUMNS,
    COMPARISON_COLUMNS,
    COOCCURRENCE_COLUMNS,
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    SENTENCE_COLUMNS,
    SOURCE_COLUMNS,
    TIMELINE_COLUMNS,
    TIMEX_COLUMNS,
)
from .compare import (
    cooccurrence_frame,
    entity_comparison_frame,
    mentions_over_time,
    no_source_summary,
    top_sources,
)
from .time import timeline_frame, timexes_frame

__all__ = [
    "CHAIN_COLUMNS",
    "COMPARISON_COLUMNS",
    "COOCCURRENCE_COLUMNS",
    "ENTITY_COLUMNS",
    "MENTION_COLUMNS",
    "QUOTE_COLUMNS",
    "SENTENCE_COLUMNS",
    "SOURCE_COLUMNS",
    "TIMELINE_COLUMNS",
    "TIMEX_COLUMNS",
    "chains_frame",
    "cooccurrence_frame",
    "mentions_over_time",
    "no_source_summary",
    "top_sources",
    "entities_frame",
    "entity_comparison_frame",
    "mentions_frame",
    "quotes_frame",
    "sentences_frame",
    "sources_frame",
    "timeline_frame",
    "timexes_frame",
]
