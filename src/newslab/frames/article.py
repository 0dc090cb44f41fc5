"""Tables of one article: entities, mentions, sentences, quotes, sources."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
from ..annotation import annotated
from .base import Annotatable, _frame, _located
from .columns import (
    CHAIN_COLUMNS,
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    SENTENCE_COLUMNS,
    SOURCE_COLUMNS,
)


def entities_frame(item: Annotatable, *, labels: list[str] | None = None) -> pd.DataFrame:
    """One row an entity mention, in reading order.

    Examples
    --------
    >>> df = entities_frame("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> df.loc[0, ["text", "label"]].tolist()  # doctest: +SKIP
    ['Vladimir Putin', 'PERSON']
    """
    ann = annotated(item)
    rows = []
    for ent in ann.entities:
        if labels is not None and ent.label not in labels:
            continue
        sent = ann.sentence_at(ent.start)
        rows.append({**ent.to_dict(), "sentence": sent.index + 1, "paragraph": sent.paragraph + 1})
    return _frame(rows, ENTITY_COLUMNS)


def mentions_frame(item: Annotatable, *, labels: list[str] | None = None) -> pd.DataFrame:
    """One row a distinct entity (by canonical name and label), most mentioned first.

    Examples
    --------
    >>> mentions_frame("seeds/putin-talks-2022-02-14.md", labels=["PERSON"]).iloc[0, 0]  # doctest: +SKIP
    'Sergei Lavrov'
    """
    ann = annotated(item)
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    forms: dict[tuple[str, str], list[str]] = {}
    for ent in ann.entities:
        if labels is not None and ent.label not in labels:
            continue
        key = (ent.canonical, ent.label)
        counts[key] += 1
        first.setdefault(key, ann.article.paragraph_at(ent.start).index + 1)
        if ent.text not in forms.setdefault(key, []):
            forms[key].append(ent.text)
    order = sorted(counts, key=lambda k: (-counts[k], first[k], k[0]))
    rows = [
        {
            "canonical": k[0],
            "label": k[1],
            "mentions": counts[k],
            "first_paragraph": first[k],
            "forms": ", ".join(forms[k]),
        }
        for k in order
    ]
    return _frame(rows, MENTION_COLUMNS)


def sentences_frame(item: Annotatable) -> pd.DataFrame:
    """One row a sentence, with its paragraph and offsets."""
    ann = annotated(item)
    rows = [
        {
            "sentence": s.index + 1,
            "paragraph": s.paragraph + 1,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for s in ann.sentences
    ]
    return _frame(rows, SENTENCE_COLUMNS)


def quotes_frame(item: Annotatable) -> pd.DataFrame:
    """One row a statement: who, named or not, direct/indirect/mixed, cue, the words.

    Examples
    --------
    >>> df = quotes_frame("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> df.loc[df.kind == "direct", "speaker"].value_counts().index[0]  # doctest: +SKIP
    'Sergei Lavrov'
    """
    ann = annotated(item)
    rows = [
        _located(
            ann, q, speaker=q.speaker, named=q.speaker_named, kind=q.kind, cue=q.cue, text=q.text
        )
        for q in ann.quotes
    ]
    return _frame(rows, QUOTE_COLUMNS)


def sources_frame(item: Annotatable) -> pd.DataFrame:
    """One row a source: named or not, who they are, how many statements and quoted words.

    Named people come first, then unnamed and collective sources; within each, the most
    statements first. Statements with no source found are counted in a last row.

    Examples
    --------
    >>> sources_frame("seeds/putin-talks-2022-02-14.md").iloc[0]["source"]  # doctest: +SKIP
    'Sergei Lavrov'
    """
    from dataclasses import asdict

    from ..quotes.sources import sources

    rows = []
    for src in sources(annotated(item)):
        row = asdict(src)
        row["source"] = row.pop("name")
        rows.append(row)
    return _frame(rows, SOURCE_COLUMNS)


def chains_frame(item: Annotatable) -> pd.DataFrame:
    """Who is who: one row a mention of a source (its name, another name, a title or role
    noun, a pronoun), with the chain it belongs to: argue over whether "he" is Lavrov.

    Examples
    --------
    >>> df = chains_frame("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> df[df.chain == "Sergei Lavrov"].kind.value_counts()  # doctest: +SKIP
    """
    ann = annotated(item)
    rows = [
        _located(ann, m, chain=chain.name, label=chain.label, text=m.text, kind=m.kind)
        for chain in ann.chains.chains
        for m in chain.mentions
    ]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return _frame(rows, CHAIN_COLUMNS)
