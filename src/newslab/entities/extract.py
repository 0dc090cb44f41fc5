"""The Entity dataclass and the pipeline of entity rules, in the order they run.

``extract_entities(doc)`` starts from spaCy's entities and runs every step of
:data:`PIPELINE`: span repairs, labels from context, then the article-wide consistency of
:mod:`.names` (one label per name, later mentions, acronyms, canonical names).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from spacy.tokens import Doc

from ..nlp import doc_text
from ..spans import Span, remove_overlaps
from . import (
    addresses,
    amounts,
    bodies,
    body_lists,
    canonical,
    context,
    edges,
    faiths,
    features,
    glued,
    guards,
    heads,
    labels,
    laws,
    layout,
    money,
    names,
    numbers,
    patterns,
    people,
    places,
    rules,
    shapes,
    software,
    teams,
    titled_places,
    titles,
    vessels,
    works,
)

__all__ = ["LABEL_DESCRIPTIONS", "PIPELINE", "Entity", "extract_entities", "spans_to_entities"]

#: Plain-language names for the 18 OntoNotes labels, as the lessons use them.
LABEL_DESCRIPTIONS = {
    "PERSON": "people, real or fictional",
    "NORP": "nationalities, religious and political groups",
    "FAC": "buildings, airports, bridges, roads",
    "ORG": "companies, agencies, institutions",
    "GPE": "countries, cities, states",
    "LOC": "other places: regions, mountains, seas",
    "PRODUCT": "objects, vehicles, foods (not services)",
    "EVENT": "named storms, wars, battles, sports events",
    "WORK_OF_ART": "titles of books, songs, films",
    "LAW": "named documents made into laws",
    "LANGUAGE": "named languages",
    "DATE": "dates and periods of a day or more",
    "TIME": "times and periods shorter than a day",
    "PERCENT": "percentages",
    "MONEY": "amounts of money",
    "QUANTITY": "measurements of weight, distance, speed",
    "ORDINAL": "first, second, third ...",
    "CARDINAL": "other numbers and counts",
}


@dataclass(frozen=True)
class Entity:
    """A named entity: ``body[start:end] == text``; ``canonical`` is its fullest name.

    Examples
    --------
    >>> Entity(0, 5, "Putin", "PERSON", "Vladimir Putin").to_dict()["canonical"]
    'Vladimir Putin'
    """

    start: int
    end: int
    text: str
    label: str
    canonical: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def extract_entities(doc: Doc, *, outlet: str | None = None) -> tuple[Entity, ...]:
    """Entities of a parsed article, following the ANNOTATIONS.md span conventions;
    ``outlet``, the publication the article comes from (its front matter's ``outlet``), is an
    organisation wherever the text names it ("told Wikinews").

    Examples
    --------
    >>> from newslab.nlp import load_nlp  # doctest: +SKIP
    >>> doc = load_nlp()("Foreign Minister Sergei Lavrov spoke. Lavrov’s plan stands.")  # doctest: +SKIP
    >>> [(e.text, e.label, e.canonical) for e in extract_entities(doc)]  # doctest: +SKIP
    [('Sergei Lavrov', 'PERSON', 'Sergei Lavrov'), ('Lavrov', 'PERSON', 'Sergei Lavrov')]
    """
    text = doc_text(doc)
    spans: list[Span] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    for _, step in PIPELINE:
        spans = step(doc, text, spans)
    return spans_to_entities(text, _outlet_mentions(text, spans, outlet))


def _outlet_mentions(text: str, spans: list[Span], outlet: str | None) -> list[Span]:
    """Every mention of the article's own outlet is an ORG, whatever the model made of it."""
    if not outlet or not outlet.strip():
        return spans
    found = [
        (m.start(), m.end(), "ORG")
        for m in re.finditer(r"(?<![\w-])" + re.escape(outlet.strip()) + r"(?![\w-])", text)
    ]
    if not found:
        return spans
    starts = [s for s, _, _ in found]
    kept = []
    for span in spans:
        i = bisect.bisect_left(starts, span[1]) - 1  # the last mention starting before its end
        if i < 0 or found[i][1] <= span[0]:
            kept.append(span)
    return kept + found


def spans_to_entities(text: str, spans: list[Span]) -> tuple[Entity, ...]:
    """Entities with canonical names from finished ``(start, end, label)`` spans."""
    spans = sorted(set(spans))
    return tuple(
        Entity(s, e, text[s:e], label, canonical)
        for (s, e, label), canonical in zip(
            spans, canonical.canonical_names(text, spans), strict=True
        )
    )


#: A step of the pipeline: (Doc, body text, spans) -> spans.
Step = Callable[[Doc, str, list[Span]], list[Span]]


def _on_text(rule: Callable[[str, list[Span]], list[Span]]) -> Step:
    return lambda doc, text, spans: rule(text, spans)


def _on_doc(rule: Callable[[Doc, list[Span]], list[Span]]) -> Step:
    return lambda doc, text, spans: rule(doc, spans)


#: The entity rules in the order they run. A new rule is a function in the module of what it
#: reads (``patterns``, ``rules``, ``context`` or ``names``) and one row here.
PIPELINE: tuple[tuple[str, Step], ...] = (
    ("clock times and periods of a day", _on_text(patterns.time_expressions)),
    ("weekday phrases", _on_text(patterns.weekday_phrases)),
    ("quantities with units", _on_text(patterns.quantities)),
    ("'a year-and-a-half ago' is one DATE", _on_text(patterns.lengths_and_a_half)),
    ("lines of a results list: a name and a number", _on_text(patterns.list_lines)),
    ("currency signs inside money", _on_text(patterns.currency_signs)),
    ("money names a currency", _on_text(patterns.money_needs_money)),
    ("an ISO currency code and a number are money", _on_text(money.coded_amounts)),
    ("a number and a currency's name", _on_text(money.named_amounts)),
    ("a rate inside an amount of money", _on_text(shapes.rates)),
    ("First Minister is a title; Category 5 a number", _on_text(patterns.ordinal_words)),
    ("'third-party' is a kind, not an ordinal", _on_text(numbers.ordinal_compounds)),
    ("text in another script is no name", _on_text(layout.foreign_script)),
    ("determiners, edge punctuation and the possessive outside", _on_text(rules.trim)),
    ("'Image' of a photo caption outside a name", _on_text(layout.captions)),
    ("a lower-case prefix outside a name", _on_text(shapes.prefixes)),
    ("a lower-case noun after a name outside it", _on_text(shapes.lower_tails)),
    ("no names in a sentence written in capitals", _on_text(guards.shouting)),
    ("honorifics are not names", _on_text(guards.honorifics)),
    ("Latin genus names are not entities", _on_text(guards.latin_names)),
    ("an editor's bracketed capital makes no name", _on_text(layout.editorial_capitals)),
    ("a chemical element is no name", _on_text(guards.chemical_elements)),
    ("a plural title or a bare head alone is no name", _on_text(guards.plural_titles)),
    ("an acronym of a lower-case phrase is no name", _on_text(guards.common_acronyms)),
    ("a title of a place: the place alone", _on_text(titled_places.title_of_place)),
    ("a title and a name split apart", _on_text(rules.split_titled_names)),
    ("people after a title", _on_doc(rules.titled_people)),
    ("titles outside PERSON", _on_doc(rules.strip_titles)),
    ("a common noun opening a sentence is no name", _on_doc(guards.common_nouns)),
    ("a name ends before a lower-case verb", _on_doc(guards.verbs_in_names)),
    ("adjacent parts of one name joined", _on_text(rules.merge_adjacent_people)),
    ("regnal numbers inside a name", _on_text(rules.regnal_numbers)),
    ("hedges inside numbers, compounds whole", _on_text(rules.hedges_and_compounds)),
    ("'below' and 'above' inside an amount of money", _on_text(money.limits)),
    ("dates written in parts joined", _on_text(patterns.merge_dates)),
    ("the word that places a date inside it; ranges of dates", _on_text(edges.date_edges)),
    ("a date run across a comma into another is two", _on_text(edges.comma_joined_dates)),
    ("a date moved from one day to another is two", _on_text(edges.moved_dates)),
    ("'earlier today' is a DATE", _on_text(edges.days_not_times)),
    ("a day or more told in hours is a DATE", _on_text(edges.long_hours)),
    ("'in the past' and 'in the future' are a DATE", _on_text(edges.past_and_future)),
    ("'every other year' is a DATE", _on_text(edges.repeated_periods)),
    ("named days: a word against a weekday", _on_text(patterns.named_days)),
    ("codes of letters and digits are not dates", _on_text(patterns.codes_are_not_dates)),
    ("ages: 'aged' inside, each age of a list its own", _on_text(numbers.ages)),
    ("'the 70th anniversary' is a DATE", _on_text(numbers.anniversaries)),
    ("'three or four' is one number", _on_text(amounts.number_pairs)),
    ("'a quarter of' the island is a number", _on_text(amounts.fractions_of)),
    ("'half a mile' is one measure", _on_text(amounts.fractions_of_units)),
    ("'15–' before '25 million dollars' is its range", _on_text(amounts.ranges_before)),
    ("hours, minutes and seconds are a TIME", _on_text(numbers.clock_readings)),
    ("two years joined by a dash are a DATE", _on_text(numbers.year_ranges)),
    ("a year before a name the model left out", _on_text(numbers.years_before_names)),
    ("a number like a year that counts a noun is a CARDINAL", _on_doc(numbers.counts_not_years)),
    ("a year before a singular noun is a DATE", _on_doc(numbers.years_as_modifiers)),
    ("'City, D.C.' and planets by their catalogue names", _on_text(shapes.places_by_shape)),
    ("a name never ends in a small word", _on_text(labels.dangling_words)),
    ("organisation names whole", _on_text(labels.org_tails)),
    ("a country and the body after it are one name", _on_text(bodies.place_and_body)),
    ("a body and the country after it are one name", _on_text(bodies.body_and_country)),
    ("a body's name the model missed", _on_text(bodies.missed_bodies)),
    ("a body's head, 'for' and what it works for", _on_text(bodies.bodies_for)),
    ("a university's campus inside its name", _on_text(bodies.campuses)),
    ("'of X and the Levant' inside a name", _on_text(bodies.regions_in_names)),
    ("a list inside an organisation's name", _on_text(body_lists.listed_names)),
    ("a name before its bracketed acronym whole", _on_text(labels.acronym_long_forms)),
    ("an owner's name and the name it owns split", _on_text(labels.possessive_names)),
    ("a word joined by 'and' to an organisation", _on_text(labels.coordinated_names)),
    ("a journal, a paper or a site named after its kind is an ORG", _on_text(works.periodicals)),
    ("'the daily newspaper' and 'the weekly said' are no dates", _on_text(works.newspaper_kinds)),
    ("an acronym is no title of a work", _on_text(works.acronyms_are_bodies)),
    ("an academic degree is no name", _on_text(works.degrees)),
    ("a title before a kind of event is an EVENT", _on_text(works.events_by_kind)),
    ("a name set beside a kind of event is an EVENT", _on_text(heads.apposed_events)),
    ("a storm named after its kind is an EVENT", _on_text(heads.storms)),
    ("a holiday is a DATE", _on_text(works.holidays)),
    ("a broadcaster named with a number is an ORG", _on_text(works.numbered_channels)),
    ("a name after a kind of work is its title", _on_text(works.works_by_kind)),
    ("a title in quotation marks beside a kind of work", _on_text(titles.quoted_works)),
    ("a street with its number, a numbered road", _on_text(addresses.streets)),
    ("awards by their head word", _on_text(addresses.awards)),
    ("a ship's prefix or kind and its name are one PRODUCT", _on_text(vessels.ships)),
    ("a name and a model number before a kind of vehicle", _on_text(vessels.models_before_kind)),
    ("labels from a name's head word", _on_text(labels.relabel_by_head)),
    ("software by its head word or kind, and its versions", _on_text(software.software)),
    ("a name after 'the band' is an ORG", _on_text(vessels.bands)),
    ("a year before an event's name is part of it", _on_text(works.years_of_events)),
    ("ordinals before a body, storm and station words", _on_text(heads.ordinals_and_heads)),
    ("laws and documents by their head word", _on_text(laws.law_names)),
    ("camel-case names are companies", _on_text(shapes.firm_shapes)),
    ("a military station is a facility", _on_text(shapes.stations)),
    ("a country's '-xit' is an event", _on_text(shapes.exit_events)),
    ("a maker and its model number are one product", _on_text(shapes.model_numbers)),
    ("a place and a name after a title split apart", _on_text(titled_places.place_before_person)),
    ("places the gazetteer knows, in their context", _on_text(places.gazetteer_places)),
    (
        "given names between a title's place and a PERSON",
        _on_text(titled_places.given_name_after_place),
    ),
    ("a name set after a person's title between commas", _on_text(titled_places.apposed_people)),
    ("places the model missed", _on_text(places.missed_places)),
    ("rivers, lakes and mountains the model missed", _on_text(features.missed_features)),
    ("a channel named by a place or a people", _on_text(features.channels)),
    ("a name listed among places is a place", _on_text(places.places_in_lists)),
    ("a name and the kind of division after it are one place", _on_text(heads.unit_tails)),
    ("a name after 'the town of' is a place", _on_text(heads.places_of_kind)),
    ("a body's name and the head noun after it are one", _on_text(heads.body_tails)),
    ("a body's name cut at a plural possessive is one", _on_text(heads.plural_possessive_names)),
    ("the Sun, the Moon and the planets are places", _on_text(places.celestial_bodies)),
    ("nationalities named by their place", _on_text(places.nationalities)),
    ("faiths and doctrines are NORP", _on_text(faiths.faiths)),
    ("a party's adjective before a chamber or its members", _on_text(faiths.party_members)),
    ("acronyms share their long form's label", _on_text(names.acronyms)),
    ("platforms and outlets", _on_text(context.platforms)),
    ("a name after a lower-case kind of organisation", _on_text(context.named_after_kind)),
    ("names after a capital The in mid-sentence", _on_text(context.the_names)),
    ("two names joined by 'and' in one span split", _on_text(names.split_coordinated)),
    ("two names glued over 'the' or 'in' split", _on_text(glued.glued_names)),
    ("the speaker of an interview's turn is a person", _on_text(layout.speaker_turns)),
    ("a name opening with a given name is a person's", _on_text(people.given_name_people)),
    ("a person's given name or surname the model cut off", _on_text(people.whole_names)),
    ("an answer's first word outside the name before it", _on_text(layout.pronouns_after_names)),
    ("people the model missed: a given name and a surname", _on_doc(people.missed_people)),
    ("initials that open an interview's turns", _on_text(layout.initial_turns)),
    ("one label per name", _on_text(names.one_label_per_name)),
    ("a deity is a PERSON", _on_text(faiths.deities)),
    ("a newspaper named by its own language's word for one", _on_text(works.newspaper_names)),
    ("a language, where the words around speak of language", _on_doc(shapes.language_names)),
    ("mentions the model missed", _on_text(names.propagate_names)),
    ("places that are teams in a match report", _on_text(teams.teams)),
    ("a surname the model cut at a hyphen", _on_text(names.hyphenated_surnames)),
    ("a language among the mentions just found", _on_doc(shapes.language_names)),
    ("each half of a hyphenated pair of names", _on_text(shapes.hyphen_pairs)),
    ("no overlaps", lambda doc, text, spans: remove_overlaps(spans)),
    ("ordinals and 'one of' the model missed", _on_text(numbers.missed_numbers)),
    ("given names before a surname", _on_text(names.extend_given_names)),
    ("a couple's given names before their one surname", _on_text(names.couples)),
    ("adjacent parts of one name joined, again", _on_text(rules.merge_adjacent_people)),
    ("a photo credit names a person, its site an ORG", _on_text(layout.credits)),
    ("invisible characters are no part of a name", _on_text(layout.invisible_edges)),
)
