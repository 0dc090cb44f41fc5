"""The annotator's comparison as a learner reads it: a near miss is "partly agree", with why.

Every case is a sentence written for the test and counted by hand.
"""

from __future__ import annotations

from newslab.course.agreement import agreement_rows, near_misses
from newslab.course.learner_marks import Session, compare

BODY = "President Vladimir Putin met Lavrov in Moscow.\nLavrov said the talks would go on."
#    offsets: "Vladimir Putin" 10-24, "Putin" 19-24, "Putin met" 19-28, "Lavrov" 29-35,
#    "Moscow" 39-45, paragraph 2 starts at 47: "Lavrov" 47-53, "the talks would go on" 59-80


def machine(*spans):
    return [{"start": s, "end": e, "text": BODY[s:e], "label": lab} for s, e, lab in spans]


def rows_for(task, marks, spans):
    s = Session("s", BODY, task)
    for start, end, label in marks:
        s.add(start, end, label)
    cmp = compare(s, machine(*spans))
    return cmp, agreement_rows(cmp, BODY)


def test_a_shorter_span_is_partly_agree_with_the_words_it_leaves_out():
    assert BODY[10:24] == "Vladimir Putin" and BODY[19:24] == "Putin"
    cmp, rows = rows_for("entities", [(19, 24, "PERSON")], [(10, 24, "PERSON")])
    assert [(r.verdict, r.yours, r.machine, r.label) for r in rows] == [
        ("partly agree", "Putin", "Vladimir Putin", "PERSON")
    ]
    assert rows[0].why == "You share “Putin”; the machine’s mark also takes in “Vladimir”."
    # the scores are the task's own: a near miss is still a miss on both sides
    assert cmp.scores["you, with the machine's marks as the answer key"]["f1"] == 0.0


def test_spans_that_each_take_in_other_words_and_a_label_that_differs():
    _, rows = rows_for("entities", [(19, 28, "ORG")], [(10, 24, "PERSON")])
    assert rows[0].verdict == "partly agree" and rows[0].label == "ORG / PERSON"
    assert rows[0].why == (
        "You share “Putin”; the machine’s mark also takes in “Vladimir”; yours also takes in "
        "“met”. You chose ORG, the machine PERSON."
    )
    _, rows = rows_for("entities", [(39, 45, "LOC")], [(39, 45, "GPE")])
    assert rows[0].why == "Same words. You chose LOC, the machine GPE."


def test_agreements_and_marks_far_apart_keep_their_verdicts_in_reading_order():
    _, rows = rows_for(
        "entities",
        [(29, 35, "PERSON"), (47, 53, "PERSON"), (19, 24, "PERSON")],
        [(10, 24, "PERSON"), (29, 35, "PERSON"), (39, 45, "GPE")],
    )
    assert [(r.verdict, r.yours or r.machine) for r in rows] == [
        ("partly agree", "Putin"),
        ("both", "Lavrov"),
        ("only the machine", "Moscow"),
        ("only you", "Lavrov"),
    ]


def test_each_mark_is_paired_once_the_largest_overlap_first():
    # two learner marks inside the machine's one: "Vladimir" (10-18) and "Vladimir Putin met"
    cmp, rows = rows_for("entities", [(10, 18, "PERSON"), (10, 28, "PERSON")], [(10, 24, "PERSON")])
    assert len(near_misses(cmp)) == 1
    assert sorted((r.verdict, r.yours) for r in rows) == [
        ("only you", "Vladimir"),
        ("partly agree", "Vladimir Putin met"),
    ]


def test_quotes_of_another_kind_or_overlapping_less_than_half_are_partly_agree():
    assert BODY[59:80] == "the talks would go on" and BODY[75:80] == "go on"
    # "go on" is 5 of the 21 characters: less than half, so not a match, but a near miss
    _, rows = rows_for("quotes", [(75, 80, "indirect")], [(59, 80, "indirect")])
    assert [(r.verdict, r.label) for r in rows] == [("partly agree", "indirect")]
    assert rows[0].why == "You share “go on”; the machine’s mark also takes in “the talks would”."
    # "talks would go on" overlaps by more than half, but the kind differs
    _, rows = rows_for("quotes", [(63, 80, "direct")], [(59, 80, "indirect")])
    assert [r.verdict for r in rows] == ["partly agree"]
    assert "the machine’s mark also takes in “the”" in rows[0].why
    assert rows[0].why.endswith("You chose direct, the machine indirect.")
