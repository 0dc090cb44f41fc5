"""Nothing lost, nothing fetched: seeds/ and input files are never written, saves refuse
seeds/, and annotation works with the network switched off."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import textwrap

import pytest

from newslab.cli import main
from newslab.safe_io import ProtectedPathError, write_text_atomic
from tests.conftest import MAIN_ARTICLE, ROOT, SEEDS

pytestmark = pytest.mark.model


def snapshot(folder):
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in folder.iterdir()
    }


def test_cli_and_save_paths_leave_a_read_only_seeds_folder_untouched(tmp_path, capsys, nlp):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    article = seeds / MAIN_ARTICLE.name
    article.write_bytes(MAIN_ARTICLE.read_bytes())
    article.chmod(stat.S_IREAD)
    seeds.chmod(stat.S_IREAD | stat.S_IEXEC)
    before = snapshot(seeds)
    try:
        for command in (
            ["annotate", str(article)],
            ["annotate", str(article), "--format", "table"],
            ["report", str(article)],
        ):
            assert main(command) == 0
        capsys.readouterr()
        with pytest.raises(ProtectedPathError, match="never writes into a seeds/ folder"):
            write_text_atomic(seeds / "work.json", "{}")
        from newslab import annotate
        from newslab.timeline import export_timelinejs
        from newslab.widgets import make_annotator

        ann = annotate(article)
        with pytest.raises(ProtectedPathError):
            export_timelinejs(ann, seeds / "timeline.json")
        elsewhere = tmp_path / "mine.md"
        elsewhere.write_bytes(MAIN_ARTICLE.read_bytes())
        with pytest.raises(ProtectedPathError, match="will not overwrite it"):
            export_timelinejs(annotate(elsewhere), elsewhere)
        box = make_annotator(ann, save_to=tmp_path / "work" / "w.json")
        box.selector.selection = [10, 24]
        box.add_button.click()
        assert (tmp_path / "work" / "w.json").exists()
    finally:
        seeds.chmod(stat.S_IRWXU)
        article.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert snapshot(seeds) == before
    assert [p.name for p in seeds.iterdir()] == [MAIN_ARTICLE.name]


def test_the_repository_seeds_are_unchanged_by_the_suite():
    assert sorted(p.name for p in SEEDS.iterdir()) == ["putin-talks-2022-02-14.md"]


def test_annotation_runs_with_the_network_switched_off(tmp_path):
    script = textwrap.dedent(f"""
        import socket
        def refuse(*args, **kwargs):
            raise OSError("network access attempted")
        class NoNetwork(socket.socket):
            def connect(self, *args, **kwargs):
                refuse()
            def connect_ex(self, *args, **kwargs):
                refuse()
        socket.socket = NoNetwork
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import newslab
        ann = newslab.annotate({str(MAIN_ARTICLE)!r})
        print(len(ann.entities), len(ann.quotes), len(ann.timexes))
    """)
    env = dict(os.environ, HOME=str(tmp_path), HF_HUB_OFFLINE="0")
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    counts = [int(x) for x in run.stdout.split()]
    assert all(c > 0 for c in counts)
