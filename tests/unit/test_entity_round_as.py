"""Entity rules, round AS (2026-12-02, issue #15): sentences of our own, names in no gold
article, spans set by hand as the model might give them."""

from __future__ import annotations

from newslab.entities.apposed import apposed_kinds, defined_kind
from tests.conftest import named_spans, spans_at


def test_a_name_defined_as_a_firm_is_an_organisation_in_every_mention():
    text = (
        "According to Quorvex, a cybersecurity firm based in Oslo, the data was exposed. "
        "Quorvex emailed the bank twice."
    )
    spans = spans_at(text, ("Quorvex", "PERSON"), ("Oslo", "GPE"), ("Quorvex", "PERSON"))
    assert named_spans(text, apposed_kinds(text, spans)) == [
        ("Quorvex", "ORG"),
        ("Oslo", "GPE"),
        ("Quorvex", "ORG"),
    ]


def test_an_agency_a_band_and_a_party_in_apposition_are_organisations():
    text = (
        "Stellarik, the Kazakh space agency, flew. Brass Lantern, a rock band, played. "
        "Velmora, a centrist party, won."
    )
    spans = spans_at(
        text, ("Stellarik", "PERSON"), ("Brass Lantern", "WORK_OF_ART"), ("Velmora", "GPE")
    )
    assert [label for _, label in named_spans(text, apposed_kinds(text, spans))] == ["ORG"] * 3


def test_towns_and_rivers_in_apposition_are_places():
    text = "It docked at Porvenka, a port city on the coast, near the Tarnel, a river that floods."
    spans = spans_at(text, ("Porvenka", "ORG"), ("Tarnel", "PERSON"))
    assert named_spans(text, apposed_kinds(text, spans)) == [("Porvenka", "GPE"), ("Tarnel", "LOC")]


def test_an_apposition_whose_head_is_a_person_defines_no_body():
    for text in (
        "Tessaly Kaskin, a company spokeswoman, said so.",
        "Kaskin, a member of the party, said so.",
        "Kaskin, the firm's founder, said so.",
        "Kaskin, a firm believer in it, said so.",
        "Kaskin, the Orlin Independent Party, and others met.",  # a list of names, no apposition
    ):
        name = text.split(",")[0]
        spans = [(0, len(name), "PERSON")]
        assert apposed_kinds(text, spans) == spans, text


def test_a_persons_name_is_never_made_a_body():
    text = "Ada Quist, a rock band of one, sang."  # a given name and a surname: a person
    assert apposed_kinds(text, [(0, 9, "PERSON")]) == [(0, 9, "PERSON")]
    assert defined_kind(text, 9) == "ORG"


def test_a_citys_other_name_is_a_place_the_gazetteer_knows():
    from newslab.entities.gazetteer import place_kind
    from newslab.entities.places import gazetteer_places

    assert place_kind("Heraklion") == "city"  # GeoNames' "Irákleion"
    assert place_kind("Salonica") == "city"  # GeoNames' "Thessaloníki"
    text = "The ferry sailed near Heraklion and docked in Salonica."
    spans = spans_at(text, ("Heraklion", "ORG"), ("Salonica", "PERSON"))
    assert [label for _, label in named_spans(text, gazetteer_places(text, spans))] == [
        "GPE",
        "GPE",
    ]


def test_other_names_leave_out_given_names_short_names_phrases_and_known_names():
    from newslab.entities.gazetteer import other_names

    records = [
        ("Ciudad Kestrel", 250_000, ("Carmen", "Vell", "White House", "Kestrelburg", "Orn-Tash")),
        ("Tarnville", 40_000, ("Tarnopolis",)),  # too small a town for its other names
        ("Vellmouth", 500_000, ("Kestrelton",)),
    ]
    assert other_names(records, {"Kestrelton": frozenset({"town"})}) == [
        "Kestrelburg",
        "Orn-Tash",
    ]


def test_a_firms_first_word_alone_is_the_firm():
    from newslab.entities.short_names import firms_first_words

    text = "Orlin Aerospace cut 900 jobs. The delay is costly, Orlin said. Orlin's shares fell."
    spans = spans_at(text, ("Orlin Aerospace", "ORG"), ("Orlin", "PERSON"), ("Orlin", "PERSON"))
    assert [label for _, label in named_spans(text, firms_first_words(text, spans))] == ["ORG"] * 3


def test_a_persons_surname_given_name_or_titled_name_stays_a_person():
    from newslab.entities.short_names import firms_first_words

    for text, names in (
        ("Brannoc Holdings grew. Tove Brannoc said Brannoc would stay.",
         (("Brannoc Holdings", "ORG"), ("Tove Brannoc", "PERSON"), ("Brannoc", "PERSON"))),
        ("The Ada Kestrel Trust paid. Ada said so.", (("Ada Kestrel Trust", "ORG"), ("Ada", "PERSON"))),
        ("Quell Partners grew. Mr. Quell said so.", (("Quell Partners", "ORG"), ("Quell", "PERSON"))),
    ):  # fmt: skip
        spans = spans_at(text, *names)
        assert firms_first_words(text, spans) == spans, text


def test_a_share_written_per_cent_is_a_percent_not_money():
    from newslab.entities.amounts import numeric_edges

    text = "Unemployment in Orlin fell to 4.2 per cent, and fares rose 30 cents."
    spans = spans_at(text, ("4.2 per cent", "MONEY"), ("30 cents", "MONEY"))
    assert named_spans(text, numeric_edges(text, spans)) == [
        ("4.2 per cent", "PERCENT"),
        ("30 cents", "MONEY"),
    ]


def _parsed(words, pos, deps, heads):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, pos=pos, deps=deps, heads=heads)


def test_how_often_an_adverb_says_and_annual_are_dates():
    from newslab.entities.days import how_often

    doc = _parsed(
        ["Kestrin", "staff", "talk", "everyday", "about", "the", "annual", "fair", "."],
        ["PROPN", "NOUN", "VERB", "ADV", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
        ["compound", "nsubj", "ROOT", "advmod", "prep", "det", "amod", "pobj", "punct"],
        [1, 2, 2, 2, 2, 7, 7, 4, 2],
    )
    assert named_spans(doc.text, how_often(doc, [])) == [("everyday", "DATE"), ("annual", "DATE")]


def test_how_often_before_a_noun_or_after_an_article_is_left_alone():
    from newslab.entities.days import how_often

    doc = _parsed(
        ["A", "daily", "in", "Orlin", "praised", "their", "daily", "routine", "."],
        ["DET", "NOUN", "ADP", "PROPN", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"],
        ["det", "nsubj", "prep", "pobj", "ROOT", "poss", "amod", "dobj", "punct"],
        [1, 4, 1, 2, 4, 7, 7, 4, 4],
    )
    assert how_often(doc, []) == []


def test_one_counting_the_noun_after_it_is_a_cardinal():
    from newslab.entities.amounts import one_before_a_noun

    doc = _parsed(
        ["Six", "males", "to", "one", "female", "nested", "on", "Orlin", "."],
        ["NUM", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ["nummod", "nsubj", "prep", "nummod", "pobj", "ROOT", "prep", "pobj", "punct"],
        [1, 5, 1, 4, 2, 5, 5, 6, 5],
    )
    assert named_spans(doc.text, one_before_a_noun(doc, [(0, 3, "CARDINAL")])) == [
        ("Six", "CARDINAL"),
        ("one", "CARDINAL"),
    ]


def test_one_as_a_pronoun_a_day_or_a_names_number_is_no_cardinal():
    from newslab.entities.amounts import one_before_a_noun

    for words, pos in (
        (["No", "one", "knows", "."], ["DET", "PRON", "VERB", "PUNCT"]),
        (["The", "other", "one", "rocket", "flew"], ["DET", "ADJ", "NUM", "NOUN", "VERB"]),
        (["It", "rained", "one", "day", "."], ["PRON", "VERB", "NUM", "NOUN", "PUNCT"]),
        (["He", "flew", "Kestrel", "One", "jets"], ["PRON", "VERB", "PROPN", "PROPN", "NOUN"]),
        (["Proof", "one", "way", "or", "another"], ["NOUN", "NUM", "NOUN", "CCONJ", "DET"]),
    ):
        doc = _parsed(words, pos, ["dep"] * len(words), list(range(len(words))))
        assert one_before_a_noun(doc, []) == [], words


def test_crowns_are_money():
    from newslab.entities.money import named_amounts

    text = "Orlin will release 50 million crowns in aid; the fine was 2,000 Kestrin crowns."
    spans = spans_at(text, ("50 million", "CARDINAL"), ("2,000", "CARDINAL"))
    assert named_spans(text, named_amounts(text, spans)) == [
        ("50 million crowns", "MONEY"),
        ("2,000 Kestrin crowns", "MONEY"),
    ]


def test_a_race_time_is_a_time():
    from newslab.entities.numbers import clock_readings

    text = "Kari Vell won in 30:12.45, ahead of Ana Brell (30:16.9)."
    assert named_spans(text, clock_readings(text, spans_at(text, ("30:16.9", "CARDINAL")))) == [
        ("30:12.45", "TIME"),
        ("30:16.9", "TIME"),
    ]


def test_a_firms_designator_makes_a_name_read_as_a_person_an_organisation():
    from newslab.entities.labels import relabel_by_head

    text = "Quorvel Pharma and Brannoc Therapeutics merged with Orlin Aerospace."
    spans = spans_at(
        text, ("Quorvel Pharma", "PERSON"), ("Brannoc Therapeutics", "PERSON"),
        ("Orlin Aerospace", "PERSON"),
    )  # fmt: skip
    assert [label for _, label in named_spans(text, relabel_by_head(text, spans))] == ["ORG"] * 3
