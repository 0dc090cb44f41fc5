"""Names in constructions met after batch AK's score (issue #15: business news from MEANTIME's
texts), on text written for these tests: stock indices, products named with a lower-case "i",
a model code written alone, an airline's flight, a dollar with its country's letters, and a
firm named after a person the article also names."""

from __future__ import annotations

from newslab.entities.markets import indices
from newslab.entities.money import coded_amounts
from newslab.entities.names import one_label_per_name
from newslab.entities.people import person_name
from newslab.entities.products import flights, i_names, models_alone
from newslab.entities.shapes import ampersand_names
from tests.conftest import named_spans as _named
from tests.conftest import spans_at as _at


def test_stock_indices_are_organisations_whole_with_their_number_and_head_word():
    text = (
        "Stocks fell: the FTSE 100 lost 2 percent, the Nasdaq Composite 3 percent and the "
        "Hang Seng Index 1 percent, while the Nikkei index closed flat."
    )
    spans = _at(text, ("FTSE 100", "PRODUCT"), ("Nasdaq", "ORG"), ("Hang Seng", "PERSON"))
    assert _named(text, indices(text, spans)) == [
        ("FTSE 100", "ORG"),
        ("Nasdaq Composite", "ORG"),
        ("Hang Seng Index", "ORG"),
        ("Nikkei", "ORG"),  # a lower-case "index" stays outside
    ]


def test_a_one_word_index_is_one_only_in_a_market_report_and_a_longer_name_stays_whole():
    paper = "The Nikkei reported that the two firms will merge."
    assert indices(paper, []) == []
    firm = "Dow Jones & Company owns the paper; its shares rose."
    assert indices(firm, _at(firm, ("Dow Jones & Company", "ORG"))) == [(0, 19, "ORG")]


def test_a_lower_case_i_before_a_capitalised_word_is_a_product_with_its_model():
    text = "Sales of the iPad, the iPhone 4S and the iPod nano rose; iOS 5 shipped."
    spans = _at(text, ("iPad", "ORG"), ("iPhone", "NORP"), ("iPod", "ORG"))
    assert _named(text, i_names(text, spans)) == [
        ("iPad", "PRODUCT"),
        ("iPhone 4S", "PRODUCT"),
        ("iPod nano", "PRODUCT"),
        ("iOS 5", "PRODUCT"),
    ]


def test_an_i_name_before_a_firms_word_is_left_to_the_firm():
    text = "Shares of iVelka Corp rose, and so did those of iBrenmoor Media."
    spans = _at(text, ("iVelka Corp", "ORG"), ("iBrenmoor Media", "ORG"))
    assert i_names(text, spans) == spans
    store = "Songs cost 99 cents at the iVelka Music Store, which sells to iVelka owners."
    spans = _at(store, ("iVelka Music Store", "ORG"))
    assert _named(store, i_names(store, spans)) == [
        ("iVelka Music Store", "ORG"),  # the longer name the model found stays
        ("iVelka", "PRODUCT"),
    ]


def test_a_model_code_written_alone_is_the_product_its_maker_made_of_it():
    text = "The Orvane K900 flew; two more K900s follow, and the K900 is new. It has 900 seats."
    count = text.index(" 900 ") + 1
    spans = [*_at(text, ("Orvane K900", "PRODUCT")), (count, count + 3, "CARDINAL")]
    assert _named(text, models_alone(text, spans)) == [
        ("Orvane K900", "PRODUCT"),
        ("K900s", "PRODUCT"),
        ("K900", "PRODUCT"),
        ("900", "CARDINAL"),
    ]


def test_a_number_that_counts_stays_a_count_and_a_law_gives_no_code():
    text = "The Orvane 757 flew, and 757 workers built it."
    spans = _at(text, ("Orvane 757", "PRODUCT"), ("757", "CARDINAL"))
    assert models_alone(text, spans) == spans
    law = "Under Velka Code § 1201 and section 1201 of the law"
    spans = _at(law, ("Velka Code § 1201", "PRODUCT"))
    assert models_alone(law, spans) == spans


def test_an_airlines_flight_is_the_airline_and_no_product():
    text = "The crash of Velka Air Flight 302 and of Orvane Airways Flight 7 killed nine."
    spans = _at(text, ("Velka Air Flight 302", "PRODUCT"), ("Orvane Airways Flight", "PERSON"))
    assert _named(text, flights(text, spans)) == [("Velka Air", "ORG"), ("Orvane Airways", "ORG")]


def test_a_given_name_before_air_is_an_airline_not_a_person():
    assert person_name("Adam Quell") and not person_name("Adam Air")


def test_a_dollar_with_its_countrys_letters_is_money():
    text = "The state gave the firm AU$52.5 million, NZ$40 and HK$ 3,000."
    spans = _at(text, ("52.5 million", "CARDINAL"), ("40", "CARDINAL"))
    assert _named(text, sorted(coded_amounts(text, spans))) == [
        ("AU$52.5 million", "MONEY"),
        ("NZ$40", "MONEY"),
        ("HK$ 3,000", "MONEY"),
    ]


def test_a_firm_named_after_a_person_of_the_article_keeps_its_label_alone():
    text = (
        "The Halvard Motor Company will cut jobs. Halvard lost money, its chairman Ilse "
        "Halvard said, and Halvard will close two plants."
    )
    spans = _at(
        text,
        ("Halvard Motor Company", "ORG"),
        ("Halvard", "ORG"),
        ("Ilse Halvard", "PERSON"),
        ("Halvard", "ORG"),
    )
    assert [label for _, label in _named(text, one_label_per_name(text, spans))] == [
        "ORG",
        "ORG",
        "PERSON",
        "ORG",
    ]


def test_a_person_named_alone_by_the_surname_the_firm_shares_is_still_a_person():
    text = (
        "Ilse Halvard founded the Halvard Motor Company. Halvard said she was proud, and "
        "Halvard spoke again later."
    )
    spans = _at(
        text,
        ("Ilse Halvard", "PERSON"),
        ("Halvard Motor Company", "ORG"),
        ("Halvard", "PERSON"),
        ("Halvard", "PERSON"),
    )
    assert [label for _, label in _named(text, one_label_per_name(text, spans))] == [
        "PERSON",
        "ORG",
        "PERSON",
        "PERSON",
    ]


def test_capitals_joined_by_an_ampersand_are_a_firm_but_q_and_a_is_no_name():
    text = "In a Q&A on R&D spending, the head of VK&Q praised her staff."
    spans = _at(text, ("Q&A", "ORG"), ("R&D", "ORG"))
    assert _named(text, ampersand_names(text, spans)) == [("VK&Q", "ORG")]


def test_a_network_generation_before_an_i_name_is_part_of_it():
    text = "Stores sold out of the 3G iVelka by noon."
    assert _named(text, i_names(text, [])) == [("3G iVelka", "PRODUCT")]


def test_a_number_glued_to_a_unit_of_data_is_a_quantity_and_pixels_a_count():
    from newslab.entities.amounts import glued_units

    text = "The 30GB model plays video at 320x240 on a 2.4 GHz chip."
    spans = _at(text, ("30", "CARDINAL"), ("320x240", "ORG"))
    assert _named(text, glued_units(text, spans)) == [
        ("30GB", "QUANTITY"),
        ("320x240", "CARDINAL"),
        ("2.4 GHz", "QUANTITY"),
    ]


def test_a_makers_possessive_and_a_name_after_the_code_make_the_product():
    text = "Velka Airways ordered Orvane's K900 and two more K900s; the K900 Skyliner flies."
    spans = _at(text, ("Velka Airways", "ORG"), ("Orvane", "ORG"), ("K900 Skyliner", "ORG"))
    assert _named(text, models_alone(text, spans)) == [
        ("Velka Airways", "ORG"),
        ("Orvane", "ORG"),
        ("K900", "PRODUCT"),
        ("K900s", "PRODUCT"),
        ("K900 Skyliner", "PRODUCT"),
    ]


def test_an_airline_and_the_model_it_flies_are_two_names():
    text = "A Velka Airlines K900 landed."
    spans = _at(text, ("Velka Airlines K900", "PRODUCT"))
    assert _named(text, models_alone(text, spans)) == [
        ("Velka Airlines", "ORG"),
        ("K900", "PRODUCT"),
    ]


def test_a_number_read_as_a_name_a_share_and_a_determiner_before_an_amount():
    from newslab.entities.amounts import numeric_edges

    text = "It fell between three and seven percent to 8,579.19; another 1.4% and the 12 went."
    spans = _at(
        text,
        ("between three and seven percent", "CARDINAL"),
        ("8,579.19", "WORK_OF_ART"),
        ("another 1.4%", "PERCENT"),
        ("the 12", "CARDINAL"),
    )
    assert _named(text, numeric_edges(text, spans)) == [
        ("between three and seven percent", "PERCENT"),
        ("8,579.19", "CARDINAL"),
        ("1.4%", "PERCENT"),
        ("12", "CARDINAL"),
    ]
    words = "It rose another million."  # an amount in words keeps what the model gave it
    assert numeric_edges(words, _at(words, ("another million", "CARDINAL"))) == [
        (8, 23, "CARDINAL")
    ]


def test_a_scale_written_short_is_inside_the_amount():
    from newslab.entities.money import abbreviated_scales

    text = "A deal worth US$7.2 bn, or £40m, for 9 bn people."
    spans = _at(text, ("US$7.2", "MONEY"), ("£40", "MONEY"), ("9", "CARDINAL"))
    assert _named(text, abbreviated_scales(text, spans)) == [
        ("US$7.2 bn", "MONEY"),
        ("£40m", "MONEY"),
        ("9", "CARDINAL"),  # no money: the scale is left to the model
    ]


def test_an_airliners_code_alone_is_a_product_where_its_maker_is_named():
    from newslab.entities.products import aircraft

    text = "Boeing sold 24 737-800s and two 787s; 787 workers cheered, and A330s flew."
    count = text.index("787 workers")
    spans = _at(text, ("24 737-800s", "CARDINAL"))
    spans += [(count, count + 3, "CARDINAL"), *_at(text, ("A330s", "ORG"))]
    assert _named(text, aircraft(text, spans)) == [
        ("24", "CARDINAL"),
        ("737-800s", "PRODUCT"),
        ("787s", "PRODUCT"),
        ("787", "CARDINAL"),
        ("A330s", "PRODUCT"),
    ]
    road = "Drivers on the A380 and the A350 roads were stuck."
    assert aircraft(road, []) == []  # no maker of airliners named
