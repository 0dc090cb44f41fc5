"""The course notebooks: stored clean, run from a clean kernel (twice), and every exercise's
blank fails kindly while its answer key passes."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
import re
import shutil

import nbformat
import pytest

from tests.browser.jupyter_harness import write_kernelspec
from tests.conftest import ROOT
from tests.notebooks import plans

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ANSWERS = ROOT / "lessons" / "answers"
EXPECTED = [
    "00-start-here",
    "01-reading-the-article",
    "02-who-says-what",
    "03-entities",
    "04-timeline",
    "05-checking-the-machine",
    "06-many-articles",
    "07-your-own-article",
]


def test_the_series_is_complete_and_numbered():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED
    for stem in EXPECTED:
        assert (ROOT / "lessons" / f"{stem}.md").is_file(), f"lessons/{stem}.md is missing"
        assert (ANSWERS / f"{stem}.py").is_file(), f"lessons/answers/{stem}.py is missing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs_and_with_the_course_kernel(path):
    nb = json.loads(path.read_text())
    assert nb["metadata"]["kernelspec"]["name"] == "newslab"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, (
                f"{path.name} has stored outputs"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_define_no_logic_of_their_own(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            tree = ast.parse(cell.source)
            defs = [
                n
                for n in ast.walk(tree)
                if isinstance(n, ast.FunctionDef | ast.ClassDef | ast.Lambda)
            ]
            assert not defs, f"{path.name}: helper logic belongs in newslab, not in a cell"


def answer_sections(stem: str) -> dict[str, str]:
    text = (ANSWERS / f"{stem}.py").read_text()
    parts = re.split(r"^# %% (\d\d\.\d+)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1].strip() for i in range(1, len(parts), 2)}


def needs_the_sample(path) -> bool:
    """A notebook that reads the Wikinews sample (it waits for the sample; the others never)."""
    nb = nbformat.read(path, as_version=4)
    return any("wikinews" in c.source for c in nb.cells if c.cell_type == "code")


def test_only_lesson_06_needs_the_wikinews_sample():
    assert [p.stem for p in NOTEBOOKS if needs_the_sample(p)] == ["06-many-articles"]


@pytest.fixture(scope="session")
def data_folder(tmp_path_factory):
    """The notebooks' data folder for this run (NEWSLAB_DATA): lesson 06 keeps its annotations
    there, never in the home of whoever runs the tests (and never in another checkout's)."""
    return tmp_path_factory.mktemp("newslab-data")


@pytest.fixture
def workdir(tmp_path, monkeypatch, request, data_folder):
    """A copy of the course layout, so notebooks' saves land in a temporary folder; a notebook
    that reads the Wikinews sample finds it through newslab's resolver, as a learner's does,
    and keeps its annotations in this run's own data folder."""
    if needs_the_sample(request.node.callspec.params["path"]):
        monkeypatch.setenv("NEWSLAB_WIKINEWS", str(request.getfixturevalue("wikinews_dir")))
        monkeypatch.setenv("NEWSLAB_DATA", str(data_folder))
    (tmp_path / "notebooks").mkdir()
    for name in ("seeds", "tests"):
        (tmp_path / name).mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds", dirs_exist_ok=True)
    shutil.copytree(ROOT / "tests" / "gold", tmp_path / "tests" / "gold")
    monkeypatch.chdir(tmp_path / "notebooks")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    return tmp_path / "notebooks"


def _run_cell(source: str, ns: dict) -> object:
    """Run a cell like IPython: the value of a final expression is returned."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "<cell>", "exec"), ns)
    return eval(compile(ast.Expression(last.value), "<cell>", "eval"), ns) if last else None


#: Each notebook run once in this process (stem -> what it showed), shared by the tests below.
RUNS: dict[str, dict] = {}


def run_in_process(path) -> dict:
    """Run a notebook's cells in order; each exercise first blank, then with its answer key.

    Records each blank's feedback, each key's value and feedback, and the output of the cells
    the lesson plan quotes (metadata ``"plan": NAME``).
    """
    nb = nbformat.read(path, as_version=4)
    answers = answer_sections(path.stem)
    ns: dict = {}
    run: dict = {"blanks": {}, "keys": {}, "outputs": {}, "answers": answers}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        meta = cell.metadata.get("newslab", {})
        ident = meta.get("exercise")
        if ident is None:
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                value = _run_cell(cell.source, ns)
            if "plan" in meta:
                run["outputs"][meta["plan"]] = plans.output_text(value, printed.getvalue())
            continue
        run["blanks"][ident] = _run_cell(cell.source, ns)
        lines = cell.source.splitlines()
        check_line = next(i for i, line in enumerate(lines) if line.startswith("check("))
        feedback = _run_cell(answers[ident] + "\n" + "\n".join(lines[check_line:]), ns)
        call = ast.parse(lines[check_line]).body[0].value
        value = eval(compile(ast.Expression(call.args[1]), "<cell>", "eval"), ns)
        run["keys"][ident] = (value, feedback)
    return run


@pytest.fixture
def notebook_run(request, workdir, nlp) -> dict:
    path = request.node.callspec.params["path"]
    if path.stem not in RUNS:
        RUNS[path.stem] = run_in_process(path)
    return RUNS[path.stem]


@pytest.mark.model
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_blanks_fail_kindly_and_answer_keys_pass(path, notebook_run):
    from newslab.check import Feedback

    for ident, blank in notebook_run["blanks"].items():
        assert isinstance(blank, Feedback) and not blank.passed and blank.hint, f"{ident}: {blank}"
        assert blank.mistake == "blank", f"{ident}: a blank read as a wrong answer: {blank}"
    for ident, (_, result) in notebook_run["keys"].items():
        assert isinstance(result, Feedback) and result.passed, f"{ident}: {result}"
    assert sorted(notebook_run["keys"]) == sorted(notebook_run["answers"]), (
        f"{path.stem}: exercises and answer key differ"
    )


@pytest.mark.model
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_plan_states_what_the_notebook_shows(path, notebook_run):
    """Every expected answer and quoted table of the plan is the notebook's real output."""
    plan = ROOT / "lessons" / f"{path.stem}.md"
    want = plans.expected(notebook_run["keys"], notebook_run["outputs"])
    if os.environ.get("NEWSLAB_WRITE_PLANS"):
        plans.rewrite(plan, want)
    have = plans.blocks(plan)
    assert sorted(have) == sorted(want), f"{plan.name}: blocks {sorted(have)}, want {sorted(want)}"
    for name, text in want.items():
        assert have[name] == text.strip(), (
            f"{plan.name}, block '{name}' differs from the notebook's output; "
            "run `make plans` to rewrite it, then read the plan's text around it"
        )


@pytest.mark.model
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_from_a_clean_kernel_and_twice(path, workdir, tmp_path_factory):
    from nbclient import NotebookClient

    kernels = tmp_path_factory.mktemp("kernels")
    write_kernelspec(kernels)
    os.environ["JUPYTER_PATH"] = str(kernels)
    try:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb, kernel_name="newslab", timeout=600, resources={"metadata": {"path": str(workdir)}}
        )
        with client.setup_kernel():
            for _ in range(2):  # "restart and run all", then every cell a second time
                for index, cell in enumerate(nb.cells):
                    if cell.cell_type == "code":
                        client.execute_cell(cell, index)
        errors = [
            o
            for c in nb.cells
            if c.cell_type == "code"
            for o in c.outputs
            if o.output_type == "error"
        ]
        assert errors == []
        shown = [
            o["data"].get("text/plain")
            for c in nb.cells
            if c.cell_type == "code"
            for o in c.outputs
            if o.output_type == "execute_result"
        ]
        assert "True" not in shown and "False" not in shown  # no stray value under a report
        for cell in nb.cells:  # run again, the corpus step takes every article from the cache
            if cell.cell_type == "code" and "load_corpus(" in cell.source:
                printed = "".join(
                    o.get("text", "") for o in cell.outputs if o.output_type == "stream"
                )
                assert (
                    "a sample of 60 of the 277 articles: 0 articles annotated; 60 taken" in printed
                )
        written = sorted(p.name for p in workdir.iterdir())
        assert written in ([], ["newslab-work"]), f"{path.name} wrote {written} beside itself"
    finally:
        os.environ.pop("JUPYTER_PATH", None)
