"""The Wikinews resolver: verified downloads from upstream CSVs or a mirror's article set, a
cache that is whole or absent, and clear errors for a cache that cannot be used.

Every server here is on 127.0.0.1 and serves articles written by the tests themselves."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

import newslab.corpus.wikinews as resolver
from newslab.cli import main
from newslab.corpus.dataset_cache import digest
from newslab.corpus.wikinews_csv import convert_rows
from newslab.datasets import DatasetError, Source, make_mirror, wikinews


def article(n: int) -> str:
    return (
        f'---\ntitle: "Report number {n}"\noutlet: "Wikinews"\npublished: 2019-02-{n + 1:02d}\n'
        f'url: "https://example.org/{n}"\nlicense: "CC BY 2.5"\n---\nThe council met on Tuesday.\n'
    )


SAMPLE = {f"2019-02-{n + 1:02d}-report-number-{n}.md": article(n) for n in range(13)}
PIN = digest({name: hashlib.sha256(text.encode()).hexdigest() for name, text in SAMPLE.items()})
CSV = (
    'url,date,title,text\n"https://example.org//wiki/Storm","2019-01-04","Storm hits coast",'
    '"Friday, January 4, 2019\n\nA storm hit the coast on Thursday, officials said.\n\nIt moved north."\n'
)


class Site:
    """A local web server for a folder; ``fail_after`` answers 503 after that many articles."""

    def __init__(
        self, folder: Path, *, fail_after: int | None = None, stall_after: int | None = None
    ):
        self.served, site = 0, self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path.endswith(".md"):
                    if site.fail_after is not None and site.served >= site.fail_after:
                        return self.send_error(503)
                    if site.stall_after is not None and site.served >= site.stall_after:
                        time.sleep(30)
                    site.served += 1
                return super().do_GET()

        self.fail_after, self.stall_after = fail_after, stall_after
        handler = lambda *a, **k: Handler(*a, directory=str(folder), **k)  # noqa: E731
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def data(tmp_path, monkeypatch):
    """An empty cache, no folder named, no mirror set: as on a new machine."""
    for name in ("NEWSLAB_WIKINEWS", "NEWSLAB_WIKINEWS_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSLAB_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def mirror(tmp_path):
    """A mirror serving the converted articles and their manifest."""
    folder = tmp_path / "mirror"
    folder.mkdir()
    for name, text in SAMPLE.items():
        (folder / name).write_text(text)
    files = {n: hashlib.sha256(t.encode()).hexdigest() for n, t in SAMPLE.items()}
    (folder / "manifest.json").write_text(json.dumps({"sha256": PIN, "files": files}))
    return folder


@contextlib.contextmanager
def serving(folder: Path, **kwargs):
    site = Site(folder, **kwargs)
    try:
        yield site
    finally:
        site.close()


def test_upstream_csv_is_verified_converted_and_cached(data, tmp_path):
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "sample.csv").write_text(CSV)
    raw = (site_dir / "sample.csv").read_bytes()
    good = Source("sample.csv", len(raw), hashlib.sha256(raw).hexdigest())
    with serving(site_dir) as site:
        with pytest.raises(DatasetError, match="serves neither manifest.json nor other.csv"):
            wikinews(
                base_url=site.url, sources=(replace(good, name="other.csv"),), articles_sha256=PIN
            )
        with pytest.raises(DatasetError, match="not the expected file"):
            wikinews(
                base_url=site.url, sources=(replace(good, sha256="0" * 64),), articles_sha256=PIN
            )
        assert not (data / "wikinews").exists()
        # upstream keeps one file a folder above the other: found there too
        (path,) = wikinews(base_url=site.url + "data", sources=(good,), articles_sha256=PIN)
    assert path == data / "wikinews" / "2019-01-04-storm-hits-coast.md"
    text = path.read_text()
    assert 'url: "https://example.org/wiki/Storm"' in text and "published: 2019-01-04" in text
    assert text.endswith(
        "---\nA storm hit the coast on Thursday, officials said.\nIt moved north.\n"
    )
    manifest = json.loads((data / "wikinews" / "manifest.json").read_text())
    assert manifest["files"] == {path.name: hashlib.sha256(path.read_bytes()).hexdigest()}
    assert good.sha256 in manifest["source"]
    assert wikinews(download=False, articles_sha256=PIN) == [path]  # from the cache now


def test_a_school_mirror_of_the_articles_is_verified_and_works_offline_after(
    data, mirror, monkeypatch
):
    with serving(mirror) as site:
        monkeypatch.setenv("NEWSLAB_WIKINEWS_URL", site.url.rstrip("/"))
        paths = wikinews(articles_sha256=PIN)
    assert [p.name for p in paths] == sorted(SAMPLE)
    assert all(p.read_text() == SAMPLE[p.name] for p in paths)
    monkeypatch.setenv("NEWSLAB_WIKINEWS_URL", "http://127.0.0.1:9/")  # the room goes offline
    assert wikinews(articles_sha256=PIN) == paths


def test_a_mirror_serving_other_articles_is_refused_and_nothing_is_cached(data, mirror):
    (mirror / sorted(SAMPLE)[0]).write_text("edited\n")
    with serving(mirror) as site:
        with pytest.raises(DatasetError, match="is not the file manifest.json lists"):
            wikinews(base_url=site.url, articles_sha256=PIN)
        with pytest.raises(DatasetError, match="does not list the pinned Wikinews sample"):
            wikinews(base_url=site.url, articles_sha256="f" * 64)
    assert sorted(p.name for p in data.iterdir()) == []


def test_an_interrupted_download_never_becomes_the_corpus(data, mirror):
    with serving(mirror, fail_after=3) as site:
        with pytest.raises(DatasetError, match="503"):
            wikinews(base_url=site.url, articles_sha256=PIN)
        assert site.served == 3
    assert list(data.iterdir()) == []  # no cache, no leftover
    with pytest.raises(DatasetError, match="not on this machine"):
        wikinews(download=False, articles_sha256=PIN)


def test_a_download_killed_midway_leaves_no_corpus_and_its_leftovers_are_cleaned(data, mirror):
    code = (
        "from newslab.datasets import wikinews; import sys; "
        "wikinews(base_url=sys.argv[1], articles_sha256=sys.argv[2])"
    )
    with serving(mirror, stall_after=3) as site:
        child = subprocess.Popen([sys.executable, "-c", code, site.url, PIN], env=os.environ.copy())
        deadline = time.monotonic() + 60
        while site.served < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        child.send_signal(signal.SIGKILL)
        child.wait()
    (leftover,) = data.iterdir()  # the hidden temporary folder, with 3 of 13 articles
    assert leftover.name.startswith(".wikinews.partial-") and len(list(leftover.iterdir())) == 3
    with pytest.raises(DatasetError, match="not on this machine"):
        wikinews(download=False, articles_sha256=PIN)
    os.utime(leftover, (time.time() - 7200, time.time() - 7200))  # two hours later
    with serving(mirror) as site:
        assert len(wikinews(base_url=site.url, articles_sha256=PIN)) == 13
    assert sorted(p.name for p in data.iterdir()) == ["wikinews"]


def test_a_stray_file_in_the_cache_is_not_a_corpus_and_is_kept_aside(data, mirror):
    (data / "wikinews").mkdir(parents=True)
    (data / "wikinews" / "2019-01-01-stray.md").write_text(article(1))
    with pytest.raises(DatasetError, match="not on this machine"):
        wikinews(download=False, articles_sha256=PIN)
    with serving(mirror) as site:
        assert len(wikinews(base_url=site.url, articles_sha256=PIN)) == 13
    (aside,) = data.glob("wikinews.incomplete-*")
    assert (aside / "2019-01-01-stray.md").read_text() == article(1)


def test_a_cached_article_edited_later_makes_the_cache_incomplete(data, mirror):
    with serving(mirror) as site:
        first = wikinews(base_url=site.url, articles_sha256=PIN)[0]
    first.write_text("changed\n")
    with pytest.raises(DatasetError, match="not on this machine"):
        wikinews(download=False, articles_sha256=PIN)


def test_two_rows_with_the_same_date_and_title_are_two_files():
    row = {"url": "https://example.org/a", "date": "2019-03-01", "title": "Mayor resigns"}
    rows = [
        {**row, "text": "The mayor resigned on Friday."},
        {**row, "url": "https://example.org/b", "text": "The mayor of another town resigned."},
        {**row, "text": "The mayor resigned on Friday."},  # the first row, listed twice
    ]
    files = convert_rows(rows)
    assert sorted(files) == ["2019-03-01-mayor-resigns-2.md", "2019-03-01-mayor-resigns.md"]
    assert files["2019-03-01-mayor-resigns-2.md"].endswith("The mayor of another town resigned.\n")


def test_file_names_keep_seven_title_words_and_no_break_spaces_become_one():
    row = {
        "url": "https://example.org//wiki/X",
        "date": "2020-05-06T10:00:00Z",
        "title": "Ferry operator cancels all crossings after storm damages harbour walls",
        "text": "\n\nWednesday, May 6, 2020 \n\nCrossings stopped.\xa0 Repairs begin soon.\n",
    }
    ((name, text),) = convert_rows([row]).items()
    assert name == "2020-05-06-ferry-operator-cancels-all-crossings-after-storm.md"
    assert text.endswith("---\nCrossings stopped. Repairs begin soon.\n")


@pytest.fixture
def cli_only_cache(monkeypatch):
    """As on a learner's machine: no developers' copy beside the checkout."""
    monkeypatch.setattr(resolver, "_checkout_copy", lambda pin: None)


def one_line_exit_2(capsys, argv) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_a_dangling_link_where_the_cache_should_be(data, capsys, cli_only_cache):
    data.mkdir()
    (data / "wikinews").symlink_to(data / "gone")
    with pytest.raises(DatasetError, match="does not exist: remove the link or create its target"):
        wikinews(download=False)
    assert "is a link to" in one_line_exit_2(capsys, ["wikinews"])


def test_a_file_where_the_cache_folder_should_be(data, capsys, cli_only_cache):
    data.parent.mkdir(exist_ok=True)
    data.write_text("not a folder")
    with pytest.raises(DatasetError, match="is a file where newslab keeps a folder: move the file"):
        wikinews()
    assert "NEWSLAB_DATA" in one_line_exit_2(capsys, ["wikinews"])


@contextlib.contextmanager
def read_only(folder: Path):
    """A folder nobody may write into (root included: the immutable flag, where modes don't bind)."""
    folder.chmod(0o555)
    immutable = os.access(folder, os.W_OK)
    if immutable:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_a_read_only_cache(data, mirror, capsys, cli_only_cache, monkeypatch):
    data.mkdir()
    with serving(mirror) as site, read_only(data):
        monkeypatch.setenv("NEWSLAB_WIKINEWS_URL", site.url)
        with pytest.raises(
            DatasetError, match="is read-only .* make it writable, or set NEWSLAB_DATA"
        ):
            wikinews(articles_sha256=PIN)
        assert "read-only" in one_line_exit_2(capsys, ["wikinews"])
        assert site.served == 0  # refused before anything was fetched


def test_make_mirror_writes_a_folder_any_machine_can_fetch_from(
    data, mirror, tmp_path, monkeypatch
):
    monkeypatch.setenv("NEWSLAB_WIKINEWS", str(mirror))
    dest = make_mirror(tmp_path / "usb" / "wikinews", articles_sha256=PIN)
    monkeypatch.delenv("NEWSLAB_WIKINEWS")
    with pytest.raises(DatasetError, match="already there"):
        make_mirror(dest, articles_sha256=PIN)
    paths = wikinews(base_url=dest.as_uri(), articles_sha256=PIN)  # a file:// address works too
    assert [p.read_text() for p in paths] == [SAMPLE[n] for n in sorted(SAMPLE)]


def test_an_offline_machine_is_told_what_is_missing_and_how_to_add_it(
    data, capsys, cli_only_cache, monkeypatch
):
    monkeypatch.setenv("NEWSLAB_WIKINEWS_URL", "http://127.0.0.1:9/")
    err = one_line_exit_2(capsys, ["wikinews"])
    assert (
        "cannot be reached" in err and "NEWSLAB_WIKINEWS_URL" in err and "newslab wikinews" in err
    )
    assert not (data / "wikinews").exists()
