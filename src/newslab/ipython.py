"""An IPython extension for the course kernel: a cell run out of order says which cell to run.

``make lab`` loads it in every kernel of the course's environment (through the environment's
``ipython_kernel_config.py``); ``%load_ext newslab.ipython`` loads it by hand.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["HINTS", "hint_for", "load_ipython_extension"]

#: Names the notebooks define early, and the cell that defines each.
HINTS = {
    "newslab": "run the cell with `import newslab` at the top of the notebook first",
    "check": "run the first code cell (the one with `from newslab.check import ____, check`) first",
    "____": "run the first code cell (the one with `from newslab.check import ____, check`) first",
    "article": "run the setup cell near the top (`article = newslab.load_article(...)`) first",
    "ann": "run the setup cell near the top (`ann = newslab.annotate(article)`) first",
    "tables": "run the cell that builds the corpus tables (`tables = newslab.corpus_tables(...)`) first",
    "folder": "run the cell with `folder = newslab.wikinews_folder()` first",
    "quotes": "run the cell that makes `quotes = newslab.quotes_frame(ann)` first",
    "timexes": "run the cell that makes `timexes = newslab.timexes_frame(ann)` first",
    "sources": "run the cell that makes `sources = ...` first",
}


def hint_for(error: BaseException) -> str | None:
    """The coaching line for a NameError, or None when it is not one of the course's names."""
    m = re.search(r"name '([^']+)' is not defined", str(error))
    if not m:
        return None
    name = m.group(1)
    if name in HINTS:
        return f"`{name}` does not exist yet: {HINTS[name]} (or use Run → Run All Above Selected Cell)."
    return (
        f"`{name}` does not exist yet: run the cell that defines it first, or check its spelling."
    )


def load_ipython_extension(ip: Any) -> None:
    def handler(
        shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: int | None = None
    ) -> Any:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        hint = hint_for(value)
        if hint:
            print(f"\nnewslab: {hint}")
        return None

    ip.set_custom_exc((NameError,), handler)
