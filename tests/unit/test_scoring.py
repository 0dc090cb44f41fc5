"""Scores worked out by hand on tiny cases."""

from __future__ import annotations

import pytest

from newslab.scoring import (
    match_spans,
    normalize_speaker,
    score_entities,
    score_quotes,
    score_timexes,
)


def e(start, end, label="GPE"):
    return {"start": start, "end": end, "label": label}


def test_entities_are_strict_on_start_end_and_label():
    gold = [e(0, 5), e(10, 15, "PERSON"), e(20, 25, "ORG")]
    pred = [e(0, 5), e(10, 15, "ORG"), e(20, 24, "ORG"), e(30, 35)]
    s = score_entities(gold, pred)
    # only (0, 5, GPE) matches: P = 1/4, R = 1/3, F1 = 2PR/(P+R) = 2/7
    assert (s["ALL"].tp, s["ALL"].n_pred, s["ALL"].n_gold) == (1, 4, 3)
    assert s["ALL"].f1 == pytest.approx(2 / 7)
    assert s["GPE"].precision == pytest.approx(1 / 2) and s["GPE"].recall == 1.0
    assert s["PERSON"].f1 == 0.0 and s["ORG"].n_pred == 2


def test_empty_inputs_score_zero_without_dividing_by_zero():
    s = score_entities([], [])
    assert s["ALL"].f1 == 0.0 and s["ALL"].precision == 0.0


def q(start, end, speaker="Sergei Lavrov", kind="indirect", cue="say"):
    return {"start": start, "end": end, "speaker": speaker, "kind": kind, "cue": cue}


def test_quote_matching_needs_half_the_union_and_is_one_to_one():
    gold = [q(0, 100), q(200, 300)]
    # overlap 60 of union 100: a match; 40 of union 140: no match
    pred = [q(40, 100), q(200, 240, speaker="Lavrov"), q(0, 90)]
    assert match_spans(gold, pred, min_ratio=0.5) == [(0, 2)]  # 90/100 beats 60/100
    s = score_quotes(gold, pred)
    assert (s["span"].tp, s["span"].n_pred, s["span"].n_gold) == (1, 3, 2)


def test_quote_speaker_compares_lower_case_without_the():
    gold = [q(0, 10, speaker="The West"), q(20, 30, speaker="Sergei Lavrov")]
    pred = [q(0, 10, speaker="the west"), q(20, 30, speaker="Lavrov", cue="tell", kind="direct")]
    s = score_quotes(gold, pred)
    assert s["span"].tp == 2 and s["span_speaker"].tp == 1
    assert s["cue_accuracy"] == 0.5 and s["kind_accuracy"] == 0.5
    assert normalize_speaker("  The   Kremlin ") == "kremlin"


def t(start, end, value, type_="DATE", sd=None, ed=None):
    return {
        "start": start,
        "end": end,
        "value": value,
        "type": type_,
        "start_date": sd,
        "end_date": ed,
    }


def test_timex_strict_lenient_and_value():
    gold = [t(0, 6, "2022-02-13"), t(10, 19, "2022-W07"), t(30, 35, "P1W", "DURATION")]
    pred = [t(0, 6, "2022-02-13"), t(15, 19, "2022-W06"), t(40, 45, "PRESENT_REF")]
    s = score_timexes(gold, pred)
    assert s["strict"].tp == 1 and s["lenient"].tp == 2
    # value: one prediction overlaps gold with the same value (of 3 predicted, 3 gold)
    assert s["value"].precision == pytest.approx(1 / 3) and s["value"].recall == pytest.approx(
        1 / 3
    )
    assert s["type_accuracy"] == 1.0


def test_a_gold_that_annotates_only_timexes_scores_only_timexes():
    from newslab.scoring import score_all, sum_scores

    gold = {"layers": ["timexes"], "timexes": [t(0, 6, "2022-02-13")]}
    pred = {
        "entities": [e(0, 6, "DATE")],
        "quotes": [q(10, 20)],
        "timexes": [t(0, 6, "2022-02-13")],
    }
    one = score_all(gold, pred)
    assert list(one) == ["timexes"] and one["timexes"]["value"].f1 == 1.0
    full = score_all({"entities": [e(0, 6, "DATE")]}, pred)  # no "layers": all three
    assert list(full) == ["entities", "quotes", "timexes"]
    total = sum_scores([one, full])
    # entities and quotes come from the one article that annotates them
    assert total["entities"]["ALL"].n_gold == 1 and total["quotes"]["span"].n_pred == 1
    # timexes from both: 1 gold + 0 gold, 1 predicted + 1 predicted
    assert (total["timexes"]["value"].n_gold, total["timexes"]["value"].n_pred) == (1, 2)
    assert list(sum_scores([one])) == ["timexes"]


def test_the_score_text_shows_only_the_layers_scored():
    from newslab.scoring import score_all, sum_scores
    from newslab.terminal import scores_text

    one = score_all({"layers": ["timexes"], "timexes": [t(0, 6, "2022")]}, {"timexes": []})
    text = scores_text({"total": sum_scores([one]), "articles": {"a-story": one}})
    assert "Timexes" in text and "Entities" not in text and "Quotes" not in text
    row = next(line.split() for line in text.splitlines() if line.startswith("a-story"))
    assert row == ["a-story", "-", "-", "0.000"]


def test_an_article_with_nothing_to_find_and_nothing_found_shows_no_f1():
    """A market report with no statement in it, and none found, is not a 0.000 for quotes."""
    from newslab.scoring import score_all, sum_scores
    from newslab.terminal import scores_text

    gold = {"entities": [], "quotes": [], "timexes": [t(0, 6, "2022")]}
    pred = {"entities": [], "quotes": [], "timexes": [t(0, 6, "2022")]}
    quiet = score_all(gold, pred)
    noisy = score_all({**gold, "timexes": []}, pred)  # found a date the gold does not have
    text = scores_text(
        {"total": sum_scores([quiet, noisy]), "articles": {"quiet": quiet, "noisy": noisy}}
    )
    rows = {
        line.split()[0]: line.split()[1:]
        for line in text.splitlines()
        if line.split()[:1] in (["quiet"], ["noisy"])
    }
    assert rows == {"quiet": ["none", "none", "1.000"], "noisy": ["none", "none", "0.000"]}
    assert "none   nothing to find in the gold and nothing found" in text


def test_a_gold_file_with_unknown_layers_is_a_clear_error(tmp_path):
    from newslab.article import ArticleFormatError
    from newslab.evaluation import gold_layers, load_gold

    path = tmp_path / "x.gold.json"
    path.write_text('{"article": "x.md", "layers": ["times"], "timexes": []}')
    with pytest.raises(ArticleFormatError, match=r"x.gold.json.*'layers' is \['times'\]"):
        load_gold(path)
    path.write_text('{"article": "x.md", "layers": ["quotes", "timexes"]}')
    assert gold_layers(load_gold(path)) == ("quotes", "timexes")
    path.write_text('{"article": "x.md"}')
    assert gold_layers(load_gold(path)) == ("entities", "quotes", "timexes")
