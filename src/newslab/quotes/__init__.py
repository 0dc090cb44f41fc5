"""Attributed statements: who says what, and the sources table.

Where a change goes:

- ``quotation_marks.py``: the text between quotation marks, paragraph by paragraph;
- ``cues.py``: reported speech from the parse (cue verbs and nouns, "according to");
- ``speakers.py``: who a statement's source is (subjects, pronouns, titles, documents);
- ``statements.py``: the ``Quote`` dataclass, direct, indirect and mixed statements;
- ``sources.py``: one row a source for the sources table.

>>> from newslab.quotes import Quote
>>> Quote(0, 9, "all right", "Vladimir Putin", True, "direct", "say").kind
'direct'
"""

from __future__ import annotations

from .sources import NO_SOURCE, Source, sources
from .statements import Quote, extract_quotes

__all__ = ["NO_SOURCE", "Quote", "Source", "extract_quotes", "sources"]
