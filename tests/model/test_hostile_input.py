"""Hostile and unlucky input with the model (issue 16, cases 6, 8-12, 14): stale resume parts,
planted pickles and symlinks, escape sequences, `$` in plots, refusal of what would not stay fast.

Every hostile file is built here, in a temporary folder; nothing is written into seeds/.
"""

from __future__ import annotations

import pickle
import unicodedata

import pandas as pd
import pytest

from newslab import Article, annotate
from newslab.cli import main
from newslab.loader import load_article
from newslab.safe_io import ProtectedPathError

pytestmark = pytest.mark.model

FRONT = '---\ntitle: "{title}"\npublished: 2022-02-14\nlicense: "CC BY 2.5"\n---\n'
TALKS = (
    "Vladimir Putin met Sergei Lavrov in Moscow on Monday.\n"
    '"The talks will go on," Lavrov told reporters on Sunday.'
)
STORM = (
    "A storm hit the coast of Maine on Friday.\nOfficials in Portland said the roads were closed."
)


def write(folder, name, body, title="T"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(FRONT.format(title=title) + body + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    write(folder, "talks.md", TALKS)
    write(folder, "storm.md", STORM)
    return folder


def controls(text: str) -> list[str]:
    """Control characters other than newline and tab: what a terminal would obey."""
    return [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"]


def test_case06_resume_re_annotates_an_input_that_changed(corpus, tmp_path, capsys, nlp):
    out = tmp_path / "results" / "t.csv"
    assert main(["corpus", str(corpus), "--out", str(out)]) == 0
    assert "2 articles annotated" in capsys.readouterr().out
    write(
        corpus,
        "talks.md",
        TALKS.replace("Sergei Lavrov", "Sergei Shoigu").replace("Lavrov", "Shoigu"),
    )
    assert main(["corpus", str(corpus), "--out", str(out)]) == 0
    assert "1 article annotated" in capsys.readouterr().out
    people = pd.read_csv(out.with_name("t-entities.csv"))
    talks = set(people.loc[people["slug"] == "talks", "text"])
    assert "Sergei Shoigu" in talks and not any("Lavrov" in t for t in talks)
    assert main(["corpus", str(corpus), "--out", str(out)]) == 0
    assert "0 articles annotated" in capsys.readouterr().out
    assert pd.read_csv(out.with_name("t-entities.csv")).equals(people)


class _Planted:
    """Unpickling this creates a file: the proof that a part ran code."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_case08_a_planted_pickle_in_the_parts_folder_never_runs(corpus, tmp_path, capsys, nlp):
    out = tmp_path / "results" / "t.csv"
    parts = tmp_path / "results" / "t.csv.parts"
    parts.mkdir(parents=True)
    marker = tmp_path / "PWNED"
    for stem in ("talks", "storm"):
        (parts / f"{stem}.pkl").write_bytes(pickle.dumps(_Planted(marker)))
    code = main(["corpus", str(corpus), "--out", str(out)])
    assert not marker.exists()
    assert code == 0
    assert "2 articles annotated" in capsys.readouterr().out
    assert sorted(p.name for p in parts.glob("*.pkl")) == ["storm.pkl", "talks.pkl"]  # never read
    assert len(pd.read_csv(out.with_name("t-entities.csv"))) > 3


def test_case09_escape_sequences_never_reach_the_terminal(tmp_path, capsys, nlp):
    hostile = write(
        tmp_path,
        "hostile.md",
        "Vladimir Putin\x1b]0;owned\x07 met Sergei Lavrov in Moscow\x1b[2J on Monday.\n"
        '"The talks will go on,\x9b31m" Lavrov said on Sunday.',
        title="Talks\\e]0;owned\\x07 \\x9b31m",  # YAML escapes: ESC, BEL, CSI
    )
    assert "\x1b" in load_article(hostile).title
    for command in (
        ["report", str(hostile)],
        ["annotate", str(hostile), "--format", "table"],
        ["annotate", str(hostile), "--format", "json"],
    ):
        assert main(command) == 0
        captured = capsys.readouterr()
        assert controls(captured.out + captured.err) == [], command
        assert "Lavrov" in captured.out
    bad_name = tmp_path / "evil\x1b]0;x\x07.md"
    bad_name.write_text("no front matter")
    assert main(["report", str(bad_name)]) == 2
    assert controls(capsys.readouterr().err) == []


def test_case10_seeds_and_planted_symlinks_are_refused_before_any_work(
    corpus, tmp_path, capsys, monkeypatch, nlp
):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for out in ("t.parquet", "t.csv", "sub/t.csv"):
        assert main(["corpus", str(corpus), "--out", str(seeds / out)]) == 2
        err = capsys.readouterr().err
        assert "seeds" in err and err.count("\n") == 1
    assert list(seeds.iterdir()) == []
    ann = annotate(corpus / "talks.md")
    from newslab.timeline import export_timelinejs

    with pytest.raises(ProtectedPathError):
        export_timelinejs(ann, seeds / "sub" / "timeline.json")
    assert list(seeds.iterdir()) == []
    # a symlink planted at the old temporary names is never followed
    results = tmp_path / "results"
    results.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    for name in ("entities", "quotes", "sources", "timexes"):
        (results / f".t-{name}.parquet.tmp").symlink_to(victim)
    assert main(["corpus", str(corpus), "--out", str(results / "t.parquet")]) == 0
    assert victim.read_text() == "precious"
    assert len(pd.read_parquet(results / "t-entities.parquet")) > 3


def test_case11_dollar_signs_are_drawn_as_dollars(tmp_path, nlp):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from newslab.plots import plot_counts, plot_timeline
    from newslab.widgets import make_timeline_explorer

    ann = annotate(
        Article.from_text(
            "Shares fell $3, or 5%, to $60 on Monday.\n"
            "Sales grew from $5 billion to $7 billion on Friday, the company said.",
            title="Costs of $5 billion to $7 billion",
            published="2022-02-14",
        )
    )
    fig = plot_timeline(ann)
    fig.canvas.draw()  # mathtext would raise here
    texts = [t for t in fig.findobj(matplotlib.text.Text) if "$" in t.get_text()]
    assert len(texts) >= 3
    for t in texts:
        assert t._preprocess_math(t.get_text())[1] is False, t.get_text()  # not italics
    plt.close(fig)
    fig = plot_counts({"$5 billion": 2, "$7 billion": 1}, title="$ and $")
    fig.canvas.draw()
    plt.close(fig)
    box = make_timeline_explorer(ann)
    box.slider.index = (0, 0)
    assert "Something went wrong" not in str(box.children[-1].outputs)


def test_case12_a_paragraph_too_long_to_stay_fast_is_refused_before_the_model(
    tmp_path, monkeypatch
):
    import newslab.nlp

    def no_model(*args, **kwargs):
        raise AssertionError("the model was reached")

    monkeypatch.setattr(newslab.nlp, "load_nlp", no_model)
    unit = "The council said the plan would cost more than expected, and residents agreed "
    body = (unit * 12_500)[:999_000]  # 1 MB in one paragraph, under the old size limit
    article = Article.from_text(body, title="Long", published="2022-02-14")
    from newslab.article import ArticleFormatError

    with pytest.raises(ArticleFormatError, match="split it into several"):
        annotate(article)
    path = write(tmp_path, "long.md", body)
    assert main(["annotate", str(path)]) == 2


def test_case14_a_corrupt_parts_file_is_one_line_and_exit_2(corpus, tmp_path, capsys, nlp):
    out = tmp_path / "results" / "t.csv"
    assert main(["corpus", str(corpus), "--out", str(out)]) == 0
    capsys.readouterr()
    parts = [p for p in out.with_name("t.csv.parts").rglob("*") if p.is_file()]
    assert parts
    for part in parts:
        part.write_bytes(b"\x00garbage")
    assert main(["corpus", str(corpus), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "t.csv.parts" in err and "run again" in err


def test_paragraph_breaks_start_sentences_and_spaces_do_not(nlp):
    ann = annotate(Article.from_text("Word\nword two\nthree.", title="T", published=None))
    assert [s.text for s in ann.sentences] == ["Word", "word two", "three."]
    many = annotate(Article.from_text("\n".join(["Word."] * 3000), title="T", published=None))
    assert len(many.sentences) == 3000
    assert [s.paragraph for s in many.sentences[-2:]] == [2998, 2999]
    assert many.sentence_at(many.body.rindex("Word")).index == 2999


def test_loader_refuses_a_huge_file_before_reading_it(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.write(FRONT.format(title="T").encode())
        handle.truncate(50_000_000)
    from newslab.article import ArticleFormatError

    with pytest.raises(ArticleFormatError, match="50,000,000 bytes"):
        load_article(path)


def test_cooccurrence_counts_the_pairs_of_each_sentence(nlp):
    from newslab import cooccurrence_frame

    ann = annotate(
        Article.from_text(
            "Putin met Lavrov in Moscow. Biden stayed in Washington.\nLavrov called Putin.",
            title="T",
            published="2022-02-14",
        )
    )
    # by hand: sentence 1 pairs Lavrov-Moscow, Lavrov-Putin, Moscow-Putin; sentence 2
    # Biden-Washington; sentence 3 Lavrov-Putin again. Ties keep their reading order.
    rows = cooccurrence_frame(ann).values.tolist()
    assert rows == [
        ["Lavrov", "Putin", 2],
        ["Lavrov", "Moscow", 1],
        ["Moscow", "Putin", 1],
        ["Biden", "Washington", 1],
    ]
