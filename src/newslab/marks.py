"""What to highlight in each view of an article: annotations turned into render marks.

Pure data (no HTML): the highlighter, the source explorer and the timeline explorer all
call these, and :mod:`newslab.render` turns the marks into HTML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .entities import LABEL_DESCRIPTIONS
from .render import LABEL_COLOURS, Mark, speaker_colours

if TYPE_CHECKING:  # pragma: no cover
    from .annotation import AnnotatedArticle

__all__ = [
    "chain_marks",
    "entity_legend",
    "entity_marks",
    "quote_marks",
    "speaker_legend",
    "timex_marks",
]

TIMEX_COLOUR = "#bfe1d9"
CHAIN_COLOUR = "#ffd866"
#: How each kind of mention of a source is told apart beside its colour.
MENTION_KINDS = {
    "name": "its name",
    "alias": "another name or an acronym",
    "role": "a title or role noun",
    "pronoun": "a pronoun",
    "apposition": "a description beside the name",
}
UNRESOLVED_COLOUR = "#eeeeee"


def entity_marks(ann: AnnotatedArticle, *, labels: Iterable[str] | None = None) -> list[Mark]:
    """Entities of the chosen labels (all by default), coloured by label."""
    keep = None if labels is None else set(labels)
    return [
        Mark(
            e.start,
            e.end,
            LABEL_COLOURS.get(e.label, "#ddd"),
            title=f"{e.label} · {e.canonical}"
            + (f" (written “{e.text}”)" if e.text != e.canonical else ""),
            css=f"nl-ent nl-{e.label}",
            data={"label": e.label, "canonical": e.canonical},
        )
        for e in ann.entities
        if keep is None or e.label in keep
    ]


def quote_marks(
    ann: AnnotatedArticle, *, speaker: str | None | object = ..., kinds: Iterable[str] | None = None
) -> list[Mark]:
    """Statements coloured by speaker; ``speaker=`` keeps one source's only."""
    colours = speaker_colours(q.speaker for q in ann.quotes)
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
                colours[q.speaker],
                title=f"{who} · {q.kind} · cue “{q.cue}”"
                + ("" if q.speaker_named else " · unnamed source"),
                css=f"nl-quote nl-{q.kind}",
                data={"speaker": who, "kind": q.kind, "cue": q.cue or ""},
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
        out.append(
            Mark(
                t.start,
                t.end,
                TIMEX_COLOUR if t.value else UNRESOLVED_COLOUR,
                title=f"{t.type} → {t.value or 'not resolved'}{days} · {t.rule}",
                css=f"nl-timex nl-{t.type}",
                data={"type": t.type, "value": t.value or "", "start-date": t.start_date or ""},
            )
        )
    return out


def entity_legend(labels: Iterable[str]) -> list[tuple[str, str, str]]:
    """(label, plain-language name, colour) for the legend."""
    return [
        (lab, LABEL_DESCRIPTIONS.get(lab, ""), LABEL_COLOURS.get(lab, "#ddd")) for lab in labels
    ]


def speaker_legend(ann: AnnotatedArticle) -> list[tuple[str, str, str]]:
    colours = speaker_colours(q.speaker for q in ann.quotes)
    named = {q.speaker: q.speaker_named for q in ann.quotes}
    return [
        (name or "no source found", "named" if named.get(name) else "unnamed", colour)
        for name, colour in colours.items()
    ]


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
            CHAIN_COLOUR,
            title=f"{chain.name} · {MENTION_KINDS.get(m.kind, m.kind)}",
            css=f"nl-chain nl-chain-{m.kind}",
            data={"chain": chain.name, "kind": m.kind},
        )
        for m in chain.mentions
    ]
