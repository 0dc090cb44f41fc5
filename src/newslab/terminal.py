"""Plain-text output for the terminal: annotation tables, the report, score tables.

Article text is untrusted: everything printed passes through :func:`clean`, so an escape
sequence in a title or a body (a new window title, a cleared screen) never reaches the
terminal; JSON output escapes those characters instead (:func:`json_text`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from .render import counted
from .scoring import PRF

if TYPE_CHECKING:  # pragma: no cover
    from .annotation import AnnotatedArticle

__all__ = ["annotation_table", "clean", "json_text", "report", "scores_json", "scores_text"]

#: Control characters (C0 but newline and tab, DEL, C1): what a terminal obeys instead of showing.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` without control characters (newlines and tabs kept): safe to print.

    >>> clean("Talks\x1b]0;owned\x07 went on\x1b[2J.")
    'Talks]0;owned went on[2J.'
    """
    return _CONTROL.sub("", text)


def json_text(data: Any) -> str:
    """One line of JSON with every control character escaped (``\\u009b``), so the text is
    kept whole and the terminal shows it as it is.

    >>> print(json_text({"title": "a\\x9bb"}))
    {"title": "a\\u009bb"}
    """
    text = json.dumps(data, ensure_ascii=False)  # escapes U+0000-U+001F itself
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=False))  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)]).rstrip()


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def annotation_table(ann: AnnotatedArticle) -> str:
    """Entities (and quotes and timexes, when found) as aligned text tables."""
    parts = [f"{ann.article.title} ({ann.article.published or 'no date'})", ""]
    rows = [
        [str(e.start), str(e.end), e.label, _short(e.text, 40), e.canonical] for e in ann.entities
    ]
    parts += [
        f"Entities ({len(rows)})",
        _table(rows, ["start", "end", "label", "text", "canonical"]),
        "",
    ]
    if ann.quotes:
        rows = [
            [str(q.start), str(q.end), q.kind, q.cue or "", str(q.speaker), _short(q.text)]
            for q in ann.quotes
        ]
        parts += [
            f"Quotes ({len(rows)})",
            _table(rows, ["start", "end", "kind", "cue", "speaker", "text"]),
            "",
        ]
    if ann.timexes:
        rows = [
            [str(t.start), str(t.end), t.type, _short(t.text, 30), str(t.value)]
            for t in ann.timexes
        ]
        parts += [
            f"Timexes ({len(rows)})",
            _table(rows, ["start", "end", "type", "text", "value"]),
            "",
        ]
    return clean("\n".join(parts).rstrip())


def report(ann: AnnotatedArticle) -> str:
    """A short human summary: headline, date, size, the most-mentioned names."""
    a = ann.article
    words = len(a.body.split())
    title = clean(a.title)
    lines = [
        title,
        "=" * min(len(title), 78),
        f"Published: {a.published or 'unknown'}"
        + (f"  Outlet: {a.outlet}" if a.outlet else "")
        + (f"  Dateline: {a.dateline}" if a.dateline else ""),
        f"Length: {counted(len(a.paragraphs), 'paragraph')}, "
        f"{counted(len(ann.sentences), 'sentence')}, {counted(words, 'word')}",
        "",
    ]
    groups = [
        ("People", {"PERSON"}),
        ("Places", {"GPE", "LOC", "FAC"}),
        ("Organisations", {"ORG"}),
        ("Groups", {"NORP"}),
    ]
    for title, labels in groups:
        counts = Counter(e.canonical for e in ann.entities if e.label in labels)
        if counts:
            top = ", ".join(f"{name} ({n})" for name, n in counts.most_common(6))
            lines.append(f"{title + ':':15}{top}")
    if ann.quotes:
        speakers = Counter(q.speaker or "(no speaker found)" for q in ann.quotes)
        top = ", ".join(f"{name} ({n})" for name, n in speakers.most_common(5))
        lines.append(f"{'Sources:':15}{top}")
    if ann.timexes:
        lines.append(
            f"{'Time words:':15}{len(ann.timexes)} "
            f"(e.g. {', '.join(t.text for t in ann.timexes[:4])})"
        )
    return clean("\n".join(lines))


def _plain(value: Any) -> Any:
    if isinstance(value, PRF):
        return value.as_dict()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def scores_json(result: dict[str, Any]) -> str:
    return clean(json.dumps(_plain(result), indent=1))


def _prf_row(name: str, prf: PRF) -> list[str]:
    return [
        name,
        f"{prf.precision:.3f}",
        f"{prf.recall:.3f}",
        f"{prf.f1:.3f}",
        str(prf.n_pred),
        str(prf.n_gold),
    ]


_HEAD = ["", "precision", "recall", "F1", "pred", "gold"]


_NONE_NOTE = "none   nothing to find in the gold and nothing found: no F1 to give"


def _article_f1(prf: PRF) -> str:
    """One article's F1, or "none" where the gold has no item and newslab found none (an
    F1 of 0.000 there would read as a failure).

    >>> _article_f1(PRF(0, 0, 0)), _article_f1(PRF(0, 2, 0)), _article_f1(PRF(1, 1, 2))
    ('none', '0.000', '0.667')
    """
    return "none" if not (prf.n_gold or prf.n_pred) else f"{prf.f1:.3f}"


def _section(title: str, rows: dict[str, PRF], footer: str) -> list[str]:
    """A titled score table, or nothing where neither side has any items."""
    first = next(iter(rows.values()))
    if not (first.n_gold or first.n_pred):
        return []
    return [title, _table([_prf_row(k, v) for k, v in rows.items()], _HEAD), footer, ""]


def scores_text(result: dict[str, Any]) -> str:
    """Score tables of the layers scored: per entity label and overall, quotes and timexes
    where there are any; then each article's F1 (a dash for a layer its gold leaves out)."""
    total = result.get("total", result)
    out: list[str] = []
    if "entities" in total:
        ents = total["entities"]
        rows = [_prf_row(k, v) for k, v in ents.items() if k != "ALL"]
        out += [
            "Entities (strict: same start, end and label)",
            _table([*rows, _prf_row("ALL", ents.get("ALL", PRF(0, 0, 0)))], _HEAD),
            "",
        ]
    if "quotes" in total:
        q = total["quotes"]
        out += _section(
            "Quotes (overlap/union >= 0.5, one-to-one)",
            {"span": q["span"], "span+speaker": q["span_speaker"]},
            f"kind accuracy {q['kind_accuracy']}, cue accuracy {q['cue_accuracy']} (among matched)",
        )
    if "timexes" in total:
        t = total["timexes"]
        out += _section(
            "Timexes",
            {"strict span": t["strict"], "lenient span": t["lenient"], "value": t["value"]},
            f"type accuracy {t['type_accuracy']}, start/end date accuracy "
            f"{t['dates_accuracy']} (among matched)",
        )
    if "articles" in result:
        keys = (("entities", "ALL"), ("quotes", "span_speaker"), ("timexes", "value"))
        rows = [
            [slug[:55]] + [_article_f1(r[a][b]) if a in r else "-" for a, b in keys]
            for slug, r in result["articles"].items()
        ]
        out += ["Per article (F1)", _table(rows, ["article", "entities", "quotes", "timex value"])]
        out += [_NONE_NOTE, "-      the gold file does not annotate this layer"]
    return clean("\n".join(out).rstrip())
