"""Temporal expressions: found, typed as TIMEX3 and resolved against the publication date.

Every resolved value says how it was reached (``rule``) and from which day (``anchor``), so
a learner can check it; ``annotate(article, anchor=...)`` resolves against another day.
Without any anchor, relative expressions keep ``value: None`` rather than a guess.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ..entities import Entity
from ..lexicon import WEEKDAYS
from ..nlp import doc_text
from ..spans import NAME_LABELS
from .candidates import find_candidates
from .compound import joined_lengths
from .context import Context, Story
from .kinds import KINDS, Kind
from .overnight import past_midnight
from .ranges import year_from_range_end
from .values import Candidate, Period, Resolved
from .words import VAGUE_NUMBERS, number

__all__ = ["Timex", "extract_timexes"]


@dataclass(frozen=True)
class Timex:
    """A temporal expression: ``body[start:end] == text``, with its TIMEX3 ``type`` and
    ``value``, the inclusive days it covers, and how the value was reached."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    start_date: str | None
    end_date: str | None
    anchor: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "anchor": self.anchor,
            "rule": self.rule,
        }


def extract_timexes(
    doc: Doc,
    entities: tuple[Entity, ...],
    *,
    anchor: dt.date | None,
    kinds: Sequence[Kind] = KINDS,
) -> tuple[Timex, ...]:
    """Temporal expressions of a parsed article, resolved against ``anchor``.

    Phrases are read in order, following the story's reference time (:class:`.Story`):
    "the following day" counts from the last day named. Clock times and nights without a
    day of their own take the day named in their sentence, else the day the lede names
    (the event's day), else ``anchor``; inside a quotation, the day the words were said.
    "today" and its kin inside a quotation take the day the words were said. ``kinds`` is
    the table of expression kinds (:data:`newslab.timexes.kinds.KINDS`).

    Examples
    --------
    >>> ann = newslab.annotate("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> t = ann.timexes[1]  # doctest: +SKIP
    >>> (t.text, t.value)  # doctest: +SKIP
    ('Sunday', '2022-02-13')
    """
    text = doc_text(doc)
    table = {k.name: k for k in kinds}
    ents = sorted(_years_in_names(entities), key=lambda e: e.start)
    starts = [e.start for e in ents]
    seen = [(e.start, e.end) for e in ents if e.label in _DATED | _COUNTED]
    cands = [
        c
        for c in find_candidates(text, kinds=kinds, near=seen)
        if _keep(c, table[c.kind], _near(c, ents, starts))
    ]
    if anchor is None:
        return joined_lengths(tuple(_unanchored(c, table[c.kind], text, doc) for c in cands), text)
    story = Story(doc, text, anchor)
    results: dict[int, Resolved] = {}
    later: dict[int, tuple[dt.date | None, Period | None]] = {}
    for i, cand in enumerate(cands):
        kind = table[cand.kind]
        own_day = cand.groups.get("weekday") or cand.groups.get("dayword")
        if (kind.dayless and not own_day) or (kind.spoken and story.quotation(cand.start)):
            later[i] = (story.day, story.last)
            continue
        results[i] = _resolve(kind, cand, story.context(cand))
        story.see(cand, results[i])
    event_day = _event_day(cands, results, anchor, text)
    for i, (ref, last) in later.items():
        cand, kind = cands[i], table[cands[i].kind]
        quoted = story.quotation(cand.start) is not None
        if kind.spoken and quoted:
            ctx = story.context(cand, ref=ref, last=last, speech=story.speech_day(cand))
        else:
            day = story.day_named_near(cand) or (story.speech_day(cand) if quoted else event_day)
            ctx = story.context(cand, ref=day, last=last)
        results[i] = _resolve(kind, cand, ctx)
    results = year_from_range_end(cands, past_midnight(cands, results, text), text)
    return joined_lengths(
        tuple(
            _timex(cand, text, results[i], anchor) for i, cand in enumerate(cands) if results.get(i)
        ),
        text,
    )


def _resolve(kind: Kind, c: Candidate, ctx: Context) -> Resolved:
    """The kind's value for ``c``; where the arithmetic leaves the calendar (years 1 to
    9999, as near the first or last day a date can have), no value and that reason."""
    try:
        return kind.resolve(c, ctx)
    except (ValueError, OverflowError):
        return kind.untyped, Period(None), "falls outside the calendar (years 1 to 9999)"


def _timex(c: Candidate, text: str, result: Resolved, anchor: dt.date | None) -> Timex:
    assert result is not None
    ttype, period, rule = result
    start = c.start
    m = _HEDGE_BEFORE.search(text, max(0, start - 16), start) if ttype in {"DATE", "TIME"} else None
    if m and not (m.group().lower() == "about " and text[start].islower()):  # "talk about the
        start = m.start()  # future"; "until at least Thursday", "around August 1": the hedge
    return Timex(
        start,
        c.end,
        text[start : c.end],
        ttype,
        period.value,
        _iso(period.start),
        _iso(period.end),
        anchor.isoformat() if anchor else None,
        rule,
    )


#: A hedge right before a day or a time, which the contract keeps inside its span.
_HEDGE_BEFORE = re.compile(
    r"(?<![\w-])(?i:at least|at the earliest|about|around|approximately|roughly|nearly|almost"
    r"|circa) $"
)


def _unanchored(c: Candidate, kind: Kind, text: str, doc: Doc) -> Timex:
    """Without a day to count from, only absolute expressions get a value."""
    if kind.absolute:
        result = _resolve(kind, c, Context(text, doc, dt.date.min, at=c.start))
        if result is not None:
            return _timex(c, text, result, None)
    return Timex(
        c.start, c.end, text[c.start : c.end], kind.untyped, None, None, None, None, NO_ANCHOR
    )


NO_ANCHOR = (
    "no publication date: give the article a date (published=) or "
    "annotate(article, anchor=...) to resolve it"
)


def _near(c: Candidate, ents: list[Entity], starts: list[int]) -> list[Entity]:
    """The entities that overlap ``c`` (found from the sorted starts, not by a full scan)."""
    i = bisect.bisect_left(starts, c.end) - 1
    out = []
    while i >= 0 and starts[i] > c.start - _LONGEST:
        if ents[i].end > c.start:
            out.append(ents[i])
        i -= 1
    return out


#: A year that ends a law's name: "Act of 1867", "Directive 2000".
_LAW_YEAR = re.compile(r"(?: of)? ((?:1[89]|20)\d\d)$")
#: A year that opens or closes an event's name: "2019 Kestrel Marathon", "Kestrel Con 2019".
_EVENT_YEAR = re.compile(r"((?:19|20)\d\d) ")
_EVENT_YEAR_END = re.compile(r" ((?:19|20)\d\d)$")


def _years_in_names(entities: Sequence[Entity]) -> list[Entity]:
    """A year inside a law's name ("the Tenure of Office Act of 1867") is one entity but
    still a year timex: here the law ends before it and the year stands as a date; so does
    the year that opens or closes an event's name ("the 2019 Kestrel Marathon", "Kestrel
    Con 2019"), beside the event."""
    out = []
    for e in entities:
        first = _EVENT_YEAR.match(e.text) if e.label == "EVENT" else None
        if first is not None:  # "the 2019 Kestrel Marathon": the year is a date all the same
            year, rest = first.group(1), e.text[first.end() :]
            out.append(Entity(e.start + first.end(), e.end, rest, "EVENT", e.canonical))
            out.append(Entity(e.start, e.start + 4, year, "DATE", year))
            continue
        m = _EVENT_YEAR_END.search(e.text) if e.label == "EVENT" else None
        m = m or (_LAW_YEAR.search(e.text) if e.label == "LAW" else None)
        if m is None or m.start() == 0:
            out.append(e)
            continue
        year = e.start + m.start(1)
        out.append(Entity(e.start, e.start + m.start(), e.text[: m.start()], e.label, e.canonical))
        out.append(Entity(year, e.end, m.group(1), "DATE", m.group(1)))
    return out


#: No entity is longer than this many characters; it bounds the search for overlaps.
_LONGEST = 400


def _keep(c: Candidate, kind: Kind, entities: list[Entity]) -> bool:
    """Drop candidates inside names ("USA Today", "Operation Peace Spring"; a name that only
    overlaps a date is the model's mistake) and those that need the model to have seen a
    date there too (bare years, durations). ``entities`` are those overlapping ``c``."""
    inside = (e for e in entities if e.start <= c.start and c.end <= e.end)
    if any(e.label in NAME_LABELS and not _own_name(c, kind, e) for e in inside):
        return False
    if kind.needs_entity and kind.name == "duration" and _several(c):
        return True
    if kind.needs_entity:
        labels = _DATED | (_COUNTED if _counted(c) else set())
        return any(e.label in labels for e in entities)
    return True


def _own_name(c: Candidate, kind: Kind, e: Entity) -> bool:
    """A name that is the time itself: a holiday the model took for an EVENT, or for a name
    of exactly its words ("Easter"), or the weekday that ends an event's name ("Super
    Tuesday"); never a longer title ("A Christmas Carol")."""
    if e.label == "EVENT" and c.end == e.end and e.text[c.start - e.start :].lower() in WEEKDAYS:
        return True  # "Super Tuesday": an event named by its day, and that day
    return kind.in_names and (e.label == "EVENT" or (e.start, e.end) == (c.start, c.end))


#: The model's labels for dates, and for a counted length it took for a plain number
#: ("[almost two and a half] years").
_DATED = {"DATE", "TIME"}
_COUNTED = {"CARDINAL", "QUANTITY"}


def _several(c: Candidate) -> bool:
    """A length of two or more whole units ("24 hours", "twenty four hours"): a timex
    wherever it stands, seen by the model or not."""
    n = number(c.groups.get("num"))
    return n is not None and n >= 2 and n == int(n) and bool(c.groups.get("unit"))


def _counted(c: Candidate) -> bool:
    """A length with a number of its own (not "a", "one" or "some")."""
    num = (c.groups.get("num") or "").lower()
    return (
        bool(c.groups.get("unit"))
        and num not in {"", "a", "an", "one", "another"}
        and num not in VAGUE_NUMBERS
    )


def _event_day(
    cands: list[Candidate], results: dict, anchor: dt.date | None, text: str
) -> dt.date | None:
    """The day of the news: the first day the lede names (on or before publication), else
    the publication day. News ledes say when the event happened; later times refer to it."""
    lede_end = text.find("\n") if "\n" in text else len(text)
    for i, cand in enumerate(cands):
        r = results.get(i)
        if cand.start >= lede_end:
            break
        if r and r[0] in {"DATE", "TIME"} and r[1].start is not None and r[1].start == r[1].end:
            if anchor is None or r[1].start <= anchor:
                return r[1].start
    return anchor


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
