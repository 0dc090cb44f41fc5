"""The course's exercises: one check a question, every expected answer computed by newslab.

Numbers match the notebooks: ``02.1`` is the first exercise of ``02-who-says-what``.
"""

from __future__ import annotations

from typing import Any

from .check import Feedback, exercise, expect_number, expect_text, need_article

KINDS = ("direct", "indirect", "mixed")


def _name_matches(answer: str, name: str) -> bool:
    a, n = answer.lower().strip(), name.lower()
    return bool(a) and (
        a == n or a == n.split()[-1] or a.removeprefix("the ") == n.removeprefix("the ")
    )


@exercise("00.1", "run your first cell")
def _run_a_cell(answer: Any, ann: Any) -> Feedback:
    n = expect_number(answer, "2 + 2")
    if isinstance(n, Feedback):
        return n
    if n == 4:
        return Feedback(
            True, "You ran a cell and Python answered. Shift+Enter runs a cell and moves on."
        )
    return Feedback(
        False, f"{n} is not what 2 + 2 gives.", "Type 2 + 2 in place of ____ and run the cell."
    )


@exercise("01.1", "count the paragraphs")
def _paragraphs(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(
        n := expect_number(answer, "the number of paragraphs"), Feedback
    ):
        return bad or n
    right = len(ann.article.paragraphs)
    if n == right:
        return Feedback(
            True, f"{right} paragraphs: news paragraphs are short, often one or two sentences."
        )
    return Feedback(
        False,
        f"{n} is not the number of paragraphs.",
        "len(article.paragraphs) counts them; each line of the body is one paragraph.",
    )


@exercise("01.2", "find the lede")
def _lede(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(text := expect_text(answer, "the lede"), Feedback):
        return bad or text
    lede = ann.article.paragraphs[0].text
    if text == lede.strip():
        return Feedback(
            True,
            "That is the lede: the first paragraph, which says what happened and why it matters.",
        )
    if text == ann.article.title:
        return Feedback(
            False,
            "That is the headline, which the editor writes above the story.",
            "The lede is the story's first paragraph: article.paragraphs[0].text",
        )
    return Feedback(
        False, "That is not the first paragraph of the body.", "Try article.paragraphs[0].text"
    )


@exercise("01.3", "the five W's")
def _five_ws(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    if not isinstance(answer, dict):
        return Feedback(
            False,
            "I expected a dictionary with the keys who, what, when, where and why.",
            'Fill in {"who": "...", "what": "...", ...}.',
        )
    missing = [
        k for k in ("who", "what", "when", "where", "why") if not str(answer.get(k, "")).strip()
    ]
    if missing:
        return Feedback(
            False, f"Still empty: {', '.join(missing)}.", "Every W gets a short answer in words."
        )
    people = {e.canonical for e in ann.entities if e.label in {"PERSON", "ORG", "GPE", "NORP"}}
    who = str(answer["who"]).lower()
    if not any(p.lower() in who or p.split()[-1].lower() in who for p in people):
        return Feedback(
            False,
            "Your 'who' names nobody the article names.",
            "Who acts in the lede? Look for a person or a country in the first paragraph.",
        )
    when = str(answer["when"]).lower()
    pub = ann.article.published
    days = {t.text.lower() for t in ann.timexes} | (
        {pub.strftime("%A").lower(), pub.isoformat(), str(pub.day)} if pub else set()
    )
    if not any(d in when for d in days):
        return Feedback(
            False,
            "Your 'when' uses no time word from the article or its date.",
            "The lede has no date: look for a weekday later on, or use the publication date.",
        )
    places = {e.canonical.lower() for e in ann.entities if e.label in {"GPE", "LOC", "FAC"}}
    places |= {(ann.article.dateline or "").lower()} - {""}
    if not any(p in str(answer["where"]).lower() for p in places):
        return Feedback(
            False,
            "Your 'where' names no place from the article or its dateline.",
            f"The dateline says where the reporter was: {ann.article.dateline or 'none here'}.",
        )
    return Feedback(
        True,
        "Who, what, when and where are grounded in the text. 'Why' is the reporter's "
        "reading: discuss whether the article shows it or only says it.",
    )


@exercise("02.1", "count one source's statements")
def _lavrov(answer: Any, ann: Any) -> Feedback:
    from .sources import sources

    if (bad := need_article(ann)) or isinstance(n := expect_number(answer, "a count"), Feedback):
        return bad or n
    src = next(s for s in sources(ann) if s.name == "Sergei Lavrov")
    if n == src.statements:
        return Feedback(
            True,
            f"{n} statements: {src.direct} direct, {src.indirect} indirect, {src.mixed} mixed.",
        )
    if n == src.direct:
        return Feedback(
            False,
            f"{n} counts only his direct quotations.",
            "Reported speech counts too: 'Lavrov said Russia has drafted...' is a statement.",
        )
    return Feedback(
        False,
        f"{n} is not the number of statements attributed to Sergei Lavrov.",
        "Did you count 'he said' and 'Lavrov told' as Lavrov? sources_frame(ann) counts them all.",
    )


@exercise("02.2", "who gets the most words")
def _most_words(answer: Any, ann: Any) -> Feedback:
    from .sources import sources

    if (bad := need_article(ann)) or isinstance(
        text := expect_text(answer, "a source's name"), Feedback
    ):
        return bad or text
    top = max(sources(ann), key=lambda s: s.words_quoted)
    if _name_matches(text, top.name):
        return Feedback(True, f"{top.name}: {top.words_quoted} words in quotation marks.")
    return Feedback(
        False,
        f"{text} is not the source quoted with the most words.",
        "Sort sources_frame(ann) by the words_quoted column.",
    )


@exercise("02.3", "direct, indirect or mixed")
def _kinds(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    if not isinstance(answer, dict) or not answer:
        return Feedback(
            False,
            "I expected a dictionary from each statement to its kind.",
            'Like {"all right": "direct", ...}.',
        )
    wrong = []
    for text, kind in answer.items():
        if str(kind).lower() not in KINDS:
            return Feedback(
                False,
                f"{kind!r} is not a kind of statement.",
                "The kinds are direct, indirect and mixed.",
            )
        found = next((q for q in ann.quotes if str(text) in q.text), None)
        if found is None:
            return Feedback(
                False,
                f"No statement contains {text!r}.",
                "Copy the words exactly from the article.",
            )
        if found.kind != str(kind).lower():
            wrong.append(f"“{text}” is {found.kind}")
    if wrong:
        return Feedback(
            False,
            "Not quite: " + "; ".join(wrong) + ".",
            "Direct = all inside quotation marks; mixed = a reported clause with a quoted fragment.",
        )
    return Feedback(True, "You told apart the words a source said from the reporter's paraphrase.")


@exercise("02.4", "the share of named sources")
def _named_share(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(
        x := expect_number(answer, "a share between 0 and 1"), Feedback
    ):
        return bad or x
    right = sum(q.speaker_named for q in ann.quotes) / max(len(ann.quotes), 1)
    if x > 1:
        x = x / 100
    if abs(x - right) < 0.01:
        return Feedback(True, f"{right:.0%} of the statements come from people the article names.")
    return Feedback(
        False,
        f"{x:.2f} is not the share of statements with a named speaker.",
        "quotes_frame(ann)['named'].mean() gives it.",
    )


from . import exercises_analysis  # noqa: E402,F401  (registers 03.1 to 07.1)
