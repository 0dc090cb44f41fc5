"""Scores of predicted annotations against gold ones, in the ANNOTATIONS.md JSON form.

Pure functions over lists of dicts: usable on the CLI (``newslab score``), in tests and
in the lesson on checking the machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "LAYERS",
    "PRF",
    "gold_layers",
    "score_all",
    "score_entities",
    "score_quotes",
    "score_timexes",
]

Span = Mapping[str, Any]


@dataclass(frozen=True)
class PRF:
    """Counts and precision/recall/F1 (``tp`` counted against both sides)."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "pred": self.n_pred,
            "gold": self.n_gold,
        }


def score_entities(gold: Sequence[Span], pred: Sequence[Span]) -> dict[str, PRF]:
    """Strict entity scores: same start, end and label. Keys: each label and ``"ALL"``.

    Examples
    --------
    >>> g = [{"start": 0, "end": 5, "label": "GPE"}]
    >>> p = [{"start": 0, "end": 5, "label": "GPE"}, {"start": 9, "end": 12, "label": "ORG"}]
    >>> round(score_entities(g, p)["ALL"].f1, 3)
    0.667
    """
    gset = {(s["start"], s["end"], s["label"]) for s in gold}
    pset = {(s["start"], s["end"], s["label"]) for s in pred}
    out: dict[str, PRF] = {}
    for label in sorted({k[2] for k in gset | pset}):
        g = {k for k in gset if k[2] == label}
        p = {k for k in pset if k[2] == label}
        out[label] = PRF(len(g & p), len(p), len(g))
    out["ALL"] = PRF(len(gset & pset), len(pset), len(gset))
    return out


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_spans(
    gold: Sequence[Span], pred: Sequence[Span], *, min_ratio: float = 0.0
) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, pred index), best overlap first.

    With ``min_ratio`` 0 any overlap counts; otherwise overlap / union must reach it.
    """
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov <= 0:
                continue
            union = max(g["end"], p["end"]) - min(g["start"], p["start"])
            ratio = ov / union
            if ratio >= min_ratio:
                pairs.append((ratio, ov, gi, pi))
    pairs.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matches.append((gi, pi))
    return sorted(matches)


def normalize_speaker(name: Any) -> str:
    """Speaker comparison form: lower case, without a leading "the"."""
    text = " ".join(str(name or "").lower().split())
    return text[4:] if text.startswith("the ") else text


def score_quotes(gold: Sequence[Span], pred: Sequence[Span]) -> dict[str, Any]:
    """Quote scores: spans match at overlap/union >= 0.5, one-to-one, best first.

    Returns ``span`` and ``span_speaker`` PRFs and ``kind``/``cue`` accuracy among matches.
    """
    matches = match_spans(gold, pred, min_ratio=0.5)
    with_speaker = [
        (g, p)
        for g, p in matches
        if normalize_speaker(gold[g].get("speaker")) == normalize_speaker(pred[p].get("speaker"))
        and gold[g].get("speaker") is not None
    ]
    kind_ok = sum(gold[g].get("kind") == pred[p].get("kind") for g, p in matches)
    cue_ok = sum(gold[g].get("cue") == pred[p].get("cue") for g, p in matches)
    return {
        "span": PRF(len(matches), len(pred), len(gold)),
        "span_speaker": PRF(len(with_speaker), len(pred), len(gold)),
        "kind_accuracy": _ratio(kind_ok, len(matches)),
        "cue_accuracy": _ratio(cue_ok, len(matches)),
        "matched": len(matches),
    }


def score_timexes(gold: Sequence[Span], pred: Sequence[Span]) -> dict[str, Any]:
    """Timex scores: strict span, lenient span (any overlap), value F1, type/date accuracy."""
    strict_g = {(s["start"], s["end"]) for s in gold}
    strict_p = {(s["start"], s["end"]) for s in pred}
    lenient = match_spans(gold, pred)
    value_pred = sum(
        any(_overlap(p, g) > 0 and p.get("value") == g.get("value") for g in gold) for p in pred
    )
    value_gold = sum(
        any(_overlap(p, g) > 0 and p.get("value") == g.get("value") for p in pred) for g in gold
    )
    type_ok = sum(gold[g].get("type") == pred[p].get("type") for g, p in lenient)
    dates_ok = sum(
        (gold[g].get("start_date"), gold[g].get("end_date"))
        == (pred[p].get("start_date"), pred[p].get("end_date"))
        for g, p in lenient
    )
    value = _value_prf(value_pred, value_gold, len(pred), len(gold))
    return {
        "strict": PRF(len(strict_g & strict_p), len(strict_p), len(strict_g)),
        "lenient": PRF(len(lenient), len(pred), len(gold)),
        "value": value,
        "type_accuracy": _ratio(type_ok, len(lenient)),
        "dates_accuracy": _ratio(dates_ok, len(lenient)),
        "matched": len(lenient),
    }


@dataclass(frozen=True)
class ValuePRF(PRF):
    """Value scores: precision over predictions, recall over gold, each its own count."""

    tp_gold: int = 0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    def __add__(self, other: PRF) -> ValuePRF:
        other_gold = other.tp_gold if isinstance(other, ValuePRF) else other.tp
        return ValuePRF(
            self.tp + other.tp,
            self.n_pred + other.n_pred,
            self.n_gold + other.n_gold,
            self.tp_gold + other_gold,
        )


def _value_prf(tp_pred: int, tp_gold: int, n_pred: int, n_gold: int) -> ValuePRF:
    return ValuePRF(tp_pred, n_pred, n_gold, tp_gold)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


LAYERS = ("entities", "quotes", "timexes")


def gold_layers(gold: Mapping[str, Any]) -> tuple[str, ...]:
    """The layers a gold file annotates: its ``"layers"`` list, else all three.

    >>> gold_layers({"layers": ["timexes", "quotes"]})
    ('quotes', 'timexes')
    """
    return tuple(x for x in LAYERS if x in gold.get("layers", LAYERS))


def score_all(
    gold: Mapping[str, Any], pred: Mapping[str, Any], *, layers: Sequence[str] | None = None
) -> dict[str, Any]:
    """The scores of each layer the gold annotates, for one article's JSON objects.

    ``layers`` defaults to the gold's own ``"layers"`` list (a gold file that annotates only
    timexes says ``"layers": ["timexes"]``), else all three.

    Examples
    --------
    >>> gold = {"layers": ["timexes"], "timexes": [{"start": 0, "end": 5, "value": "2020"}]}
    >>> sorted(score_all(gold, {"timexes": []}))
    ['timexes']
    """
    scorers = {"entities": score_entities, "quotes": score_quotes, "timexes": score_timexes}
    chosen = layers if layers is not None else gold_layers(gold)
    return {
        layer: scorers[layer](gold.get(layer, []), pred.get(layer, []))
        for layer in LAYERS
        if layer in chosen
    }


def sum_scores(results: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Micro-average of :func:`score_all` results over several articles; a layer is summed
    over the articles that score it, and left out where none does."""
    ents: dict[str, PRF] = {}
    quotes: dict[str, Any] = {}
    timexes: dict[str, Any] = {}
    counters = {"q_kind": [0, 0], "q_cue": [0, 0], "t_type": [0, 0], "t_dates": [0, 0]}
    for res in results:
        for label, prf in res.get("entities", {}).items():
            ents[label] = ents.get(label, PRF(0, 0, 0)) + prf
        if "quotes" in res:
            for key in ("span", "span_speaker"):
                quotes[key] = quotes.get(key, PRF(0, 0, 0)) + res["quotes"][key]
        if "timexes" in res:
            for key in ("strict", "lenient"):
                timexes[key] = timexes.get(key, PRF(0, 0, 0)) + res["timexes"][key]
            timexes["value"] = timexes.get("value", ValuePRF(0, 0, 0, 0)) + res["timexes"]["value"]
        for name, layer, key in (
            ("q_kind", "quotes", "kind_accuracy"),
            ("q_cue", "quotes", "cue_accuracy"),
            ("t_type", "timexes", "type_accuracy"),
            ("t_dates", "timexes", "dates_accuracy"),
        ):
            if layer in res:
                n = res[layer]["matched"]
                counters[name][0] += round((res[layer][key] or 0) * n)
                counters[name][1] += n
    out: dict[str, Any] = {}
    if ents:
        out["entities"] = ents
    if quotes:
        quotes["kind_accuracy"] = _ratio(*counters["q_kind"])
        quotes["cue_accuracy"] = _ratio(*counters["q_cue"])
        out["quotes"] = quotes
    if timexes:
        timexes["type_accuracy"] = _ratio(*counters["t_type"])
        timexes["dates_accuracy"] = _ratio(*counters["t_dates"])
        out["timexes"] = timexes
    return out
