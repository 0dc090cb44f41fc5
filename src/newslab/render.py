"""HTML for the notebooks: the only module that builds it. Pure ``str -> str``, always escaped.

Article text is untrusted: every piece of it, and every attribute value, goes through
:func:`html.escape`. A span is a :class:`Mark` with offsets into the body; marks that
cross a paragraph break are split, and a mark that crosses another is left out rather than
breaking the HTML.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .palette import LABEL_SWATCHES, Swatch

__all__ = [
    "LABEL_COLOURS",
    "Mark",
    "bar_chart",
    "counted",
    "error_box",
    "highlight",
    "legend",
    "table",
]

#: One colour a label, readable behind black text (see :mod:`newslab.palette`; labels that
#: share a colour differ in their underline).
LABEL_COLOURS = {label: swatch.colour for label, swatch in LABEL_SWATCHES.items()}
STYLE = """<style>
.nl-article{font:15px/1.6 Georgia,serif;max-width:46em}
.nl-article p{margin:0 0 .8em}
.nl-mark{padding:.05em .2em;border-radius:.25em;color:#000}
.nl-mark[data-dim="1"]{background:transparent!important;padding:0}
.nl-line-dashed{border-bottom:2px dashed #000}
.nl-line-dotted{border-bottom:3px dotted #000}
.nl-line-double{border-bottom:4px double #000}
.nl-legend{margin:0 0 .5em}
.nl-chip{display:inline-block;margin:0 .4em .3em 0;padding:.1em .45em;border-radius:.3em;font:12px sans-serif;color:#000}
.nl-numbered p{position:relative;margin-left:2.4em}
.nl-numbered p::before{content:attr(data-n);position:absolute;left:-2.4em;width:2em;text-align:right;color:#555;font:12px/1.9 sans-serif;user-select:none}
.nl-table{border-collapse:collapse;font:13px sans-serif}
.nl-table td,.nl-table th{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}
.nl-bar{display:flex;align-items:center;font:12px sans-serif;margin:.1em 0}
.nl-bar span:first-child{width:14em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.nl-bar div{background:#4c72b0;height:.9em;margin-right:.4em}
.nl-note{font:12px sans-serif;color:#555;margin:.3em 0}
</style>"""


def escape(text: object) -> str:
    """Text or attribute value, escaped for HTML (quotes too)."""
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class Mark:
    """A span to highlight: ``body[start:end]``, its colour, tooltip and ``data-*`` attributes."""

    start: int
    end: int
    colour: str
    title: str = ""
    css: str = ""
    data: dict[str, str] = field(default_factory=dict)
    line: str = ""


def _nested(marks: Iterable[Mark]) -> list[Mark]:
    """Marks sorted for nesting; a mark that crosses an open one is dropped."""
    kept: list[Mark] = []
    stack: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        if m.end <= m.start:
            continue
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            continue
        kept.append(m)
        stack.append(m)
    return kept


def _open(m: Mark, start: int, end: int) -> str:
    attrs = {
        "class": " ".join(c for c in ("nl-mark", m.css, m.line and f"nl-line-{m.line}") if c),
        "title": m.title,
        "data-start": str(start),
        "data-end": str(end),
        **{f"data-{k}": v for k, v in m.data.items()},
    }
    attrs["style"] = f"background:{m.colour}"
    return "<mark " + " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items()) + ">"


def _paragraph(body: str, start: int, end: int, marks: list[Mark]) -> str:
    """One paragraph's HTML: properly nested marks, clipped to the paragraph."""
    clipped = sorted(
        (
            (max(m.start, start), min(m.end, end), m)
            for m in marks
            if m.start < end and start < m.end
        ),
        key=lambda t: (t[0], -t[1]),
    )
    out: list[str] = []
    pos = start
    stack: list[int] = []
    for s, e, m in clipped:
        while stack and stack[-1] <= s:
            top = stack.pop()
            out.append(escape(body[pos:top]) + "</mark>")
            pos = top
        out.append(escape(body[pos:s]) + _open(m, s, e))
        pos = s
        stack.append(e)
    while stack:
        top = stack.pop()
        out.append(escape(body[pos:top]) + "</mark>")
        pos = top
    out.append(escape(body[pos:end]))
    return "".join(out)


def highlight(
    body: str,
    marks: Iterable[Mark],
    *,
    css_class: str = "",
    paragraphs: Sequence[tuple[int, int]] | None = None,
    numbered: bool = False,
) -> str:
    """The body as ``<p>`` paragraphs with ``<mark>`` elements, all text escaped.

    ``numbered`` shows each paragraph's number (from 1) in the margin, outside the text, so
    that a selection in the paragraph holds only the article's words.

    Examples
    --------
    >>> highlight("Putin <b>spoke</b>.", [Mark(0, 5, "#aa9cfc", title="PERSON")])
    '<div class="nl-article"><p data-start="0"><mark class="nl-mark" title="PERSON" data-start="0" data-end="5" style="background:#aa9cfc">Putin</mark> &lt;b&gt;spoke&lt;/b&gt;.</p></div>'
    """
    kept = _nested(marks)
    if paragraphs is None:
        paragraphs, offset = [], 0
        for line in body.split("\n"):
            paragraphs.append((offset, offset + len(line)))
            offset += len(line) + 1
    cls = " ".join(c for c in ("nl-article", numbered and "nl-numbered", css_class) if c)
    rows = []
    pairs = zip(paragraphs, _by_paragraph(kept, paragraphs), strict=True)
    for n, ((s, e), found) in enumerate(pairs, start=1):
        number = f' data-n="{n}"' if numbered else ""
        rows.append(f'<p data-start="{s}"{number}>{_paragraph(body, s, e, found)}</p>')
    return f'<div class="{escape(cls)}">{"".join(rows)}</div>'


def _by_paragraph(marks: list[Mark], paragraphs: list[tuple[int, int]]) -> list[list[Mark]]:
    """The marks that overlap each paragraph, in their order: time linear in marks and
    paragraphs (paragraphs are in body order and do not overlap)."""
    found: list[list[Mark]] = [[] for _ in paragraphs]
    starts = [s for s, _ in paragraphs]
    for m in marks:
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        while i < len(paragraphs) and paragraphs[i][0] < m.end:
            if m.start < paragraphs[i][1]:
                found[i].append(m)
            i += 1
    return found


def legend(items: Sequence[tuple[str, str, str | Swatch]], *, title: str = "") -> str:
    """Chips that say what each highlight means: ``(name, plain-language description,
    colour or Swatch)``; a swatch's underline shows on its chip as in the text.

    >>> legend([("GPE", "countries", Swatch("#fee4ad"))])[:46]
    '<div class="nl-legend" role="list"><span class'
    """
    chips = []
    for name, desc, look in items:
        swatch = look if isinstance(look, Swatch) else Swatch(look)
        line = f" nl-line-{swatch.line}" if swatch.line else ""
        chips.append(
            f'<span class="nl-chip{line}" role="listitem" style="background:{escape(swatch.colour)}" '
            f'title="{escape(desc)}"><b>{escape(name)}</b> {escape(desc)}</span>'
        )
    head = f'<b class="nl-legend-title">{escape(title)}</b> ' if title else ""
    return f'<div class="nl-legend" role="list">{head}{"".join(chips)}</div>'


def table(header: Sequence[str], rows: Iterable[Sequence[object]], *, css_class: str = "") -> str:
    """A small HTML table; every cell escaped."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="nl-table {escape(css_class)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 word``, ``2 words``: a count with its noun in the right number.

    >>> counted(1, "word"), counted(0, "word"), counted(2, "day")
    ('1 word', '0 words', '2 days')
    """
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def bar_chart(counts: Sequence[tuple[str, int]], *, unit: str = "") -> str:
    """Horizontal bars in plain HTML: ``[(name, count), ...]``, largest first; each count
    followed by ``unit`` in the right number ("1 word", "33 words")."""
    top = max((c for _, c in counts), default=0) or 1
    rows = "".join(
        f'<div class="nl-bar" data-name="{escape(name)}" data-count="{count}"><span>{escape(name)}</span>'
        f'<div style="width:{12 * count / top:.2f}em"></div>'
        f"{escape(counted(count, unit) if unit else count)}</div>"
        for name, count in counts
    )
    return f'<div class="nl-bars">{rows}</div>'


def note(text: str) -> str:
    return f'<div class="nl-note">{escape(text)}</div>'


def error_box(title: str, rows: Sequence[tuple[str, str]], details: str) -> str:
    """A learner's error as one short box: a title, rows such as ("Where", ...) and ("Fix",
    ...), and the full traceback folded away for a teacher, one click from view."""
    lines = "".join(f"<div><b>{escape(k)}:</b> {escape(v)}</div>" for k, v in rows)
    return (
        '<div class="newslab-error" role="alert" style="border-left:4px solid #b3261e;'
        'background:#fdecea;color:#1f1f1f;padding:.6em .9em;border-radius:.3em;font:14px sans-serif">'
        f'<div style="font-weight:bold;margin-bottom:.2em">{escape(title)}</div>{lines}'
        '<details style="margin-top:.4em"><summary style="cursor:pointer;color:#555">'
        "For the teacher: the full error</summary>"
        f'<pre style="white-space:pre-wrap;font-size:12px">{escape(details)}</pre></details></div>'
    )
