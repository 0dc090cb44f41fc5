"""The course's exercises: one check a question, every expected answer computed by newslab.

Numbers match the notebooks: ``02.1`` is the first exercise of ``02-who-says-what``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .check import Feedback, exercise, expect_number, expect_text, need_article
from .entities import LABEL_DESCRIPTIONS

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


@exercise("03.1", "the label of a name")
def _label(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(text := expect_text(answer, "a label"), Feedback):
        return bad or text
    right = next(e.label for e in ann.entities if e.text == "Kremlin")
    if text.upper() not in LABEL_DESCRIPTIONS:
        return Feedback(
            False,
            f"{text!r} is not one of the 18 labels.",
            f"Labels are written like {', '.join(list(LABEL_DESCRIPTIONS)[:6])}, ...",
        )
    if text.upper() == right:
        return Feedback(
            True,
            "ORG: the Kremlin stands for the Russian presidency, an institution, not a building here.",
        )
    return Feedback(
        False,
        f"{text.upper()} is not the label of 'Kremlin' here.",
        "Is 'the Kremlin' in this article a place, or the people who govern from it?",
    )


@exercise("03.2", "the fullest name")
def _canonical(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(text := expect_text(answer, "a name"), Feedback):
        return bad or text
    right = next(e.canonical for e in ann.entities if e.text == "Lavrov")
    if text == right:
        return Feedback(True, "Every 'Lavrov' points to the fullest name the article gives.")
    return Feedback(
        False, f"{text!r} is not the canonical name.", "entities_frame(ann) has a canonical column."
    )


@exercise("03.3", "the most mentioned place")
def _top_place(answer: Any, ann: Any) -> Feedback:
    from .frames import mentions_frame

    if (bad := need_article(ann)) or isinstance(text := expect_text(answer, "a place"), Feedback):
        return bad or text
    top = mentions_frame(ann, labels=["GPE"]).iloc[0]
    if text.lower() == top["canonical"].lower():
        return Feedback(True, f"{top['canonical']}, {top['mentions']} mentions.")
    return Feedback(
        False,
        f"{text} is not the most mentioned country, city or state.",
        "mentions_frame(ann, labels=['GPE']) lists them, most mentioned first.",
    )


@exercise("03.4", "catch the plain model out")
def _model_error(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(
        text := expect_text(answer, "an entity's words"), Feedback
    ):
        return bad or text
    raw = {(e.start_char, e.end_char): e.label_ for e in ann.doc.ents}
    ours = [e for e in ann.entities if e.text == text]
    if not ours:
        return Feedback(
            False,
            f"newslab found no entity written {text!r}.",
            "Copy a name exactly from entities_frame(ann).",
        )
    if any(raw.get((e.start, e.end)) != e.label for e in ours):
        return Feedback(
            True, f"The plain model tagged {text!r} differently: that is what newslab's rules fix."
        )
    return Feedback(
        False,
        f"The plain model got {text!r} right.",
        "Compare the two tables: look at bare surnames and names after 'the'.",
    )


@exercise("04.1", "resolve a weekday")
def _sunday(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    right = next(t.value for t in ann.timexes if t.text == "Sunday")
    given = answer.isoformat() if isinstance(answer, dt.date) else answer
    if isinstance(given := expect_text(given, "a date like 2022-02-13"), Feedback):
        return given
    if given == right:
        return Feedback(
            True,
            f"{right}: the Sunday before a Monday publication, because the verb is past tense.",
        )
    return Feedback(
        False,
        f"{given} is not the Sunday the article means.",
        "The story was published on Monday 2022-02-14 and speaks in the past tense: count back.",
    )


@exercise("04.2", "the days of a vague period")
def _late_last_week(answer: Any, ann: Any) -> Feedback:
    if bad := need_article(ann):
        return bad
    t = next(t for t in ann.timexes if t.text == "late last week")
    if not isinstance(answer, tuple | list) or len(answer) != 2:
        return Feedback(
            False,
            "I expected two dates: (first day, last day).",
            'Like ("2022-02-01", "2022-02-03").',
        )
    given = tuple(a.isoformat() if isinstance(a, dt.date) else str(a) for a in answer)
    if given == (t.start_date, t.end_date):
        return Feedback(
            True, f"{t.start_date} to {t.end_date}: 'late' in a week means Thursday to Saturday."
        )
    return Feedback(
        False,
        f"{given[0]} to {given[1]} are not the days newslab uses.",
        "Last week is the calendar week before the publication week; 'late' is its end.",
    )


@exercise("04.3", "what cannot be placed")
def _unplaced(answer: Any, ann: Any) -> Feedback:
    if (bad := need_article(ann)) or isinstance(n := expect_number(answer, "a count"), Feedback):
        return bad or n
    right = sum(1 for t in ann.timexes if not t.start_date)
    if n == right:
        return Feedback(
            True,
            f"{right}: durations like 'weeks' and 'at least another week' have no calendar days.",
        )
    return Feedback(
        False,
        f"{n} is not the number of time words with no start date.",
        "timexes_frame(ann)['start_date'].isna().sum()",
    )


@exercise("05.1", "precision, recall and F1 by hand")
def _prf(answer: Any, ann: Any) -> Feedback:
    tp, fp, fn = 8, 2, 4  # the worked example in the notebook
    p, r = tp / (tp + fp), tp / (tp + fn)
    right = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}
    if not isinstance(answer, dict) or set(answer) != set(right):
        return Feedback(
            False,
            "I expected a dictionary with precision, recall and f1.",
            'Like {"precision": 0.5, ...}.',
        )
    for key, value in right.items():
        got = expect_number(answer[key], key)
        if isinstance(got, Feedback):
            return got
        if abs(got - value) > 0.01:
            tip = {
                "precision": "Of what the machine marked, how much was right? tp / (tp + fp)",
                "recall": "Of what you marked, how much did the machine find? tp / (tp + fn)",
                "f1": "F1 is the harmonic mean: 2 * p * r / (p + r)",
            }[key]
            return Feedback(False, f"Your {key} is {got:.2f}.", tip)
    return Feedback(True, f"Precision {p:.2f}, recall {r:.2f}, F1 {right['f1']:.2f}.")


@exercise("06.1", "the share of anonymous statements")
def _anonymous(answer: Any, table: Any) -> Feedback:
    if isinstance(x := expect_number(answer, "a share between 0 and 1"), Feedback):
        return x
    try:
        right = 1 - float(table["named"].astype(bool).mean())
    except (TypeError, KeyError, AttributeError):
        return Feedback(
            False,
            "Pass the corpus quotes table as the third argument.",
            "check('06.1', answer, tables['quotes'])",
        )
    if abs((x / 100 if x > 1 else x) - right) < 0.01:
        return Feedback(
            True, f"{right:.0%} of the statements in the corpus come from unnamed sources."
        )
    return Feedback(
        False,
        f"{x:.2f} is not the share of statements from unnamed sources.",
        "1 - tables['quotes']['named'].mean()",
    )


@exercise("07.1", "your article's main source")
def _own_top(answer: Any, ann: Any) -> Feedback:
    from .sources import sources

    if (bad := need_article(ann)) or isinstance(
        text := expect_text(answer, "a source's name"), Feedback
    ):
        return bad or text
    srcs = sources(ann)
    if not srcs:
        return Feedback(True, "Your article quotes nobody: who, then, is telling the story?")
    most = max(s.statements for s in srcs)
    top = [s for s in srcs if s.statements == most]
    if any(_name_matches(text, s.name) for s in top):
        tie = f" (as many as {len(top) - 1} other source(s))" if len(top) > 1 else ""
        return Feedback(True, f"{text}, with {most} statements{tie}.")
    return Feedback(
        False, f"{text} is not the source with the most statements.", "Look at sources_frame(ann)."
    )


@exercise("06.2", "the most frequent cue")
def _top_cue(answer: Any, table: Any) -> Feedback:
    if isinstance(text := expect_text(answer, "a cue verb"), Feedback):
        return text
    try:
        counts = table["cue"].value_counts()
    except (TypeError, KeyError, AttributeError):
        return Feedback(
            False,
            "Pass the corpus quotes table as the third argument.",
            "check('06.2', answer, tables['quotes'])",
        )
    if text.lower() == counts.index[0]:
        return Feedback(
            True, f"“{counts.index[0]}”, in {counts.iloc[0]} statements: the neutral verb leads."
        )
    return Feedback(
        False, f"“{text}” is not the most frequent cue.", "tables['quotes']['cue'].value_counts()"
    )
