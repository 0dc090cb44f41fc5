"""Attributed statements: who says what, and the sources table.

Where a change goes:

- ``newslab/quotation_marks.py`` (shared with the entities): the text between quotation
  marks, paragraph by paragraph;
- ``verbs.py``: the verbs that attribute a statement, by class (from VerbNet and the Gender
  Gap Tracker's list, in ``newslab/data``);
- ``cues.py``: reported speech from the parse (cue verbs and nouns, "according to");
  ``subjects.py``: a cue's subject (``lost_subjects.py``: one the parser lost);
  ``objects.py``: which subjects can be sources;
  ``object_statements.py``: what a cue reports through its object ("denied the allegations",
  "ascribed the fire to arson"); ``media.py``: what is said "in a letter that ...", and
  the source a paper quotes "as saying"; ``characterized.py``: a characterization's quoted
  words alone, or the whole (mixed); ``views.py``: "In her view, ..." as her statement;
- ``attribution.py``: quoted words no cue reached (split quotes, titles of works);
- ``chains.py``: who is who, the chains of mentions of one source;
- ``speakers.py``: who a statement's source is (subjects, pronouns, titles, documents);
  ``descriptions.py``: a body named by an earlier, fuller description ("the government" of
  Veloria); ``body_kinds.py``: whether "the ministry" can be a body the text named;
- ``statements.py``: the ``Quote`` dataclass, direct, indirect and mixed statements;
- ``sources.py``: one row a source for the sources table.

>>> from newslab.quotes import Quote
>>> Quote(0, 9, "all right", "Vladimir Putin", True, "direct", "say").kind
'direct'
"""

from __future__ import annotations

from .chains import Chain, ChainBuilder, Chains, Mention
from .sources import NO_SOURCE, Source, sources
from .statements import Quote, extract_quotes

__all__ = [
    "NO_SOURCE",
    "Chain",
    "ChainBuilder",
    "Chains",
    "Mention",
    "Quote",
    "Source",
    "extract_quotes",
    "sources",
]
