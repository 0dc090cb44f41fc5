"""Temporal expressions: found, typed as TIMEX3 and resolved against the publication date.

Every resolved value says how it was reached (``rule``) and from which day (``anchor``), so
a learner can check it; ``annotate(article, anchor=...)`` resolves against another day.
Without any anchor, relative expressions keep ``value: None`` rather than a guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ..entities import Entity
from ..nlp import doc_text
from ..spans import NAME_LABELS
from .candidates import find_candidates
from .kinds import KINDS, Kind
from .values import Candidate, Period

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

    Clock times and nights without a day of their own take the day named in their sentence,
    else the day the article talks about most (the event's day), else ``anchor``. ``kinds``
    is the table of expression kinds (:data:`newslab.timexes.kinds.KINDS`).

    Examples
    --------
    >>> ann = newslab.annotate("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> t = ann.timexes[1]  # doctest: +SKIP
    >>> (t.text, t.value)  # doctest: +SKIP
    ('Sunday', '2022-02-13')
    """
    text = doc_text(doc)
    table = {k.name: k for k in kinds}
    cands = [c for c in find_candidates(text, kinds=kinds) if _keep(c, table[c.kind], entities)]
    results: dict[int, tuple[str, Period, str] | None] = {}
    ref = anchor
    for i, cand in enumerate(cands):
        kind = table[cand.kind]
        if (anchor is None and not kind.absolute) or kind.dayless:
            continue
        results[i] = kind.resolve(cand, text, doc, anchor, ref)
        period = results[i][1] if results[i] else None
        if period and period.start is not None and period.start == period.end:
            ref = period.start
    event_day = _event_day(cands, results, anchor, text)
    for i, cand in enumerate(cands):
        if table[cand.kind].dayless and anchor is not None:
            day = _day_in_sentence(doc, cands, results, cand) or event_day or anchor
            results[i] = table[cand.kind].resolve(cand, text, doc, anchor, day)
    out = []
    for i, cand in enumerate(cands):
        if anchor is None and not table[cand.kind].absolute:
            out.append(
                Timex(
                    cand.start,
                    cand.end,
                    text[cand.start : cand.end],
                    table[cand.kind].untyped,
                    None,
                    None,
                    None,
                    None,
                    NO_ANCHOR,
                )
            )
            continue
        if results.get(i) is None:
            continue
        ttype, period, rule = results[i]
        out.append(
            Timex(
                cand.start,
                cand.end,
                text[cand.start : cand.end],
                ttype,
                period.value,
                _iso(period.start),
                _iso(period.end),
                anchor.isoformat() if anchor else None,
                rule,
            )
        )
    return tuple(out)


NO_ANCHOR = (
    "no publication date: give the article a date (published=) or "
    "annotate(article, anchor=...) to resolve it"
)


def _keep(c: Candidate, kind: Kind, entities: tuple[Entity, ...]) -> bool:
    """Drop candidates inside names ("USA Today", "Operation Peace Spring") and those that
    need the model to have seen a date there too (bare years, durations)."""
    if any(e.label in NAME_LABELS and e.start < c.end and c.start < e.end for e in entities):
        return False
    if kind.needs_entity:
        return any(
            e.label in {"DATE", "TIME"} and e.start < c.end and c.start < e.end for e in entities
        )
    return True


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


def _day_in_sentence(
    doc: Doc, cands: list[Candidate], results: dict, cand: Candidate
) -> dt.date | None:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    from ..nlp import sentence_of

    sent = sentence_of(span[0])
    for i, other in enumerate(cands):
        r = results.get(i)
        if (
            other is not cand
            and r
            and sent.start_char <= other.start < sent.end_char
            and r[1].start is not None
            and r[1].start == r[1].end
            and r[0] in {"DATE", "TIME"}
        ):
            return r[1].start
    return None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
