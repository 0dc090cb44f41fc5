"""Time phrases of news, parsed by the pinned model: the tense, the story's reference time
and the span conventions together. Every sentence is written for this test (never an
article's words); values are worked out by hand from the calendar and the TIMEX3 guidelines.
"""

from __future__ import annotations

import pytest

from tests.conftest import timexes_of

pytestmark = pytest.mark.model


timexes = timexes_of


def test_yesterday_morning_and_last_night_count_from_publication(nlp):
    # published Friday 2021-03-12; the story is about Tuesday, but these words are deictic
    got = timexes(
        "A gas main burst under the market on Tuesday.",
        "Crews capped it yesterday morning, and traders returned last night.",
        published="2021-03-12",
    )
    assert got["Tuesday"].value == "2021-03-09"
    assert got["yesterday morning"].value == "2021-03-11TMO"
    assert got["last night"].value == "2021-03-11TNI"


def test_earlier_on_a_weekday_is_one_span_in_the_tense_direction(nlp):
    got = timexes(
        "Earlier on Friday, the minister resigned. Later on Monday, her deputy will speak.",
        published="2021-03-10",  # a Wednesday
    )
    assert got["Earlier on Friday"].value == "2021-03-05"
    assert got["Later on Monday"].value == "2021-03-15"


def test_that_same_day_after_a_dated_sentence_takes_its_date(nlp):
    got = timexes(
        "The levee failed on April 3, 2019.",
        "Engineers reached the town that same day.",
        published="2021-03-10",
    )
    assert got["that same day"].value == "2019-04-03"


def test_earlier_this_year_and_this_month_are_the_current_ones(nlp):
    got = timexes(
        "Ticket prices rose earlier this year, and the line closed earlier in the month.",
        published="2021-03-10",
    )
    year, month = got["earlier this year"], got["earlier in the month"]
    assert (year.type, year.value, year.end_date) == ("DATE", "2021", "2021-03-09")
    assert (month.value, month.start_date, month.end_date) == (
        "2021-03",
        "2021-03-01",
        "2021-03-09",
    )


def test_within_a_few_months_is_a_vague_length(nlp):
    got = timexes("The agency expects a ruling within a few months.", published="2021-03-10")
    t = got["within a few months"]
    assert (t.type, t.value, t.start_date) == ("DURATION", "PXM", None)


def test_a_range_of_years_is_two_dates(nlp):
    got = timexes("The dam was built 1961–1967, and again from 1988-1991.", published="2021-03-10")
    assert {k: (t.type, t.value) for k, t in got.items()} == {
        "1961": ("DATE", "1961"),
        "1967": ("DATE", "1967"),
        "1988": ("DATE", "1988"),
        "1991": ("DATE", "1991"),
    }


def test_fiscal_years_as_companies_write_them(nlp):
    got = timexes(
        "The insurer lost money in FY 2019/20 but expects a profit in fiscal year 2021-22.",
        published="2021-03-10",
    )
    assert got["FY 2019/20"].value == "FY2020"
    assert got["fiscal year 2021-22"].value == "FY2022"


def test_at_the_time_in_the_past_is_never_a_time_to_come(nlp):
    # the last year named is still ahead: "at the time" is an undated past
    got = timexes(
        "The mayor is a favourite for the 2024 race.",
        "She was working as a teacher at the time.",
        published="2021-03-10",
    )
    assert got["2024"].value == "2024"
    assert got["the time"].value == "PAST_REF"


def test_that_opening_a_clause_is_no_day(nlp):
    got = timexes(
        "Police met on Tuesday. It was clear that day workers were angry.",
        published="2021-03-10",
    )
    assert set(got) == {"Tuesday"}


def test_during_the_week_ahead_is_never_a_week_gone(nlp):
    # the capsule docked last Sunday (week 9); "will stay during the week" is this week (10)
    got = timexes(
        "The capsule docked on Sunday.",
        "It will stay at the station during the week and leave on Friday.",
        published="2021-03-09",
    )
    assert got["Sunday"].value == "2021-03-07"
    assert got["the week"].value == "2021-W10"


def test_the_end_of_the_year_ahead_is_this_years_end(nlp):
    # a year named earlier in the sentence does not hold a future "the end of the year"
    got = timexes(
        "The carmaker has lost money since 2016 and may run out of cash by the end of the year.",
        published="2021-03-10",
    )
    assert got["2016"].value == "2016"
    assert got["the end of the year"].value == "2021"


def test_later_than_planned_is_the_year_named(nlp):
    got = timexes(
        "The bridge will open in 2024, two years later than planned.", published="2021-03-10"
    )
    assert got["two years later than planned"].value == "2024"


def test_that_date_ahead_stays_the_date_named(nlp):
    # "has announced plans for that date": the announcing is past, the date is still ahead
    got = timexes(
        "A second hearing was set for March 18.",
        "Both sides have announced plans for that date.",
        published="2021-03-10",
    )
    assert got["March 18"].value == "2021-03-18"
    assert got["that date"].value == "2021-03-18"


def test_a_month_naming_a_noun_takes_no_tense_from_the_verb(nlp):
    # published 2021-09-10: the bid failed (past), the elections are still ahead
    got = timexes("Monday's bid for October elections failed.", published="2021-09-10")
    assert got["October"].value == "2021-10"
    # and a month behind stays behind ("the March flood", read in September)
    got = timexes("The March flood destroyed homes.", published="2021-09-10")
    assert got["March"].value == "2021-03"


def test_a_month_of_a_year(nlp):
    got = timexes("She joined the lab in March of 2016.", published="2021-09-10")
    assert got["March of 2016"].value == "2016-03"


def test_scheduled_for_a_day_in_a_past_clause_is_not_ahead(nlp):
    # published Friday 2021-03-12: the games were held, so that Wednesday is behind
    got = timexes(
        "Other games scheduled for Wednesday were held as planned.", published="2021-03-12"
    )
    assert got["Wednesday"].value == "2021-03-10"
    got = timexes(
        "The vote, scheduled for Wednesday, will decide the matter.", published="2021-03-12"
    )
    assert got["Wednesday"].value == "2021-03-17"


def test_a_clock_time_on_a_weekday_is_two_spans_on_that_day(nlp):
    got = timexes(
        "Around 3 p.m. local time on Monday, the sky turned dark.", published="2021-03-12"
    )
    assert got["Around 3 p.m. local time"].value == "2021-03-08T15:00"
    assert got["Monday"].value == "2021-03-08"


def test_in_the_evening_of_a_past_event_is_that_days_evening(nlp):
    got = timexes(
        "The former judge died on Tuesday. He died in the evening at his home.",
        published="2021-03-12",
    )
    assert got["the evening"].value == "2021-03-09TEV"
    # every day's evening is no day's: habits give a part of no day told (TimeML's
    # XXXX-XX-XXTEV, as the hand annotation writes them), with no dates
    got = timexes(
        "Workers used to come home in the evening. Buses run in the morning.",
        published="2021-03-12",
    )
    assert got["the evening"].value == "XXXX-XX-XXTEV" and got["the evening"].end_date is None
    assert got["the morning"].value == "XXXX-XX-XXTMO"


def test_this_weekday_follows_the_tense_to_the_nearest_one(nlp):
    # published Wednesday 2021-03-10: "this Sunday" in the past is 03-07 (the week before),
    # in the future 03-14; "this Monday" in the past stays in the week (03-08)
    got = timexes(
        "This Sunday, a kayaker crossed the lake. The crossing started at 7:40 a.m.",
        published="2021-03-10",
    )
    assert got["This Sunday"].value == "2021-03-07"
    assert got["7:40 a.m."].value == "2021-03-07T07:40"
    assert (
        timexes("The ferry will sail this Sunday.", published="2021-03-10")["this Sunday"].value
        == "2021-03-14"
    )
    assert (
        timexes("The ferry sailed this Monday.", published="2021-03-10")["this Monday"].value
        == "2021-03-08"
    )
    # "this Friday" after publication, in a future sentence, is the same week's Friday
    assert (
        timexes("This Friday, the ferry will sail.", published="2021-03-10")["This Friday"].value
        == "2021-03-12"
    )


def test_a_length_of_several_units_before_a_clock_time_is_a_duration(nlp):
    got = timexes(
        "The ward admitted 312 patients in the twenty four hours preceding 9 a.m. on Monday.",
        published="2021-03-10",
    )
    assert got["twenty four hours"].value == "PT24H"
    assert got["twenty four hours"].type == "DURATION"


def test_a_part_of_the_day_after_through_during_or_into_is_the_story_day(nlp):
    got = timexes(
        "A dam burst on Tuesday.",
        "Rescuers searched through the evening and divers worked during the night.",
        published="2021-03-12",  # a Friday; the story is at Tuesday, 03-09
    )
    assert got["the evening"].value == "2021-03-09TEV"
    assert got["the night"].value == "2021-03-09TNI"
