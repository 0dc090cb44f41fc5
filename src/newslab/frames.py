"""DataFrames for the notebooks: the only module that builds them.

Sentences and paragraphs are numbered from 1 in every table, as a reader counts them (the
dataclasses underneath keep Python's 0-based ``index``).

Every function takes an annotated article (or an article or a path, which it annotates)
and returns a frame with the columns listed here, also when there is nothing to list.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .annotation import AnnotatedArticle, annotate
from .article import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "ENTITY_COLUMNS",
    "MENTION_COLUMNS",
    "QUOTE_COLUMNS",
    "SENTENCE_COLUMNS",
    "SOURCE_COLUMNS",
    "entities_frame",
    "mentions_frame",
    "quotes_frame",
    "sentences_frame",
    "sources_frame",
    "TIMELINE_COLUMNS",
    "TIMEX_COLUMNS",
    "timeline_frame",
    "timexes_frame",
]

ENTITY_COLUMNS = ["start", "end", "text", "label", "canonical", "sentence", "paragraph"]
MENTION_COLUMNS = ["canonical", "label", "mentions", "first_paragraph", "forms"]
SENTENCE_COLUMNS = ["sentence", "paragraph", "start", "end", "text"]
QUOTE_COLUMNS = [
    "speaker",
    "named",
    "kind",
    "cue",
    "text",
    "sentence",
    "paragraph",
    "start",
    "end",
]
TIMEX_COLUMNS = [
    "text",
    "type",
    "value",
    "start_date",
    "end_date",
    "how",
    "sentence",
    "paragraph",
    "start",
    "end",
]
TIMELINE_COLUMNS = [
    "start_date",
    "end_date",
    "when",
    "value",
    "event",
    "people",
    "places",
    "organisations",
    "speaker",
    "uncertain",
    "how",
    "paragraph",
    "kind",
]
SOURCE_COLUMNS = [
    "source",
    "named",
    "description",
    "statements",
    "direct",
    "indirect",
    "mixed",
    "words_quoted",
    "first_paragraph",
]

Annotatable = AnnotatedArticle | Article | str | Path


def _annotated(item: Annotatable) -> AnnotatedArticle:
    return item if isinstance(item, AnnotatedArticle) else annotate(item)


def _frame(rows: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def entities_frame(item: Annotatable, *, labels: list[str] | None = None) -> pd.DataFrame:
    """One row an entity mention, in reading order.

    Examples
    --------
    >>> df = entities_frame("seeds/putin-talks-2022-02-14.md")  # doctest: +SKIP
    >>> df.loc[0, ["text", "label"]].tolist()  # doctest: +SKIP
    ['Vladimir Putin', 'PERSON']
    """
    ann = _annotated(item)
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
    ann = _annotated(item)
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
    ann = _annotated(item)
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
    ann = _annotated(item)
    rows = []
    for q in ann.quotes:
        sent = ann.sentence_at(q.start)
        rows.append(
            {
                "speaker": q.speaker,
                "named": q.speaker_named,
                "kind": q.kind,
                "cue": q.cue,
                "text": q.text,
                "sentence": sent.index + 1,
                "paragraph": sent.paragraph + 1,
                "start": q.start,
                "end": q.end,
            }
        )
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

    from .sources import sources

    rows = []
    for src in sources(_annotated(item)):
        row = asdict(src)
        row["source"] = row.pop("name")
        rows.append(row)
    return _frame(rows, SOURCE_COLUMNS)


def timexes_frame(item: Annotatable) -> pd.DataFrame:
    """One row a temporal expression: its TIMEX3 type and value, its days, and how the
    value was reached (``how``)."""
    ann = _annotated(item)
    rows = []
    for t in ann.timexes:
        sent = ann.sentence_at(t.start)
        rows.append(
            {
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "start_date": t.start_date,
                "end_date": t.end_date,
                "how": t.rule,
                "sentence": sent.index + 1,
                "paragraph": sent.paragraph + 1,
                "start": t.start,
                "end": t.end,
            }
        )
    return _frame(rows, TIMEX_COLUMNS)


def timeline_frame(item: Annotatable) -> pd.DataFrame:
    """The article's events in time order, with the publication day as a reference row
    (``kind == "published"``); ``uncertain`` marks placements that rest on a guess.

    Examples
    --------
    >>> timeline_frame("seeds/putin-talks-2022-02-14.md").kind.value_counts()["published"]  # doctest: +SKIP
    1
    """
    import pandas as pd

    from .timeline import events

    ann = _annotated(item)
    rows = [
        {
            "start_date": e.start_date,
            "end_date": e.end_date,
            "when": e.when,
            "value": e.value,
            "event": e.text,
            "people": ", ".join(e.people),
            "places": ", ".join(e.places),
            "organisations": ", ".join(e.organisations),
            "speaker": e.speaker,
            "uncertain": e.uncertain,
            "how": e.how,
            "paragraph": e.paragraph + 1,
            "kind": "reported" if e.speaker else "event",
        }
        for e in events(ann)
    ]
    pub = ann.article.published
    if pub is not None:
        rows.append(
            {
                "start_date": pub,
                "end_date": pub,
                "when": "publication",
                "value": pub.isoformat(),
                "event": f"{ann.article.outlet or 'The article'} publishes “{ann.article.title}”",
                "people": "",
                "places": ann.article.dateline or "",
                "organisations": ann.article.outlet or "",
                "speaker": None,
                "uncertain": False,
                "how": "the publication date",
                "paragraph": None,
                "kind": "published",
            }
        )
    df = _frame(rows, TIMELINE_COLUMNS)
    if len(df):
        df = df.sort_values(["start_date", "end_date"], kind="stable").reset_index(drop=True)
        df["start_date"] = pd.to_datetime(df["start_date"])
        df["end_date"] = pd.to_datetime(df["end_date"])
    return df


COMPARISON_COLUMNS = ["text", "spacy_label", "newslab_text", "newslab_label", "changed"]
COOCCURRENCE_COLUMNS = ["first", "second", "sentences"]


def entity_comparison_frame(item: Annotatable) -> pd.DataFrame:
    """spaCy's plain entities beside newslab's, one row a span either of them found.

    ``changed`` is true where newslab's span or label differs from the model's.
    """
    ann = _annotated(item)
    rows, ours = [], list(ann.entities)
    for ent in ann.doc.ents:
        match = next((e for e in ours if e.start < ent.end_char and ent.start_char < e.end), None)
        rows.append(
            {
                "text": ent.text,
                "spacy_label": ent.label_,
                "newslab_text": match.text if match else None,
                "newslab_label": match.label if match else None,
                "changed": match is None or (match.text, match.label) != (ent.text, ent.label_),
            }
        )
    raw = [(e.start_char, e.end_char) for e in ann.doc.ents]
    for e in ours:
        if not any(s < e.end and e.start < t for s, t in raw):
            rows.append(
                {
                    "text": None,
                    "spacy_label": None,
                    "newslab_text": e.text,
                    "newslab_label": e.label,
                    "changed": True,
                }
            )
    return _frame(rows, COMPARISON_COLUMNS)


def cooccurrence_frame(item: Annotatable, *, labels: list[str] | None = None) -> pd.DataFrame:
    """Pairs of entities (by canonical name) that share a sentence, most shared first."""
    ann = _annotated(item)
    keep = set(labels or ["PERSON", "GPE", "ORG", "NORP", "LOC"])
    pairs: Counter[tuple[str, str]] = Counter()
    for sent in ann.sentences:
        names = sorted(
            {
                e.canonical
                for e in ann.entities
                if e.label in keep and sent.start <= e.start < sent.end
            }
        )
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pairs[(a, b)] += 1
    rows = [{"first": a, "second": b, "sentences": n} for (a, b), n in pairs.most_common()]
    return _frame(rows, COOCCURRENCE_COLUMNS)
