"""The learner's experience in a real JupyterLab, in a real (headless) browser.

JupyterLab runs on 127.0.0.1 with a random token in a temporary home; Debian's Chromium is
driven by Playwright. The test runs a notebook with the highlighter, the timeline explorer and
the annotator, screenshots each in its first view, and checks what a learner meets there: a
legend in every mode of the highlighter (each mode screenshot too); every button's label
whole, never cut; the timeline opening on the publication week, its range said in full, and one
key to widen it; the annotator's controls in view beside a
scrolling article with numbered paragraphs, keyboard focus reaching every control, a mark
added with the keyboard alone and one with the mouse, and the comparison. Then it opens the
same notebook in Jupyter Notebook 7. Screenshots go to tests/artifacts/ (ignored by git).
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
    "newslab.make_timeline_explorer(ann)",
    "newslab.make_annotator(ann, task='entities', save_to='work.json')",
]
MODES = ["What is named", "Who says what", "Who is who", "When"]
#: What keyboard focus must reach in the annotator, by the CSS class of each control.
ANNOTATOR_CONTROLS = [
    "newslab-label",
    "newslab-note",
    "newslab-add",
    "newslab-undo",
    "newslab-compare",
    "newslab-sentence",
    "newslab-words",
    "newslab-add-words",
    "newslab-selectable",
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


def in_viewport(page, selector: str) -> bool:
    """The element is wholly inside the browser window: seen without scrolling."""
    return page.evaluate(
        """sel => { const r = document.querySelector(sel).getBoundingClientRect();
                    return r.width > 0 && r.top >= 0 && r.left >= 0 &&
                           r.bottom <= window.innerHeight && r.right <= window.innerWidth; }""",
        selector,
    )


def cut_labels(page, box: str) -> list[str]:
    """The buttons in ``box`` whose label does not fit (drawn with an ellipsis)."""
    return page.evaluate(
        """sel => [...document.querySelectorAll(sel + ' button')]
                 .filter(b => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
                 .map(b => b.textContent.trim())""",
        box,
    )


def scroll_to_top_of(page, selector: str) -> None:
    """Scroll the notebook so that the element's top is at the top of the window."""
    page.evaluate("sel => document.querySelector(sel).scrollIntoView({block: 'start'})", selector)
    page.wait_for_timeout(500)


def check_highlighter(page) -> None:
    people = ".newslab-highlighter .newslab-view mark[data-label='PERSON']"
    page.wait_for_selector(people, timeout=120_000)
    assert page.locator(people).count() >= 10  # Putin, Lavrov, Shoigu ... in the article
    scroll_to_top_of(page, ".newslab-highlighter")
    page.screenshot(path=str(ARTIFACTS / "lab-highlighter.png"))  # the first view
    # labels that share a colour differ in underline, in the text and in the legend
    styles = page.evaluate(
        """() => [...document.querySelectorAll('.newslab-highlighter .nl-legend .nl-chip')]
                 .map(c => [c.textContent.split(' ')[0], getComputedStyle(c).borderBottomStyle,
                            getComputedStyle(c).backgroundColor])"""
    )
    looks = [(line, colour) for _, line, colour in styles]
    assert len(looks) == len(set(looks)) >= 5, styles  # no two chips alike
    assert cut_labels(page, ".newslab-highlighter") == []
    page.click(".newslab-highlighter .nl-toggle-PERSON")
    page.wait_for_function(f'document.querySelectorAll("{people}").length === 0', timeout=30_000)
    assert page.locator(".newslab-highlighter .newslab-view mark[data-label='GPE']").count() > 0
    for mode in MODES:  # a legend in every mode
        page.click(f".newslab-highlighter .widget-toggle-buttons button:text-is('{mode}')")
        page.wait_for_timeout(700)
        chips = page.locator(".newslab-highlighter .newslab-view .nl-legend .nl-chip").count()
        assert chips >= 2, f"no legend in the mode {mode!r}"
        slug = mode.lower().replace(" ", "-")
        page.screenshot(path=str(ARTIFACTS / f"lab-highlighter-{slug}.png"))


def check_timeline(page) -> None:
    box = ".newslab-timeline-explorer"
    page.wait_for_selector(f"{box} .newslab-timeline-plot img", timeout=120_000)
    scroll_to_top_of(page, box)
    page.screenshot(path=str(ARTIFACTS / "lab-timeline.png"))
    readout = page.text_content(f"{box} .newslab-range")
    # the first view: the events within a week of publication (2022-02-14), said in full
    assert "Showing 2022-02-10 to 2022-02-20: 10 of 11 events" in readout
    assert page.evaluate(
        f"""() => {{ const e = document.querySelector('{box} .newslab-range .nl-note');
                   return e.scrollWidth <= e.clientWidth; }}"""
    ), "the range readout is cut"
    assert cut_labels(page, box) == []  # "Show every date (2014–2022)", not "Show every d…"
    page.focus(f"{box} .newslab-widen")  # one click (or Enter) widens to every date
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"document.querySelector('{box} .newslab-range').textContent.includes('2014-01-01')",
        timeout=30_000,
    )
    assert "11 of 11 events" in page.text_content(f"{box} .newslab-range")


def check_annotator(page, root: Path) -> None:
    sel = ".newslab-annotator .newslab-selectable"
    page.wait_for_selector(f"{sel} p", timeout=60_000)
    scroll_to_top_of(page, ".newslab-annotator")
    page.screenshot(path=str(ARTIFACTS / "lab-annotator.png"))
    controls = [
        f".newslab-annotator .{c}"
        for c in ("newslab-label", "newslab-add", "newslab-compare", "newslab-add-words")
    ]
    for control in controls:  # in view with the article, without scrolling the page
        assert in_viewport(page, control), f"{control} is not in view"
    assert cut_labels(page, ".newslab-annotator") == []
    numbers = page.evaluate(
        f"""() => [...document.querySelectorAll('{sel} p')].slice(0, 3)
                 .map(p => getComputedStyle(p, '::before').content)"""
    )
    assert numbers == ['"1"', '"2"', '"3"']  # paragraph numbers, drawn beside the text
    page.evaluate(
        f"() => {{ const b = document.querySelector('{sel}'); b.scrollTop = b.scrollHeight; }}"
    )
    page.wait_for_timeout(300)
    assert in_viewport(page, f"{sel} p:last-child"), "the last paragraph cannot be reached"
    for control in controls:  # the article scrolls in its box; the controls stay in view
        assert in_viewport(page, control), f"{control} left the view"
    check_keyboard(page)
    page.evaluate(f"() => {{ document.querySelector('{sel}').scrollTop = 0; }}")
    drag_select(page, sel, 10, 24)  # "Vladimir Putin", with the mouse
    page.wait_for_function(
        f"document.querySelector('{sel}').dataset.selection === '10:24'", timeout=15_000
    )
    page.select_option(".newslab-annotator .newslab-label select", "PERSON")
    page.click(".newslab-annotator .newslab-add")
    page.wait_for_selector(f"{sel} mark[data-label='PERSON']", timeout=30_000)
    page.click(".newslab-annotator .newslab-compare")
    page.wait_for_selector(".newslab-comparison table", timeout=30_000)
    table = page.text_content(".newslab-comparison").replace("\n", "")
    assert "bothVladimir PutinVladimir PutinPERSON" in table
    assert "Compared on the paragraphs you marked something in (1 of 15)" in table
    page.locator(".newslab-comparison").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "lab-annotator-compared.png"))
    saved = json.loads((root / "work.json").read_text())
    assert [(m["text"], m["label"]) for m in saved["marks"]] == [
        ("Vladimir Putin", "PERSON"),
        ("U.S.", "GPE"),
    ]


def check_keyboard(page) -> None:
    """Tab from the first control reaches every control; the keyboard alone adds a mark."""
    page.focus(".newslab-annotator .newslab-label select")
    reached = []
    for _ in range(40):
        reached += page.evaluate(
            """names => names.filter(n => document.activeElement.closest('.' + n))""",
            ANNOTATOR_CONTROLS,
        )
        page.keyboard.press("Tab")
    assert [c for c in ANNOTATOR_CONTROLS if c not in reached] == []
    # pick sentence 1, word 5 ("U.S."), label GPE, and add: keys only
    page.focus(".newslab-annotator .newslab-label select")
    page.keyboard.type("GPE")
    for handle in ("upper", "lower"):  # words 1-1, then 1-5, then 5-5
        page.focus(f".newslab-annotator .newslab-words .noUi-handle-{handle}")
        for _ in range(4):
            page.keyboard.press("ArrowRight")
            page.wait_for_timeout(250)
    page.wait_for_function(
        "document.querySelector('.newslab-annotator .newslab-words .widget-readout')"
        ".textContent.trim() === '5 – 5'",  # an en dash
        timeout=10_000,
    )
    page.focus(".newslab-annotator .newslab-add-words")
    page.keyboard.press("Enter")
    page.wait_for_selector(
        ".newslab-annotator .newslab-selectable mark[data-label='GPE']", timeout=30_000
    )
    assert "Added “U.S.” as GPE." in page.text_content(".newslab-annotator .newslab-status")


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
        check_highlighter(page)
        check_timeline(page)
        check_annotator(page, root)
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
