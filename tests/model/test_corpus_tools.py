"""Corpus processing: the CLI writes tables and resumes, bad files are skipped and counted,
the Wikinews download is verified (against a local server), and Dask gives the same tables."""

from __future__ import annotations

import hashlib
import http.server
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest

from newslab.cli import main
from newslab.corpus import CorpusReport, annotate_corpus, corpus_tables
from newslab.datasets import DatasetError, Source, wikinews
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


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass


def _serve(folder: Path):
    handler = lambda *a, **k: _Handler(*a, directory=str(folder), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_download_is_verified_converted_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLAB_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("NEWSLAB_WIKINEWS", raising=False)
    site = tmp_path / "site"
    site.mkdir()
    csv_text = (
        'url,date,title,text\n"https://example.org/a","2019-01-04","Storm hits coast",'
        '"Friday, January 4, 2019\n\nA storm hit the coast on Thursday, officials said.\n\nIt moved north."\n'
    )
    (site / "sample.csv").write_text(csv_text)
    data = (site / "sample.csv").read_bytes()
    good = Source("sample.csv", len(data), hashlib.sha256(data).hexdigest())
    server = _serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with pytest.raises(DatasetError, match="not the expected file"):
            wikinews(base_url=base, sources=(Source("sample.csv", len(data), "0" * 64),))
        assert not (tmp_path / "data" / "wikinews").exists() or not list(
            (tmp_path / "data" / "wikinews").iterdir()
        )
        (path,) = wikinews(base_url=base, sources=(good,))
        text = path.read_text()
        assert path.name == "2019-01-04-storm-hits-coast.md"
        assert "published: 2019-01-04" in text and 'license: "CC BY 2.5"' in text
        assert text.endswith(
            "A storm hit the coast on Thursday, officials said.\nIt moved north.\n"
        )
        assert wikinews(download=False) == [path]  # from the cache now
    finally:
        server.shutdown()
    monkeypatch.setenv("NEWSLAB_DATA", str(tmp_path / "empty"))
    with pytest.raises(DatasetError, match="NEWSLAB_WIKINEWS"):
        wikinews(base_url=base, sources=(good,))  # the server is gone: offline


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
