"""HTML output: what is marked, with which colours and titles, and always escaped."""

from __future__ import annotations

import re

from newslab.render import LABEL_COLOURS, Mark, bar_chart, highlight, legend, table

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> </mark> &lt; \"q\" 'a'"


def test_marks_carry_colour_title_and_offsets():
    html = highlight(
        "Putin met Lavrov.",
        [Mark(0, 5, "#aa9cfc", title="PERSON · Vladimir Putin", data={"label": "PERSON"})],
    )
    assert (
        '<mark class="nl-mark" title="PERSON · Vladimir Putin" data-start="0" data-end="5" data-label="PERSON" style="background:#aa9cfc">Putin</mark>'
        in html
    )
    assert html.endswith(" met Lavrov.</p></div>")


def test_article_text_is_always_escaped():
    body = HOSTILE + "\n" + HOSTILE
    html = highlight(
        body,
        [
            Mark(0, 8, "#fff", title='<b onmouseover="x">'),
            Mark(len(HOSTILE) + 1, len(HOSTILE) + 9, "red"),
        ],
    )
    assert "<script>" not in html and "<img" not in html and "<b " not in html
    assert "&lt;img src=x onerror=alert(2)&gt; &lt;/mark&gt;" in html
    assert "&amp;lt;" in html  # a written "&lt;" stays visible as those four characters
    assert html.count("</mark>") == 2 == html.count("<mark ")


def test_a_mark_over_a_paragraph_break_is_split_and_crossing_marks_are_dropped():
    body = "One two.\nThree four."
    html = highlight(body, [Mark(4, 14, "#eee", title="q")])
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", html)
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith('data-start="4" data-end="8" style="background:#eee">two.</mark>')
    assert paragraphs[1].startswith('<mark class="nl-mark" title="q" data-start="9" data-end="14"')
    crossing = highlight(body, [Mark(0, 6, "#abc"), Mark(4, 14, "#eee", title="q")])
    assert crossing.count("<mark ") == 1 and 'title="q"' not in crossing


def test_nested_marks_close_inner_first():
    html = highlight("a b c d", [Mark(0, 7, "#1"), Mark(2, 5, "#2")])
    assert html.index('data-end="5"') < html.index('data-end="7"') or "</mark></mark>" not in html
    assert re.search(r">a <mark[^>]*>b c</mark> d</mark>", html)


def test_legend_table_and_bars_escape_their_text():
    assert "&lt;b&gt;" in legend([("<b>", "<i>x</i>", LABEL_COLOURS["PERSON"])])
    assert "<td>&lt;script&gt;</td>" in table(["h"], [["<script>"]])
    bars = bar_chart([("Lavrov", 33), ("<x>", 11)], unit=" words")
    assert 'data-name="Lavrov" data-count="33"' in bars and "&lt;x&gt;" in bars
    assert "width:12.00em" in bars and "width:4.00em" in bars
