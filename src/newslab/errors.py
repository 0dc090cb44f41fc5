"""The one base of every error newslab raises for a user's mistake or a missing piece.

Each says what is wrong, where, and how to fix it, so the command line and the notebooks
can show it in one short message instead of a traceback.

>>> from newslab.article import ArticleFormatError
>>> issubclass(ArticleFormatError, NewslabError)
True
"""

from __future__ import annotations

__all__ = ["NewslabError"]


class NewslabError(Exception):
    """Something newslab cannot do with what it was given; the message says how to fix it."""
