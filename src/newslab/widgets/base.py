"""What every widget shares: the static fallback, error display, article loading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from .. import render

STATIC_NOTE = "Static copy: open this notebook in JupyterLab and run it to use the controls."
MODES = [
    ("What is named", "entities"),
    ("Who says what", "quotes"),
    ("Who is who", "chains"),
    ("When", "timexes"),
]


class StaticFallbackBox(w.VBox):
    """A VBox that also offers ``text/html``: frontends without widgets show that."""

    def __init__(
        self, children: list[w.Widget], *, static: Callable[[], str], **kwargs: Any
    ) -> None:
        super().__init__(children, **kwargs)
        self._static = static

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = render.STYLE + render.note(STATIC_NOTE) + self._static()
        return bundle


def _guarded(out: w.Output, fn: Callable[..., None]) -> Callable[..., None]:
    """Run a callback; an error is shown in ``out`` rather than lost in the log."""

    def run(*args: Any) -> None:
        try:
            fn(*args)
        except Exception as exc:  # shown to the learner, never swallowed
            out.clear_output()
            with out:
                print(f"Something went wrong: {type(exc).__name__}: {exc}")

    return run
