"""`make lab` opens JupyterLab on the notebooks; as root (a container, a school's image)
Jupyter refuses to start without --allow-root, so the Makefile adds it then and only then."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_lab_starts_jupyter_on_the_notebooks_as_any_user():
    # -n prints the commands without running them; the stamp target is taken as made
    out = subprocess.run(
        ["make", "-n", "-o", ".venv/.newslab-installed", "lab"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if "jupyter lab" in x)
    assert "--notebook-dir=notebooks" in line
    assert ("--allow-root" in line) == (os.geteuid() == 0)
