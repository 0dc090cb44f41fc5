"""Quoted words that are the title of a work or programme, not a statement: title case, at
most eight words, right after a preposition or a noun for a work (``said on “Fox News
Sunday”``, ``the documentary "Tides of Orlan"``); and a short name in title case between a
determiner and the noun it describes (``the "No" camp``).

>>> from newslab.quotation_marks import QuotedSegment
>>> is_title('He said on "Fox News Sunday." that', QuotedSegment(12, 27, 28, True))
True
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..quotation_marks import QuotedSegment

__all__ = ["is_title", "title_case"]

#: Words that introduce the title of a work or programme right before its quotation marks.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:on|in|at|from|to|of|for|with|by|about)(?:\s+(?:the|a|an|its|their|his|her))?"
    r"(?:\s+(?:weekly|daily|monthly|quarterly|annual|yearly|latest|new))?"  # "in its annual"
    r"|\b(?:including|such\s+as|among\s+them)"
    r"|\b(?:its|their)(?:\s+(?:weekly|daily|monthly|quarterly|annual|yearly|latest|new))?"
    r"|(?<=\w)['’]s"  # "Almodóvar's "The Room Next Door"": a work of someone's
    r"|\b(?:show|programme|program|series|book|film|movie|documentary|song|album|podcast|"
    r"column|newspaper|magazine|blog|article|essay|paper|report|play|novel|poem|campaign|"
    r"titled|entitled|dubbed|called|named|known\s+as)"
    r"(?:\s+(?:called|titled|entitled|named))?(?:\s+(?:the|a|an))?)\s*$",
    re.IGNORECASE,
)
#: A determiner right before the quotation marks, and a lower-case noun right after them:
#: quoted words used as a name that describes the noun (the "No" camp, a "Stop Kestrel" rally).
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[”\"’']?\s+([a-z]{3,})\b")
#: A noun for a work right after the closing mark: the quoted words are its title.
_WORK_AFTER = re.compile(
    r"[”\"’']?\s+(?:report|study|survey|index|album|song|single|film|documentary|series|"
    r"programme|program|show|book|novel|campaign|initiative|plan|strategy|exhibition|"
    r"festival|prize|award|magazine|newspaper|column|podcast|project)s?\b"
)
#: A title in quotation marks and "and", "or" or a comma right before this one.
_TITLE_AFTER_TITLE = re.compile(r"[A-Z0-9][^\"“”]{0,60}[”\"](?:,|\s+(?:and|or))$")
_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with vs. v. de la".split())


def is_title(text: str, seg: QuotedSegment) -> bool:
    """True when the quoted words are the title of a work or programme, not a statement:
    title case, at most eight words, right after a preposition or a noun for a work; or a
    name of up to four words that describes the noun after it ("the "No" camp").

    >>> is_title('Then the "No" camp led.', QuotedSegment(10, 12, 12, True))
    True
    """
    words = text[seg.start : seg.end].split()
    if not 1 <= len(words) <= 8 or not title_case(words):
        return False
    before = text[max(0, seg.start - 40) : seg.start].rstrip(" “\"'‘«")
    if _DETERMINER_BEFORE.search(before) and len(words) <= 4 and seg.end == seg.inner_end:
        after = _NOUN_AFTER.match(text, seg.inner_end)  # "the "No" camp had led"
        if after and after.group(1) not in STOP_WORDS | {"said", "says"}:
            return True
    if _TITLE_BEFORE.search(before) or _WORK_AFTER.match(text, seg.inner_end):
        return True  # 'its annual "Grain Outlook" report', 'the "Clean Seas" study'
    if _TITLE_AFTER_TITLE.search(before):
        return True  # '"Songs of the River" and "Desert Road"'
    apposed = (
        before.endswith(",") and text[seg.inner_end : seg.inner_end + 3].lstrip("”\"’'")[:1] == ","
    )
    return apposed and len(words) >= 2  # 'A report by the agency, "Living with Ice", found'


def title_case(words: list[str]) -> bool:
    """ "Coastal Fisheries Act 2021", "Smith vs. Jones": every word capitalised but small ones."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)
    )
