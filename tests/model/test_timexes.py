"""Temporal expressions in sentences written for the test, published Monday 2022-02-14.

Expected values are worked out by hand from the calendar (2022-02-14 is a Monday, in ISO
week 7), following ANNOTATIONS.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newslab import Article, annotate

pytestmark = pytest.mark.model


def timexes(*paragraphs, published="2022-02-14", anchor=None):
    article = Article.from_text("\n".join(paragraphs), title="t", published=published)
    return {t.text: t for t in annotate(article, anchor=anchor).timexes}


def v(t):
    return (t.type, t.value, t.start_date, t.end_date)


def test_the_contract_examples(nlp):
    got = timexes(
        "Parliament will vote this week. The drills end on Feb. 20, and now talks go on.",
        "As recently as Sunday, officials warned that troops may invade within days.",
        "The ruble traded at 76.89 as of 6:41 p.m. in Moscow.",
        "“We do not expect any rolling back for at least another week,” she said.",
        "After weeks of talks, profits may rise in the third quarter.",
        "Both ministers met late last week.",
    )
    assert v(got["Sunday"]) == ("DATE", "2022-02-13", "2022-02-13", "2022-02-13")
    assert v(got["within days"]) == ("DURATION", "PXD", None, None)
    assert v(got["this week"]) == ("DATE", "2022-W07", "2022-02-14", "2022-02-20")
    assert v(got["Feb. 20"]) == ("DATE", "2022-02-20", "2022-02-20", "2022-02-20")
    assert v(got["now"]) == ("DATE", "PRESENT_REF", "2022-02-14", "2022-02-14")
    assert v(got["6:41 p.m."]) == ("TIME", "2022-02-14T18:41", "2022-02-14", "2022-02-14")
    assert v(got["at least another week"]) == ("DURATION", "P1W", None, None)
    assert v(got["weeks"]) == ("DURATION", "PXW", None, None)
    assert v(got["the third quarter"]) == ("DATE", "2022-Q3", "2022-07-01", "2022-09-30")
    assert v(got["late last week"]) == ("DATE", "2022-W06", "2022-02-10", "2022-02-12")


def test_weekdays_follow_the_tense(nlp):
    got = timexes("They met on Friday. They will meet again on Thursday.")
    assert got["Friday"].value == "2022-02-11"
    assert got["Thursday"].value == "2022-02-17"


def test_deictic_words_and_parts_of_the_day(nlp):
    got = timexes("Yesterday morning it rained; today it is dry, and tomorrow night it snows.")
    assert v(got["Yesterday morning"]) == ("TIME", "2022-02-13TMO", "2022-02-13", "2022-02-13")
    assert got["today"].value == "2022-02-14"
    assert got["tomorrow night"].value == "2022-02-15TNI"


def test_months_years_decades_seasons(nlp):
    got = timexes(
        "Sales fell last October and again in the 1990s.",
        "The war began in 2014. Q3 2009 was weak, and so was last summer.",
        "A treaty was signed on 20 February 2022 and revised on 2021-05-03.",
    )
    assert v(got["last October"]) == ("DATE", "2021-10", "2021-10-01", "2021-10-31")
    assert v(got["the 1990s"]) == ("DATE", "199", "1990-01-01", "1999-12-31")
    assert v(got["2014"]) == ("DATE", "2014", "2014-01-01", "2014-12-31")
    assert got["Q3 2009"].value == "2009-Q3"
    assert v(got["last summer"]) == ("DATE", "2021-SU", "2021-06-01", "2021-08-31")
    assert got["20 February 2022"].value == "2022-02-20"
    assert got["2021-05-03"].value == "2021-05-03"


def test_clock_times_take_the_day_of_their_sentence_or_the_lede(nlp):
    got = timexes(
        "A hotel caught fire yesterday morning in the city.",
        "Firefighters controlled it by 8:00am local time. A fire starts at 6 p.m. local time (1700 UTC) tomorrow.",
    )
    assert got["8:00am local time"].value == "2022-02-13T08:00"  # the lede's day: the fire
    assert got["6 p.m. local time"].value == "2022-02-15T18:00"  # its own sentence says tomorrow
    assert got["1700 UTC"].value == "2022-02-15T17:00"


def test_durations_sets_and_ages(nlp):
    got = timexes(
        "He spoke for three hours and will stay two weeks. Papers appear daily and every week.",
        "The 25-year-old building was sold.",
    )
    assert got["three hours"].value == "PT3H" and got["three hours"].type == "DURATION"
    assert got["two weeks"].value == "P2W"
    assert v(got["daily"]) == ("SET", "P1D", None, None)
    assert v(got["every week"]) == ("SET", "P1W", None, None)
    assert v(got["25-year-old"]) == ("DURATION", "P25Y", None, None)


def test_ranges_are_two_timexes(nlp):
    got = timexes("Prices rose between 2014 and 2016, and from March to May.")
    assert got["2014"].value == "2014" and got["2016"].value == "2016"


def test_relative_to_another_day_in_the_article(nlp):
    got = timexes("The vote was held on February 3. Protests began the following day.")
    assert got["the following day"].value == "2022-02-04"
    assert "2022-02-03" in got["the following day"].rule


def test_impossible_dates_are_kept_without_a_value(nlp):
    got = timexes("The deadline was February 30.")
    assert v(got["February 30"]) == ("DATE", None, None, None)
    assert "not a real day" in got["February 30"].rule


def test_without_a_date_relative_words_are_not_guessed(nlp):
    got = timexes("They met on Sunday, in 2014.", published=None)
    assert got["Sunday"].value is None and "no publication date" in got["Sunday"].rule
    assert got["2014"].value == "2014"  # a year needs no anchor


def test_a_learner_can_move_the_anchor(nlp):
    got = timexes("They met on Sunday.", anchor=dt.date(2022, 3, 1))
    assert got["Sunday"].value == "2022-02-27"
    assert got["Sunday"].anchor == "2022-03-01" and "2022-03-01" in got["Sunday"].rule
