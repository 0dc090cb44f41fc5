"""The command line: good files work, every user mistake is one line and exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newslab.cli import main

GOOD = '---\ntitle: "T"\npublished: 2024-03-05\nlicense: "CC BY 2.5"\n---\nBody.'


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("No front matter here.", "line 1: the file must start with front matter"),
        ('---\ntitle: "T"\npublished: 2024-02-30\nlicense: x\n---\nBody.', "line 3: 'published'"),
        (b"---\ntitle: caf\xe9\n---\n", "line 2: the file is not UTF-8"),
    ],
)
@pytest.mark.parametrize("command", ["annotate", "report"])
def test_bad_article_is_one_line_and_exit_2(tmp_path, capsys, content, words, command):
    path = tmp_path / "bad.md"
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1, err
    assert "Traceback" not in err


def test_missing_file_is_exit_2(tmp_path, capsys):
    assert main(["annotate", str(tmp_path / "nope.md")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_anchor_is_exit_2(tmp_path, capsys):
    path = tmp_path / "a.md"
    path.write_text(GOOD)
    assert main(["annotate", str(path), "--anchor", "soon"]) == 2
    assert "--anchor 'soon' is not a date" in capsys.readouterr().err


def test_score_prints_per_label_table(tmp_path, capsys):
    gold = {
        "entities": [
            {"start": 0, "end": 5, "label": "GPE"},
            {"start": 9, "end": 12, "label": "ORG"},
        ]
    }
    pred = {"entities": [{"start": 0, "end": 5, "label": "GPE"}]}
    (tmp_path / "g.json").write_text(json.dumps(gold))
    (tmp_path / "p.json").write_text(json.dumps(pred))
    assert (
        main(["score", str(tmp_path / "g.json"), str(tmp_path / "p.json"), "--format", "json"]) == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["entities"]["ALL"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "tp": 1,
        "pred": 1,
        "gold": 2,
    }
    assert main(["score", str(tmp_path / "g.json"), str(tmp_path / "p.json")]) == 0
    text = capsys.readouterr().out
    assert "GPE" in text and "ORG" in text and "0.667" in text


def test_score_with_broken_json_is_exit_2(tmp_path, capsys):
    (tmp_path / "g.json").write_text("{")
    (tmp_path / "p.json").write_text("[]")
    assert main(["score", str(tmp_path / "g.json"), str(tmp_path / "p.json")]) == 2
    assert "line 1: not valid JSON" in capsys.readouterr().err
    (tmp_path / "g.json").write_text("[]")
    assert main(["score", str(tmp_path / "g.json"), str(tmp_path / "p.json")]) == 2
    assert "expected one JSON object" in capsys.readouterr().err


def test_no_command_prints_help_and_exit_2(capsys):
    assert main([]) == 2
    assert "annotate" in capsys.readouterr().out


def test_python_dash_m_runs_the_same_command(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("nothing")
    run = subprocess.run(
        [sys.executable, "-m", "newslab", "report", str(path)], capture_output=True, text=True
    )
    assert run.returncode == 2 and run.stderr.startswith("newslab report: ")


def exit_code(argv):
    """``main``'s exit code, also where argparse would have called ``sys.exit``."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.fixture
def no_model(monkeypatch):
    """Fails the test if the model is loaded: a mistake must be found before any work."""
    import newslab.nlp

    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(newslab.nlp, "load_nlp", refuse)


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text(GOOD)
    return articles


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--batch-size", "0"], "--batch-size must be a whole number of 1 or more, not 0"),
        (["--batch-size", "-1"], "--batch-size must be a whole number of 1 or more, not -1"),
        (["--batch-size", "many"], "--batch-size must be a whole number of 1 or more, not 'many'"),
        (["--workers", "0"], "--workers must be a whole number of 1 or more, not 0"),
    ],
)
def test_case14_a_bad_number_is_one_line_and_exit_2(
    folder, tmp_path, capsys, no_model, option, words
):
    assert exit_code(["corpus", str(folder), "--out", str(tmp_path / "t.csv"), *option]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1, err
    assert not (tmp_path / "t.csv.parts").exists()


@pytest.mark.parametrize("out", ["/dev/null/x.csv", "/dev/null/x"])
def test_case14_an_output_under_a_file_is_one_line_and_exit_2(folder, capsys, no_model, out):
    assert exit_code(["corpus", str(folder), "--out", out]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newslab corpus: /dev/null") and err.count("\n") == 1, err
    assert "unexpected" not in err


def test_case14_score_on_a_folder_is_one_line_and_exit_2(folder, capsys):
    assert exit_code(["score", str(folder), str(folder)]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "newslab evaluate" in err and err.count("\n") == 1, err


def test_case14_a_fifo_as_the_article_does_not_hang(tmp_path):
    import os

    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    run = subprocess.run(
        [sys.executable, "-m", "newslab", "annotate", str(fifo)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2 and "not a regular file" in run.stderr, run.stderr
    assert run.stderr.count("\n") == 1
