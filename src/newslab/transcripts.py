"""Interview transcripts as Wikinews writes them: each turn a paragraph that opens with the
speaker's name in double brackets ("((WN)) What did you find?", "((Ana Ruiz)) I think ...").
Both the statements (whose turn an answer is) and the timexes (a turn is a discourse of its
own) read turns here.

>>> text = "((WN)) When?\\n((Ana Ruiz)) At that time I was ten."
>>> turn_start(text, text.index("that")), turn_start("No turn here.", 3)
(13, None)
"""

from __future__ import annotations

import re

__all__ = ["TURN", "turn_start"]

#: The name that opens a turn, in double brackets.
TURN = re.compile(r"\(\(([^()\n]{2,60})\)\)\s")


def turn_start(text: str, offset: int) -> int | None:
    """Where the turn holding ``offset`` starts (its paragraph), or ``None`` outside a turn."""
    line = text.rfind("\n", 0, offset) + 1
    return line if TURN.match(text, line) else None
