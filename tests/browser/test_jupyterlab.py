"""The learner's experience in a real JupyterLab, in a real (headless) browser.

JupyterLab runs on 127.0.0.1 with a random token in a temporary home; Debian's Chromium is
driven by Playwright. The test runs a notebook that uses the widgets, clicks a label toggle,
selects words with the mouse in the annotator and checks the comparison, then opens the same
notebook in Jupyter Notebook 7. Screenshots go to tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import nbformat
import pytest

from tests.browser.jupyter_harness import CHROMIUM, chromium, jupyter_server, kernels_idle
from tests.conftest import MAIN_ARTICLE, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.model]
ARTIFACTS = ROOT / "tests" / "artifacts"
CELLS = [
    "import newslab\nann = newslab.annotate('putin-talks-2022-02-14.md')",
    "newslab.make_highlighter(ann)",
    "newslab.make_annotator(ann, task='entities', save_to='work.json')",
]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (see .ci/run)")
        pytest.skip("chromium is not installed here (Debian's): apt-get install -y chromium")
    tmp = tmp_path_factory.mktemp("jupyter")
    root = tmp / "root"
    root.mkdir()
    shutil.copy(MAIN_ARTICLE, root / MAIN_ARTICLE.name)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
    nb.metadata["kernelspec"] = {
        "name": "newslab",
        "display_name": "Python (newslab)",
        "language": "python",
    }
    nbformat.write(nb, root / "demo.ipynb")
    ARTIFACTS.mkdir(exist_ok=True)
    with jupyter_server(root, tmp) as (base, token), chromium(tmp) as browser:
        yield base, token, browser, root


def wait_idle(page, base, token, timeout=90):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if kernels_idle(base, token) and "Idle" in (page.text_content("body") or ""):
            return
        time.sleep(0.5)
    raise AssertionError("the kernel never became idle")


def run_all(page):
    """Run > Run All Cells, from the menu as a learner would."""
    page.click('#jp-MainMenu .lm-MenuBar-itemLabel:text-is("Run")', timeout=30_000)
    page.click(
        '.lm-Menu li[data-command="runmenu:run-all"], .lm-Menu li[data-command="notebook:run-all-cells"]',
        timeout=30_000,
    )


def drag_select(page, container: str, start: int, end: int) -> None:
    """Select body[start:end] with a real mouse drag over the rendered paragraph."""
    first = page.locator(f"{container} p").first
    cell = page.locator(".jp-Cell", has=page.locator(container)).first
    cell.locator(
        ".jp-InputPrompt"
    ).first.click()  # make the cell active, as a learner's click would
    page.wait_for_timeout(1000)
    last = None
    for _ in range(20):  # wait until JupyterLab has finished scrolling to the active cell
        page.wait_for_timeout(250)
        now = first.bounding_box()
        if now == last:
            break
        last = now
    box = page.evaluate(
        """([sel, start, end]) => {
          const root = document.querySelector(sel);
          const ps = [...root.querySelectorAll('p[data-start]')];
          const p = ps.filter(x => Number(x.dataset.start) <= start).pop();
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let pos = Number(p.dataset.start), node, a = null, b = null;
          while ((node = walker.nextNode())) {
            const len = node.textContent.length;
            if (!a && start < pos + len) a = [node, start - pos];
            if (!b && end <= pos + len) { b = [node, end - pos]; break; }
            pos += len;
          }
          const r1 = document.createRange(); r1.setStart(a[0], a[1]); r1.setEnd(a[0], a[1] + 1);
          const r2 = document.createRange(); r2.setStart(b[0], b[1] - 1); r2.setEnd(b[0], b[1]);
          const s = r1.getBoundingClientRect(), e = r2.getBoundingClientRect();
          return {x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2};
        }""",
        [container, start, end],
    )
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move((box["x1"] + box["x2"]) / 2, box["y1"], steps=5)
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()


def test_widgets_in_jupyterlab(served):
    base, token, browser, root = served
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(f"{base}/lab/tree/demo.ipynb?token={token}")
        page.wait_for_selector(".jp-Notebook", timeout=60_000)
        wait_idle(page, base, token)
        run_all(page)
        people = ".newslab-highlighter .newslab-view mark[data-label='PERSON']"
        page.wait_for_selector(people, timeout=120_000)
        before = page.locator(people).count()
        assert before >= 10  # Putin, Lavrov, Shoigu ... in the rendered article
        page.screenshot(path=str(ARTIFACTS / "lab-highlighter.png"), full_page=False)
        page.click(".newslab-highlighter .nl-toggle-PERSON")
        page.wait_for_function(
            f'document.querySelectorAll("{people}").length === 0', timeout=30_000
        )
        assert page.locator(".newslab-highlighter .newslab-view mark[data-label='GPE']").count() > 0

        sel = ".newslab-annotator .newslab-selectable"
        page.locator(sel).scroll_into_view_if_needed()
        drag_select(page, sel, 10, 24)  # "Vladimir Putin"
        page.wait_for_function(
            f"document.querySelector('{sel}').dataset.selection === '10:24'", timeout=15_000
        )
        page.click(".newslab-annotator .newslab-add")
        page.wait_for_selector(f"{sel} mark[data-label='PERSON']", timeout=30_000)
        page.click(".newslab-annotator .newslab-compare")
        page.wait_for_selector(".newslab-comparison table", timeout=30_000)
        table = page.text_content(".newslab-comparison")
        assert "bothVladimir PutinPERSON" in table.replace("\n", "")
        assert "Compared on the paragraphs you marked something in (1 of 15)" in table
        page.locator(".newslab-comparison").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "lab-annotator.png"))
        saved = json.loads((root / "work.json").read_text())
        assert [(m["text"], m["label"]) for m in saved["marks"]] == [("Vladimir Putin", "PERSON")]
        assert "Error displaying widget" not in page.text_content("body")
        assert errors == []
    finally:
        page.close()


def test_the_same_notebook_in_notebook7(served):
    base, token, browser, root = served
    (root / "work.json").unlink(missing_ok=True)
    page = browser.new_page()
    try:
        page.goto(f"{base}/notebooks/demo.ipynb?token={token}")
        page.wait_for_selector(".jp-Notebook", timeout=60_000)
        wait_idle(page, base, token)
        run_all(page)
        page.wait_for_selector(".newslab-highlighter .newslab-view mark", timeout=120_000)
        page.wait_for_selector(".newslab-annotator .newslab-selectable p", timeout=60_000)
        assert "Error displaying widget" not in page.text_content("body")
        page.screenshot(path=str(ARTIFACTS / "notebook7.png"))
    finally:
        page.close()
