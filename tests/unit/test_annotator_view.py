"""The annotator as a learner meets it: controls above the text, numbered paragraphs, every
control reachable from the keyboard, and near misses called "partly agree" (no model needed:
the Doc is built by a sentencizer)."""

from __future__ import annotations

import re

import ipywidgets as w
import pytest

from newslab.annotation import AnnotatedArticle
from newslab.article import Article
from newslab.widgets import annotator, make_annotator

BODY = "President Vladimir Putin met Lavrov.\nLavrov said the talks would go on.\nThey did."


@pytest.fixture
def box(tmp_path):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    article = Article.from_text(BODY, title="Talks", published="2022-02-14")
    return make_annotator(AnnotatedArticle(article, nlp(BODY)), save_to=tmp_path / "w.json")


def tree(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from tree(child)


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_the_controls_come_before_the_text_and_none_is_folded_away(box):
    order = list(tree(box))
    text = order.index(box.selector)
    for control in (box.label, box.note, box.add_button, box.undo_button, box.compare_button,
                    box.sentence, box.words, box.pick_button, box.status):  # fmt: skip
        assert order.index(control) < text, control.description
    assert not any(isinstance(x, w.Accordion | w.Tab) for x in order)  # nothing hidden
    assert box.selector.max_height == "26em"  # the article scrolls in its own box


def test_paragraphs_are_numbered_outside_the_selectable_text(box):
    html = box.selector.html
    assert re.findall(r'<p data-start="(\d+)" data-n="(\d+)">', html) == [
        ("0", "1"),
        ("37", "2"),
        ("72", "3"),
    ]
    assert "nl-numbered" in html
    paragraphs = [text_of(p) for p in re.findall(r"<p [^>]*>(.*?)</p>", html)]
    assert paragraphs == BODY.split("\n")  # the numbers are drawn by CSS, not in the text
    assert [label for label, _ in box.sentence.options][1].startswith("¶2, 2: Lavrov said")


def test_keyboard_alone_adds_a_mark_and_the_list_gives_its_paragraph(box):
    box.sentence.value = 1  # "Lavrov said the talks would go on."
    box.words.value = (1, 1)
    box.label.value = "PERSON"
    box.pick_button.click()
    assert [(m.text, m.start) for m in box.session.marks] == [("Lavrov", 37)]
    cells = re.findall(r"<td>(.*?)</td>", box.listing.value)
    assert cells[:4] == ["1", "2", "Lavrov", "PERSON"]  # mark 1, paragraph 2
    assert text_of(box.status.value).startswith("Added “Lavrov” as PERSON.")


def test_a_near_miss_is_partly_agree_with_its_reason(box, monkeypatch):
    machine = [{"start": 10, "end": 24, "text": "Vladimir Putin", "label": "PERSON"}]
    monkeypatch.setattr(annotator, "machine_marks", lambda ann, task: machine)
    box.selector.selection = [19, 24]  # "Putin", as the browser would report it
    box.label.value = "PERSON"
    box.add_button.click()
    box.compare_button.click()
    result = box.result.value
    assert (
        "<td>partly agree</td><td>Putin</td><td>Vladimir Putin</td><td>PERSON</td>"
        "<td>You share “Putin”; the machine’s mark also takes in “Vladimir”.</td>"
    ) in result
    assert "only you" not in result and "only the machine" not in result
    assert "The scores count each as a miss for both of you (1 here)" in text_of(result)
    assert text_of(box.status.value).startswith(
        "Compared: 0 both, 1 partly agree, 0 only you, 0 only the machine."
    )


def test_the_note_says_what_it_is_for_in_words_short_enough_to_show_whole(box):
    from newslab.course.learner_marks import TASKS
    from newslab.widgets.annotator_controls import NOTE_HINTS

    assert set(NOTE_HINTS) == set(TASKS)
    assert box.note.placeholder == "optional"  # task="entities": nothing in particular
    assert "who says it" in NOTE_HINTS["quotes"] and "date" in NOTE_HINTS["timexes"]
    # the box shows about 24 characters; the old hint, 45, was cut mid-word
    assert all(len(hint) <= 24 for hint in NOTE_HINTS.values())
