"""Corpus processing: the CLI writes tables and resumes, bad files are skipped and counted,
and Dask gives the same tables. (The Wikinews download: tests/unit/test_datasets.py.)"""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from newslab.cli import main
from newslab.corpus import CorpusReport, annotate_corpus, corpus_tables
from tests.conftest import MAIN_ARTICLE

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
