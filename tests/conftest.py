"""Shared fixtures: the repository's folders, the Wikinews sample, hand-built Docs; and the
last line of a run, which says how many tests were skipped and the command that runs them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
MAIN_ARTICLE = SEEDS / "putin-talks-2022-02-14.md"
EXPECTED_MODEL_VERSION = "3.8.0"


@pytest.fixture(scope="session")
def wikinews_dir() -> Path:
    """The Wikinews sample, found by newslab's own resolver (a test never downloads it)."""
    from newslab.datasets import DatasetError, wikinews_folder

    try:
        return wikinews_folder(download=False)
    except DatasetError as exc:
        pytest.skip(f"{SAMPLE_MISSING}. {exc}")


#: Why a test may be skipped: words of the reason, what it needs, the command that gives it.
SAMPLE_MISSING = "needs the Wikinews sample"
SKIP_FIXES = (
    (SAMPLE_MISSING, "the Wikinews sample", "make wikinews"),
    ("chromium is not installed", "Chromium", "apt-get install -y chromium"),
)


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    return str(longrepr[2] if isinstance(longrepr, tuple) else longrepr)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Count the skipped tests; with NEWSLAB_NO_SKIPS=1 (CI), any but a browser test fails."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = [r for r in getattr(reporter, "stats", {}).get("skipped", []) if r.skipped]
    if not skipped:
        return
    needs, fixes = [], []
    for words, what, fix in SKIP_FIXES:
        n = sum(words in _skip_reason(r) for r in skipped)
        if n:
            needs.append(f"{n} {'needs' if n == 1 else 'need'} {what}")
            fixes.append(fix)
    command = " && ".join(fixes + ["make test"]) if fixes else "pytest -rs (it lists why)"
    why = f" ({', '.join(needs)})" if needs else ""
    line = f"skipped: {_tests(len(skipped))}{why}; to run them: {command}"
    unexpected = [r for r in skipped if "browser" not in r.keywords]
    if os.environ.get("NEWSLAB_NO_SKIPS") and unexpected:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        line = (
            f"FAILED: {_tests(len(unexpected))} skipped that must run (NEWSLAB_NO_SKIPS is set: "
            f"only browser tests may be skipped). {line}"
        )
    session.config.stash[_SKIP_LINE] = line


_SKIP_LINE = pytest.StashKey[str]()


def _tests(n: int) -> str:
    return "1 test" if n == 1 else f"{n} tests"


def pytest_unconfigure(config: pytest.Config) -> None:
    """The last line of the run says what was skipped and how to run it."""
    line = config.stash.get(_SKIP_LINE, None)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if line and reporter is not None:
        reporter.write_line(line, yellow=True, bold=True)


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, pinned to the version the rules were written for."""
    from newslab.nlp import load_nlp

    pipeline = load_nlp()
    assert pipeline.meta["version"] == EXPECTED_MODEL_VERSION, (
        f"model-backed tests expect the {EXPECTED_MODEL_VERSION} pipeline, "
        f"found {pipeline.meta['version']}"
    )
    return pipeline


@pytest.fixture(scope="session")
def blank():
    """A tokenizer-only English pipeline: builds Docs by hand, no model needed."""
    import spacy

    return spacy.blank("en")


def make_doc(blank, text: str, ents: list[tuple[str, str]] | list[tuple[str, str, int]]):
    """A Doc of ``text`` with the given entities, as (text, label) or (text, label, nth).

    ``nth`` picks the n-th occurrence of the text (0 by default).
    """
    doc = blank(text)
    spans = []
    for item in ents:
        surface, label = item[0], item[1]
        nth = item[2] if len(item) > 2 else 0
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        span = doc.char_span(start, start + len(surface), label=label, alignment_mode="strict")
        assert span is not None, f"{surface!r} does not fall on token boundaries"
        spans.append(span)
    doc.ents = spans
    return doc


def entities_by_hand(blank, text: str, raw) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(text, label) of each entity newslab makes of a Doc built by hand with the ``raw``
    entities the model would have given (see :func:`make_doc`)."""
    from newslab.entities import extract_entities

    return [(e.text, e.label) for e in extract_entities(make_doc(blank, text, raw))]


def annotation_of(text: str, *, published: str = "2024-03-05", title: str = "Test"):  # type: ignore[no-untyped-def]
    """The full annotation of a one-paragraph article written for a test."""
    from newslab import Article, annotate

    return annotate(Article.from_text(text, title=title, published=published))


def said(text: str) -> list[tuple[str, str | None, str, str | None]]:
    """(statement, speaker, kind, cue) for each statement the full pipeline finds in ``text``."""
    return [(q.text, q.speaker, q.kind, q.cue) for q in annotation_of(text).quotes]


def speakers_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(statement, speaker) for each statement the full pipeline finds in an article of
    ``paragraphs``."""
    return [(q.text, q.speaker) for q in annotation_of("\n".join(paragraphs)).quotes]


def timexes_of(*paragraphs: str, published: str) -> dict:
    """The timexes the full pipeline finds in an article of ``paragraphs``, by their text."""
    from newslab import Article, annotate

    article = Article.from_text("\n".join(paragraphs), title="t", published=published)
    return {t.text: t for t in annotate(article).timexes}


def timexes_by_hand(blank, text: str, dated=(), *, anchor) -> dict:  # type: ignore[no-untyped-def]
    """The timexes of ``text`` parsed without a model (no tense), where the model would have
    seen dates at the phrases ``dated``; by their text."""
    from newslab.entities import Entity
    from newslab.timexes import extract_timexes

    ents = tuple(Entity(text.index(d), text.index(d) + len(d), d, "DATE", d) for d in dated)
    return {t.text: t for t in extract_timexes(blank(text), ents, anchor=anchor)}


def named_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(text, label) of each span, to compare a rule's output by eye."""
    return [(text[s:e], label) for s, e, label in spans]


def spans_at(text: str, *names: tuple[str, str]) -> list[tuple[int, int, str]]:
    """Spans for (name, label) pairs, each found in ``text`` after the one before it."""
    spans, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        at = start + len(name)
        spans.append((start, at, label))
    return spans
