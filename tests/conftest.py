"""Shared fixtures: the repository's folders, the shared Wikinews sample, hand-built Docs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
MAIN_ARTICLE = SEEDS / "putin-talks-2022-02-14.md"
EXPECTED_MODEL_VERSION = "3.8.0"


def _wikinews_dir() -> Path | None:
    env = os.environ.get("NEWSLAB_WIKINEWS")
    for candidate in (env, ROOT.parent / "shared" / "wikinews"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def wikinews_dir() -> Path:
    """The shared Wikinews sample (read by path, never copied into the repository)."""
    folder = _wikinews_dir()
    if folder is None:
        pytest.skip(
            "the Wikinews sample is not here: set NEWSLAB_WIKINEWS or put it at ../shared/wikinews"
        )
    return folder


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
