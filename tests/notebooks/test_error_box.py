"""A learner's errors in the course kernel: one short box, no traceback, the traceback folded
inside for a teacher. Run in a real kernel, as in JupyterLab."""

from __future__ import annotations

import os

import nbformat

from tests.browser.jupyter_harness import write_kernelspec

CASES = {
    "a cell run out of order": "ann.entities",
    "a date typed another way": (
        "article = newslab.Article.from_text('Rain fell.', title='Rain', published='15 March 2024')"
    ),
    "a missing corpus": "folder = newslab.wikinews_folder()",
}


def test_a_learners_errors_show_as_one_box(tmp_path, monkeypatch):
    from nbclient import NotebookClient

    empty = tmp_path / "no-corpus-here"
    empty.mkdir()
    monkeypatch.setenv("NEWSLAB_WIKINEWS", str(empty))
    write_kernelspec(tmp_path / "kernels")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "kernels"))
    cells = ["%load_ext newslab.ipython\nimport newslab", *CASES.values(), "1 / 0"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    client = NotebookClient(nb, kernel_name="newslab", timeout=300, allow_errors=True)
    client.execute(cwd=str(tmp_path))
    assert os.environ["NEWSLAB_WIKINEWS"] == str(empty)
    for case, cell in zip(CASES, nb.cells[1:4], strict=True):
        kinds = [o.output_type for o in cell.outputs]
        assert kinds == ["display_data"], (case, kinds)  # no error output, so no traceback
        html = cell.outputs[0].data["text/html"]
        assert 'class="newslab-error"' in html and "<details" in html, case
        assert "What:" in html and "Fix:" in html and "line 1 of the cell you ran" in html, case
        assert "Traceback" in html.split("<details")[1], case  # one click away, for a teacher
    assert "A cell was run out of order" in nb.cells[1].outputs[0].data["text/html"]
    assert "2024-03-15" in nb.cells[2].outputs[0].data["text/html"]
    assert "no article files" in nb.cells[3].outputs[0].data["text/html"]
    assert [o.output_type for o in nb.cells[4].outputs] == ["error"]  # other errors: as usual
