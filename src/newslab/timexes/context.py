"""What a resolver reads: the text, the parse, the publication day and the story's own time.

A news story moves through time: "On March 3 ... The following day ... At 9 a.m. ...".
:class:`Story` follows it in reading order (the *reference time*: the last day, and the
last period, the text has named), knows the sentences and the quotations, and hands each
phrase a :class:`Context` with what it needs. Quoted words were said on the day of the
statement, so inside a quotation "today" is that day, not the publication day.

>>> Context.__dataclass_fields__.keys() >= {"anchor", "ref", "last", "speech"}
True
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from ..nlp import sentence_of
from ..quotation_marks import quotation_at
from .plans import plan_at
from .tense import direction_at, noun_attached
from .values import Candidate, Period, Resolved

__all__ = ["HABIT_WORDS", "Context", "Story", "quotation_at", "yardstick"]


#: Words of a habit: what a sentence with them tells happens every day, no day in particular
#: (:mod:`.dayparts` adds the words of a time to come to them).
HABIT_WORDS = (
    r"every|each|everyday|daily|nightly|usually|often|always|typically|normally|routinely|used\sto"
)
_HABIT = re.compile(rf"\b(?:{HABIT_WORDS})\b", re.I)
#: A comparison's yardstick right before a phrase: "compared with a year earlier", "up from
#: 5,500 in 2020", "than last year". The story does not move to it.
_GAP = r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d))"  # no sentence's end; a decimal point may be in it
_COMPARED = re.compile(
    r"(?:\b(?:compared\s(?:with|to)|than(?!\s[\d$€£¥])|versus|vs\.?)|\b(?:up|down|rose|fell|climbed|dropped|"
    r"grew|increased|decreased|declined|rising|falling|gains?|loss|drop|rise|fall|increase|"
    rf"decrease)\b{_GAP}{{0,30}}?\bfrom|\bfrom(?=\s(?:[$€£¥]|[\d.,]+\s?(?:%|percent|per\scent|"
    rf"million|billion|cents?|points?)\b)))\s{_GAP}{{0,45}}$"
)


def yardstick(text: str, start: int, floor: int = 0) -> bool:
    """Whether the phrase at ``start`` is a comparison's yardstick ("up 4% from a year
    earlier", "than last year"); ``floor``: where its sentence starts.

    >>> yardstick("Sales rose 4% from a year earlier.", 19), yardstick("It fell a year ago.", 8)
    (True, False)
    """
    return _COMPARED.search(text, max(floor, start - 60), start) is not None


#: What joins the two ends of a range of days.
#: What may stand between a clock time and the day named after it: "9 a.m. on Monday".
_ATTACHED = re.compile(r",?\s(?:on\s)?")
#: A bracket converting a clock time, up to the day it names: "(01:05 UTC on Wednesday)".
_CONVERTED = re.compile(r"\(\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?\s)?[A-Z]{2,5},?\s(?:on\s)?$")
_RANGE = re.compile(r"\s*(?:to|through|until|till|-|–)\s*")
#: A word that opens another clause between a clock time and a day named after it: the day
#: is then another event's ("held at 11:40 a.m., came after talks that began on October 31").
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:after|before|since|that|which|who|when|while|whereas|because|following)\b"
)


@dataclasses.dataclass(frozen=True)
class Context:
    """One phrase's surroundings. ``anchor``: the publication day (or the learner's anchor);
    ``ref``: the day the story is at, None before it names one; ``last``: the last period
    it named, of any length; ``speech``: the day the words were said, where that is not
    ``anchor`` (a quotation); ``year``: an earlier year the sentence is set in ("In 2015,
    ... on Sunday"); ``here``: the last period named earlier in the same sentence;
    ``stretch``: the last period longer than a day it named ("the third quarter", then "which
    ended on September 28": the quarter); ``past``: the last day it named that is not after
    ``anchor``; ``days``: the few days of a range the story named ("from March 15 to 17", a weekend),
    None once it names a day outside them; ``range_from``: the day a range this phrase ends
    starts on ("Wednesday through Friday": Wednesday's day); ``at``: where the phrase starts;
    ``last_at``: where ``last`` was named."""

    text: str
    doc: Doc
    anchor: dt.date
    at: int = 0
    ref: dt.date | None = None
    last: Period | None = None
    speech: dt.date | None = None
    year: int | None = None
    here: Period | None = None
    stretch: Period | None = None
    past: dt.date | None = None
    days: Period | None = None
    range_from: dt.date | None = None
    last_at: int | None = None  # where ``last`` was named

    @functools.cached_property
    def tense(self) -> int:
        """-1 past, +1 future, 0 undecided: see :func:`.tense.direction_at`. Undecided
        looks ahead where the sentence has already named a later day ("from tomorrow
        night into Friday morning")."""
        direction = direction_at(self.doc, self.at)
        if direction == 0 and self.here is not None and self.here.start is not None:
            span = self.doc.char_span(self.at, self.at + 1, alignment_mode="expand")
            if span is not None and len(span) and noun_attached(span[0]):
                return 0  # "next year, down from its July forecast": the forecast's month
            return 1 if self.here.start > self.anchor else 0
        return direction

    @functools.cached_property
    def planned(self) -> bool:
        """Whether a past verb may set this day ahead: see :func:`.plans.plan_at`."""
        return plan_at(self.doc, self.at)

    @functools.cached_property
    def habitual(self) -> bool:
        """Whether the phrase's sentence tells of what is done every day ("held everyday at
        1 pm", "usually opens at 9 a.m."); a Doc without sentences: the phrase's line."""
        span = self.doc.char_span(self.at, self.at + 1, alignment_mode="expand")
        try:
            sentence = sentence_of(span[0]).text if span is not None else ""
        except ValueError:  # no sentence boundaries (a Doc made by hand)
            start, end = self.text.rfind("\n", 0, self.at) + 1, self.text.find("\n", self.at)
            sentence = self.text[start : end if end >= 0 else len(self.text)]
        return bool(_HABIT.search(sentence))

    @property
    def now(self) -> dt.date:
        """The day "today" means here: the statement's day in a quotation, else ``anchor``."""
        return self.speech or self.anchor

    @property
    def base(self) -> dt.date:
        """The day anaphoric phrases count from ("the following day"): ``ref``, else
        ``anchor``; in a past-tense sentence never a day still to come ("take effect on
        December 10 ... were released later the same day": the day before that)."""
        if self.ref is not None and self.ref > self.anchor and self.tense < 0:
            return self.past or self.anchor
        return self.ref or self.anchor


class Story:
    """The reference time of one text, followed in reading order."""

    def __init__(self, doc: Doc, text: str, anchor: dt.date) -> None:
        self.doc, self.text, self.anchor = doc, text, anchor
        starts = {0}
        if len(doc):
            flags, offsets = doc.to_array([SENT_START, IDX]).T
            starts |= set(offsets[flags == 1].tolist())
        starts |= {m.end() for m in re.finditer("\n", text)}  # paragraphs too
        self.sentence_starts = sorted(starts)
        self.day: dt.date | None = None
        self.past: dt.date | None = None  # the last day named that is not after the anchor
        self.last: Period | None = None
        self.last_at: int | None = None
        self.stretch: Period | None = None  # the last period longer than a day
        self.years: dict[int, int] = {}  # sentence start -> the earlier year it is set in
        self.here: dict[int, Period] = {}  # sentence start -> the last period named in it
        self.seen: list[tuple[int, int, dt.date]] = []  # (start, end, day) of named days
        self.days: Period | None = None  # the days of a range just named ("March 15 to 17")

    def sentence(self, offset: int) -> int:
        """The start of the sentence holding ``offset``."""
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, offset) - 1]

    def quotation(self, offset: int) -> tuple[int, int] | None:
        """The quoted words around ``offset``; see :func:`quotation_at`."""
        return quotation_at(self.text, offset)

    def context(self, c: Candidate, **changes: object) -> Context:
        ctx = Context(
            self.text,
            self.doc,
            self.anchor,
            at=c.start,
            ref=self.day,
            last=self.last,
            year=self.years.get(self.sentence(c.start)),
            here=self.here.get(self.sentence(c.start)),
            stretch=self.stretch,
            past=self.past,
            days=self.days,
            range_from=self._range_from(c.start),
            last_at=self.last_at,
        )
        return dataclasses.replace(ctx, **changes) if changes else ctx  # type: ignore[arg-type]

    def _range_from(self, start: int) -> dt.date | None:
        """The day named just before ``start`` when only "to", "through" or a dash stand
        between them ("Wednesday through Friday"), else None."""
        if self.seen and _RANGE.fullmatch(self.text, self.seen[-1][1], start):
            return self.seen[-1][2]
        return None

    def see(self, c: Candidate, result: Resolved) -> None:
        """Move the reference time on with a phrase just read."""
        if result is None:
            return
        ttype, period, _ = result
        value = period.value or ""
        if ttype not in {"DATE", "TIME"} or period.start is None or not value[:1].isdigit():
            return
        if yardstick(self.text, c.start, self.sentence(c.start)):
            return  # "up 12% from a year earlier": a yardstick, not where the story is
        if ttype == "TIME":  # a time of day stands for its day
            period = Period(period.start.isoformat(), period.start, period.start)
        if period.start == period.end and _CONVERTED.search(
            self.text, max(0, c.start - 30), c.start
        ):
            self.seen.append((c.start, c.end, period.start))  # the bracketed time's own day,
            return  # "(01:05 UTC on Wednesday)": the same moment, the story stays where it is
        self.last = self.here[self.sentence(c.start)] = period
        self.last_at = c.start
        if period.start == period.end:
            self.day = period.start
            if period.start <= self.anchor:
                self.past = period.start
            if self.days and not self.days.start <= period.start <= self.days.end:  # type: ignore[operator]
                self.days = None  # a day outside the range: the story has moved on
            first = self._range_from(c.start)  # "from March 15 to 17": the days between
            if first is not None and 1 <= (period.start - first).days <= 6:
                self.days = Period(None, first, period.start)
            self.seen.append((c.start, c.end, period.start))
            return
        self.stretch = period
        if value.endswith("-WE"):  # "the last weekend of July ... on Saturday": its Saturday
            self.days = period
        if len(value) == 4 and period.start.year != self.anchor.year:
            sentence = self.sentence(c.start)
            if self.text[sentence : c.start] in {"In ", "During "}:  # "In 2015, ..."
                self.years[sentence] = period.start.year

    def day_named_near(
        self, c: Candidate, *, outside: tuple[int, int] | None = None
    ) -> dt.date | None:
        """A day named right after ``c`` ("at 2:15 a.m. the following day"), else the last one
        named before it in its sentence, else one named after it in the same clause (outside
        the quotation ``outside``), else None."""
        for start, _, day in self.seen:
            if c.end < start <= c.end + 4 and _ATTACHED.fullmatch(self.text, c.end, start):
                return day
        first = self.sentence(c.start)
        i = bisect.bisect_right(self.sentence_starts, c.start)
        end = self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)
        before: dt.date | None = None
        for start, stop, day in self.seen:
            inside = outside is not None and outside[0] <= start < outside[1]
            if not first <= start < end or (start, stop) == (c.start, c.end) or inside:
                continue
            if start < c.start:
                before = day  # the nearest day named before it: "on March 3 ... lifted off
                continue  # the following day at 4:12 p.m."
            if self.text.count("(", c.end, start) > self.text.count(")", c.end, start):
                continue  # "11 p.m. local time (04:00 GMT on Monday)": the bracket's own day
            if before is None and not _ANOTHER_CLAUSE.search(self.text, c.end, start):
                return day  # "at 9 a.m. and again on Monday"; not "two days after ... May 11"
            break
        return before

    def speech_day(self, c: Candidate) -> dt.date:
        """The day the quoted words around ``c`` were said: a day its sentence names outside
        the quotation, else the last day the story named before it in the week up to
        publication, else the publication day."""
        named = self.day_named_near(c, outside=self.quotation(c.start))
        if named is not None:
            return named
        week_before = self.anchor - dt.timedelta(days=7)
        for start, _, day in reversed(self.seen):
            if start < c.start and week_before <= day <= self.anchor:
                return day
        return self.anchor
