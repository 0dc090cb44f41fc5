"""Interactive views for the notebooks: the only package that imports ipywidgets.

Each ``make_*`` factory returns an ipywidgets box with a stable CSS class
(``newslab-highlighter``, ...). Every box also carries a static HTML copy of itself, shown
where widgets cannot run (a static notebook viewer, an HTML or PDF export), with a one-line
note saying so. Callbacks are observed on ``names="value"``; errors show in the widget.
"""

from .annotator import make_annotator
from .base import STATIC_NOTE, StaticFallbackBox
from .explorers import (
    article_html,
    make_highlighter,
    make_source_explorer,
    make_timeline_explorer,
    preflight_widget,
)

__all__ = [
    "STATIC_NOTE",
    "StaticFallbackBox",
    "article_html",
    "make_annotator",
    "make_highlighter",
    "make_source_explorer",
    "make_timeline_explorer",
    "preflight_widget",
]
