"""Every bad article in tests/bad/ that must be refused: a named error with file, line and fix,
and from the CLI exit code 2 and one line, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newslab import ArticleFormatError, load_article
from tests.bad.catalogue import materialise, rows

ERRORS = [r for r in rows() if r["outcome"] == "error" and not r["file"].startswith("generated:")]


def test_the_catalogue_is_big_enough():
    assert len(rows()) >= 20
    assert {r["outcome"] for r in rows()} == {"ok", "error"}


@pytest.mark.parametrize("row", ERRORS, ids=lambda r: r["file"])
def test_refused_with_file_line_and_fix(row, tmp_path):
    path = materialise(row["file"], tmp_path)
    with pytest.raises(ArticleFormatError) as info:
        load_article(path)
    err = info.value
    assert row["words"] in err.problem
    assert err.path == str(path) and err.fix
    assert err.line == int(row["line"])


@pytest.mark.parametrize("row", ERRORS, ids=lambda r: r["file"])
def test_cli_says_it_in_one_line(row, tmp_path):
    path = materialise(row["file"], tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "newslab", "annotate", str(path)], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert run.stdout == "" and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert f"line {row['line']}: " in run.stderr and "Fix: " in run.stderr
