"""Constructions TimeML annotates that newslab missed or misread, each on sentences written
for this test (never an article's words): vague "recent" periods, a delay measured against
a plan, named holidays.

Expected values are worked out by hand from the calendar and the TIMEX3 guidelines.
"""

from __future__ import annotations

import pytest

from newslab import Article, annotate
from tests.conftest import timexes_of

pytestmark = pytest.mark.model


timexes = timexes_of


def test_recent_years_is_a_vague_length_up_to_now(nlp):
    # TIMEX3 as TimeBank and MEANTIME annotate it: "in recent years" is a length of some
    # years (DURATION PXY), not a point; "in recent times" stays the vague past
    got = timexes(
        "Home prices have doubled in recent years, and rents rose in recent months.",
        "Hikers reported three bear sightings over the past two weeks.",
        "Storms like it were rare in recent times.",
        published="2021-03-10",
    )
    assert got["recent years"].type == "DURATION" and got["recent years"].value == "PXY"
    assert got["recent months"].value == "PXM"
    assert got["recent times"].type == "DATE" and got["recent times"].value == "PAST_REF"
    assert "years" not in got and "months" not in got
    assert got["the past two weeks"].value == "P2W"  # a counted length stays a DURATION


def test_the_past_before_a_count_is_no_vague_past(nlp):
    text = "The guide has led tours for the past 25-30 years; in the past, he farmed."
    article = Article.from_text(text, title="t", published="2021-03-10")
    pasts = [t.start for t in annotate(article).timexes if t.value == "PAST_REF"]
    assert pasts == [text.index("the past,")]


def test_a_delay_against_a_plan_is_the_day_it_happened(nlp):
    # "two days later than planned" compares with the planned day: it is the day the
    # sentence names, never that day plus two
    got = timexes(
        "The ferry docked on March 2, two days later than originally planned.",
        "The museum reopened a week earlier than expected.",
        published="2021-03-10",
    )
    late = got["two days later than originally planned"]
    assert (late.type, late.value) == ("DATE", "2021-03-02")
    early = got["a week earlier than expected"]
    assert early.value is None and "plan" in early.rule  # no day named to place it


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Shops were packed before Christmas.", "2021-03-10", "Christmas", "2020-12-25"),
        ("The office will reopen after Easter.", "2021-03-10", "Easter", "2021-04-04"),
        ("The storm hit on Good Friday.", "2019-05-01", "Good Friday", "2019-04-19"),
        ("The parade is held on Labor Day.", "2019-08-20", "Labor Day", "2019-09-02"),
        ("Flights were full over Thanksgiving.", "2020-12-10", "Thanksgiving", "2020-11-26"),
        ("Fireworks are banned on New Year's Eve.", "2022-11-02", "New Year's Eve", "2022-12-31"),
        ("The mayor spoke on Memorial Day 2018.", "2021-01-05", "Memorial Day 2018", "2018-05-28"),
        ("Sales fell last Christmas.", "2021-12-20", "last Christmas", "2020-12-25"),
    ],
)
def test_named_holidays_are_their_day_in_the_tense_direction(nlp, sentence, published, text, value):
    got = timexes(sentence, published=published)
    assert got[text].type == "DATE" and got[text].value == value


def test_a_holiday_inside_a_name_is_no_time(nlp):
    got = timexes(
        "Tourists flew to Easter Island and then to Christmas Island in May 2019.",
        published="2021-03-10",
    )
    assert set(got) == {"May 2019"}


def test_a_part_of_the_day_without_a_day_is_on_the_day_the_story_is_at(nlp):
    # published Thursday 2021-06-10, about Tuesday and Monday
    got = timexes(
        "The refinery shut down on Tuesday. Later in the evening, firefighters left.",
        "Shares of the miner fell on Monday and slid further in afternoon trading.",
        "Nurses say patients sleep better in the morning.",
        published="2021-06-10",
    )
    assert got["Later in the evening"].value == "2021-06-08TEV"
    assert got["afternoon"].type == "TIME" and got["afternoon"].value == "2021-06-07TAF"
    # a habit: a part of no day told, as TimeML writes it and the hand annotation has it
    assert (got["the morning"].type, got["the morning"].value) == ("TIME", "XXXX-XX-XXTMO")
    assert got["the morning"].start_date is None


def test_a_day_the_text_does_not_name_is_an_unknown_date(nlp):
    got = timexes(
        "The vote was postponed to a later date.",
        "The court will rule on an as yet unspecified date; callers were told to ring back "
        "at a later time.",
        '"It was a year when nothing worked," she said. It rained for a day.',
        published="2021-06-10",
    )
    assert got["a day"].value == "P1D"  # a length: nothing says which day
    for text in ("a later date", "an as yet unspecified date", "a later time", "a year"):
        assert (got[text].type, got[text].value) == ("DATE", "XXXX-XX-XX")
        assert got[text].start_date is None


def test_a_part_of_a_week_or_month_stays_whole_and_narrows_its_days(nlp):
    # published Thursday 2021-06-10; the story is at Monday 2021-06-07 (week 23)
    got = timexes(
        "Talks resumed on Monday, and a deal could come later in the week.",
        "Prices rose at the end of last month and may ease in the middle of next month.",
        "The senator spoke often in March. Early in the month, he met donors.",
        published="2021-06-10",
    )
    expected = {  # (value, first day, last day)
        "later in the week": ("2021-W23", "2021-06-08", "2021-06-13"),
        "Early in the month": ("2021-03", "2021-03-01", "2021-03-10"),  # the month named
        "the end of last month": ("2021-05", "2021-05-21", "2021-05-31"),
        "the middle of next month": ("2021-07", "2021-07-11", "2021-07-20"),
    }
    assert {k: (got[k].value, got[k].start_date, got[k].end_date) for k in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "value", "first"),
    [
        ("The new rules are to take effect late this week.", "2021-W24", "2021-06-17"),
        ("Crews finished the repairs late this week.", "2021-W23", "2021-06-10"),
    ],
)
def test_a_future_part_of_this_week_already_past_is_next_weeks(nlp, sentence, value, first):
    # published Sunday 2021-06-13: Thursday to Saturday of week 23 are behind it
    late = timexes(sentence, published="2021-06-13")["late this week"]
    assert (late.value, late.start_date) == (value, first)


BUSINESS_PERIODS = (
    # published Sunday 2019-10-20: the third quarter has ended (2019-Q3); the same period is
    # the quarter, not the day it ended; the fiscal year in progress ends in 2019, whatever
    # day the sentence names
    (
        "Sales rose 8% in the third quarter, which ended on September 28, from the same "
        "period a year earlier.",
        "Orders jumped after Labor Day, at the very start of the financial year.",
        "The agency spent less last fiscal year and plans more in financial year 2021.",
    ),
    "2019-10-20",
    {
        "the third quarter": "2019-Q3",
        "September 28": "2019-09-28",
        "the same period a year earlier": "2018-Q3",
        "Labor Day": "2019-09-02",
        "the very start of the financial year": "FY2019",
        "last fiscal year": "FY2018",
        "financial year 2021": "FY2021",
    },
)
DAYS_AND_WEEKENDS = (
    # published Monday 1989-10-23; the story moves to 1987 in the last paragraph
    (
        "The stock fell the day before yesterday and recovered this past weekend.",
        "Traders expect a rally this coming weekend or the day after tomorrow.",
        "The plant will reopen two weeks from now.",
        "The talks collapsed in 1987. The prior year, they had stalled.",
    ),
    "1989-10-23",
    {
        "the day before yesterday": "1989-10-21",
        "this past weekend": "1989-W42-WE",
        "this coming weekend": "1989-W43-WE",
        "the day after tomorrow": "1989-10-25",
        "two weeks from now": "1989-11-06",
        "1987": "1987",
        "The prior year": "1986",
    },
)


LENGTHS_AND_HOURS = (
    # published Thursday 2021-06-10: "a" never counts a plural unit; a part of a year keeps
    # its hyphen; the early hours are the morning of their day, never a length of hours
    (
        "A decades-long feud ended in late-2009, and a months-long strike began in mid-2011.",
        "The fire began in the early hours of Tuesday; crews worked for hours.",
        '"We woke in the early hours of this morning," a neighbour said on Monday.',
    ),
    "2021-06-10",
    {
        "decades-long": "PXDE",
        "late-2009": "2009",
        "months-long": "PXM",
        "mid-2011": "2011",
        "the early hours of Tuesday": "2021-06-08TMO",
        "hours": "PTXH",
        "the early hours of this morning": "2021-06-07TMO",  # the morning she spoke of
        "Monday": "2021-06-07",
    },
)
ORDINAL_DAYS = (
    # published Thursday 2021-06-10: "the 14th" is a day of the month last named, else the
    # nearest in the tense's direction; "the 5th floor" and "the 20th century" are no days
    (
        "The council met in March. On the 14th, it voted.",
        "Voters will go to the polls on the 20th.",
        "Engineers worked on the 5th floor, a relic of the 20th century.",
    ),
    "2021-06-10",
    {
        "March": "2021-03",
        "the 14th": "2021-03-14",
        "the 20th": "2021-06-20",
        "the 20th century": "19",
    },
)
PERIODS_ENDED = (
    # published Thursday 1989-10-26: TimeBank's "the quarter ended Sept. 30", the date its
    # own timex; a year that ends in June is a fiscal year
    (
        "Net income for the quarter ended Sept. 30 rose 5%, and in the week ended Friday "
        "shares fell.",
        "Sales in the year ended June 30 rose; a loss is likely in the current quarter.",
    ),
    "1989-10-26",
    {
        "the quarter": "1989-Q3",
        "Sept. 30": "1989-09-30",
        "the week": "1989-W42",
        "Friday": "1989-10-20",
        "the year": "FY1989",
        "June 30": "1989-06-30",
        "the current quarter": "1989-Q4",
    },
)


@pytest.mark.parametrize(
    ("paragraphs", "published", "expected"),
    [BUSINESS_PERIODS, DAYS_AND_WEEKENDS, PERIODS_ENDED, LENGTHS_AND_HOURS, ORDINAL_DAYS],
    ids=["business-periods", "days-and-weekends", "periods-ended", "lengths-and-hours", "days"],
)
def test_every_value_in_the_text_as_worked_out_by_hand(nlp, paragraphs, published, expected):
    got = timexes(*paragraphs, published=published)
    assert {text: t.value for text, t in got.items()} == expected


def test_a_vague_count_of_hundreds_or_thousands_of_years_is_centuries_or_millennia(nlp):
    # TIMEX3 writes an unspecified number of centuries PXCE and of millennia PXML
    got = timexes(
        "Farmers lived in the valley for a few hundred years.",
        "The old road stood for several thousand years; the wait was a few hundred days.",
        published="2021-03-10",
    )
    assert got["a few hundred years"].value == "PXCE"
    assert got["several thousand years"].value == "PXML"
    assert got["a few hundred days"].value == "PXD"
    assert "hundred years" not in got  # the vague count stays inside the span


def test_a_number_with_a_plus_counts_at_least_that_many(nlp):
    got = timexes("In 18+ years of diving at the reef, she saw two sharks.", published="2021-03-10")
    assert got["18+ years"].type == "DURATION" and got["18+ years"].value == "P18Y"


def test_by_the_evening_is_the_evening_of_the_day_the_story_is_at(nlp):
    got = timexes(
        "A pipe burst in Tarnby on Monday. Most homes had water again by the evening.",
        published="2020-08-12",
    )
    assert got["the evening"].type == "TIME" and got["the evening"].value == "2020-08-10TEV"


def test_by_the_evening_of_habit_is_no_one_day(nlp):
    got = timexes("They usually come home by the evening.", published="2020-08-12")
    assert (got["the evening"].value, got["the evening"].start_date) == ("XXXX-XX-XXTEV", None)


def test_at_that_time_in_an_interview_turn_points_back_only_inside_the_turn(nlp):
    got = timexes(
        "((WN)) When did you move to Orvik in 2015?",
        "((Mara Velt)) We moved in March 2015. At that time I was ten.",
        "((WN)) Was it hard?",
        "((Mara Velt)) At the time I did not think so.",
        published="2021-03-10",
    )
    assert got["that time"].value == "2015-03"  # named in its own turn
    # no time named in its turn, and told in the past: a past the answer does not date
    assert got["the time"].value == "PAST_REF"


def test_in_future_without_the_is_the_future_but_not_before_a_noun(nlp):
    got = timexes(
        "In future, might you test this on people?",
        "It will matter in future years.",
        published="2021-03-10",
    )
    assert got["future"].value == "FUTURE_REF"
    text = "It will matter in future years, and in future we will see."
    found = annotate(Article.from_text(text, title="t", published="2021-03-10")).timexes
    futures = [t.start for t in found if t.text == "future"]
    assert futures == [text.index("future we")]  # "future years": an adjective
