"""Property-based tests with the model: arbitrary text and dates never raise, every span is
inside the body and equal to its text, and a second run gives the same result."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslab import Article, annotate
from tests.unit import test_timex_phrases as phrases

pytestmark = pytest.mark.model

words = st.sampled_from(
    [
        "Putin",
        "said",
        "“",
        "”",
        '"',
        "on",
        "Sunday",
        "the",
        "U.S.",
        "Lavrov’s",
        "at",
        "6:41",
        "p.m.",
        "Feb.",
        "20",
        "according",
        "to",
        "officials",
        "\n",
        "2014",
        "—",
        "late",
        "last",
        "week",
        "<b>",
        "&lt;",
        "😀",
        "é",
        "\u200b",
        "Москва",
        ",",
    ]
)
texts = st.one_of(
    st.lists(words, min_size=1, max_size=60).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
)


@given(texts, st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_analysis_of_anything_keeps_every_span_true(nlp, text, day):
    try:
        article = Article.from_text(text, title="t", published=day)
    except Exception as err:  # only the documented refusal of an empty text
        assert "empty" in str(err)
        return
    first = annotate(article).to_dict()
    second = annotate(article).to_dict()
    assert first == second
    for layer in ("entities", "quotes", "timexes"):
        for item in first[layer]:
            assert 0 <= item["start"] < item["end"] <= len(article.body)
            assert article.body[item["start"] : item["end"]] == item["text"]


@given(
    st.sampled_from(phrases.PREFIXES),
    st.sampled_from(phrases.MODIFIERS),
    st.sampled_from(phrases.NUMBERS),
    st.sampled_from(phrases.UNITS),
    st.booleans(),
    st.sampled_from(phrases.SUFFIXES),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_time_phrases_with_the_model_give_timex3_values_or_reasons(
    nlp, prefix, modifier, number, unit, plural, suffix, day
):
    phrase = phrases.phrase_of(prefix, modifier, number, unit, plural, suffix)
    text = f"Officials said prices rose {phrase}, and would fall {phrase}."
    for t in annotate(Article.from_text(text, title="t", published=day)).timexes:
        assert text[t.start : t.end] == t.text
        if t.value is None:
            assert t.rule, (phrase, t)
        else:
            assert phrases.TIMEX3[t.type].fullmatch(t.value), (phrase, t)
