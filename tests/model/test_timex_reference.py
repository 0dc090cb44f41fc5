"""Issue 14's errors, each on sentences written for this test: tense and aspect, quarters,
phrases that are no times, whole spans, the story's reference time, months.

Expected values are worked out by hand from the calendar and TimeML practice.
"""

from __future__ import annotations

import pytest

from tests.conftest import timexes_of

pytestmark = pytest.mark.model


timexes = timexes_of


def values(*paragraphs, published):
    return {text: t.value for text, t in timexes(*paragraphs, published=published).items()}


def test_the_past_tense_keeps_a_month_in_the_past(nlp):
    # published Tuesday 2023-04-11: last July is 2022, this January is 2023
    got = values(
        "Investigators arrested two men in late July.",
        "The tax took effect in January.",
        "The river burst its banks in May and again in early June.",
        published="2023-04-11",
    )
    assert got["late July"] == "2022-07"
    assert got["January"] == "2023-01"
    assert got["May"] == "2022-05" and got["early June"] == "2022-06"


def test_a_month_without_a_verb_is_the_one_just_past(nlp):
    # published 2023-11-02: "the April storm" is April 2023, not April 2024
    got = values("Repairs after the April storm cost millions.", published="2023-11-02")
    assert got["April"] == "2023-04"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # published Wednesday 2023-03-08
        ("The final was put off until 18:30 GMT Sunday.", "18:30 GMT Sunday", "2023-03-12T18:30"),
        ("The inquiry is set to resume on Friday.", "Friday", "2023-03-10"),
        ("She will testify before the committee on Tuesday.", "Tuesday", "2023-03-14"),
        ("The strike is due to end on Monday.", "Monday", "2023-03-13"),
        ("The airport was to reopen on Tuesday morning.", "Tuesday morning", "2023-03-07TMO"),
        ("The minister resigned on Monday.", "Monday", "2023-03-06"),
        ("The ministry said on Tuesday that prices will rise.", "Tuesday", "2023-03-07"),
        ("The shop stays closed until Friday.", "Friday", "2023-03-10"),
    ],
)
def test_modal_and_scheduling_cues_point_to_the_future(nlp, sentence, text, value):
    assert values(sentence, published="2023-03-08")[text] == value


def test_quarters_and_halves_follow_the_tense(nlp):
    # published 2008-01-24, a Thursday
    got = values(
        "Its earnings fell in the final quarter, which closed on December 29, 2007.",
        "Revenue rose 8% in the last quarter.",
        "The firm expects growth in the second quarter.",
        "Output shrank in the third quarter of last year.",
        "Sales grew in the first half.",
        "Third-quarter profit doubled.",
        published="2008-01-24",
    )
    assert got["the final quarter"] == "2007-Q4"  # the last fourth quarter that has ended
    assert got["the last quarter"] == "2007-Q4"  # the quarter before publication
    assert got["the second quarter"] == "2008-Q2"
    assert got["the third quarter of last year"] == "2007-Q3"
    assert got["the first half"] == "2007-H1"
    assert got["Third-quarter"] == "2007-Q3"


def test_words_that_are_no_times(nlp):
    got = timexes(
        "Share prices continued to fall on Monday, the steepest fall since 2001.",
        "The bank will cut 2,100 posts in Spain, 1,400 in Italy and 900 in Portugal.",
        "The index rose for a second consecutive day.",
        "The winner crossed the line in 2:11:42, with the runner-up at 2:12:05.",
        published="2021-10-20",
    )
    assert set(got) == {"Monday", "2001", "2:11:42", "2:12:05"}
    assert got["2:11:42"].type == "DURATION" and got["2:11:42"].value == "PT2H11M42S"
    assert got["2:12:05"].value == "PT2H12M5S"


def test_parts_of_years_and_ranges_stay_whole(nlp):
    got = timexes(
        "Exports collapsed in early 2016, recovered by mid-2018 and peaked at the end of "
        "last year.",
        "The 2011-2012 campaign and the 1978-79 winter were the worst on record.",
        published="2020-06-01",
    )
    assert (got["early 2016"].value, got["early 2016"].end_date) == ("2016", "2016-04-30")
    assert (got["mid-2018"].value, got["mid-2018"].start_date) == ("2018", "2018-05-01")
    assert got["the end of last year"].value == "2019"
    assert got["the end of last year"].start_date == "2019-09-01"
    assert [got[y].value for y in ("2011", "2012", "1978", "79")] == [
        "2011",
        "2012",
        "1978",
        "1979",
    ]


def test_anaphoric_phrases_count_from_the_last_day_named(nlp):
    got = values(
        "The dam failed on April 4.",
        "Rescuers reached the village the same day. The next morning the water fell, and "
        "later that day the army arrived.",
        "By that time, 40 people were missing. The following day, the search ended.",
        published="2022-04-20",
    )
    assert got["April 4"] == "2022-04-04"
    assert got["the same day"] == "2022-04-04"
    assert got["The next morning"] == "2022-04-05TMO"
    assert got["later that day"] == "2022-04-05"
    assert got["that time"] == "2022-04-05"
    assert got["The following day"] == "2022-04-06"


def test_clock_times_and_quoted_mornings_are_on_the_day_of_the_story(nlp):
    # published Friday 2022-09-09 about Thursday's blaze
    got = values(
        "A blaze destroyed a warehouse in Leeds on Thursday.",
        "Crews were called at 6.40 a.m. and again at 9 a.m. local time.",
        '"The smoke woke us early this morning," a neighbour told reporters.',
        published="2022-09-09",
    )
    assert got["Thursday"] == "2022-09-08"
    assert got["9 a.m. local time"] == "2022-09-08T09:00"
    assert got["6.40 a.m."] == "2022-09-08T06:40"
    assert got["early this morning"] == "2022-09-08TMO"


def test_a_deictic_word_outside_quotes_stays_on_the_publication_day(nlp):
    got = values(
        "A blaze destroyed a warehouse on Thursday. Investigators returned to the site this "
        "morning.",
        published="2022-09-09",
    )
    assert got["this morning"] == "2022-09-09TMO"


def test_a_sentence_set_in_an_earlier_year_keeps_its_weekdays_there(nlp):
    got = values(
        "In 2016, the suspect broke into the museum on Saturday night.",
        published="2021-05-05",
    )
    assert got["2016"] == "2016"
    assert got["Saturday night"] == "2016-WXX-6TNI"


def test_business_periods_follow_timeml(nlp):
    # published Thursday 2011-10-27
    got = values(
        "Orion Corp. said quarterly profit rose 9% from the year-earlier quarter.",
        "In fiscal 2011, sales grew; the firm expects more in the 2012 fiscal year.",
        "Revenue in the latest quarter beat forecasts, and its annual report is due in March.",
        "Output was flat in 2010 and fell 4% the year before.",
        "Staff worked at least 14 hours per day, for $9 an hour, not 60 miles per hour.",
        "A spokesman said the mine would reopen in the spring.",
        published="2011-10-27",
    )
    assert got["the year-earlier quarter"] == "2010-Q3"  # the latest ended quarter, a year back
    assert got["fiscal 2011"] == "FY2011" and got["2012 fiscal year"] == "FY2012"
    assert got["the latest quarter"] == "2011-Q3"
    assert got["annual"] == "P1Y" and got["March"] == "2012-03"
    assert got["the year before"] == "2009"
    assert got["at least 14 hours per day"] == "P1D" and got["an hour"] == "PT1H"
    assert "per hour" not in got
    assert got["the spring"] == "2012-SP"


def test_dawn_and_dusk_are_parts_of_the_story_day(nlp):
    got = values(
        "Troops crossed the border on Tuesday in a pre-dawn raid and withdrew at dusk.",
        published="2021-06-10",
    )
    assert got["Tuesday"] == "2021-06-08"
    assert got["pre-dawn"] == "2021-06-08TMO" and got["dusk"] == "2021-06-08TEV"
