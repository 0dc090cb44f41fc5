"""The article loader: the ANNOTATIONS.md form, normalization and errors that teach."""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.article import Article, ArticleFormatError, normalize_body
from newslab.loader import load_article

GOOD = (
    '---\ntitle: "Rain in Spain"\noutlet: "Wikinews"\npublished: 2024-03-05\n'
    'license: "CC BY 2.5"\n---\nFirst paragraph.\nSecond paragraph.'
)


def write(tmp_path, text: str | bytes, name: str = "a.md"):
    path = tmp_path / name
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    return path


def error_for(tmp_path, text: str | bytes) -> ArticleFormatError:
    with pytest.raises(ArticleFormatError) as info:
        load_article(write(tmp_path, text))
    return info.value


def test_good_file_gives_metadata_body_and_paragraph_offsets(tmp_path):
    a = load_article(write(tmp_path, GOOD))
    assert a.title == "Rain in Spain"
    assert a.published == dt.date(2024, 3, 5)
    assert a.outlet == "Wikinews" and a.license == "CC BY 2.5"
    assert a.slug == "a"
    assert a.body == "First paragraph.\nSecond paragraph."
    assert [(p.start, p.end) for p in a.paragraphs] == [(0, 16), (17, 34)]
    for p in a.paragraphs:
        assert a.body[p.start : p.end] == p.text


def test_pasted_text_is_normalized_to_the_body_form(tmp_path):
    messy = (
        "\ufeff"
        + GOOD.replace("\n", "\r\n").replace("First paragraph.", "First paragraph.   \r\n\r\n  ")
        + "\r\n\r\n"
    )
    a = load_article(write(tmp_path, messy.encode("utf-8")))
    assert a.body == "First paragraph.\nSecond paragraph."


def test_normalize_body_drops_blank_and_zero_width_lines():
    assert normalize_body("One.\n\u200b\n \t\nTwo.\r\nThree.\rFour.") == "One.\nTwo.\nThree.\nFour."


def test_seed_article_body_is_the_shared_text_exactly():
    from tests.conftest import MAIN_ARTICLE, ROOT

    shared = ROOT.parent / "shared" / "seed" / "putin-talks-2022-02-14.txt"
    a = load_article(MAIN_ARTICLE)
    assert a.title == "Putin signals talks with U.S. will go on"
    assert a.published == dt.date(2022, 2, 14)
    assert (a.outlet, a.dateline, a.license) == ("Bloomberg News", "Moscow", "excerpt for teaching")
    if shared.exists():
        assert a.body == shared.read_text(encoding="utf-8")
    assert len(a.paragraphs) == 15


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Just text, no front matter.", 1, "must start with front matter"),
        ('---\ntitle: "x"\npublished: 2024-01-01\nlicense: x\nBody.', 1, "never closed"),
        ("---\n- a\n- b\n---\nBody.", 2, "must be a mapping"),
        ("---\njust a string\n---\nBody.", 2, "must be a mapping"),
        ("---\npublished: 2024-01-01\nlicense: x\n---\nBody.", 4, "no 'title'"),
        ('---\ntitle: "x"\nlicense: x\n---\nBody.', 4, "no 'published'"),
        ('---\ntitle: "x"\npublished: 2024-01-01\n---\nBody.', 4, "no 'license'"),
        ('---\ntitle: "x"\npublished: yesterday\nlicense: x\n---\nBody.', 3, "like 2024-05-01"),
        ('---\ntitle: "x"\npublished: 2022-02-30\nlicense: x\n---\nBody.', 3, "not a real day"),
        ('---\ntitle: "x"\npublished: 2024-01-01\nlicense: x\n---\n\n  \n', 6, "no body"),
        ('---\ntitle: "x: y: z\npublished: 2024-01-01\n---\nBody.', 2, "not valid YAML"),
        ("---\ntitle: a: b\npublished: 2024-01-01\nlicense: x\n---\nBody.", 2, "not valid YAML"),
        ("", 1, "empty"),
    ],
)
def test_format_errors_name_file_line_and_fix(tmp_path, text, line, words):
    err = error_for(tmp_path, text)
    assert err.line == line, str(err)
    assert words in err.problem
    assert err.path.endswith("a.md")
    assert err.fix, "every error says how to fix it"
    assert str(err).startswith(f"{err.path}, line {line}: ")


def test_non_utf8_bytes_are_an_error_with_the_line(tmp_path):
    raw = GOOD.encode("utf-8").replace(b"Second", b"Caf\xe9")
    err = error_for(tmp_path, raw)
    assert "not UTF-8" in err.problem and err.line == 8 and "UTF-8" in err.fix


def test_nul_byte_is_an_error(tmp_path):
    err = error_for(tmp_path, GOOD.replace("Second", "Sec\x00ond"))
    assert "NUL" in err.problem and err.line == 8


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleFormatError, match="no such file"):
        load_article(tmp_path / "missing.md")
    with pytest.raises(ArticleFormatError, match="folder"):
        load_article(tmp_path)


def test_from_text_builds_slug_and_accepts_no_date():
    a = Article.from_text(
        "Talks went on.\n\nThen they stopped.", title="Talks!", published="2022-02-14"
    )
    assert a.slug == "talks-2022-02-14" and a.published == dt.date(2022, 2, 14)
    assert a.body == "Talks went on.\nThen they stopped."
    undated = Article.from_text("Talks.", title="Talks", published=None)
    assert undated.published is None


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"text": "", "published": None}, "empty"),
        ({"text": "x", "published": "14/02/2022"}, "like 2024-05-01"),
        ({"text": 42, "published": None}, "must be a str"),
    ],
)
def test_from_text_errors(kwargs, words):
    text = kwargs.pop("text")
    with pytest.raises(ArticleFormatError, match=words):
        Article.from_text(text, title="t", **kwargs)


def test_paragraph_at():
    a = Article.from_text("Ab.\nCd.", title="t", published=None)
    assert a.paragraph_at(0).index == 0 and a.paragraph_at(4).index == 1
    with pytest.raises(IndexError):
        a.paragraph_at(99)


BOMB = """---
title: "T"
published: 2024-03-05
license: "CC BY 2.5"
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
---
Body.
"""


def test_case13_yaml_aliases_are_refused_with_the_line(tmp_path):
    err = error_for(tmp_path, BOMB)
    assert err.line == 6 and "alias" in str(err) and "write the value out" in str(err)
    err = error_for(tmp_path, '---\ntitle: &t "T"\npublished: 2024-03-05\nlicense: *t\n---\nBody.')
    assert err.line == 4


def test_a_fifo_or_device_is_refused_without_reading_it(tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    found: list[BaseException | object] = []

    def load() -> None:
        try:
            found.append(load_article(fifo))
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            found.append(exc)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # it hangs: open the other end so the reader ends, then fail
        with open(fifo, "wb"):
            pass
        reader.join(timeout=20)
        pytest.fail("load_article blocked on a FIFO")
    assert isinstance(found[0], ArticleFormatError) and "not a regular file" in str(found[0])
    with pytest.raises(ArticleFormatError, match="not a regular file"):
        load_article("/dev/null")
