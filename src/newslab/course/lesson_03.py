"""Exercises of notebook 03-entities.ipynb (entities), numbered 03.N as in the notebook.

Misconceptions from lessons/03-entities.md: 1, any important word is an entity, and labels as
words (03.1, 03.4); 2, a place name always labels a place (03.1); 3, bare surnames and titles
(03.2); 4, any row of the comparison table (03.4, in lesson_03_model.py); 5, the most mentioned as the most important,
and the dateline as the main place (03.3).
"""

from __future__ import annotations

from typing import Any

from ..entities import LABEL_DESCRIPTIONS
from .answers import counted_names, read_text, same_name
from .feedback import Feedback
from .grading import (
    Exercise,
    Facts,
    Mistake,
    article_facts,
    from_article,
    not_main,
    nothing_found,
    register,
)


def _one_entity(ann: Any, ident: str, text: str) -> Facts | Feedback:
    facts = article_facts(ann, ident)
    if isinstance(facts, Feedback):
        return facts
    ent = next((e for e in ann.entities if e.text == text), None)
    return not_main(facts, f"the name “{text}”") if ent is None else facts | {"entity": ent}


def _kremlin_facts(ann: Any) -> Facts | Feedback:
    facts = _one_entity(ann, "03.1", "Kremlin")
    return facts if isinstance(facts, Feedback) else facts | {"right": facts["entity"].label}


register(
    Exercise(
        "03.1",
        "the label of a name",
        read=lambda a: read_text(a, "a label"),
        facts=_kremlin_facts,
        same=lambda a, b: isinstance(a, str) and a.strip().upper() == b,
        praise="{right}: here the Kremlin stands for the Russian presidency, an institution, "
        "not a building.",
        otherwise=(
            "{given} is not the label of 'Kremlin' here.",
            "Is 'the Kremlin' in this article a place, or the people who govern from it?",
        ),
        decide="Read the sentences with the name and decide what it stands for there.",
        mistakes=(
            Mistake(
                "not a label",
                lambda f: "ORGANISATION",
                "“{given}” is not one of the 18 labels.",
                "Labels are short codes in capitals: use one from the left column of the label "
                "table above.",
                matches=lambda g, f: g.strip().upper() not in LABEL_DESCRIPTIONS,
            ),
            Mistake(
                "a building",
                lambda f: "FAC",
                "FAC is for buildings and other structures. Read the sentences with 'Kremlin': "
                "does a building act there?",
                "A place name can stand for the people behind it: who 'will continue talks'?",
                matches=lambda g, f: g.strip().upper() == "FAC",
            ),
            Mistake(
                "a place",
                lambda f: "GPE",
                "{given} is for places: countries, cities and states (GPE), other places (LOC). "
                "Is the Kremlin a place in these sentences?",
                "A place name can stand for the people behind it: who 'will continue talks'?",
                matches=lambda g, f: g.strip().upper() in {"GPE", "LOC"},
            ),
            Mistake(
                "a person",
                lambda f: "PERSON",
                "PERSON is for one person's name. 'The Kremlin' stands for many people acting "
                "together.",
                "Which label in the table is for a body of people?",
                matches=lambda g, f: g.strip().upper() == "PERSON",
            ),
        ),
    )
)


def _lavrov_facts(ann: Any) -> Facts | Feedback:
    from ..quotes.sources import describe

    facts = _one_entity(ann, "03.2", "Lavrov")
    if isinstance(facts, Feedback):
        return facts
    right = facts["entity"].canonical
    title = (describe(ann, right) or "Mr").split(";")[0]
    return facts | {"right": right, "surname": right.split()[-1], "titled": f"{title} {right}"}


def _titled(given: Any, facts: Facts) -> bool:
    a, right = " ".join(given.lower().split()), facts["right"].lower()
    return a.endswith(" " + right)


register(
    Exercise(
        "03.2",
        "the fullest name",
        read=lambda a: read_text(a, "a name"),
        facts=_lavrov_facts,
        same=same_name,
        praise="Every 'Lavrov' points to the fullest name the article gives: {right}. Counted "
        "together, his mentions are not split in two.",
        otherwise=(
            "“{given}” is not the fullest name the article gives to 'Lavrov'.",
            "Find the first time the article names him: there it gives his first name too.",
        ),
        decide="Find the first time the article names this person, and read the whole name.",
        mistakes=(
            Mistake(
                "the surname alone",
                "surname",
                "That is the surname, which the article uses once it has named him in full.",
                "The question asks for the fullest name the article gives him: look where he is "
                "first mentioned.",
            ),
            Mistake(
                "the title inside the name",
                "titled",
                "That includes a title. Titles stay outside names: 'President [Vladimir Putin]'.",
                "Keep only the name itself.",
                matches=_titled,
            ),
        ),
    )
)


@from_article("03.3")
def _place_facts(ann: Any, facts: Facts) -> Facts | Feedback:
    by_label: dict[str, list[Any]] = {}
    for e in ann.entities:
        by_label.setdefault(e.label, []).append(e)
    places = counted_names(by_label.get("GPE", []))
    if not places:
        return nothing_found(facts, "country, city or state (GPE)")
    dateline = ann.article.dateline or ""
    others = [
        e.canonical for label, ents in by_label.items() if label in {"NORP", "ORG", "LOC", "FAC"}
        for e in ents
    ]  # fmt: skip
    people = [e.canonical for e in by_label.get("PERSON", [])]
    return facts | {
        "right": places[0],
        "mentions": places[0].count,
        "places": places,
        "dateline": dateline if any(same_name(dateline, p) for p in places[1:]) else None,
        "second": next((p for p in places[1:] if not same_name(p, dateline)), None),
        "people": people,
        "person": people[0] if people else None,
        "others": others,
        "other": next((o for o in others if not any(same_name(o, p) for p in places)), None),
    }


register(
    Exercise(
        "03.3",
        "the most mentioned place",
        read=lambda a: read_text(a, "a place"),
        facts=_place_facts,
        same=same_name,
        praise="{right}, {mentions} mentions. Most mentioned is not the same as most important: "
        "compare with who acts in the lede.",
        otherwise=(
            "{given} is not the most mentioned country, city or state.",
            "Look at the places (GPE) only, and at how often each is mentioned.",
        ),
        decide="Count the mentions yourself in the highlighter: the machine can miss a mention "
        "or give one place two names.",
        mistakes=(
            Mistake(
                "a person, not a place",
                "person",
                "{given} is a person (PERSON); the question asks for a country, city or state "
                "(GPE).",
                "Look only at the places.",
                matches=lambda g, f: any(same_name(g, p) for p in f["people"]),
            ),
            Mistake(
                "another label, not a place",
                "other",
                "“{given}” is not labelled GPE in this article: the question asks for a country, "
                "city or state.",
                "Look only at the rows labelled GPE.",
                matches=lambda g, f: (
                    any(same_name(g, o) for o in f["others"])
                    and not any(same_name(g, p) for p in f["places"])
                ),
            ),
            Mistake(
                "the dateline as the main place",
                "dateline",
                "{given} is where the reporter filed the story from (the dateline). Is it also "
                "the place the article mentions most?",
                "Count the mentions of each place, not where the story comes from.",
            ),
            Mistake(
                "a place, but not the most mentioned",
                "second",
                "{given} is a GPE, but another one is mentioned more often.",
                "Compare the number of mentions of every place, not the first or the most "
                "important.",
                matches=lambda g, f: any(same_name(g, p) for p in f["places"][1:]),
            ),
        ),
    )
)
