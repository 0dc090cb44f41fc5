"""Exercises of notebook 06-many-articles.ipynb (many articles), numbered 06.N as in the notebook.

Their third argument is the corpus quotes table (``tables["quotes"]``), not an article; the
answers are arithmetic on that table, so they are checked on any corpus. Misconceptions from
lessons/06-many-articles.md: 1, unnamed is the other part (06.1 without "1 -"); 2, sources
rather than statements (06.1); and verbs counted as the articles write them, not by their
dictionary form (06.2).
"""

from __future__ import annotations

from typing import Any

from ..quotes.sources import NO_SOURCE
from .answers import read_number, read_text
from .feedback import Feedback
from .grading import Exercise, Facts, Mistake, near, register


def _table(table: Any, ident: str) -> Any:
    """The corpus quotes table, or the feedback for something else."""
    if type(table).__name__ == "DataFrame" and {"named", "cue", "speaker"} <= set(table.columns):
        return table
    return Feedback(
        False,
        "This check needs the corpus quotes table as its third argument.",
        f"Call it like check('{ident}', answer, tables['quotes']).",
        mistake="no table",
    )


def _anonymous_facts(table: Any) -> Facts | Feedback:
    table = _table(table, "06.1")
    if isinstance(table, Feedback):
        return table
    named = table["named"].astype(bool)
    rows = table.assign(speaker=table["speaker"].fillna(NO_SOURCE), named=named)
    per_source = rows.groupby(["slug", "speaker", "named"]).size().reset_index()["named"]
    right = 1 - float(named.mean()) if len(named) else 0.0
    return {
        "checked": True,
        "right": right,
        "percent": f"{right:.0%}",
        "named_share": 1 - right,
        "count": int((~named).sum()),
        "by_source": 1 - float(per_source.mean()) if len(per_source) else None,
    }


register(
    Exercise(
        "06.1",
        "the share of anonymous statements",
        read=lambda a: read_number(a, "a share between 0 and 1"),
        facts=_anonymous_facts,
        same=near(0.005, percent=True),
        praise="{percent} of the statements in the corpus do not come from a named person. "
        "Now look at who they are: pronouns, organisations, groups, or no source at all?",
        otherwise=(
            "{given} is not the share of statements that do not come from a named person.",
            "Count the statements whose speaker is not a named person, and divide by all the "
            "statements.",
        ),
        ambiguous=(
            "{given} is rounded so far that it fits a common slip as well as the share.",
            "Give three decimals, or let Python work it out.",
        ),
        mistakes=(
            Mistake(
                "the named share",
                "named_share",
                "{given} is the share of statements from named people: the other part.",
                "The question asks for the statements that do not come from a named person.",
            ),
            Mistake(
                "sources, not statements",
                "by_source",
                "{given} is the share of sources, one per row of the sources table. The "
                "question counts statements: a source with many statements counts many times.",
                "Work from the quotes table, one row per statement.",
            ),
            Mistake(
                "a count for a share",
                "count",
                "{given} is a count; a share divides it by the number of all statements.",
                "A share is between 0 and 1 (or a percentage).",
            ),
        ),
    )
)


def _lemma(word: str) -> str:
    from ..nlp import load_nlp

    doc = load_nlp()(word)
    return " ".join(t.lemma_.lower() for t in doc)


def _why_it_leads(table: Any, right: str, counts: Any) -> str:
    """What the leading cue says about the corpus: the neutral "say", or a verb that a few
    articles give most of its statements (an interview gives every answer the verb that
    introduced it), with the runner-up."""
    if right == "say":
        return "the neutral verb leads."
    second = (
        f" Next comes “{counts.index[1]}”, in {int(counts.iloc[1])}." if len(counts) > 1 else ""
    )
    rows = table[table["cue"].astype(str).str.lower() == right]
    if "slug" not in rows.columns or rows.empty:
        return f"not the neutral “say”.{second}"
    per_article = rows.groupby("slug").size().sort_values(ascending=False)
    k = int((per_article.cumsum() * 2 <= len(rows)).sum()) + 1  # articles to pass half
    covered = int(per_article.iloc[:k].sum())
    where = "one article" if k == 1 else f"{k} articles"
    return (
        f"{covered} of them come from {where}: an interview gives every answer the verb that "
        f"introduced it, so a few interviews can outweigh every news story's “say”.{second}"
    )


def _cue_facts(table: Any) -> Facts | Feedback:
    table = _table(table, "06.2")
    if isinstance(table, Feedback):
        return table
    counts = table["cue"].dropna().astype(str).str.lower().value_counts()
    if counts.empty:
        return Feedback(False, "This corpus has no cue verbs.", "Check that tables is the corpus.")
    right = str(counts.index[0])
    return {
        "checked": True,
        "right": right,
        "why": _why_it_leads(table, right, counts),
        "n": int(counts.iloc[0]),
        "cues": set(counts.index),
        "inflected": right + ("d" if right.endswith("e") else "s"),
        "second": str(counts.index[1]) if len(counts) > 1 else None,
    }


register(
    Exercise(
        "06.2",
        "the most frequent cue",
        read=lambda a: read_text(a, "a cue verb"),
        facts=_cue_facts,
        same=lambda a, b: isinstance(a, str) and a.strip().lower() == b,
        praise="“{right}”, in {n} statements: {why}",
        otherwise=(
            "“{given}” is not a cue verb of this corpus.",
            "The cue column holds the verb that introduces each statement: count its values.",
        ),
        mistakes=(
            Mistake(
                "the count, not the verb",
                "n",
                "{given} is a number of statements; the question asks which verb.",
                "Give the verb, as the cue column writes it, in quotation marks.",
                matches=lambda g, f: g == f["n"] and not isinstance(g, bool),
                raw=True,
            ),
            Mistake(
                "the verb as the article writes it",
                "inflected",
                "“{given}” is a verb as the articles write it. The cue column writes every verb "
                "in its dictionary form (its lemma), so 'told', 'tells' and 'telling' are all "
                "counted as 'tell'.",
                "Write the verb the way the cue column writes it.",
                matches=lambda g, f: g.lower() not in f["cues"] and _lemma(g) == f["right"],
            ),
            Mistake(
                "a cue, but not the most frequent",
                "second",
                "“{given}” is a cue verb of this corpus, but another one introduces more "
                "statements.",
                "Count how many statements each cue introduces, and take the largest.",
                matches=lambda g, f: g.strip().lower() in f["cues"],
            ),
        ),
    )
)
