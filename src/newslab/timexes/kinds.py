"""The kinds of temporal expression: one row a kind, its pattern, its resolver and its flags.

To teach newslab a new kind, add a resolver (a function of the candidate and its
:class:`.Context`, returning ``(type, Period, rule)``, or ``None`` where the match is not a
time after all) and one :class:`Kind` row here. Rows are tried in order; where two matches
overlap, the longer wins, then the earlier row.

>>> next(k for k in KINDS if k.name == "weekday").cased
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lexicon import MONTHS, WEEKDAYS
from . import (
    anaphora,
    dayparts,
    elapsed,
    eras,
    fiscal,
    guards,
    holidays,
    lengths,
    periods,
    resolvers,
    seasons,
    within,
)
from . import patterns as p
from .context import Context
from .values import Candidate, Resolved

__all__ = ["KINDS", "Kind", "Resolver"]

_HALVES, _NO_GAME = ("half", "h1", "h2"), guards.not_a_match_half
#: A resolver: (candidate, context) -> (type, Period, rule), or None: not a time after all.
Resolver = Callable[[Candidate, Context], Resolved]


@dataclass(frozen=True)
class Kind:
    """One kind of temporal expression.

    ``needs``: words one of which the text must hold for the pattern to be worth running
    (speed only); ``cased``: its month or weekday name must be capitalised; ``absolute``: it
    needs no anchor (the text names the period); ``needs_entity``: only a timex where the
    model also saw a DATE or TIME; ``dayless``: it takes its day from its sentence or the
    event's day; ``spoken``: it counts from the day the words were said ("today"), which
    in a quotation is the statement's day; ``untyped``: its TIMEX3 type when there is no
    anchor to resolve it; ``accept``: a last test of a match; ``in_names``: kept where the
    model took it for a name (it tags holidays as EVENTs).
    """

    name: str
    pattern: str
    resolve: Resolver
    needs: tuple[str, ...] | None = None
    cased: bool = False
    ignore_case: bool = True
    absolute: bool = False
    needs_entity: bool = False
    dayless: bool = False
    spoken: bool = False
    untyped: str = "DATE"
    accept: Callable[[re.Match[str]], bool] | None = None
    in_names: bool = False

    def compiled(self) -> re.Pattern[str]:
        pattern = self.pattern
        if not pattern.startswith(("\\b", "(?<")):
            pattern = r"(?<![\w~])" + pattern
        return re.compile(pattern, re.IGNORECASE if self.ignore_case else 0)


_MONTH_WORDS = tuple(m[:3] for m in MONTHS)
_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year")
_UNITS += ("decade", "centur", "half")
_PARTS = ("morning", "afternoon", "evening", "night")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")

KINDS: tuple[Kind, ...] = (
    Kind("iso", p.ISO, periods.iso_date, absolute=True),
    Kind("numeric_date", p.NUMERIC_DATE, periods.numeric_date, needs=("/",)),
    Kind("elapsed", elapsed.ELAPSED, elapsed.elapsed, dayless=True, untyped="DURATION"),
    Kind("clock", p.CLOCK, resolvers.clock, dayless=True, untyped="TIME"),
    Kind("partofday", p.PARTOFDAY, dayparts.part_of_day, needs=_PARTS, spoken=True, untyped="TIME"),
    Kind(
        "part_in_story",
        p.PART_IN_STORY,
        dayparts.part_in_story,
        needs=_PARTS,
        ignore_case=False,
        dayless=True,
        untyped="TIME",
    ),
    Kind(
        "early_hours",
        dayparts.EARLY_HOURS,
        dayparts.early_hours,
        needs=("early hours", "small hours", "wee hours"),
        dayless=True,
        spoken=True,  # "the early hours of this morning", quoted, is the speaker's morning
        untyped="TIME",
    ),
    Kind("tonight", p.TONIGHT, dayparts.tonight, needs=("night",), spoken=True, untyped="TIME"),
    Kind(
        "part_of_date",
        dayparts.PART_OF_DATE,
        dayparts.part_of_date,
        needs=tuple(f"{part} of" for part in _PARTS),
        ignore_case=False,
        untyped="TIME",
        accept=guards.names_a_day,
    ),
    Kind(
        "sooner_in_the_day",
        dayparts.SOONER_IN_THE_DAY,
        dayparts.sooner_in_the_day,
        needs=("in the day",),
        dayless=True,
    ),
    Kind(
        "middle_night",
        p.MIDDLE_NIGHT,
        dayparts.middle_night,
        needs=("middle of the night",),
        dayless=True,
        untyped="TIME",
    ),
    Kind("weekday_date", p.WEEKDAY_DATE, periods.weekday_date, needs=WEEKDAYS),
    Kind("monthday", p.MONTHDAY, periods.month_day, needs=_MONTH_WORDS, cased=True),
    Kind("daymonth", p.DAYMONTH, periods.day_month, needs=_MONTH_WORDS, cased=True),
    Kind(
        "month",
        p.MONTH,
        periods.month,
        needs=_MONTH_WORDS,
        cased=True,
        accept=guards.may_is_a_month,
    ),
    Kind(
        "ordinal_day",
        within.ORDINAL_DAY,
        within.ordinal_day,
        needs=("the 1", "the 2", "the 3", "the 4", "the 5", "the 6", "the 7", "the 8", "the 9"),
    ),
    Kind("second_day", p.SECOND_DAY, periods.second_day, accept=guards.follows_a_date),
    Kind(
        "holiday",
        holidays.HOLIDAY,
        holidays.holiday,
        needs=holidays.NEEDS,
        ignore_case=False,
        in_names=True,
    ),
    Kind("weekday", p.WEEKDAY, resolvers.weekday, needs=WEEKDAYS, cased=True),
    Kind("deictic", p.DEICTIC, resolvers.deictic, spoken=True, accept=guards.not_a_discourse_now),
    Kind("year_part", p.YEAR_PART, periods.year_part, needs=("year", "1", "2")),
    Kind("part_of_unit", within.PART_OF_UNIT, within.part_of_unit, needs=("week", "month", "year")),
    Kind("period_ended", within.PERIOD_ENDED, within.period_ended, needs=("end", "week to")),
    Kind("the_week", within.THE_WEEK, within.the_week, needs=("the week",)),
    Kind(
        "week_of_month",
        within.WEEK_OF_MONTH,
        within.week_of_month,
        needs=("week of", "weekend of", *(f"{day} of" for day in WEEKDAYS)),
        cased=True,
    ),
    Kind("relweek", p.RELWEEK, resolvers.rel_week),
    Kind("weekend", p.WEEKEND, resolvers.weekend, needs=("weekend",)),
    Kind("relday", p.RELDAY, anaphora.rel_day, needs=("day", "morning", "night", "evening")),
    Kind("unit_before", p.UNIT_BEFORE, anaphora.unit_before, needs=("the ",)),
    Kind(
        "daylight",
        p.DAYLIGHT,
        dayparts.daylight,
        needs=("dawn", "daybreak", "dusk", "nightfall"),
        dayless=True,
        untyped="TIME",
    ),
    Kind(
        "event_day",
        anaphora.EVENT_DAY,
        anaphora.event_day,
        needs=("day", "night"),
        accept=anaphora.not_a_span_back,
    ),
    Kind("event_part", anaphora.EVENT_PART, anaphora.event_part, needs=("week", "month", "year")),
    Kind("thatday", p.THATDAY, anaphora.that_day, needs=("day",), needs_entity=True),
    Kind("that_part", p.THAT_PART, anaphora.that_day, needs=("that",)),
    Kind("unnamed_day", p.UNNAMED_DAY, periods.unnamed_day, needs=("date", "day", "time")),
    Kind(
        "that_time",
        p.THAT_TIME,
        anaphora.that_time,
        needs=("time", "date", "point"),
        accept=guards.after_a_preposition,
    ),
    Kind("same_period", p.SAME_PERIOD, periods.same_period, needs=("the same", "year-")),
    Kind(
        "fiscal",
        fiscal.FISCAL,
        fiscal.fiscal,
        needs=("fiscal", "fy", "financial"),
        absolute=True,
        in_names=True,  # the model takes "FY19" for a place
    ),
    Kind(
        "rel_fiscal",
        fiscal.REL_FISCAL,
        fiscal.rel_fiscal,
        needs=("fiscal year", "financial year"),
    ),
    Kind("per_length", p.PER_LENGTH, lengths.rate, needs=_UNITS, needs_entity=True, untyped="SET"),
    Kind("rate", p.RATE, lengths.rate, needs=_UNITS, untyped="SET", accept=guards.is_a_rate),
    Kind("ago", p.AGO, lengths.ago, needs=_UNITS, needs_entity=True),
    Kind(
        "than_planned",
        p.THAN_PLANNED,
        lengths.than_planned,
        needs=(" than ",),
        needs_entity=True,
    ),
    Kind("vague_ago", p.VAGUE_AGO, lengths.vague_ago, needs=_UNITS),
    Kind(
        "length_adjective", p.LENGTH_ADJECTIVE, lengths.duration, needs=_UNITS, untyped="DURATION"
    ),
    Kind(
        "duration",
        p.DURATION,
        lengths.duration,
        needs=_UNITS,
        needs_entity=True,
        untyped="DURATION",
        accept=guards.not_a_title,
    ),
    Kind(
        "range_first",
        p.RANGE_FIRST,
        lengths.range_first,
        needs=_UNITS,
        needs_entity=True,
        untyped="DURATION",
    ),
    Kind("age", p.AGE, lengths.age, needs=("-old",), untyped="DURATION"),
    Kind("all_day", lengths.ALL_DAY, lengths.all_day, needs=(" day", " week"), untyped="DURATION"),
    Kind(
        "vague_duration",
        p.VAGUE_DURATION,
        lengths.vague_duration,
        needs=_UNITS,
        needs_entity=True,
        untyped="DURATION",
        accept=guards.not_a_title,
    ),
    Kind(
        "set",
        p.SET,
        lengths.set_,
        needs=_UNITS
        + ("night", "morning", "evening", "spring", "summer", "autumn", "fall", "winter")
        + _MONTH_WORDS,
        untyped="SET",
        accept=guards.not_an_ordinal_second,
    ),
    Kind("set_adverb", p.SET_ADVERB, lengths.set_adverb, untyped="SET", accept=guards.not_a_paper),
    Kind(
        "decade",
        p.DECADE,
        eras.decade,
        needs=("0s", "ties"),
        absolute=True,
        accept=guards.not_a_temperature,
    ),
    Kind("era_part", eras.PART_OF_ERA, eras.era_part, needs=("decade", "century")),
    Kind("year_end", eras.YEAR_END, eras.year_end, needs=("year-end", "year end")),
    Kind("century", eras.CENTURY, eras.century, needs=("century",), absolute=True),
    Kind(
        "weekly_day",
        p.WEEKLY_DAY,
        lengths.weekly_day,
        needs=WEEKDAYS,
        cased=True,
        untyped="SET",
        accept=guards.is_weekly,
    ),
    Kind("quarter", p.QUARTER, periods.quarter, needs=("quarter", "q1", "q2", "q3", "q4")),
    Kind("half", p.HALF, periods.half, needs=_HALVES, needs_entity=True, accept=_NO_GAME),
    Kind("season", p.SEASON, seasons.season, needs=_SEASONS, accept=guards.fall_is_a_season),
    Kind(
        "year_range", p.YEAR_RANGE, periods.year_range, absolute=True, accept=guards.is_year_range
    ),
    Kind("year", p.YEAR, periods.year, ignore_case=False, absolute=True, needs_entity=True),
)
