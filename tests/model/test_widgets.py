"""Widgets without a browser: set values, read the HTML they produce."""

from __future__ import annotations

import re

import pytest

from newslab import Article, annotate
from newslab.render import LABEL_COLOURS
from tests.conftest import MAIN_ARTICLE

pytestmark = pytest.mark.model

HOSTILE = "On Monday <script>alert(1)</script> Vladimir Putin said “<img src=x onerror=alert(2)> </mark> &lt;”."


@pytest.fixture(scope="module")
def ann(nlp):
    return annotate(MAIN_ARTICLE)


def marks(html, **attrs):
    found = re.findall(r"<mark ([^>]*)>", html)
    return [m for m in found if all(f'data-{k}="{v}"' in m for k, v in attrs.items())]


def test_highlighter_label_toggle_and_modes(ann):
    from newslab.widgets import make_highlighter

    h = make_highlighter(ann)
    people = marks(h.view.value, label="PERSON")
    assert len(people) == sum(e.label == "PERSON" for e in ann.entities)
    assert f"background:{LABEL_COLOURS['PERSON']}" in people[0]
    assert 'title="PERSON · Vladimir Putin"' in people[0]
    h.toggles["PERSON"].value = False
    assert marks(h.view.value, label="PERSON") == [] and marks(h.view.value, label="GPE")
    h.mode.value = "quotes"
    assert len(marks(h.view.value, kind="direct")) == sum(q.kind == "direct" for q in ann.quotes)
    assert 'data-speaker="Fyodor Lukyanov"' in h.view.value
    h.mode.value = "timexes"
    assert 'title="DATE → 2022-02-13 (2022-02-13)' in h.view.value
    assert "newslab-highlighter" in h._dom_classes


def _looks(tags: list[str]) -> set[tuple[str, str]]:
    """(background, underline) of each tag: what a reader tells highlights apart by."""
    out = set()
    for tag in tags:
        colour = re.search(r"background:(#[0-9a-f]{6})", tag).group(1)
        line = re.search(r"nl-line-(\w+)", tag)
        out.add((colour, line.group(1) if line else ""))
    return out


@pytest.mark.parametrize(("mode", "source"), [
    ("entities", None), ("quotes", None), ("chains", "Sergei Lavrov"), ("timexes", None),
])  # fmt: skip
def test_every_mode_has_a_legend_with_a_chip_for_every_look_in_the_text(ann, mode, source):
    from newslab.widgets.explorers import article_html

    html = article_html(ann, mode, source=source)
    legend, _, text = html.partition('<div class="nl-article')
    chips = re.findall(r'<span class="nl-chip[^"]*"[^>]*>', legend)
    shown = _looks(re.findall(r"<mark [^>]*>", text))
    assert len(shown) >= 2, mode  # the article has at least two kinds of each
    assert shown <= _looks(chips), f"{mode}: highlights with no chip in the legend"
    assert len(_looks(chips)) == len(chips), f"{mode}: two chips look alike"


def test_every_widget_offers_a_static_copy(ann, tmp_path):
    from newslab.widgets import (
        make_annotator,
        make_highlighter,
        make_source_explorer,
        make_timeline_explorer,
    )

    for box in (
        make_highlighter(ann),
        make_source_explorer(ann),
        make_timeline_explorer(ann),
        make_annotator(ann, save_to=tmp_path / "w.json"),
    ):
        bundle = box._repr_mimebundle_()
        assert "application/vnd.jupyter.widget-view+json" in bundle
        assert bundle["text/html"].count("Static copy: open this notebook in JupyterLab") == 1


def test_source_explorer_lights_up_one_source(ann):
    from newslab.widgets import make_source_explorer

    s = make_source_explorer(ann)
    names = [value for _, value in s.pick.options]
    assert names[0] == "Sergei Lavrov" and names.index("U.S.") > names.index("Sergei Shoigu")
    s.pick.value = "Fyodor Lukyanov"
    assert len(marks(s.view.value)) == 2 and set(
        re.findall(r'data-speaker="([^"]*)"', s.view.value)
    ) == {"Fyodor Lukyanov"}
    assert "head of the Council on Foreign and Defense Policy" in s.listing.value


def test_timeline_explorer_opens_on_the_publication_week_and_widens_in_one_click(ann):
    from newslab.widgets import make_timeline_explorer

    t = make_timeline_explorer(ann)
    lo, hi = t.slider.value
    # the article's events, read by hand: 2014, then 2022-02-10 ("late last week") to
    # 2022-02-20 ("Feb. 20"); ten of the eleven lie within a week of 2022-02-14
    assert (lo.isoformat(), hi.isoformat()) == ("2022-02-10", "2022-02-20")
    assert "Showing 2022-02-10 to 2022-02-20: 10 of 11 events" in t.readout.value
    opening = marks(t.view.value)
    assert opening and not any('data-value="2014"' in m for m in opening)
    assert "<b>DATE</b> a day, week, month or year" in t.view.value  # the text has its legend
    assert t.widen.description == "Show every date (2014–2022)"
    t.widen.click()
    assert [d.isoformat() for d in t.slider.value] == ["2014-01-01", "2022-02-20"]
    assert "Showing 2014-01-01 to 2022-02-20: 11 of 11 events" in t.readout.value
    assert any('data-value="2014"' in m for m in marks(t.view.value))
    t.back.click()
    assert t.slider.value == (lo, hi)
    assert t.slider.readout is False  # the slider's own readout cut dates; ours is in full


def test_annotator_add_compare_save_and_reload(ann, tmp_path):
    from newslab.widgets import make_annotator

    path = tmp_path / "work.json"
    a = make_annotator(ann, task="entities", save_to=path)
    a.selector.selection = [10, 24]  # "Vladimir Putin", as the browser would report it
    a.label.value = "PERSON"
    a.add_button.click()
    a.sentence.value, a.words.value = 0, (5, 5)  # the picker: word 5 of sentence 1
    a.label.value = "GPE"
    a.pick_button.click()
    assert [(m.text, m.label) for m in a.session.marks] == [
        ("Vladimir Putin", "PERSON"),
        ("U.S.", "GPE"),
    ]
    a.compare_button.click()
    assert "Compared on the paragraphs you marked something in (1 of 15)" in a.result.value
    assert "<td>both</td><td>Vladimir Putin</td><td>Vladimir Putin</td><td>PERSON</td>" in (
        a.result.value
    )
    # paragraph 1's entities, read by hand: Vladimir Putin, U.S., Russia, Ukraine, within days
    assert "Compared: 2 both, 0 partly agree, 0 only you, 3 only the machine." in a.status.value
    again = make_annotator(ann, task="entities", save_to=path)
    assert [m.text for m in again.session.marks] == ["Vladimir Putin", "U.S."]


def test_hostile_article_is_escaped_in_every_widget(nlp, tmp_path):
    from newslab.widgets import (
        make_annotator,
        make_highlighter,
        make_source_explorer,
        make_timeline_explorer,
    )

    bad = annotate(Article.from_text(HOSTILE, title="<b>t</b>", published="2022-02-14"))
    h = make_highlighter(bad)
    htmls = [h.view.value]
    for mode in ("quotes", "timexes"):
        h.mode.value = mode
        htmls.append(h.view.value)
    s = make_source_explorer(bad)
    t = make_timeline_explorer(bad)
    a = make_annotator(bad, save_to=tmp_path / "w.json")
    htmls += [
        s.view.value,
        s.listing.value,
        t.view.value,
        a.selector.html,
        h._repr_mimebundle_()["text/html"],
    ]
    for html in htmls:
        assert "<script>" not in html and "<img" not in html
        assert html.count("<mark") == html.count("</mark>")
    assert any("&lt;script&gt;" in x for x in htmls) and any("&amp;lt;" in x for x in htmls)
