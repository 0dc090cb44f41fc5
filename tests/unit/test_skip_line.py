"""The last line of a test run says how many tests were skipped and the one command that makes
them run; with NEWSLAB_NO_SKIPS=1 (as in CI) a skipped test other than a browser test fails the run."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE_MISSING

TESTS = f'''
import pytest

def test_needs_the_sample():
    pytest.skip("{SAMPLE_MISSING}: run newslab wikinews")

@pytest.mark.browser
def test_in_a_browser():
    pytest.skip("chromium is not installed here (Debian's): apt-get install -y chromium")

def test_runs():
    pass
'''


def run(tmp_path, *, no_skips: bool, only: str | None = None):
    (tmp_path / "test_some.py").write_text(TESTS)
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    browser: a browser test\n")
    env = {k: v for k, v in os.environ.items() if k != "NEWSLAB_NO_SKIPS"}
    env["PYTHONPATH"] = str(ROOT)
    if no_skips:
        env["NEWSLAB_NO_SKIPS"] = "1"
    args = ["-k", only] if only else []
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider"]
        + ["-c", str(tmp_path / "pytest.ini"), "--rootdir", str(tmp_path), "-q", *args]
        + [str(tmp_path / "test_some.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )


def test_the_last_line_counts_the_skipped_tests_and_names_the_command(tmp_path):
    done = run(tmp_path, no_skips=False)
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip().splitlines()[-1] == (
        "skipped: 2 tests (1 needs the Wikinews sample, 1 needs Chromium); "
        "to run them: make wikinews && apt-get install -y chromium && make test"
    )


def test_nothing_skipped_adds_no_line(tmp_path):
    done = run(tmp_path, no_skips=True, only="runs")
    assert done.returncode == 0 and "skipped" not in done.stdout.strip().splitlines()[-1]


def test_in_ci_a_skipped_test_fails_the_run_but_a_browser_test_may_be_skipped(tmp_path):
    done = run(tmp_path, no_skips=True)
    assert done.returncode == 1
    assert (
        done.stdout.strip()
        .splitlines()[-1]
        .startswith("FAILED: 1 test skipped that must run (NEWSLAB_NO_SKIPS is set")
    )
    assert run(tmp_path, no_skips=True, only="browser or runs").returncode == 0
