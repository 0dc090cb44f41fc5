"""newslab: read a news article the way a data journalist does.

Who is speaking, what is named, and when things happened, for Jupyter lessons.

>>> import newslab
>>> article = newslab.load_article("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
>>> ann = newslab.annotate(article)  # doctest: +SKIP

Importing newslab is cheap: spaCy, its model and pandas load only when first needed.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "article",
    "ArticleFormatError": "article",
    "Paragraph": "article",
    "load_article": "loader",
    "parse_article": "loader",
    "AnnotatedArticle": "annotation",
    "Sentence": "annotation",
    "annotate": "annotation",
    "annotated": "annotation",
    "NewslabError": "errors",
    "Entity": "entities",
    "LABEL_DESCRIPTIONS": "entities",
    "load_nlp": "nlp",
    "ModelNotFoundError": "nlp",
    "entities_frame": "frames",
    "sentences_frame": "frames",
    "mentions_frame": "frames",
    "quotes_frame": "frames",
    "entity_comparison_frame": "frames",
    "cooccurrence_frame": "frames",
    "mentions_over_time": "frames",
    "top_sources": "frames",
    "no_source_summary": "frames",
    "plot_over_time": "plots",
    "sources_frame": "frames",
    "chains_frame": "frames",
    "Quote": "quotes",
    "Timex": "timexes",
    "Event": "timeline",
    "timeline_frame": "frames",
    "timexes_frame": "frames",
    "plot_timeline": "plots",
    "plot_counts": "plots",
    "export_timelinejs": "timeline",
    "make_highlighter": "widgets",
    "make_source_explorer": "widgets",
    "make_timeline_explorer": "widgets",
    "make_annotator": "widgets",
    "preflight_widget": "widgets",
    "preflight": "course.preflight",
    "wikinews": "datasets",
    "wikinews_folder": "datasets",
    "annotate_corpus": "corpus",
    "corpus_tables": "corpus",
    "CorpusReport": "corpus",
    "load_corpus": "corpus",
    "Source": "quotes",
    "evaluate_gold": "evaluation",
    "gold_summary": "evaluation",
}
__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newslab' has no attribute {name!r}")
    value = getattr(import_module(f"newslab.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


def _coach_in_notebooks() -> None:
    """In an IPython kernel, show newslab's errors as one short box (see :mod:`newslab.ipython`),
    also where the course's kernel configuration is not used (Binder, conda)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    manager = getattr(shell, "extension_manager", None)
    if manager is not None and "newslab.ipython" not in manager.loaded:
        manager.load_extension("newslab.ipython")


_coach_in_notebooks()
