"""What every exercise check shares: the blank and the feedback a check answers with.

A learner's cell has blanks that are still valid Python (``____``); a check answers with what
is right, what is missing and a hint, never just "wrong". On an article nobody has checked by
hand, a check compares the learner's answer with the machine's and asks the learner to decide.

>>> Feedback(False, "That is the Sunday after publication.", "Count back.").passed
False
"""

from __future__ import annotations

import html
from dataclasses import dataclass

__all__ = ["____", "Blank", "Feedback"]


class Blank:
    """The blank in an exercise cell: valid Python, and recognised by every check."""

    def __repr__(self) -> str:
        return "____"

    def __bool__(self) -> bool:
        return False


____ = Blank()

#: The first words of a feedback: (passed, decide) -> (text, background colour, edge colour).
#: No emoji: they show as empty boxes where no emoji font is installed; ✓ is in every common
#: text font (DejaVu, Arial, Segoe UI), and the words say the rest.
HEADS = {
    (True, False): ("✓ Well done! ", "#e6f4ea", "#1e7b34"),
    (False, False): ("Not yet. ", "#fff4e5", "#b45f06"),
    (True, True): ("✓ You and the machine agree. ", "#e6f4ea", "#1e7b34"),
    (False, True): ("You and the machine differ: you decide. ", "#e8f0fe", "#1a56b8"),
}


@dataclass(frozen=True)
class Feedback:
    """What a check says: passed or not, a coaching message, and a hint when not passed.

    ``mistake`` names the misconception the check recognised (from the lesson plan), if any;
    ``decide`` is True on an article nobody checked by hand, where the machine's reading is
    compared with the learner's, never called right.
    """

    passed: bool
    message: str
    hint: str | None = None
    mistake: str | None = None
    decide: bool = False

    @property
    def head(self) -> str:
        return HEADS[(self.passed, self.decide)][0]

    def __str__(self) -> str:
        return self.head + self.message + (f"\nHint: {self.hint}" if self.hint else "")

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        _, colour, edge = HEADS[(self.passed, self.decide)]
        hint = f"<br><b>Hint:</b> {html.escape(self.hint)}" if self.hint else ""
        mistake = f' data-mistake="{html.escape(self.mistake)}"' if self.mistake else ""
        return (
            f'<div class="newslab-feedback" data-passed="{str(self.passed).lower()}"{mistake} '
            f'style="background:{colour};border-left:4px solid {edge};color:#1f1f1f;'
            f'padding:.5em .8em;border-radius:.4em;font:14px sans-serif">'
            f"<b>{html.escape(self.head)}</b>{html.escape(self.message)}{hint}</div>"
        )
