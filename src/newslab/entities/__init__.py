"""Named entities: spaCy's NER brought to the OntoNotes conventions of ANNOTATIONS.md.

Where a change goes:

- ``extract.py``: the ``Entity`` dataclass and ``extract_entities``;
- ``pipeline.py``: ``PIPELINE``, the rules in the order they run (a new rule is one row here);
- ``patterns.py``: entities found by regular expressions (clock times, weekdays, quantities,
  list lines, currency signs, named days);
- ``numbers.py``: ordinals and "one of" the model missed;
- ``rules.py``: span repairs (titles, determiners, hedges);
- ``guards.py``: what looks like a name and is not (shouting in capitals, honorifics, genera,
  plural titles, bare heads, acronyms of common phrases);
- ``kinds.py``: a capitalised word written as a count noun ("a Neandertal", "Neandertals");
- ``days.py``: "today", "these days", "the same day" the model missed;
- ``shapes.py``: labels from a name's shape and the word beside it (camel case, "-xit", model
  codes, prefixes, hyphenated pairs);
- ``languages.py``: languages by name, and the peoples named like them ("Quechua herders");
- ``sentence_starts.py``: common nouns capitalised only because they open a sentence;
- ``labels.py``: labels and extents of names from their own words (heads, tails);
- ``defined.py``: a long name defined by the acronym in brackets after it (initials, then
  Schwartz and Hearst's letter match);
- ``dated.py``: dates the timex layer found and the entity layer missed ("every Saturday");
- ``body_lists.py``: lists inside a body's name ("Department of Roads and Bridges");
- ``addresses.py``: streets with their numbers, numbered roads, awards;
- ``missed_people.py``: people the model left unlabelled ("Ana de la Vega");
- ``products.py``: a maker and its model ("Boeing 737 MAX", "Airbus A320neo"), the model's
  code alone ("the A380s"), names with a lower-case "i" ("iPhone"), an airline's flight;
- ``markets.py``: stock market indices ("FTSE 100", "the Nikkei") as organisations;
- ``buildings.py``: a saint's hospital or church, an opera house or concert hall;
- ``glued.py``: two names the model ran into one span ("Tomsk in Siberia");
- ``laws.py``: laws and documents by their head word ("Clean Air Act", "Treaty of Lisbon");
- ``context.py``: labels from the words around a name ("in X" is a place);
- ``gazetteer.py``: place names from GeoNames and ISO 3166 data, loaded on first use;
- ``places.py``: places by the gazetteer and the words around them; nationalities;
- ``place_words.py``: places the gazetteer lacks, by a division's or a kind's word ("in Tchowe
  district", "the town of Kalengo");
- ``stars.py``: stars, exoplanets and constellations (the IAU's 88) as places;
- ``software.py``: programs by their head word, their kind or what is done to them;
- ``aliases.py``: acronyms and short names of a long one; acronyms of common phrases;
- ``names.py``: one label per name, later mentions, acronyms;
- ``canonical.py``: each mention's canonical (fullest) name;
- ``layout.py``: interview turns, photo captions, text in another script, translation marks;

>>> from newslab.entities import Entity
>>> Entity(0, 5, "Putin", "PERSON", "Vladimir Putin").canonical
'Vladimir Putin'
"""

from __future__ import annotations

from .extract import LABEL_DESCRIPTIONS, PIPELINE, Entity, extract_entities, spans_to_entities

__all__ = ["LABEL_DESCRIPTIONS", "PIPELINE", "Entity", "extract_entities", "spans_to_entities"]
