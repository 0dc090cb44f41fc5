"""A learner's marks are never lost (issue 16, cases 1-5 and 15).

The annotator is driven as a notebook would drive it (the selection set as the browser
reports it, the buttons clicked), on articles written here into temporary folders. Docs are
built by a blank pipeline with a sentencizer: no model is needed to mark and save.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from newslab.annotation import AnnotatedArticle
from newslab.course.learner_marks import AnnotationError
from newslab.loader import load_article
from newslab.widgets import make_annotator

FRONT = '---\ntitle: "Talks"\npublished: 2022-02-14\nlicense: "CC BY 2.5"\n---\n'
WEEK1 = "Putin met Lavrov in Moscow on Monday.\nLavrov said the talks would go on."
WEEK2 = "Macron flew to Berlin.\nScholz welcomed Macron at the airport."


@pytest.fixture(scope="module")
def sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture
def ann_of(sentencizer):
    def build(path: Path) -> AnnotatedArticle:
        article = load_article(path)
        return AnnotatedArticle(article, sentencizer(article.body))

    return build


def write_article(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(FRONT + body + "\n", encoding="utf-8")
    return path


def add(box, text: str, label: str, nth: int = 0) -> None:
    """Select the ``nth`` occurrence of ``text`` with the mouse and click "Add"."""
    start = -1
    for _ in range(nth + 1):
        start = box.session.body.index(text, start + 1)
    box.selector.selection = [start, start + len(text)]
    box.label.value = label
    box.add_button.click()


def saved(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def status(box) -> str:
    return re.sub(r"<[^>]+>", "", box.status.value)


@contextmanager
def read_only(folder: Path):
    """Make ``folder`` unwritable, also for root (who ignores permission bits): chattr +i."""
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    immutable = os.geteuid() == 0
    if immutable and subprocess.run(["chattr", "+i", str(folder)], check=False).returncode:
        folder.chmod(stat.S_IRWXU)
        pytest.skip(
            "running as root on a file system without chattr +i: cannot make a folder read-only"
        )
    try:
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(stat.S_IRWXU)


def test_case01_same_file_name_in_two_folders_keeps_both_sets_of_marks(
    tmp_path, monkeypatch, ann_of
):
    monkeypatch.chdir(tmp_path)
    one = write_article(tmp_path / "week1", "article.md", WEEK1)
    two = write_article(tmp_path / "week2", "article.md", WEEK2)
    first = make_annotator(ann_of(one))
    add(first, "Putin", "PERSON")
    add(first, "Moscow", "GPE")
    second = make_annotator(ann_of(two))
    assert second.session.marks == []
    assert second.path != first.path
    add(second, "Macron", "PERSON")
    add(second, "Berlin", "GPE")
    again = make_annotator(ann_of(one))
    assert [(m.text, m.label) for m in again.session.marks] == [
        ("Putin", "PERSON"),
        ("Moscow", "GPE"),
    ]
    assert [m["text"] for m in saved(second.path)["marks"]] == ["Macron", "Berlin"]
    assert "changed" not in status(second)


def test_case02_an_edited_article_re_anchors_marks_and_keeps_those_it_cannot_place(
    tmp_path, monkeypatch, ann_of
):
    monkeypatch.chdir(tmp_path)
    path = write_article(tmp_path / "mine", "story.md", WEEK1)
    box = make_annotator(ann_of(path))
    add(box, "Putin", "PERSON")
    add(box, "Moscow", "GPE")
    add(box, "Lavrov", "PERSON", nth=1)  # the speaker of the second paragraph
    edited = "A new first paragraph names Lavrov.\n" + WEEK1.replace(" in Moscow", "")
    write_article(tmp_path / "mine", "story.md", edited)
    again = make_annotator(ann_of(path))
    body = again.session.body
    placed = [(m.text, m.label, m.start) for m in again.session.marks]
    second_paragraph = body.index("\nLavrov said") + 1
    assert placed == [
        ("Putin", "PERSON", body.index("Putin")),
        ("Lavrov", "PERSON", second_paragraph),
    ]
    assert all(body[m.start : m.end] == m.text for m in again.session.marks)
    assert [u["text"] for u in again.session.unplaced] == ["Moscow"]
    assert "Moscow" in status(again) and "could not be placed" in status(again)
    assert "Moscow" in again.listing.value  # listed, not dropped
    add(again, "talks", "ORG")  # two adds later the unplaced mark is still on disk
    add(again, "Monday", "DATE")
    assert [u["text"] for u in saved(again.path)["unplaced"]] == ["Moscow"]
    assert "Moscow" in json.dumps(saved(str(again.path) + ".previous"))
    write_article(tmp_path / "mine", "story.md", WEEK1)  # the learner undoes the edit
    back = make_annotator(ann_of(path))
    assert [m.text for m in back.session.marks] == ["Putin", "Moscow", "Monday", "Lavrov", "talks"]
    assert back.session.unplaced == []


def test_case03_the_older_of_two_annotators_on_one_file_refuses_to_save(
    tmp_path, monkeypatch, ann_of
):
    monkeypatch.chdir(tmp_path)
    path = write_article(tmp_path, "story.md", WEEK1)
    old = make_annotator(ann_of(path))  # the cell, run once...
    new = make_annotator(ann_of(path))  # ...and run again
    assert old.path == new.path
    add(new, "Putin", "PERSON")
    add(old, "Moscow", "GPE")
    assert [m["text"] for m in saved(new.path)["marks"]] == ["Putin"]
    assert [m.text for m in old.session.marks] == []
    assert "newer annotator" in status(old) and "opened last" in status(old)
    add(new, "Lavrov", "PERSON")
    assert [m["text"] for m in saved(new.path)["marks"]] == ["Putin", "Lavrov"]


def test_case03_a_file_changed_by_another_kernel_is_not_overwritten(tmp_path, monkeypatch, ann_of):
    monkeypatch.chdir(tmp_path)
    path = write_article(tmp_path, "story.md", WEEK1)
    box = make_annotator(ann_of(path))
    add(box, "Putin", "PERSON")
    data = saved(box.path)
    data["marks"].append({**data["marks"][0], "start": 10, "end": 16, "text": "Lavrov"})
    box.path.write_text(json.dumps(data))  # another notebook saved meanwhile
    add(box, "Moscow", "GPE")
    assert [m["text"] for m in saved(box.path)["marks"]] == ["Putin", "Lavrov"]
    assert "run this cell again" in status(box)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"slug": "story", "task": "entities", "marks": ["Putin"]}',
        b'{"slug": 5, "task": "entities", "marks": {"start": 1}}',
    ],
    ids=["not-json", "not-utf8", "a-list", "marks-are-strings", "marks-not-a-list"],
)
def test_case04_a_corrupt_save_is_moved_aside_and_the_annotator_starts_clean(
    tmp_path, ann_of, content
):
    article = write_article(tmp_path, "story.md", WEEK1)
    work = tmp_path / "work.json"
    work.write_bytes(content)
    Path(str(work) + ".previous").write_text('{"old": true}')
    box = make_annotator(ann_of(article), save_to=work)
    asides = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("work.json.corrupt"))
    aside = tmp_path / asides[0]
    assert aside.read_bytes() == content
    assert asides == [aside.name, aside.name + ".previous"]  # the last good version, kept too
    assert box.session.marks == []
    message = status(box)
    assert aside.name in message and "work.json.previous" in message
    add(box, "Putin", "PERSON")
    assert [m["text"] for m in saved(work)["marks"]] == ["Putin"]
    assert aside.read_bytes() == content


def test_case05_a_read_only_notebook_folder_is_found_at_open_time(tmp_path, monkeypatch, ann_of):
    article = write_article(tmp_path / "articles", "story.md", WEEK1)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(notebooks)
    with read_only(notebooks):
        box = make_annotator(ann_of(article))
        opened = getattr(box, "status", None) and status(box)
        add(box, "Putin", "PERSON")
        assert box.path.parent == home / "newslab-work"
        assert [m["text"] for m in saved(box.path)["marks"]] == ["Putin"]
        assert "read-only" in opened and str(home / "newslab-work") in opened
        again = make_annotator(ann_of(article))
        assert [m.text for m in again.session.marks] == ["Putin"]
        with pytest.raises(AnnotationError, match="cannot save in .*notebooks.*save_to="):
            make_annotator(ann_of(article), save_to=notebooks / "mine.json")
    assert list(notebooks.iterdir()) == []


def test_case15_a_very_long_file_name_is_saved(tmp_path, monkeypatch, ann_of):
    monkeypatch.chdir(tmp_path)
    article = write_article(tmp_path, "a" * 245 + ".md", WEEK1)
    box = make_annotator(ann_of(article))
    add(box, "Putin", "PERSON")
    assert len(box.path.name.encode()) < 200
    assert [m["text"] for m in saved(box.path)["marks"]] == ["Putin"]
    again = make_annotator(ann_of(article))
    assert [m.text for m in again.session.marks] == ["Putin"]


def test_explicit_save_file_of_another_article_is_never_overwritten(tmp_path, ann_of):
    one = write_article(tmp_path / "week1", "article.md", WEEK1)
    two = write_article(tmp_path / "week2", "article.md", WEEK2)
    work = tmp_path / "work.json"
    first = make_annotator(ann_of(one), save_to=work)
    add(first, "Putin", "PERSON")
    before = work.read_bytes()
    with pytest.raises(AnnotationError, match="holds your entities marks on another article"):
        make_annotator(ann_of(two), save_to=work)
    assert work.read_bytes() == before


def test_case03_the_refusal_names_the_cell_of_the_newer_annotator(tmp_path, monkeypatch, ann_of):
    from IPython.core.interactiveshell import InteractiveShell

    monkeypatch.chdir(tmp_path)
    path = write_article(tmp_path, "story.md", WEEK1)
    shell = InteractiveShell.instance()
    try:
        shell.user_ns.update(ann=ann_of(path), make_annotator=make_annotator)
        shell.run_cell("old = make_annotator(ann)", store_history=True)  # In [1]
        shell.run_cell("new = make_annotator(ann)", store_history=True)  # In [2]
        old = shell.user_ns["old"]
    finally:
        InteractiveShell.clear_instance()
    add(old, "Putin", "PERSON")
    assert "use that one (in cell [2], the one you opened last)" in status(old)


def test_case10_a_notebook_run_inside_seeds_saves_its_work_elsewhere(tmp_path, monkeypatch, ann_of):
    seeds = tmp_path / "seeds"
    article = write_article(seeds, "story.md", WEEK1)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(seeds)
    box = make_annotator(ann_of(article))
    add(box, "Putin", "PERSON")
    assert sorted(p.name for p in seeds.iterdir()) == ["story.md"]
    assert box.path.parent == home / "newslab-work"
    assert [m["text"] for m in saved(box.path)["marks"]] == ["Putin"]
