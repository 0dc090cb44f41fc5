"""Sources given in an aside ("as the ruling put it"), sources named together ("Ana Ortelli
and Tom Vessberg said") and role nouns that do not fit the body last named: sentences written
for these tests (issue #13)."""

from __future__ import annotations

import pytest

from newslab import Article, annotate

pytestmark = pytest.mark.model


def said(text: str) -> list[tuple[str, str | None, str, str | None]]:
    ann = annotate(Article.from_text(text, title="Test", published="2024-03-05"))
    return [(q.text, q.speaker, q.kind, q.cue) for q in ann.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Traffic "slowed to a crawl" — as the appeals court ruling put it — on the bridge.',
            ("slowed to a crawl", "the appeals court ruling", "direct", "put"),
        ),
        (
            'The plan was "a bridge too far," as Mayor Ana Ortelli put it on Tuesday.',
            ("a bridge too far", "Ana Ortelli", "direct", "put"),
        ),
        (
            'As Bram Tessel put it, "we were lucky to leave with a point."',
            ("we were lucky to leave with a point", "Bram Tessel", "direct", "put"),
        ),
    ],
)
def test_as_a_source_put_it_gives_the_quotation_its_source(nlp, text, expected):
    assert said(text) == [expected]


def test_as_with_no_verb_of_wording_gives_no_source(nlp):
    assert said('The bridge was busy, as it always is, and "nobody expected it" to close.') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ortelli and Tom Vessberg said the plan would fail.", "Ana Ortelli and Tom Vessberg"),
        (
            "Ana Ortelli, Tom Vessberg and Rui Campos said the plan would fail.",
            "Ana Ortelli, Tom Vessberg and Rui Campos",
        ),
        (
            "Ana Ortelli and Tom Vessberg met on Monday. Ortelli and Vessberg said the plan "
            "would fail.",
            "Ana Ortelli and Tom Vessberg",  # the fullest names the article gives
        ),
        ("Ortelli and colleagues said the plan would fail.", "Ortelli and colleagues"),
        # two titles of one person stay one person
        ('Party chair and Senator Jane Roeville said she was "surprised".', "Jane Roeville"),
    ],
)
def test_sources_named_together_are_one_joint_source(nlp, text, speaker):
    assert [q[1] for q in said(text)] == [speaker]


def test_a_role_noun_is_not_a_body_of_another_kind(nlp):
    text = (
        "Senate leader Dana Morrow spoke on Monday. "
        "The ministry announced the samples showed traces of lead."
    )
    assert [q[1] for q in said(text)] == ["The ministry"]


def test_a_role_noun_is_the_last_body_whose_name_says_no_kind(nlp):
    text = "Kestrel Air cut ten routes. The company said fuel costs had doubled."
    assert [q[1] for q in said(text)] == ["Kestrel Air"]
