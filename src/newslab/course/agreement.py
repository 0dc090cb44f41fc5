"""The annotator's comparison as a learner reads it: both, partly agree, only you, only the machine.

A mark that only the learner made and one that only the machine made may still cover some of
the same words: "Putin" against the machine's "Vladimir Putin", or the same words with another
label. Those pairs are "partly agree", each with a sentence that says what they share and
what differs, rather than one "only you" and one "only the machine" with no word on why. The
scores stay those of :func:`~newslab.course.learner_marks.compare`: a near miss is a miss.

>>> from newslab.course.learner_marks import Session, compare
>>> s = Session("s", "Vladimir Putin spoke.", "entities")
>>> _ = s.add(9, 14, "PERSON")
>>> rows = agreement_rows(compare(s, [{"start": 0, "end": 14, "text": "Vladimir Putin",
...                                     "label": "PERSON"}]), s.body)
>>> rows[0].verdict, rows[0].why
('partly agree', 'You share “Putin”; the machine’s mark also takes in “Vladimir”.')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..scoring import match_spans
from .learner_marks import Comparison

__all__ = ["AgreementRow", "agreement_rows", "near_misses"]

VERDICTS = ("both", "partly agree", "only you", "only the machine")


@dataclass(frozen=True)
class AgreementRow:
    """One line of the comparison: the verdict, each side's words and label, and why."""

    verdict: str
    yours: str
    machine: str
    label: str
    why: str = ""
    start: int = 0


def near_misses(cmp: Comparison) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pairs (learner's mark, machine's mark) that overlap but did not agree, one-to-one,
    the largest overlap first."""
    pairs = match_spans(cmp.learner_only, cmp.machine_only)
    return [(cmp.learner_only[i], cmp.machine_only[j]) for i, j in pairs]


def _extra(body: str, outer: dict[str, Any], inner: dict[str, Any]) -> str:
    """The words of ``outer`` outside ``inner``, in quotation marks, joined by "and"."""
    parts = [
        body[outer["start"] : min(outer["end"], inner["start"])].strip(),
        body[max(outer["start"], inner["end"]) : outer["end"]].strip(),
    ]
    return " and ".join(f"“{p}”" for p in parts if p)


def why(body: str, mine: dict[str, Any], theirs: dict[str, Any]) -> str:
    """What a near miss shares and what differs, in one or two sentences."""
    start, end = max(mine["start"], theirs["start"]), min(mine["end"], theirs["end"])
    said = []
    if (mine["start"], mine["end"]) == (theirs["start"], theirs["end"]):
        said.append("Same words")
    else:
        said.append(f"You share “{body[start:end]}”")
        if extra := _extra(body, theirs, mine):
            said.append(f"the machine’s mark also takes in {extra}")
        if extra := _extra(body, mine, theirs):
            said.append(f"yours also takes in {extra}")
    text = "; ".join(said) + "."
    if mine["label"] != theirs["label"]:
        text += f" You chose {mine['label']}, the machine {theirs['label']}."
    return text


def agreement_rows(cmp: Comparison, body: str) -> list[AgreementRow]:
    """Every mark of the comparison once, in the order of the text: both, partly agree,
    only you, only the machine."""
    rows = [
        AgreementRow("both", a["text"], b["text"], a["label"], "", a["start"])
        for a, b in cmp.agreed
    ]
    near = near_misses(cmp)
    for mine, theirs in near:
        label = (
            mine["label"]
            if mine["label"] == theirs["label"]
            else f"{mine['label']} / {theirs['label']}"
        )
        rows.append(
            AgreementRow(
                "partly agree",
                mine["text"],
                theirs["text"],
                label,
                why(body, mine, theirs),
                min(mine["start"], theirs["start"]),
            )
        )
    paired_mine = {id(m) for m, _ in near}
    paired_theirs = {id(t) for _, t in near}
    rows += [
        AgreementRow("only you", m["text"], "", m["label"], "", m["start"])
        for m in cmp.learner_only
        if id(m) not in paired_mine
    ]
    rows += [
        AgreementRow("only the machine", "", m["text"], m["label"], "", m["start"])
        for m in cmp.machine_only
        if id(m) not in paired_theirs
    ]
    return sorted(rows, key=lambda r: (r.start, VERDICTS.index(r.verdict)))
