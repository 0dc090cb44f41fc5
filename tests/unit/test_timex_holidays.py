"""Named days: the calendar rules (checked against published calendars) and the names the
model takes for names. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.entities import Entity
from newslab.timexes import extract_timexes
from newslab.timexes.holidays import day_of
from tests.conftest import make_doc


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Easter", 2008, dt.date(2008, 3, 23)),  # a March Easter
        ("Easter", 2011, dt.date(2011, 4, 24)),
        ("Easter", 2038, dt.date(2038, 4, 25)),  # the latest possible
        ("Good Friday", 2024, dt.date(2024, 3, 29)),
        ("Ash Wednesday", 2020, dt.date(2020, 2, 26)),
        ("Thanksgiving", 2018, dt.date(2018, 11, 22)),
        ("Memorial Day", 2021, dt.date(2021, 5, 31)),  # May 31 is itself the last Monday
        ("Labor Day", 2020, dt.date(2020, 9, 7)),
        ("MLK Day", 2022, dt.date(2022, 1, 17)),
        ("Boxing Day", 2019, dt.date(2019, 12, 26)),
        ("International Women's Day", 2020, dt.date(2020, 3, 8)),  # United Nations days
        ("Women's Day", 2021, dt.date(2021, 3, 8)),
        ("World AIDS Day", 2019, dt.date(2019, 12, 1)),
        ("Earth Day", 2022, dt.date(2022, 4, 22)),
    ],
)
def test_each_rule_gives_the_day_the_calendar_does(name, year, day):
    assert day_of(name, year) == day


def entity(text: str, part: str, label: str) -> Entity:
    start = text.index(part)
    return Entity(start, start + len(part), part, label, part)


def test_a_holiday_the_model_calls_an_event_stays_but_not_inside_a_title(blank):
    text = "Crowds marched on Labor Day, and the choir sang Christmas with the Kranks."
    doc = make_doc(blank, text, [])
    ents = (
        entity(text, "Labor Day", "EVENT"),
        entity(text, "Christmas with the Kranks", "WORK_OF_ART"),
    )
    got = [(t.text, t.value) for t in extract_timexes(doc, ents, anchor=dt.date(2021, 9, 10))]
    assert got == [("Labor Day", "2021-09-06")]
