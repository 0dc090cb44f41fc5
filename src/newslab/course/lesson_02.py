"""Exercises 02.1, 02.2 and 02.4 of notebook 02-who-says-what.ipynb: reading the sources table.

Misconceptions from lessons/02-who-says-what.md: 1, only words in quotation marks count (02.1;
02.3 is in lesson_02_kinds.py); 4, sources are people (02.4); 5, the machine's list is the truth
(02.1's "he" statements, and every check on an article nobody checked); and the table read the
wrong way (02.2, 02.4).
"""

from __future__ import annotations

from typing import Any

from .answers import name_matches, read_number, read_text
from .feedback import Feedback
from .grading import (
    Exercise,
    Facts,
    Mistake,
    article_facts,
    near,
    not_main,
    nothing_found,
    register,
)


def _source_facts(ann: Any, ident: str) -> Facts | Feedback:
    from ..quotes.sources import sources

    facts = article_facts(ann, ident)
    if isinstance(facts, Feedback):
        return facts
    return facts | {"sources": sources(ann)}


def _lavrov_facts(ann: Any) -> Facts | Feedback:
    facts = _source_facts(ann, "02.1")
    if isinstance(facts, Feedback):
        return facts
    name = "Sergei Lavrov"
    src = next((s for s in facts["sources"] if s.name == name), None)
    if src is None:
        return not_main(facts, f"{name}'s statements")
    mine = [q for q in ann.quotes if q.speaker == name and q.speaker_span]
    by_name = sum(name.split()[-1] in ann.body[slice(*q.speaker_span)] for q in mine)
    return facts | {
        "right": src.statements,
        "direct": src.direct,
        "indirect": src.indirect,
        "mixed": src.mixed,
        "quoted": src.direct + src.mixed,
        "by_name": by_name,
        "mentions": sum(e.canonical == name for e in ann.entities),
    }


register(
    Exercise(
        "02.1",
        "count one source's statements",
        read=lambda a: read_number(a, "a count"),
        facts=_lavrov_facts,
        praise="{right} statements: {direct} direct, {indirect} indirect, {mixed} mixed.",
        otherwise=(
            "{given} is not the number of statements the article gives Sergei Lavrov.",
            "Count every statement with him as the speaker: quoted or reported, after 'Lavrov' "
            "or after 'he'. The sources table has a row for him.",
        ),
        decide="Read his statements in the source explorer below and count them yourself.",
        mistakes=(
            Mistake(
                "only direct quotations",
                "direct",
                "{given} counts only his direct quotations.",
                "Reported speech counts too: 'Lavrov said Russia has drafted...' is a statement.",
            ),
            Mistake(
                "only statements with quotation marks",
                "quoted",
                "{given} counts only his statements with quotation marks in them.",
                "A paraphrase with no quotation marks at all is his statement too, when the "
                "article says he said it.",
            ),
            Mistake(
                "only where his name stands",
                "by_name",
                "{given} leaves out a statement where the article calls him 'he'.",
                "'He said' right after his name counts as his. (If you left one out on purpose, "
                "because it does not report what he said, argue it in class: the machine "
                "counts it.)",
            ),
            Mistake(
                "mentions for statements",
                "mentions",
                "{given} is how often his name appears, not how many statements he makes.",
                "Some mentions are about him, and some of his statements name him only as 'he'.",
            ),
        ),
    )
)


def _words_facts(ann: Any) -> Facts | Feedback:
    facts = _source_facts(ann, "02.2")
    if isinstance(facts, Feedback) or not facts["sources"]:
        return facts if isinstance(facts, Feedback) else nothing_found(facts, "quoted source")
    srcs = facts["sources"]
    top = max(srcs, key=lambda s: s.words_quoted)
    fewest = min(s.words_quoted for s in srcs)
    return facts | {
        "right": top.name,
        "words": top.words_quoted,
        "most_statements": max(srcs, key=lambda s: s.statements).name,
        "fewest": next(s.name for s in srcs if s.words_quoted == fewest),
        "fewest_names": [s.name for s in srcs if s.words_quoted == fewest],
    }


register(
    Exercise(
        "02.2",
        "who gets the most words",
        read=lambda a: read_text(a, "a source's name"),
        facts=_words_facts,
        same=name_matches,
        praise="{right}: {words} words in quotation marks.",
        otherwise=(
            "{given} is not the source quoted with the most words.",
            "Compare the sources by the words_quoted column: words inside quotation marks only.",
        ),
        decide="Read the quotation marks in the source explorer below: whose words fill most "
        "of them?",
        mistakes=(
            Mistake(
                "the number, not the name",
                "words",
                "{given} is a number of words; the question asks who.",
                "Give the source's name as the table writes it, in quotation marks.",
                matches=lambda g, f: g == f["words"] and not isinstance(g, bool),
                raw=True,
            ),
            Mistake(
                "most statements for most words",
                "most_statements",
                "{given} has the most statements; the question counts words inside quotation "
                "marks.",
                "A source can say a lot in paraphrase and little in quotation marks.",
            ),
            Mistake(
                "the table sorted the wrong way",
                "fewest",
                "{given} is quoted with the fewest words: did you sort the wrong way round?",
                "Sorting puts the smallest first unless you ask for the largest first.",
                matches=lambda g, f: any(name_matches(g, n) for n in f["fewest_names"]),
            ),
        ),
    )
)


def _share_facts(ann: Any) -> Facts | Feedback:
    facts = _source_facts(ann, "02.4")
    if isinstance(facts, Feedback) or not ann.quotes:
        return facts if isinstance(facts, Feedback) else nothing_found(facts, "statement")
    quotes, srcs = ann.quotes, facts["sources"]
    named = sum(bool(q.speaker_named) for q in quotes)
    return facts | {
        "right": named / len(quotes),
        "percent": f"{named / len(quotes):.0%}",
        "count": named,
        "unnamed": 1 - named / len(quotes),
        "by_source": sum(s.named for s in srcs) / len(srcs),
        "everyone": sum(q.speaker is not None for q in quotes) / len(quotes),
    }


register(
    Exercise(
        "02.4",
        "the share of named sources",
        read=lambda a: read_number(a, "a share between 0 and 1"),
        facts=_share_facts,
        same=near(0.005, percent=True),
        praise="{percent} of the statements come from people the article names.",
        otherwise=(
            "{given} is not the share of statements with a named speaker.",
            "Count the statements whose speaker is a person the article names, and divide by "
            "all the statements.",
        ),
        ambiguous=(
            "{given} is rounded so far that it fits a common slip as well as the share.",
            "Give it with three decimals, or let Python work it out.",
        ),
        decide="Read the sources table: is each row marked named a person the article names?",
        mistakes=(
            Mistake(
                "sources, not statements",
                "by_source",
                "{given} is the share of named sources, the rows of the sources table. The "
                "question counts statements: a source with many statements counts many times.",
                "Work from the statements, not from the rows of sources.",
            ),
            Mistake(
                "the unnamed share",
                "unnamed",
                "{given} is the share of statements from sources that are not named people: "
                "the other part.",
                "Which part does the question ask for?",
            ),
            Mistake(
                "a count for a share",
                "count",
                "{given} is a count; a share divides it by the number of all statements.",
                "A share is between 0 and 1 (or a percentage).",
            ),
            Mistake(
                "every source as a named person",
                "everyone",
                "{given} counts every statement that has a source. Countries, cities, groups "
                "and 'officials' are sources, but not named people.",
                "Which speakers are people the article names?",
            ),
        ),
    )
)
