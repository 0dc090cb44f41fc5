"""Exercise 03.4 of notebook 03-entities.ipynb: catch the plain model out.

Misconception 4 of lessons/03-entities.md: any row of the comparison table is an answer. The
plain model's own words, an entity newslab removed, and one the plain model got right each get
their own coaching. The answer is a fact about two machines, so it is checked on any article.
"""

from __future__ import annotations

from typing import Any

from .answers import Name, read_text, same_name
from .feedback import Feedback
from .grading import (
    Exercise,
    Facts,
    Mistake,
    from_article,
    register,
)


@from_article("03.4")
def _model_facts(ann: Any, facts: Facts) -> Facts | Feedback:
    plain = {(e.start_char, e.end_char): (e.label_, e.text) for e in ann.doc.ents}
    ours = {(e.start, e.end): e for e in ann.entities}
    changed = [e.text for e in ann.entities if plain.get((e.start, e.end), ("",))[0] != e.label]
    agreed = [e.text for e in ann.entities if e.text not in changed]

    def overlaps(span: tuple[int, int]) -> bool:
        return any(s < span[1] and span[0] < t for s, t in ours)

    if not changed:
        return Feedback(
            False,
            "On this article the plain model and newslab agree on every name: there is nothing "
            "to catch.",
            "Skip this exercise, or ask your teacher which article to use.",
            mistake="nothing to find",
        )
    versions = [t for span, (_, t) in plain.items() if span not in ours and overlaps(span)]
    removed = [t for span, (_, t) in plain.items() if not overlaps(span)]
    return facts | {
        "right": Name(changed[0], tuple(changed)),
        "versions": [t for t in versions if t not in changed],
        "removed": [t for t in removed if t not in changed],
        "agreed": agreed,
        "texts": {e.text for e in ann.entities},
    }


def _one_of(key: str) -> Any:
    return lambda g, f: any(same_name(g, t) for t in f[key])


register(
    Exercise(
        "03.4",
        "catch the plain model out",
        read=lambda a: read_text(a, "an entity's words"),
        facts=_model_facts,
        same=same_name,
        praise="The plain model tagged “{given}” differently: that is what newslab's rules fix.",
        otherwise=(
            "newslab found no entity written “{given}”.",
            "Copy a name exactly as the comparison table writes it, in the newslab_text column.",
        ),
        mistakes=(
            Mistake(
                "the plain model's words",
                lambda f: (f["versions"] or [None])[0],
                "“{given}” is the plain model's version, from the text column; newslab writes "
                "this name differently.",
                "Copy newslab's words, from the newslab_text column.",
                matches=_one_of("versions"),
            ),
            Mistake(
                "an entity newslab removed",
                lambda f: (f["removed"] or [None])[0],
                "newslab removed “{given}”: for newslab it is not an entity at all, so it has no "
                "newslab words to copy.",
                "Pick a row where both sides have words.",
                matches=_one_of("removed"),
            ),
            Mistake(
                "one the plain model got right",
                lambda f: (f["agreed"] or [None])[0],
                "The plain model got “{given}” right: the same words and the same label.",
                "Look for rows of the comparison table where the two sides differ.",
                matches=_one_of("agreed"),
            ),
        ),
    )
)
