"""Time phrases of news reports, on Docs built by hand (no model, so no tense): where each
span starts and ends, and its TIMEX3 value worked out by hand from the calendar.

Every sentence is written for these tests. The publication day is Friday 2021-09-17 (ISO
week 2021-W37) unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.timexes import find_candidates
from tests.conftest import timexes_by_hand

FRIDAY = dt.date(2021, 9, 17)


def got(blank, text, dated=(), anchor=FRIDAY):
    return timexes_by_hand(blank, text, dated, anchor=anchor)


def spans(text):
    return [text[c.start : c.end] for c in find_candidates(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Earlier on Friday, the mayor resigned.", "Earlier on Friday"),
        ("The vote took place later on Wednesday.", "later on Wednesday"),
        ("Later Tuesday, the ferry sailed.", "Later Tuesday"),
        ("The bank said earlier today that it would close.", "earlier today"),
    ],
)
def test_earlier_or_later_stays_with_its_day(blank, text, span):
    assert span in spans(text)


def test_earlier_after_a_length_belongs_to_the_length():
    # "a week earlier Monday" is a week before Monday: "earlier" is not Monday's
    text = "The pilot had flown the route a week earlier Monday."
    assert "earlier Monday" not in spans(text) and "Monday" in spans(text)


def test_earlier_on_a_weekday_is_that_day(blank):
    t = got(blank, "Earlier on Wednesday, the mayor resigned.")
    assert t["Earlier on Wednesday"].value == "2021-09-15"


def test_that_same_day_week_and_year_are_the_ones_last_named(blank):
    text = (
        "Divers found the wreck on 2021-06-02. Later that same day they raised the bell. "
        "That same week a storm came. The museum opened in 2019; that same year it flooded."
    )
    t = got(blank, text, dated=["2019"])
    assert t["Later that same day"].value == "2021-06-02"
    assert t["That same week"].value == "2021-W22"
    assert t["that same year"].value == "2019"
    t = got(blank, "The port closed on 2021-06-02 and reopened that same day.")
    assert t["that same day"].value == "2021-06-02"


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        # the value is the whole period; the days are those before or after publication
        ("Rents rose earlier this year.", "2021", "2021-01-01", "2021-09-16"),
        ("Rents rose earlier this month.", "2021-09", "2021-09-01", "2021-09-16"),
        ("Rents rose earlier this quarter.", "2021-Q3", "2021-07-01", "2021-09-16"),
        ("Rents will rise later this year.", "2021", "2021-09-18", "2021-12-31"),
        ("Rents will rise later this month.", "2021-09", "2021-09-18", "2021-09-30"),
        ("Rents will rise late this month.", "2021-09", "2021-09-21", "2021-09-30"),
    ],
)
def test_earlier_or_later_this_period_keeps_its_side_of_the_day(blank, text, value, first, last):
    (t,) = got(blank, text).values()
    assert (t.type, t.value, t.start_date, t.end_date) == ("DATE", value, first, last)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a fiscal year is named after the year it ends in (TimeML's FY, as "this fiscal year")
        ("Revenue in FY 2019/20 rose.", "FY 2019/20", "FY2020"),
        ("Revenue in FY2020-21 rose.", "FY2020-21", "FY2021"),
        ("Revenue in FY19 rose.", "FY19", "FY2019"),
        ("Fiscal year 2019/20 was weak.", "Fiscal year 2019/20", "FY2020"),
        ("The fiscal 1999-2000 budget passed.", "fiscal 1999-2000", "FY2000"),
        ("The 1999/00 fiscal year was weak.", "1999/00 fiscal year", "FY2000"),
        ("The 2019-20 financial year was weak.", "2019-20 financial year", "FY2020"),
        ("Revenue in FY2021 rose.", "FY2021", "FY2021"),
    ],
)
def test_fiscal_years_split_over_two_years(blank, text, span, value):
    t = got(blank, text)
    assert t[span].type == "DATE" and t[span].value == value


def test_a_split_fiscal_year_must_run_one_year(blank):
    t = got(blank, "Revenue in fiscal 2019-22 rose.")["fiscal 2019-22"]
    assert t.value is None and "not one year on" in t.rule


def test_the_fiscal_year_ended_on_a_day_is_that_fiscal_year(blank):
    text = "The firm lost money in the fiscal year ended December 31, 2020."
    t = got(blank, text)
    assert t["the fiscal year"].value == "FY2020"
    assert t["December 31, 2020"].value == "2020-12-31"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The meeting lasted three quarters of an hour.", "three quarters of an hour", "PT45M"),
        ("He spent a quarter of a century abroad.", "a quarter of a century", "P25Y"),
        ("Crews waited half an hour.", "half an hour", "PT30M"),
        ("Shares fell for three quarters in a row.", "three quarters", "P3Q"),
    ],
)
def test_fractions_of_a_unit_are_read_before_counts(blank, text, span, value):
    t = got(blank, text, dated=[span])
    assert t[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value", "first"),
    [
        # ISO weeks: the first week of a month is the one with most of its days in it
        # (March 2021 starts on a Monday; August 2021 on a Sunday)
        (
            "Talks began in the first week of March.",
            "the first week of March",
            "2021-W09",
            "2021-03-01",
        ),
        (
            "Talks began in the first week of August.",
            "the first week of August",
            "2021-W31",
            "2021-08-02",
        ),
        (
            "Talks began in the second week of August.",
            "the second week of August",
            "2021-W32",
            "2021-08-09",
        ),
        # April 2021 ends on a Friday: its last week runs from Monday the 26th
        (
            "Talks ended in the last week of April.",
            "the last week of April",
            "2021-W17",
            "2021-04-26",
        ),
        # June 2021 ends on a Wednesday: the week holding June 27th has most June days
        (
            "Talks ended in the final week of June 2021.",
            "the final week of June 2021",
            "2021-W25",
            "2021-06-21",
        ),
        (
            "Talks resume the week of September 27.",
            "the week of September 27",
            "2021-W39",
            "2021-09-27",
        ),
    ],
)
def test_a_week_of_a_month_is_an_iso_week(blank, text, span, value, first):
    t = got(blank, text)
    assert "last week" not in t  # never "the week before publication"
    assert (t[span].value, t[span].start_date) == (value, first)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Rain is expected in the coming days.", "the coming days", "PXD"),
        ("Talks will go on over the next weeks.", "the next weeks", "PXW"),
        ("Prices have risen over the past months.", "the past months", "PXM"),
    ],
)
def test_the_coming_days_are_a_vague_length(blank, text, span, value):
    t = got(blank, text, dated=[span.split()[-1]])
    assert (t[span].type, t[span].value) == ("DURATION", value)


def test_the_last_days_of_something_are_no_length():
    assert "the last days" not in spans("Troops fought in the last days of the siege.")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # counted from the period the story last named, in the unit's own granularity
        ("The dam was finished in 1994. Six years later it burst.", "Six years later", "2000"),
        (
            "The dam was finished in 1994. Two years earlier, work began.",
            "Two years earlier",
            "1992",
        ),
        (
            "The dam burst in May 1994. Three months later it was rebuilt.",
            "Three months later",
            "1994-08",
        ),
        ("The dam burst in May 1994. A year later it was rebuilt.", "A year later", "1995"),
        ("The dam burst on 1994-05-03. A week later it was rebuilt.", "A week later", "1994-05-10"),
        ("The dam was finished in 1994. A decade later it burst.", "A decade later", "2004"),
        (
            "The fort was built in 1850. Half a century later it fell.",
            "Half a century later",
            "1900",
        ),
    ],
)
def test_a_length_later_counts_from_the_period_last_named(blank, text, span, value):
    t = got(blank, text, dated=[text.split(". ")[0].rsplit(" ", 1)[-1], span])
    assert (t[span].type, t[span].value) == ("DATE", value)


def test_a_length_later_than_a_coarser_period_stays_a_length(blank):
    # "in 1994 ... three months later" names no month: a length, never a guessed month
    text = "The dam was finished in 1994. Three months later it burst."
    t = got(blank, text, dated=["1994", "Three months later"])
    assert (t["Three months later"].type, t["Three months later"].value) == ("DURATION", "P3M")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The train left at 5 pm.", "5 pm"),
        ("The train left at 5 p.m.", "5 p.m."),
        ("The train left at 7AM.", "7AM"),
        ("The train left at 7 A.M. sharp.", "7 A.M."),
    ],
)
def test_a_sentence_full_stop_is_not_part_of_pm(text, span):
    assert spans(text) == [span]


def test_before_or_after_an_event_leaves_the_length_alone(blank):
    # "two weeks before the deadline": a length and an event anchor; "before" stays out
    text = "The vote came two weeks before the deadline, about an hour and a half after dawn."
    t = got(blank, text, dated=["two weeks", "an hour and a half"])
    assert (t["two weeks"].type, t["two weeks"].value) == ("DURATION", "P2W")
    assert t["about an hour and a half"].value == "PT1H30M"


def test_before_at_the_end_of_a_phrase_counts_from_the_day_last_named(blank):
    text = "The ferry sank on 2021-05-02. Its captain had quit three days before."
    t = got(blank, text, dated=["three days before"])
    assert (t["three days before"].type, t["three days before"].value) == ("DATE", "2021-04-29")


@pytest.mark.parametrize(
    ("anchor", "span", "value"),
    [
        # from a Monday the coming week is the week now beginning; from a Wednesday, the next
        (dt.date(2021, 9, 13), "the coming week", "2021-W37"),
        (dt.date(2021, 9, 15), "the coming week", "2021-W38"),
        (dt.date(2021, 9, 15), "the coming month", "2021-10"),
        (dt.date(2021, 9, 1), "the coming month", "2021-09"),
        (dt.date(2021, 9, 15), "the coming year", "2022"),
    ],
)
def test_the_coming_week_month_or_year_is_the_next_to_begin(blank, anchor, span, value):
    t = got(blank, f"More rain is expected in {span}.", anchor=anchor)
    assert (t[span].type, t[span].value) == ("DATE", value)


def test_the_past_year_is_still_a_length(blank):
    assert got(blank, "Rents rose over the past year.")["the past year"].value == "P1Y"


def test_these_days_is_the_present(blank):
    t = got(blank, "These days, few people write letters.")["These days"]
    assert (t.value, t.start_date) == ("PRESENT_REF", "2021-09-17")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("An eleven-month-old girl was found.", "eleven-month-old", "P11M"),
        ("A twenty-five-year-old man was held.", "twenty-five-year-old", "P25Y"),
        ("A 30-year-old man was held.", "30-year-old", "P30Y"),
    ],
)
def test_ages_written_in_words_are_lengths_too(blank, text, span, value):
    assert got(blank, text)[span].value == value


def test_that_day_needs_no_date_from_the_model(blank):
    text = "The council met on 2021-09-14. In a meeting that day, the mayor resigned."
    assert got(blank, text)["that day"].value == "2021-09-14"


def test_during_the_week_is_the_week_the_story_is_at(blank):
    text = "The summit opened on 2021-09-05. Talks went on during the week."
    t = got(blank, text)["the week"]
    assert (t.value, t.start_date) == ("2021-W35", "2021-08-30")
    assert "the week" not in got(blank, "Crowds grew in the week since the vote.")


def test_the_day_before_an_event_counts_from_the_day_last_named(blank):
    text = "The blast hit on 2021-09-06. The tenant had moved in the day before the blast."
    assert got(blank, text)["the day before"].value == "2021-09-05"
    text = "The index closed on 2021-09-06. It rose late in the day after falling at noon."
    t = got(blank, text)
    assert "the day after" not in t
    assert t["late in the day"].value == "2021-09-06"


@pytest.mark.parametrize(
    ("text", "span", "value", "first", "last"),
    [
        # a part of a quarter or half keeps the period's value (TimeML has no mod here)
        (
            "The deal closes at the end of the third quarter of 2021.",
            "the end of the third quarter of 2021",
            "2021-Q3",
            "2021-09-01",
            "2021-09-30",
        ),
        (
            "Work starts at the beginning of the first quarter of 2022.",
            "the beginning of the first quarter of 2022",
            "2022-Q1",
            "2022-01-01",
            "2022-01-31",
        ),
        (
            "Sales grew by the end of the first half of 2021.",
            "the end of the first half of 2021",
            "2021-H1",
            "2021-01-01",
            "2021-06-30",
        ),
        (
            "The phone goes on sale later this summer.",
            "later this summer",
            "2021-SU",
            "2021-06-01",
            "2021-08-31",
        ),
    ],
)
def test_parts_of_quarters_and_seasons_are_one_span(blank, text, span, value, first, last):
    t = got(blank, text, dated=[span])[span]  # a half is a timex where the model saw a date
    assert (t.value, t.start_date, t.end_date) == (value, first, last)


def test_a_count_of_seconds_before_a_comparative_is_a_length(blank):
    text = (
        "She won in 2:14:04, which was 81 seconds faster than the old mark and two seconds ahead."
    )
    found = got(blank, text, dated=("81 seconds", "two seconds"))
    assert found["81 seconds"].value == "PT81S"
    assert found["two seconds"].value == "PT2S"
    assert found["2:14:04"].value == "PT2H14M4S"


def test_second_as_an_ordinal_is_still_no_length(blank):
    text = "It rained for a second consecutive day."
    assert "a second" not in got(blank, text)


def test_an_age_after_aged_is_no_timex(blank):
    text = "The former agent died on Saturday, aged 78, and the driver, aged 34, was unhurt."
    found = got(blank, text, dated=("Saturday", "aged 78", "aged 34"))
    assert set(found) == {"Saturday"}


def test_a_term_between_two_whole_years_is_two_years(blank):
    text = "He served as mayor, 1980–1987; then as governor, 1988–2017."
    found = timexes_by_hand(blank, text, (), anchor=FRIDAY)  # the model saw none of them
    assert [(t.text, t.value) for t in found.values()] == [
        ("1980", "1980"),
        ("1987", "1987"),
        ("1988", "1988"),
        ("2017", "2017"),
    ]
    assert "1200" not in got(blank, "See pages 1200-1450.", dated=("1200",))


def test_light_years_and_a_daily_paper_are_no_time(blank):
    text = "The star is 50 light years away, the daily Kestrel Post said; it rains daily."
    found = got(blank, text, dated=("years", "daily"))
    assert [(t.text, t.value) for t in found.values()] == [("daily", "P1D")]


def test_a_number_before_people_counted_is_no_year(blank):
    text = "Of these, 1846 persons were treated. In 2019 people voted."
    found = got(blank, text, dated=("1846", "2019"))
    assert [(t.text, t.value) for t in found.values()] == [("2019", "2019")]
