"""An IPython extension for the course kernel: a learner's error as one short, friendly box.

newslab's own errors (:class:`newslab.errors.NewslabError`) and a ``NameError`` of a name the
notebooks define (a cell run out of order) show as a box saying what is wrong, where (the
line of the cell, and the file for an article) and the fix, without a traceback; the full
traceback is folded inside the box, one click away for a teacher. Other errors keep IPython's
usual traceback. ``make lab`` loads the extension in every kernel of the course's environment
(through the environment's ``ipython_kernel_config.py``); ``%load_ext newslab.ipython`` loads
it by hand.

>>> box = explain(NameError("name 'ann' is not defined"))
>>> box.title, box.fix.startswith("Run the setup cell")
('A cell was run out of order', True)
"""

from __future__ import annotations

import linecache
import re
from dataclasses import dataclass
from types import TracebackType
from typing import Any

__all__ = ["HINTS", "ErrorBox", "explain", "hint_for", "load_ipython_extension"]

#: Names the notebooks define early, and the cell that defines each.
HINTS = {
    "newslab": "run the cell with `import newslab` at the top of the notebook first",
    "check": "run the first code cell (the one with `from newslab.check import ____, check`) first",
    "____": "run the first code cell (the one with `from newslab.check import ____, check`) first",
    "article": "run the setup cell near the top (`article = newslab.load_article(...)`) first",
    "ann": "run the setup cell near the top (`ann = newslab.annotate(article)`) first",
    "tables": "run the cell that builds the corpus tables (`tables = newslab.corpus_tables(...)`) first",
    "folder": "run the cell with `folder = newslab.wikinews_folder()` first",
    "quotes": "run the cell that makes `quotes = newslab.quotes_frame(ann)` first",
    "timexes": "run the cell that makes `timexes = newslab.timexes_frame(ann)` first",
    "sources": "run the cell that makes `sources = ...` first",
}
RUN_ABOVE = "(or use Run → Run All Above Selected Cell)"


def _missing_name(error: BaseException) -> str | None:
    m = re.search(r"name '([^']+)' is not defined", str(error))
    return m.group(1) if isinstance(error, NameError) and m else None


def hint_for(error: BaseException) -> str | None:
    """The coaching line for a NameError, or None when it is not one."""
    name = _missing_name(error)
    if name is None:
        return None
    if name in HINTS:
        return f"`{name}` does not exist yet: {HINTS[name]} {RUN_ABOVE}."
    return (
        f"`{name}` does not exist yet: run the cell that defines it first, or check its spelling."
    )


@dataclass(frozen=True)
class ErrorBox:
    """What a learner sees instead of a traceback: title, what, where, fix, and the details."""

    title: str
    what: str
    where: str | None
    fix: str | None
    details: str = ""

    def rows(self) -> list[tuple[str, str]]:
        rows = [("What", self.what)]
        rows += [("Where", self.where)] if self.where else []
        return rows + ([("Fix", self.fix)] if self.fix else [])

    def _repr_html_(self) -> str:
        from .render import error_box

        return error_box(self.title, self.rows(), self.details)

    def __repr__(self) -> str:
        return "\n".join([f"newslab: {self.title}", *(f"  {k}: {v}" for k, v in self.rows())])


def _cell_line(tb: TracebackType | None) -> str | None:
    """Where in the learner's cell the error came from: its line and the code on it."""
    found = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if "ipykernel_" in name or name.startswith(("<ipython-input", "<cell")):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    if found is None:
        return None
    code = linecache.getline(*found).strip()
    return f"line {found[1]} of the cell you ran" + (f": {code}" if code else "")


def _sentences(message: str) -> tuple[str, str | None]:
    """A message as (what is wrong, the fix): split at "Fix:", a sentence end, or "; "."""
    if ". Fix: " in message:
        what, fix = message.split(". Fix: ", 1)
        return what + ".", fix
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", message.strip(), maxsplit=1)
    if len(parts) == 2:
        return parts[0], parts[1]
    if "; " in message:
        what, fix = message.split("; ", 1)
        return what + ".", fix
    return message, None


def _as_date(problem: str) -> str | None:
    """For a date written another way ("15 March 2024"), the same day as YYYY-MM-DD."""
    m = re.search(r"not '([^']+)'", problem)
    if not m:
        return None
    from .course.answers import DateAnswer, read_date

    day = read_date(m.group(1), "a date")
    return f" (“{m.group(1)}” is {day.date.isoformat()})" if isinstance(day, DateAnswer) else None


def explain(error: BaseException, tb: TracebackType | None = None) -> ErrorBox | None:
    """The box for an error a learner should see without a traceback, or None."""
    from .errors import NewslabError

    cell = _cell_line(tb)
    name = _missing_name(error)
    if name in HINTS:
        fix = HINTS[name][0].upper() + HINTS[name][1:]
        return ErrorBox(
            "A cell was run out of order",
            f"`{name}` does not exist yet.",
            cell,
            f"{fix} {RUN_ABOVE}.",
        )
    if not isinstance(error, NewslabError):
        return None
    problem = getattr(error, "problem", None)
    if isinstance(problem, str):  # an article error: what, in which file and line, the fix
        path, line = getattr(error, "path", None), getattr(error, "line", None)
        where = f"{path}, line {line}" if path and line else path
        fix = getattr(error, "fix", None)
        if fix and (day := _as_date(problem)):
            fix += day
        fix = fix and fix[0].upper() + fix[1:] + ("" if fix.endswith(".") else ".")
        what = problem[0].upper() + problem[1:] + "."
        return ErrorBox(
            "newslab cannot read this article",
            what,
            "; ".join(filter(None, [where, cell])) or None,
            fix,
        )
    what, fix = _sentences(str(error))
    return ErrorBox("newslab could not do that", what, cell, fix and fix[0].upper() + fix[1:])


def load_ipython_extension(ip: Any) -> None:
    """Show newslab's errors and NameErrors of the course's names as boxes (see the module)."""

    def handler(
        shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: int | None = None
    ) -> Any:
        box = explain(value, tb)
        if box is None:
            shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
            hint = hint_for(value)
            if hint:
                print(f"\nnewslab: {hint}")
            return None
        from IPython.display import display

        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        details = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(stb))
        display(ErrorBox(box.title, box.what, box.where, box.fix, details))
        return None

    from .errors import NewslabError

    ip.set_custom_exc((NewslabError, NameError), handler)
