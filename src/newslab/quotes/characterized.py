"""What a verb of characterizing says of its object: the quoted words alone ("described the
speech as "flat""), or the whole, mixed, where the words around them say more.

- "cited the decree as a "gamble" and "unlawful"": the quoted words alone, direct;
- "described the speech as "flat" and lacking energy": the characterization goes on past the
  quoted words with a predicate of its own, so the statement is the whole, mixed;
- "described the growth as not "nearly enough"", "as too complicated and "diluting" ...", "as
  one that had been "decades in the making"": words of the characterization's own come before
  the quoted ones (more than "a" or "the"), so the statement is the whole, mixed;
- words that only qualify the quoted ones stay outside ("an "emerging" figure in the group",
  "a "quid pro quo" between the two men"): direct.

>>> from newslab.quotes.characterized import characterized_alone
>>> characterized_alone.__name__
'characterized_alone'
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..quotation_marks import QuotedSegment
from .verbs import characterizes

__all__ = ["characterized_alone"]


def characterized_alone(
    text: str, cue: str, cue_tok: Token, inside: list[QuotedSegment], end: int
) -> bool:
    """True where a characterizing cue reports only its quoted words (see the module)."""
    if not characterizes(cue) or any(c.dep_ == "ccomp" for c in cue_tok.children):
        return False  # not a characterization, or one with a clause: "reported that ..."
    return not (_goes_past(text, inside, end) or _leads_in(text, cue_tok, inside))


def _goes_past(text: str, inside: list[QuotedSegment], end: int) -> bool:
    """ "as "flat" and lacking energy": a predicate of its own after the quoted words."""
    last = max(s.inner_end for s in inside)
    return bool(re.match(r"[\"”]?,? (?:and|or|but) (?:not )?[a-z]+ing\b", text[last:end]))


#: What may stand between "as" and the quoted words of a characterization alone.
_ONLY_ARTICLE = re.compile(r"\s*(?:(?:an?|the)\s+)?[\"“]?")


def _leads_in(text: str, cue_tok: Token, inside: list[QuotedSegment]) -> bool:
    """ "as not "nearly enough"": words of the characterization's own before the quoted ones."""
    first = min(s.start for s in inside)
    for prep in cue_tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.idx < first:
            between = text[prep.idx + 2 : first]
            return len(between) < 80 and not _ONLY_ARTICLE.fullmatch(between)
    return False
