"""Property-based tests (hypothesis): arbitrary text never breaks the loader or the HTML."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newslab import Article, ArticleFormatError
from newslab.quotation_marks import quoted_segments
from newslab.render import Mark, highlight
from newslab.timexes import find_candidates

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(texts, dates)
@settings(max_examples=200, deadline=None)
def test_from_text_gives_a_body_of_offsets_or_a_clear_error(text, day):
    try:
        article = Article.from_text(text, title="t", published=day)
    except ArticleFormatError as err:
        assert "empty" in str(err)
        return
    assert "\n\n" not in article.body and not article.body.startswith("\n")
    for p in article.paragraphs:
        assert article.body[p.start : p.end] == p.text and p.text == p.text.strip()


@given(texts, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=8))
@settings(max_examples=200, deadline=None)
def test_rendered_html_never_carries_an_unescaped_angle_bracket_from_the_text(text, pairs):
    body = Article.from_text(text + " x", title="t", published=None).body
    marks = [
        Mark(min(a, b) % len(body), max(a, b) % (len(body) + 1), "#fff", title=body[:20])
        for a, b in pairs
    ]
    html = highlight(body, marks)
    assert html == highlight(body, marks)  # the same output on a second run
    stripped = html
    for tag in ("<mark ", "</mark>", "<p ", "</p>", '<div class="nl-article">', "</div>"):
        stripped = stripped.replace(tag, "")
    assert "<" not in stripped.replace("<p", "")
    assert html.count("<mark ") == html.count("</mark>")


@given(texts)
@settings(max_examples=200, deadline=None)
def test_quote_segments_and_timex_candidates_stay_inside_the_text(text):
    segments, warnings = quoted_segments(text)
    for s in segments:
        assert 0 <= s.start <= s.end <= s.inner_end <= len(text)
    assert all(isinstance(w, str) for w in warnings)
    for c in find_candidates(text):
        assert 0 <= c.start < c.end <= len(text)
