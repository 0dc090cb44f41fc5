"""Gold files name their article by slug; the article is found through the dataset resolver
wherever the project sits. The older form (an "article" path into ../shared) still works."""

from __future__ import annotations

import json
import shutil

import pytest

from newslab.article import ArticleFormatError
from newslab.corpus.dataset_cache import digest, sha256_file
from newslab.datasets import ARTICLES_SHA256
from newslab.evaluation import find_gold_files, load_gold, resolve_article
from tests.conftest import GOLD, SEEDS


def test_the_gold_files_name_their_article_by_slug_only():
    for path in find_gold_files([GOLD]):
        gold = load_gold(path)
        assert "article" not in gold and path.name == f"{gold['slug']}.gold.json"


def test_every_gold_article_is_found_through_the_resolver(wikinews_dir):
    for path in find_gold_files([GOLD]):
        gold = load_gold(path)
        found = resolve_article(gold)
        assert found.name == f"{gold['slug']}.md"
        assert found.parent in (SEEDS, wikinews_dir)


def test_the_sample_found_is_the_pinned_one(wikinews_dir):
    files = {p.name: sha256_file(p) for p in wikinews_dir.glob("[0-9]*.md")}
    assert len(files) == 277 and digest(files) == ARTICLES_SHA256


def test_an_older_gold_file_with_an_article_path_is_still_resolved(
    tmp_path, wikinews_dir, monkeypatch
):
    """As the gold files in /work/staging/gold were written: a path into ../shared."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "elsewhere" / "gold"  # no ../shared beside it, nor beside the cwd
    folder.mkdir(parents=True)
    slug = sorted(p.stem for p in GOLD.glob("2019-*.gold.json"))[0].removesuffix(".gold")
    old = {"slug": slug, "article": f"../shared/wikinews/{slug}.md", "entities": []}
    (folder / f"{slug}.gold.json").write_text(json.dumps(old))
    assert resolve_article(load_gold(folder / f"{slug}.gold.json")) == wikinews_dir / f"{slug}.md"
    del old["slug"]  # the path alone: its file name is looked up the same way
    (folder / f"{slug}.gold.json").write_text(json.dumps(old))
    assert resolve_article(load_gold(folder / f"{slug}.gold.json")).name == f"{slug}.md"


def test_an_article_path_that_exists_is_taken_as_written(tmp_path):
    shutil.copy(SEEDS / "putin-talks-2022-02-14.md", tmp_path / "mine.md")
    gold = tmp_path / "g.gold.json"
    gold.write_text(json.dumps({"slug": "mine", "article": str(tmp_path / "mine.md")}))
    assert resolve_article(load_gold(gold)) == tmp_path / "mine.md"


def test_a_missing_article_says_which_gold_file_and_how_to_fix(tmp_path):
    gold = tmp_path / "g.gold.json"
    gold.write_text(json.dumps({"slug": "2019-01-01-no-such-article"}))
    with pytest.raises(
        ArticleFormatError, match=r"g\.gold\.json: cannot find the article .*--articles"
    ):
        resolve_article(load_gold(gold))
    gold.write_text(json.dumps({"entities": []}))
    with pytest.raises(ArticleFormatError, match="naming its article by 'slug'"):
        load_gold(gold)


def test_gold_on_meantimes_texts_finds_its_article_where_newslab_meantime_says(
    tmp_path, monkeypatch
):
    """tests/gold/meantime names MEANTIME's articles by slug: they are found in the folder
    NEWSLAB_MEANTIME names, and where it names none the error says how to give one."""
    folder = tmp_path / "project" / "tests" / "gold" / "meantime"
    folder.mkdir(parents=True)
    gold_path = folder / "2009-01-01-velka-stocks-fall.gold.json"
    gold_path.write_text(json.dumps({"slug": "2009-01-01-velka-stocks-fall", "entities": []}))
    corpus = tmp_path / "elsewhere" / "meantime"
    (corpus / "articles").mkdir(parents=True)
    article = corpus / "articles" / "2009-01-01-velka-stocks-fall.md"
    article.write_text("---\ntitle: x\n---\nStocks fell.\n")
    monkeypatch.setenv("NEWSLAB_MEANTIME", str(corpus))
    assert resolve_article(load_gold(gold_path)) == article
    monkeypatch.setenv("NEWSLAB_MEANTIME", str(tmp_path / "nowhere"))
    monkeypatch.setattr("newslab.evaluation._SAMPLE", {"folder": tmp_path / "no-sample"})
    with pytest.raises(ArticleFormatError, match="set NEWSLAB_MEANTIME to MEANTIME's folder"):
        resolve_article(load_gold(gold_path))
