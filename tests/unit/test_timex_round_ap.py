"""Timex constructions of the 2026-12-01 afternoon session (issue #14), without the model,
on sentences written for these tests: "the next month" counts from the period the story last
named, as "the following month" does; "recent years" is a vague length (TimeBank's and
MEANTIME's DURATION PXY). Values worked out by hand from the calendar."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timexes_by_hand

ANCHOR = dt.date(2024, 3, 5)  # a Tuesday


def test_the_next_month_counts_from_the_month_the_story_last_named(blank):
    text = "Ilse Varna left the Velka party in March 2016. The next month, it chose a new leader."
    got = timexes_by_hand(blank, text, ["March 2016"], anchor=ANCHOR)
    assert got["The next month"].value == "2016-04"
    assert (got["The next month"].start_date, got["The next month"].end_date) == (
        "2016-04-01",
        "2016-04-30",
    )


def test_the_next_week_counts_from_the_day_the_story_last_named(blank):
    text = "Tomas Brenner was arrested on May 4, 2015, and the next week he was charged."
    got = timexes_by_hand(blank, text, ["May 4, 2015"], anchor=ANCHOR)
    assert got["the next week"].value == "2015-W20"  # May 4, 2015 was a Monday of week 19


def test_next_month_without_the_still_counts_from_the_publication(blank):
    text = "Tomas Brenner was arrested on May 4, 2015. The trial opens next month."
    got = timexes_by_hand(blank, text, ["May 4, 2015"], anchor=ANCHOR)
    assert got["next month"].value == "2024-04"


def test_recent_years_is_a_vague_length(blank):
    got = timexes_by_hand(
        blank, "Rents rose in recent years and in recent weeks, as in recent times.", anchor=ANCHOR
    )
    assert (got["recent years"].type, got["recent years"].value) == ("DURATION", "PXY")
    assert got["recent weeks"].value == "PXW"
    assert (got["recent times"].type, got["recent times"].value) == ("DATE", "PAST_REF")


def test_a_weekday_ending_a_range_is_the_one_after_its_start(blank):
    # published on Thursday 2024-03-07: "Wednesday" is the day before; the Friday that ends
    # the range is two days after it (March 8), not the Friday before publication (March 1)
    text = "The council declared three days of mourning, Wednesday through Friday."
    got = timexes_by_hand(blank, text, anchor=dt.date(2024, 3, 7))
    first = dt.date.fromisoformat(got["Wednesday"].value)
    assert first.weekday() == 2
    assert dt.date.fromisoformat(got["Friday"].value) == first + dt.timedelta(days=2)


def test_a_range_from_a_weekday_to_the_same_weekday_spans_a_week(blank):
    text = "The fair ran Monday to Monday."
    got = [t for t in timexes_by_hand(blank, text, anchor=ANCHOR).values()]
    assert len(got) == 1  # both ends have the same text: the second is the one after
    spans = [(t.start, t.value) for t in extract(blank, text)]
    first, last = (dt.date.fromisoformat(v) for _, v in spans)
    assert last - first == dt.timedelta(days=7)


def extract(blank, text):  # type: ignore[no-untyped-def]
    from newslab.timexes import extract_timexes

    return extract_timexes(blank(text), (), anchor=ANCHOR)


def test_everyday_as_an_adverb_is_every_day_and_as_an_adjective_no_time(blank):
    got = timexes_by_hand(blank, "The ferry crosses everyday at dawn.", anchor=ANCHOR)
    assert (got["everyday"].type, got["everyday"].value) == ("SET", "P1D")
    for text in ("I call her everyday.", "We get requests like these everyday for help."):
        assert timexes_by_hand(blank, text, anchor=ANCHOR)["everyday"].value == "P1D", text
    for text in ("It is about everyday people.", "Everyday life has changed."):
        assert not [k for k in timexes_by_hand(blank, text, anchor=ANCHOR) if "veryday" in k]


def test_a_clock_time_of_a_habit_belongs_to_no_one_day(blank):
    # TimeML: "every day at 1 pm" names 13:00 of no particular day (XXXX-XX-XXT13:00)
    for text, clock, value in (
        ("The final is played every day at 1 pm.", "1 pm", "XXXX-XX-XXT13:00"),
        ("The shop usually opens at 9 a.m.", "9 a.m.", "XXXX-XX-XXT09:00"),
        ("The ferry crosses everyday at 6:15 a.m.", "6:15 a.m.", "XXXX-XX-XXT06:15"),
    ):
        got = timexes_by_hand(blank, text, anchor=ANCHOR)[clock]
        assert (got.value, got.start_date) == (value, None), text


def test_a_clock_time_on_a_day_named_stays_on_that_day(blank):
    text = "On March 3, 2024 at 9 a.m. each runner set off."
    got = timexes_by_hand(blank, text, ["March 3, 2024"], anchor=ANCHOR)
    assert got["9 a.m."].value == "2024-03-03T09:00"
    got = timexes_by_hand(blank, "The fire started at 9 a.m.", anchor=ANCHOR)
    assert got["9 a.m."].value == "2024-03-05T09:00"  # the day the story is at


def test_the_month_points_back_to_the_month_last_named(blank):
    text = "Prices rose in April 2020. An overview of the month's biggest stories follows."
    got = timexes_by_hand(blank, text, ["April 2020"], anchor=ANCHOR)
    assert got["the month"].value == "2020-04"
    text = "The crew arrived on March 4, 2019, and stayed during the week."
    got = timexes_by_hand(blank, text, ["March 4, 2019"], anchor=ANCHOR)
    assert got["the week"].value == "2019-W10"


def test_the_year_of_a_title_or_before_a_count_is_no_anaphora(blank):
    text = "She was named Person of the Year in 2019. The month of May was wet."
    got = timexes_by_hand(blank, text, ["2019"], anchor=ANCHOR)
    assert "the Year" not in got and "The month" not in got


def test_all_day_and_the_entire_week_are_one_whole_unit(blank):
    got = timexes_by_hand(
        blank, "She waited all day, and then the entire week, at the station.", anchor=ANCHOR
    )
    assert (got["all day"].type, got["all day"].value) == ("DURATION", "P1D")
    assert got["the entire week"].value == "P1W"


def test_the_first_count_of_a_range_back_in_time_is_no_length(blank):
    text = "The firm was bought 7 or 8 years ago and ran for between 60 and 90 days."
    got = timexes_by_hand(
        blank, text, ["7 or 8 years ago", "between 60 and 90 days"], anchor=ANCHOR
    )
    assert "7" not in got  # one time back, not a length of seven years
    assert got["60"].value == "P60D"  # a range of lengths keeps both ends


def test_the_year_before_its_number_is_that_year_alone(blank):
    got = timexes_by_hand(blank, "The law was passed in the year 2019.", ["2019"], anchor=ANCHOR)
    assert [(k, t.value) for k, t in got.items()] == [("2019", "2019")]
