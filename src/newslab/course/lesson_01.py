"""Exercises of notebook 01-reading-the-article.ipynb, numbered 01.N as in the notebook.

Misconceptions from lessons/01-reading-the-article.md: 2, the headline as the summary (01.2);
3, counting paragraphs from 0 or 1 (01.1, 01.2); 4, the sentence table as the paragraphs (01.1);
5, a passed check as proof (01.3's praise says what it does not judge).
"""

from __future__ import annotations

from typing import Any

from .answers import read_number, read_text
from .feedback import Feedback
from .grading import Exercise, Facts, Mistake, first_mistake, from_article, register

W_KEYS = ("who", "what", "when", "where", "why")


def same_text(a: Any, b: Any) -> bool:
    """The same words, whatever the spaces between them."""
    return isinstance(a, str) and isinstance(b, str) and a.split() == b.split()


@from_article("01.1")
def _paragraph_facts(ann: Any, facts: Facts) -> Facts | Feedback:
    n = len(ann.article.paragraphs)
    return facts | {"right": n, "sentences": len(ann.sentences), "rows": min(8, len(ann.sentences))}


register(
    Exercise(
        "01.1",
        "count the paragraphs",
        read=lambda a: read_number(a, "the number of paragraphs"),
        facts=_paragraph_facts,
        praise="{right} paragraphs: news paragraphs are short, often one or two sentences.",
        otherwise=(
            "{given} is not the number of paragraphs in the body.",
            "Each line of the body is one paragraph; the text above the exercise says how to "
            "count them.",
        ),
        mistakes=(
            Mistake(
                "sentences for paragraphs",
                "sentences",
                "{given} is the number of sentences: the sentence table has one row for each "
                "sentence, and a paragraph can hold several.",
                "Look at the table's paragraph column: why do some numbers repeat?",
            ),
            Mistake(
                "the rows the table shows",
                "rows",
                "{given} is how many rows the sentence table shows: it shows only its first "
                "eight, and it counts sentences.",
                "The table is cut short on purpose. Count the paragraphs of the whole body.",
            ),
            Mistake(
                "counting from 0",
                lambda f: f["right"] - 1,
                "{given} is the position of the last paragraph as Python counts, from 0.",
                "Positions start at 0, so the last position is one less than the number of "
                "paragraphs.",
            ),
            Mistake(
                "the headline as a paragraph",
                lambda f: f["right"] + 1,
                "Did you count the headline? It stands above the body and is not one of its "
                "paragraphs.",
                "Count only the lines of the body.",
            ),
        ),
    )
)


@from_article("01.2")
def _lede_facts(ann: Any, facts: Facts) -> Facts | Feedback:
    paragraphs = ann.article.paragraphs
    right = paragraphs[0].text.strip()
    first = ann.sentences[0].text.strip() if ann.sentences else None
    return facts | {
        "right": right,
        "paragraph": paragraphs[0],
        "headline": ann.article.title,
        "second": paragraphs[1].text.strip() if len(paragraphs) > 1 else None,
        "body": ann.article.body if len(paragraphs) > 1 else None,
        "first_sentence": first,
        "part": right[: len(right) // 2].strip() or None,
    }


def _part_of_lede(given: Any, facts: Facts) -> bool:
    text = " ".join(facts["right"].split())
    return isinstance(given, str) and 0 < len(given) < len(text) and " ".join(given.split()) in text


register(
    Exercise(
        "01.2",
        "find the lede",
        read=lambda a: read_text(a, "the lede"),
        facts=_lede_facts,
        same=same_text,
        praise="That is the lede: the first paragraph, which says what happened and why it "
        "matters.",
        otherwise=(
            "That is not the first paragraph of the body.",
            "The lede is the story's own first paragraph, below the headline. Copy it whole, or "
            "take it from the article's list of paragraphs.",
        ),
        mistakes=(
            Mistake(
                "the paragraph, not its words",
                "paragraph",
                "That is the first paragraph as newslab keeps it: its place in the body and its "
                "words together.",
                "The check wants only the words, which the paragraph keeps as its text.",
                matches=lambda given, f: given == f["paragraph"],
                raw=True,
            ),
            Mistake(
                "the headline",
                "headline",
                "That is the headline, which an editor writes above the story.",
                "The lede is the story's own first paragraph, below the headline.",
            ),
            Mistake(
                "counting from 1",
                "second",
                "That is the second paragraph. Python counts positions from 0, so paragraph 1 "
                "of the handout is not at position 1.",
                "Which position does the first item of a list have in Python?",
            ),
            Mistake(
                "the whole body",
                "body",
                "That is the whole body; the lede is only its first paragraph.",
                "Take one paragraph: the first.",
            ),
            Mistake(
                "only the first sentence",
                "first_sentence",
                "That is the first sentence; the lede is the whole first paragraph.",
                "Take the paragraph, every sentence of it.",
            ),
            Mistake(
                "part of the lede",
                "part",
                "That is only part of the first paragraph.",
                "Copy the whole paragraph, from its first word to its last.",
                matches=_part_of_lede,
            ),
        ),
    )
)


def _says(text: str, words: set[str]) -> bool:
    """Whether any of the words stands in the text as a word of its own (any case)."""
    import re

    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in words if w)


@from_article("01.3")
def _ws_facts(ann: Any, facts: Facts) -> Facts | Feedback:
    ents = ann.entities
    people = {e.canonical.lower() for e in ents if e.label in {"PERSON", "ORG", "GPE", "NORP"}}
    people |= {p.split()[-1] for p in people}
    pub, dateline = ann.article.published, (ann.article.dateline or "").lower()
    days = {t.text.lower() for t in ann.timexes if t.start_date}
    if pub:
        days |= {pub.strftime("%A").lower(), pub.strftime("%B").lower(), pub.isoformat()}
    lasting = sorted({t.text.lower() for t in ann.timexes if not t.start_date})
    places = {e.canonical.lower() for e in ents if e.label in {"GPE", "LOC", "FAC"}} | {dateline}
    good = {
        "who": next((e.canonical for e in ents if e.label == "PERSON"), "someone"),
        "what": "what the article reports",
        "when": pub.strftime("%A") if pub else next(iter(days), "the day it came out"),
        "where": dateline or next(iter(places - {""}), ""),
        "why": "the reporter's reading",
    }
    return facts | {
        "right": good,
        "people": people,
        "days": days,
        "lasting": set(lasting),
        "places": places - {""},
        "lasting_when": good | {"when": lasting[0]} if lasting else None,
    }


def _read_ws(answer: Any) -> dict[str, str] | Feedback:
    if not isinstance(answer, dict):
        return Feedback(
            False,
            "I expected a dictionary with the keys who, what, when, where and why.",
            "Keep the shape of the cell, with its five keys, and fill in the words.",
            mistake="not a dictionary",
        )
    given = {str(k).strip().lower(): v for k, v in answer.items()}
    if missing := [k for k in W_KEYS if k not in given]:
        return Feedback(
            False,
            f"Missing: {', '.join(missing)}.",
            "Keep the five keys of the cell as they are, and change only the answers.",
            mistake="a key missing",
        )
    if not_text := [k for k in W_KEYS if not isinstance(given[k], str)]:
        return Feedback(
            False,
            f"Not written as text: {', '.join(not_text)}.",
            'Write each answer in quotation marks, like "who": "the mayor".',
            mistake="not text",
        )
    if empty := [k for k in W_KEYS if not given[k].strip()]:
        return Feedback(
            False, f"Still empty: {', '.join(empty)}.", "Every W gets a few words.", mistake="blank"
        )
    return {k: given[k].strip() for k in W_KEYS}


register(
    Exercise(
        "01.3",
        "the five W's",
        read=_read_ws,
        facts=_ws_facts,
        praise="Who, what, when and where are grounded in the text. This check does not judge "
        "'what' and 'why': 'why' is the reporter's reading, so discuss whether the article "
        "shows it or only says it.",
        otherwise=("", ""),
        grade=first_mistake,
        mistakes=(
            Mistake(
                "a 'who' nobody in the article",
                lambda f: f["right"] | {"who": "the reporter"},
                "Your 'who' names nobody newslab found among the article's people, places and "
                "organisations.",
                "Who acts in the lede? Use a name as the article writes it. (newslab misses "
                "names too: if yours is in the text, say so.)",
                matches=lambda g, f: not _says(g["who"], f["people"]),
            ),
            Mistake(
                "a length of time for 'when'",
                "lasting_when",
                "Your 'when' says how long or how soon, not on which day.",
                "On which day did the things the article reports happen? Look beyond the lede, "
                "or at the publication date.",
                matches=lambda g, f: (
                    _says(g["when"], f["lasting"]) and not _says(g["when"], f["days"])
                ),
            ),
            Mistake(
                "a 'when' from outside the article",
                lambda f: f["right"] | {"when": "some time ago"},
                "Your 'when' uses no time word from the article or its date.",
                "The lede may name no day: look for a weekday later on, or use the publication "
                "date.",
                matches=lambda g, f: bool(f["days"]) and not _says(g["when"], f["days"]),
            ),
            Mistake(
                "a 'where' from outside the article",
                lambda f: f["right"] | {"where": "somewhere far away"},
                "Your 'where' names no place from the article or its dateline.",
                "Where was the reporter, and where did the people meet? The dateline, printed "
                "with the article's metadata, names a place.",
                matches=lambda g, f: not _says(g["where"], f["places"]),
            ),
        ),
    )
)
