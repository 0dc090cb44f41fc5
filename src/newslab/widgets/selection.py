"""Selecting text with the mouse: a tiny anywidget front end that reports body offsets.

The article is rendered as ``<p data-start=N>`` paragraphs; on mouse-up the selection's
start and end are turned into offsets in the body (paragraph start + characters before the
selection point), so ``body[start:end]`` is exactly what the learner selected. Paragraph
numbers are drawn by CSS (``::before``), outside the text a selection holds. The box takes
keyboard focus (Tab), so a keyboard user can scroll it; words are picked from the keyboard
with the annotator's sentence and word pickers.
"""

from __future__ import annotations

import anywidget
import traitlets

__all__ = ["TextSelector"]

_ESM = r"""
function offsetIn(root, node, offset) {
  let el = node.nodeType === 3 ? node.parentElement : node;
  while (el && el !== root && !(el.dataset && el.dataset.start !== undefined && el.tagName === "P")) {
    el = el.parentElement;
  }
  if (!el || el === root) return null;
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return Number(el.dataset.start) + range.toString().length;
}
function render({ model, el }) {
  const box = document.createElement("div");
  box.className = "newslab-selectable";
  box.style.userSelect = "text";
  box.style.maxHeight = model.get("max_height");
  box.style.overflowY = "auto";
  box.style.border = "1px solid #ccc";
  box.style.padding = "0 .6em";
  box.tabIndex = 0;  // the article scrolls in its own box: arrow keys scroll it once focused
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", "The article. Select words with the mouse, or pick them by sentence and word number above.");
  const draw = () => { box.innerHTML = model.get("html"); };
  draw();
  model.on("change:html", draw);
  const report = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const r = sel.getRangeAt(0);
    if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return;
    const s = offsetIn(box, r.startContainer, r.startOffset);
    const e = offsetIn(box, r.endContainer, r.endOffset);
    if (s === null || e === null || e <= s) return;
    model.set("selection", [s, e]);
    model.save_changes();
    box.dataset.selection = s + ":" + e;
  };
  box.addEventListener("mouseup", report);
  box.addEventListener("keyup", report);
  el.appendChild(box);
}
export default { render };
"""


class TextSelector(anywidget.AnyWidget):
    """Shows ``html`` (paragraphs with ``data-start`` offsets) in a box that scrolls past
    ``max_height``, and syncs the learner's text selection as ``selection = [start, end]``
    body offsets."""

    _esm = _ESM
    html = traitlets.Unicode("").tag(sync=True)
    max_height = traitlets.Unicode("26em").tag(sync=True)
    selection = traitlets.List(traitlets.Int(), default_value=[]).tag(sync=True)
