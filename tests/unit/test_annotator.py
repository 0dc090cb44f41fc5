"""The learner's marks: adding, comparing by hand-counted cases, saving without loss."""

from __future__ import annotations

import json

import pytest

from newslab.course.learner_marks import AnnotationError, Session, compare

BODY = "Putin met Lavrov in Moscow.\nLavrov said talks go on."


def session(task="entities"):
    return Session("s", BODY, task)


def test_add_trims_spaces_and_refuses_bad_marks():
    s = session()
    mark = s.add(9, 17, "PERSON")  # " Lavrov " with spaces around
    assert (mark.start, mark.end, mark.text) == (10, 16, "Lavrov")
    with pytest.raises(AnnotationError, match="already marked"):
        s.add(10, 16, "PERSON")
    with pytest.raises(AnnotationError, match="not a label for the entities task"):
        s.add(0, 5, "PERSN")
    with pytest.raises(AnnotationError, match="select some words"):
        s.add(5, 5, "PERSON")
    with pytest.raises(AnnotationError, match="only spaces"):
        s.add(5, 6, "PERSON")
    with pytest.raises(AnnotationError, match="task must be one of"):
        Session("s", BODY, "feelings")


def test_compare_counts_by_hand():
    s = session()
    s.add(0, 5, "PERSON")  # agrees
    s.add(10, 16, "ORG")  # wrong label: only the learner
    machine = [
        {"start": 0, "end": 5, "text": "Putin", "label": "PERSON"},
        {"start": 10, "end": 16, "text": "Lavrov", "label": "PERSON"},
        {"start": 20, "end": 26, "text": "Moscow", "label": "GPE"},
        {
            "start": 28,
            "end": 34,
            "text": "Lavrov",
            "label": "PERSON",
        },  # paragraph 2: not marked there
    ]
    cmp = compare(s, machine)
    assert [a["text"] for a, _ in cmp.agreed] == ["Putin"]
    assert [m["text"] for m in cmp.learner_only] == ["Lavrov"]
    assert [m["text"] for m in cmp.machine_only] == ["Lavrov", "Moscow"]
    # machine judged by the learner's marks: 1 of its 3 (in paragraph 1) right, 1 of 2 found
    assert cmp.scores["machine, with your marks as the answer key"] == {
        "precision": 0.333,
        "recall": 0.5,
        "f1": 0.4,
    }
    assert cmp.scores["you, with the machine's marks as the answer key"] == {
        "precision": 0.5,
        "recall": 0.333,
        "f1": 0.4,
    }
    whole = compare(s, machine, whole_article=True)
    assert len(whole.machine_only) == 3


def test_quotes_match_by_overlap_and_kind():
    s = session("quotes")
    s.add(35, 51, "indirect")  # "said talks go on"
    machine = [{"start": 40, "end": 51, "text": "talks go on", "label": "indirect"}]
    cmp = compare(s, machine)
    assert len(cmp.agreed) == 1  # overlap 11 of a union of 16: more than half


def test_save_is_atomic_keeps_the_previous_version_and_reloads(tmp_path):
    path = tmp_path / "work" / "s-entities.json"
    s = session()
    s.add(0, 5, "PERSON")
    s.save(path)
    s.add(20, 26, "GPE")
    s.save(path)
    assert len(json.loads(path.read_text())["marks"]) == 2
    assert (
        len(json.loads((tmp_path / "work" / "s-entities.json.previous").read_text())["marks"]) == 1
    )
    again, problems = Session.load(path, slug="s", body=BODY, task="entities")
    assert [m.text for m in again.marks] == ["Putin", "Moscow"] and problems == []


def test_a_save_killed_half_way_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "s-entities.json"
    s = session()
    s.add(0, 5, "PERSON")
    s.save(path)
    before = path.read_text()
    s.add(20, 26, "GPE")
    import os

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        s.save(path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_reload_keeps_marks_that_no_longer_fit_as_unplaced(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(
        json.dumps(
            {
                "slug": "s",
                "task": "entities",
                "marks": [
                    {"start": 0, "end": 5, "text": "Putin", "label": "PERSON"},
                    {"start": 0, "end": 5, "text": "Poutine", "label": "PERSON"},
                ],
            }
        )
    )
    again, problems = Session.load(path, slug="s", body=BODY, task="entities")
    assert [m.text for m in again.marks] == ["Putin"]
    assert [u["text"] for u in again.unplaced] == ["Poutine"]
    assert problems == ["1 saved mark could not be placed in the article as it is now: “Poutine”"]
    again.save(path)
    assert [u["text"] for u in json.loads(path.read_text())["unplaced"]] == ["Poutine"]


def test_marks_follow_their_words_by_context_when_the_text_moves(tmp_path):
    path = tmp_path / "w.json"
    s = session()
    s.add(28, 34, "PERSON")  # the second "Lavrov", which opens paragraph 2
    s.add(20, 26, "GPE")  # "Moscow"
    s.save(path)
    # a paragraph inserted before, a word changed next to the first Lavrov
    edited = "Shoigu spoke first.\nPutin met with Lavrov in Moscow.\nLavrov said talks go on."
    again, problems = Session.load(path, slug="s", body=edited, task="entities")
    # counted by hand: "Moscow" now starts at 20 + 20 + 5, the second "Lavrov" at 28 + 20 + 5
    assert [(m.start, m.text) for m in again.marks] == [(45, "Moscow"), (53, "Lavrov")]
    assert again.unplaced == [] and problems == [
        "2 saved marks were moved to where their words are now"
    ]


def test_a_word_that_occurs_twice_without_its_context_is_not_guessed(tmp_path):
    path = tmp_path / "w.json"
    s = Session("s", "Rain fell. Rain stopped.", "entities")
    s.add(11, 15, "ORG")  # the second "Rain"
    s.save(path)
    again, _ = Session.load(path, slug="s", body="Snow fell: Rain, Rain.", task="entities")
    assert again.marks == [] and [u["text"] for u in again.unplaced] == ["Rain"]
