"""Bad articles that newslab must still analyse: every span is its text, the CLI exits 0;
and the two generated giants (a 5 MB article is refused with a fix, a 200,000-character
paragraph is analysed)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from newslab import Article, ArticleFormatError, annotate, load_article
from newslab.widgets import article_html
from tests.bad.catalogue import materialise, rows

pytestmark = pytest.mark.model
OK = [r for r in rows() if r["outcome"] == "ok"]


def assert_spans(ann):
    data = ann.to_dict()
    for layer in ("entities", "quotes", "timexes"):
        for item in data[layer]:
            assert ann.body[item["start"] : item["end"]] == item["text"], (layer, item)


@pytest.mark.parametrize("row", OK, ids=lambda r: r["file"])
def test_analysed_with_every_span_its_text(row, tmp_path, nlp):
    ann = annotate(load_article(materialise(row["file"], tmp_path)))
    assert_spans(ann)
    for mode in ("entities", "quotes", "timexes"):
        html = article_html(ann, mode)
        assert "<script" not in html and "<img" not in html
        tags = set(re.findall(r"</?([a-zA-Z]+)", html))
        assert tags <= {"div", "p", "mark", "span", "b", "style"}, tags  # newslab's own tags only


@pytest.mark.parametrize(
    "row", [r for r in OK if not r["file"].startswith("generated")], ids=lambda r: r["file"]
)
def test_cli_annotates_them(row, tmp_path, nlp):
    run = subprocess.run(
        [sys.executable, "-m", "newslab", "annotate", str(materialise(row["file"], tmp_path))],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["slug"] == row["file"].removesuffix(".md")


def test_unbalanced_quotes_keep_their_statements_and_warn(nlp):
    ann = annotate(load_article(materialise("15-unbalanced-quotes.md", None)))
    assert ann.warnings and all(w.startswith("paragraph ") for w in ann.warnings)
    assert any(q.text.startswith("We will not give up") for q in ann.quotes)


def test_a_5mb_article_is_refused_with_a_fix(tmp_path, nlp):
    with pytest.raises(ArticleFormatError, match="bytes long") as info:
        load_article(materialise("generated:5mb-article", tmp_path))  # refused before reading
    assert "split it" in info.value.fix
    # 220,000 characters pasted; the last space is trimmed off
    pasted = Article.from_text("Rain fell. " * 20_000, title="Rain", published="2024-05-01")
    with pytest.raises(ArticleFormatError, match="219,999 characters long") as info:
        annotate(pasted)
    assert "split it" in info.value.fix
