"""Interview transcripts: whose turn a paragraph is.

Wikinews writes an interview as turns, each paragraph opening with the speaker's name in
double brackets: ``((WN)) What did you find?`` then ``((Ana Ruiz)) I think the star is
young.`` Inside a turn, "I" is the one whose turn it is.

>>> turn_speaker("((Ana Ruiz)) I think so.", [0], 14, None).name
'Ana Ruiz'
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .chains import Speaker

if TYPE_CHECKING:
    from .chains import ChainBuilder

__all__ = ["turn_speaker"]

_TURN = re.compile(r"\(\(([^()\n]{2,60})\)\)\s")
_INTERVIEWER = frozenset({"wn", "wikinews"})


def turn_speaker(
    text: str, lines: list[int], offset: int, chains: ChainBuilder | None
) -> Speaker | None:
    """The speaker of the interview turn that ``offset`` lies in (``lines`` are the offsets
    where the text's lines start), named as the article's chains name them; ``None`` outside
    a turn."""
    line = lines[bisect.bisect_right(lines, offset) - 1]
    m = _TURN.match(text, line)
    if m is None:
        return None
    name, span = m.group(1).strip(), (m.start(1), m.end(1))
    if name.lower() in _INTERVIEWER:
        return Speaker("Wikinews", False, span)
    chain = chains.chain_named(name) if chains is not None else None
    if chain is not None and chains is not None:
        name = chains.names[chain]
    person = chain is None or chains is None or chains.labels[chain] == "PERSON"
    return Speaker(name, person and " " in name, span, person=person)
