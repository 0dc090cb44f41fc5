"""A view given as someone's: "In her view, the law is too strict", "In his opinion, ...".

A sentence that opens with "In (his|her|their) (view|opinion)," or "From his view," reports
the rest of the sentence as what that person said, the pronoun pointing to the source as "he
said" would; so does a name's possessive ("In Quell's view, ..."). The cue is "say", as the
gold gives these views. A view written as the writer's ("In the view of many, ...") or inside
quotation marks ("In my view, ...") is not one.

>>> from newslab.quotes.views import opinion_statements
>>> opinion_statements.__name__
'opinion_statements'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp import doc_text
from .nouns import Found
from .subjects import token_end

__all__ = ["opinion_statements"]

_OPENERS = frozenset({"in", "from"})
_HOLDERS = frozenset({"his", "her", "their"})


def opinion_statements(token: Token, sent: Span) -> Iterator[Found]:
    """(content offsets, "say", the noun, the holder) for a sentence opened by a view."""
    if token.lower_ not in {"view", "opinion"} or token.i < sent.start + 2:
        return
    holder = token.doc[token.i - 1]
    if holder.tag_ == "POS" and token.i >= sent.start + 3:
        holder = token.doc[token.i - 2]  # "In Quell's view": the name before the 's
    elif holder.lower_ not in _HOLDERS:
        return
    opener = token.doc[holder.i - 1]
    if opener.i != sent.start or opener.lower_ not in _OPENERS:
        return
    comma = token.doc[token.i + 1] if token.i + 1 < sent.end else None
    if comma is None or comma.text != ",":
        return
    text = doc_text(token.doc)
    start = comma.idx + 1
    while start < sent.end_char and text[start].isspace():
        start += 1
    end = token_end(sent[-1])
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in '"”)':
        end -= 1  # the full stop outside
    if end - start > 3:
        yield (start, end), "say", token, holder
