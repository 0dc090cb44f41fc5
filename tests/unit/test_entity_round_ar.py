"""Entity rules, round AR (2026-12-02, issue #15): sentences of our own, names in no gold
article, spans set by hand as the model might give them."""

from __future__ import annotations

from newslab.entities.amounts import percentage_points
from newslab.entities.days import days_named
from newslab.entities.edges import bare_units, futures
from newslab.entities.features import mountains
from newslab.entities.kinds import kinds_of_things
from tests.conftest import named_spans, spans_at


def test_a_word_written_as_a_count_noun_is_a_kind_not_an_organisation():
    text = (
        "The remains of a Velkar child were found at Orn. Velkars made bone tools, and the "
        "latest Velkars lived in caves. Velkar sites are common."
    )
    spans = spans_at(
        text, ("Velkar", "ORG"), ("Orn", "GPE"), ("Velkars", "ORG"), ("Velkars", "ORG"),
        ("Velkar", "NORP"),
    )  # fmt: skip
    assert named_spans(text, kinds_of_things(text, spans)) == [("Orn", "GPE")]


def test_a_group_of_people_the_model_calls_norp_keeps_its_label():
    text = "Ada Holm is a Brannist. Brannists won; Brannists met the Ornish Brannist Club."
    spans = spans_at(
        text, ("Ada Holm", "PERSON"), ("Brannist", "NORP"), ("Brannists", "NORP"),
        ("Brannists", "ORG"),
    )  # fmt: skip
    assert named_spans(text, kinds_of_things(text, spans)) == [
        ("Ada Holm", "PERSON"),
        ("Brannist", "NORP"),
        ("Brannists", "NORP"),
        ("Brannists", "ORG"),
    ]


def test_a_family_and_a_word_never_written_in_the_plural_stay_names():
    text = "She is a Brannick, like all the Brannicks. He bought a Velkor from Velkor."
    spans = spans_at(
        text, ("Brannick", "PERSON"), ("Brannicks", "PERSON"), ("Velkor", "PRODUCT"),
        ("Velkor", "ORG"),
    )  # fmt: skip
    assert kinds_of_things(text, spans) == spans


def test_a_period_word_the_model_cut_before_a_possessive_takes_its_determiner():
    text = "This month's spotlight is on Orn. She ran in this year's race and the past decade's."
    spans = spans_at(text, ("month", "DATE"), ("Orn", "GPE"), ("year", "DATE"), ("decade", "DATE"))
    got = named_spans(text, bare_units(text, spans))
    assert got == [
        ("This month", "DATE"),
        ("Orn", "GPE"),
        ("this year", "DATE"),
        ("the past decade", "DATE"),
    ]


def test_a_title_of_the_year_and_a_bare_unit_without_a_determiner_stay_as_they_are():
    text = "She was named Velkar of the Year. Each year, a month of rain."
    spans = spans_at(text, ("Year", "DATE"), ("year", "DATE"), ("month", "DATE"))
    assert bare_units(text, spans) == spans


def test_the_future_as_a_time_is_a_date_wherever_it_stands(blank):
    text = "The future of Orn looks bright, and in the near future it will grow. In future, ask."
    got = named_spans(text, futures(blank(text), []))
    assert got == [("The future", "DATE"), ("the near future", "DATE"), ("future", "DATE")]


def test_faith_in_the_future_a_future_thing_and_a_title_are_no_date(blank):
    text = "Voters lost faith in the future. Her future was secure. We saw Back to the Future."
    assert futures(blank(text), []) == []


def test_today_and_the_same_day_are_a_date_where_no_name_holds_them():
    text = 'Holm said, "Today I am glad." The shop shut the same day. These days it is empty.'
    got = named_spans(text, days_named(text, [(0, 4, "PERSON")]))
    assert got == [
        ("Holm", "PERSON"),
        ("Today", "DATE"),
        ("the same day", "DATE"),
        ("These days", "DATE"),
    ]


def test_today_inside_a_paper_or_a_time_stays_there():
    text = "Orn Today reported it; the ship docks at noon today."
    spans = spans_at(text, ("Orn Today", "ORG"), ("noon today", "TIME"))
    assert days_named(text, spans) == spans


def test_a_mountain_is_a_loc_whatever_the_model_called_it():
    text = "Mount Orvel erupted; climbers left Mt. Velka Tor and Mount Brannoc."
    spans = spans_at(
        text, ("Mount Orvel", "PRODUCT"), ("Mt. Velka Tor", "GPE"), ("Mount Brannoc", "FAC")
    )
    assert [label for _, _, label in mountains(text, spans)] == ["LOC", "LOC", "LOC"]


def test_a_town_named_for_a_mountain_and_a_longer_name_keep_their_labels():
    text = "She moved from Mount Vernon to work at Mount Orvel General Hospital."
    spans = spans_at(text, ("Mount Vernon", "GPE"), ("Mount Orvel General Hospital", "ORG"))
    assert mountains(text, spans) == spans


def test_a_number_of_percentage_points_is_a_percent_with_its_unit():
    text = "Orn Bank cut rates by half a percentage point; Velt led by a 7-percentage-point margin."
    spans = spans_at(text, ("Orn Bank", "ORG"), ("half", "CARDINAL"), ("7", "CARDINAL"))
    got = named_spans(text, percentage_points(text, spans))
    assert got == [
        ("Orn Bank", "ORG"),
        ("half a percentage point", "PERCENT"),
        ("7-percentage-point", "PERCENT"),
    ]
    text = "It rose 4 points."
    assert percentage_points(text, [(8, 9, "CARDINAL")]) == [(8, 9, "CARDINAL")]
