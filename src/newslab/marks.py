"""What to highlight in each view of an article: annotations turned into render marks.

Pure data (no HTML): the highlighter, the source explorer and the timeline explorer all
call these, and :mod:`newslab.render` turns the marks into HTML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .entities import LABEL_DESCRIPTIONS
from .palette import (
    LABEL_SWATCHES,
    MENTION_SWATCHES,
    NONE,
    TIMEX_SWATCHES,
    Swatch,
    speaker_swatches,
)
from .render import Mark

if TYPE_CHECKING:  # pragma: no cover
    from .annotation import AnnotatedArticle

__all__ = [
    "chain_legend",
    "chain_marks",
    "entity_legend",
    "entity_marks",
    "quote_marks",
    "speaker_legend",
    "timex_legend",
    "timex_marks",
]

#: How each kind of mention of a source is told apart beside its colour.
MENTION_KINDS = {
    "name": "its name",
    "alias": "another name or an acronym",
    "role": "a title or role noun",
    "pronoun": "a pronoun",
    "apposition": "a description beside the name",
}
#: What each type of temporal expression is, for the legend of the "When" view.
TIMEX_TYPES = {
    "DATE": "a day, week, month or year",
    "TIME": "a time of day",
    "DURATION": "how long",
    "SET": "how often",
}
_UNKNOWN = Swatch("#dddddd")


def entity_marks(ann: AnnotatedArticle, *, labels: Iterable[str] | None = None) -> list[Mark]:
    """Entities of the chosen labels (all by default), coloured by label."""
    keep = None if labels is None else set(labels)
    return [
        Mark(
            e.start,
            e.end,
            LABEL_SWATCHES.get(e.label, _UNKNOWN).colour,
            title=f"{e.label} · {e.canonical}"
            + (f" (written “{e.text}”)" if e.text != e.canonical else ""),
            css=f"nl-ent nl-{e.label}",
            data={"label": e.label, "canonical": e.canonical},
            line=LABEL_SWATCHES.get(e.label, _UNKNOWN).line,
        )
        for e in ann.entities
        if keep is None or e.label in keep
    ]


def quote_marks(
    ann: AnnotatedArticle, *, speaker: str | None | object = ..., kinds: Iterable[str] | None = None
) -> list[Mark]:
    """Statements coloured by speaker; ``speaker=`` keeps one source's only."""
    swatches = speaker_swatches(q.speaker for q in ann.quotes)
    keep_kinds = None if kinds is None else set(kinds)
    out = []
    for q in ann.quotes:
        if speaker is not ... and q.speaker != speaker:
            continue
        if keep_kinds is not None and q.kind not in keep_kinds:
            continue
        who = q.speaker or "no source found"
        out.append(
            Mark(
                q.start,
                q.end,
                swatches[q.speaker].colour,
                title=f"{who} · {q.kind} · cue “{q.cue}”"
                + ("" if q.speaker_named else " · unnamed source"),
                css=f"nl-quote nl-{q.kind}",
                data={"speaker": who, "kind": q.kind, "cue": q.cue or ""},
                line=swatches[q.speaker].line,
            )
        )
    return out


def timex_marks(
    ann: AnnotatedArticle, *, since: dt.date | None = None, until: dt.date | None = None
) -> list[Mark]:
    """Temporal expressions with their resolved values; ``since``/``until`` keep those whose
    period overlaps the range (expressions with no calendar period are kept only without one)."""
    out = []
    for t in ann.timexes:
        start = dt.date.fromisoformat(t.start_date) if t.start_date else None
        end = dt.date.fromisoformat(t.end_date) if t.end_date else None
        if since is not None or until is not None:
            if start is None or end is None:
                continue
            if (since is not None and end < since) or (until is not None and start > until):
                continue
        days = "" if not start else (f" ({start}" + (f" to {end})" if end != start else ")"))
        swatch = TIMEX_SWATCHES.get(t.type, _UNKNOWN) if t.value else NONE
        out.append(
            Mark(
                t.start,
                t.end,
                swatch.colour,
                title=f"{t.type} → {t.value or 'not resolved'}{days} · {t.rule}",
                css=f"nl-timex nl-{t.type}",
                data={"type": t.type, "value": t.value or "", "start-date": t.start_date or ""},
                line=swatch.line,
            )
        )
    return out


Legend = list[tuple[str, str, Swatch]]


def entity_legend(labels: Iterable[str]) -> Legend:
    """(label, plain-language name, swatch) for the legend."""
    return [
        (lab, LABEL_DESCRIPTIONS.get(lab, ""), LABEL_SWATCHES.get(lab, _UNKNOWN)) for lab in labels
    ]


def speaker_legend(ann: AnnotatedArticle) -> Legend:
    """(speaker, named or not, swatch) for each source in order of first statement."""
    swatches = speaker_swatches(q.speaker for q in ann.quotes)
    named = {q.speaker: q.speaker_named for q in ann.quotes}
    return [
        (name or "no source found", "named" if named.get(name) else "unnamed", swatch)
        for name, swatch in swatches.items()
    ]


def timex_legend(ann: AnnotatedArticle) -> Legend:
    """(type, what it is, swatch) for the types the article has, then "not resolved"."""
    types = {t.type for t in ann.timexes if t.value}
    items = [(k, text, TIMEX_SWATCHES[k]) for k, text in TIMEX_TYPES.items() if k in types]
    if any(not t.value for t in ann.timexes):
        items.append(("not resolved", "the machine could not work it out", NONE))
    return items


def chain_legend() -> Legend:
    """(kind, what it is, swatch) for each kind of mention of a source."""
    return [(kind, text, MENTION_SWATCHES[kind]) for kind, text in MENTION_KINDS.items()]


def chain_marks(ann: AnnotatedArticle, name: str) -> list[Mark]:
    """Every mention of the source called ``name``: names, aliases, roles and pronouns, each
    marked with its kind (hover to see it)."""
    chain = ann.chains.named(name)
    if chain is None:
        return []
    return [
        Mark(
            m.start,
            m.end,
            MENTION_SWATCHES.get(m.kind, _UNKNOWN).colour,
            title=f"{chain.name} · {MENTION_KINDS.get(m.kind, m.kind)}",
            css=f"nl-chain nl-chain-{m.kind}",
            data={"chain": chain.name, "kind": m.kind},
            line=MENTION_SWATCHES.get(m.kind, _UNKNOWN).line,
        )
        for m in chain.mentions
    ]
