"""Issue 18's small things: "1 words", a stray True under the preflight, emoji shown as boxes,
the class-sized sample of lesson 06."""

from __future__ import annotations

import ast
import json
import unicodedata
from pathlib import Path

import pytest

from newslab.corpus.cache import sample_paths
from newslab.corpus.parts import CorpusError
from newslab.corpus.run import CorpusReport
from newslab.render import bar_chart, counted
from tests.conftest import ROOT


def test_a_count_of_one_takes_the_singular():
    assert [counted(n, "word") for n in (0, 1, 2, 1000)] == [
        "0 words",
        "1 word",
        "2 words",
        "1,000 words",
    ]
    assert counted(1, "person", "people") == "1 person" and counted(3, "person", "people") == (
        "3 people"
    )
    bars = bar_chart([("Lavrov", 33), ("Putin", 1)], unit="word")
    assert "33 words</div>" in bars and "1 word</div>" in bars and "1 words" not in bars
    report = CorpusReport(annotated=1, words=1, seconds=1.0)
    assert str(report).startswith("1 article annotated (1 word, 1.0 articles/s)")


def _shown_text() -> str:
    """Every string literal of the package and every notebook cell: what a learner can see."""
    parts = []
    for path in sorted((ROOT / "src" / "newslab").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                parts.append(node.value)
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        parts += ["".join(c["source"]) for c in json.loads(path.read_text())["cells"]]
    return "".join(parts)


def test_nothing_shown_needs_an_emoji_font():
    """Every character newslab can show is in DejaVu Sans (matplotlib's own font, and the
    usual Linux default); emoji such as ✅ and 🔎 are not, and show as empty boxes."""
    import matplotlib
    from fontTools.ttLib import TTFont

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    covered = TTFont(font).getBestCmap()
    text = _shown_text()
    assert "✓" in text  # the check mark of a passed check is there, and covered
    shown = {c for c in text if ord(c) > 127 and unicodedata.category(c)[0] != "C"}
    missing = sorted(c for c in shown if ord(c) not in covered)  # control characters aside
    assert missing == [], [f"U+{ord(c):04X}" for c in missing]


def test_feedback_heads_are_words_and_a_colour_not_emoji():
    from newslab.course.feedback import HEADS, Feedback

    assert [head for head, *_ in HEADS.values()] == [
        "✓ Well done! ",
        "Not yet. ",
        "✓ You and the machine agree. ",
        "You and the machine differ: you decide. ",
    ]
    html = Feedback(False, "Count back.", "Sunday is before Monday.")._repr_html_()
    assert "<b>Not yet. </b>Count back." in html and "border-left:4px solid" in html


def test_the_preflight_prints_its_report_and_returns_nothing(monkeypatch, capsys):
    from newslab.course import preflight as pf

    monkeypatch.setattr(pf, "run_checks", lambda: [pf.PreflightItem("Python", True, "3.11.7")])
    assert pf.preflight() is None  # a notebook shows no stray "True" under the report
    assert (
        capsys.readouterr().out == "✓ Python           3.11.7\n\nAll set: go on to the next cell.\n"
    )


def test_the_class_sample_is_spread_evenly_and_keeps_the_order():
    paths = [Path(f"2019-{i:03d}.md") for i in range(277)]
    sample = sample_paths(paths, 60)
    assert len(sample) == len(set(sample)) == 60
    assert sample[0] == paths[0] and sample[-1] == paths[-1] and sample == sorted(sample)
    gaps = {paths.index(b) - paths.index(a) for a, b in zip(sample, sample[1:], strict=False)}
    assert gaps <= {4, 5}  # 276 / 59 = 4.7 files apart
    assert sample_paths(paths, None) == paths == sample_paths(paths, 500)
    assert sample_paths(paths, 1) == [paths[0]]
    with pytest.raises(CorpusError, match="whole number of 1 or more"):
        sample_paths(paths, 0)


def test_the_by_month_chart_tells_lines_apart_by_marker_and_dash_not_colour_alone():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from newslab.palette import SERIES
    from newslab.plots import plot_over_time

    names = ["Iran", "China", "Russia", "France", "Japan", "Peru"]  # six, as in lesson 06
    table = pd.DataFrame({n: [i, i + 1, i + 2] for i, n in enumerate(names)},
                         index=["2020-01", "2020-02", "2020-03"])  # fmt: skip
    fig = plot_over_time(table, title="Countries")
    lines = fig.axes[0].get_lines()
    looks = [(ln.get_color(), ln.get_marker(), ln.get_linestyle()) for ln in lines]
    assert looks == list(SERIES[:6])  # colour, marker and dash: each line differs in all three
    assert len({m for _, m, _ in looks}) == 6  # six shapes: none told apart by colour alone
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == names
    plt.close(fig)
