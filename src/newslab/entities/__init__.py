"""Named entities: spaCy's NER brought to the OntoNotes conventions of ANNOTATIONS.md.

Where a change goes:

- ``extract.py``: the ``Entity`` dataclass and ``PIPELINE``, the rules in the order they run;
- ``patterns.py``: entities found by regular expressions (clock times, weekdays, quantities);
- ``rules.py``: span repairs (titles, determiners, hedges);
- ``labels.py``: labels and extents of names from their own words (heads, tails);
- ``context.py``: labels from the words around a name ("in X" is a place);
- ``names.py``: one label per name, later mentions, acronyms and canonical (fullest) names.

>>> from newslab.entities import Entity
>>> Entity(0, 5, "Putin", "PERSON", "Vladimir Putin").canonical
'Vladimir Putin'
"""

from __future__ import annotations

from .extract import LABEL_DESCRIPTIONS, PIPELINE, Entity, extract_entities, spans_to_entities

__all__ = ["LABEL_DESCRIPTIONS", "PIPELINE", "Entity", "extract_entities", "spans_to_entities"]
