"""Who is who without the model: chains from name spans, genders from the text, titles of
works, the quotation index and the reporting-verb data."""

from __future__ import annotations

import pytest

from newslab.quotation_marks import QuotedSegment, quoted_segments
from newslab.quotes.attribution import is_title
from newslab.quotes.chain_names import content_words
from newslab.quotes.chains import ChainBuilder
from newslab.quotes.genders import name_gender, text_genders
from newslab.quotes.spans_index import Covering, SegmentIndex
from newslab.quotes.verbs import BELIEF, characterizes, communication_verbs, is_speech_verb, urges


def spans(text: str, *items: tuple[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the first occurrence after the previous one of each text."""
    out, at = [], 0
    for surface, label in items:
        start = text.index(surface, at)
        out.append((start, start + len(surface), label))
        at = start + 1
    return out


def chains_of(text: str, *items: tuple[str, str]) -> dict[str, list[str]]:
    built = ChainBuilder(text, spans(text, *items)).freeze()
    return {c.name: [m.text for m in c.mentions] for c in built.chains}


def test_a_surname_joins_the_full_name():
    text = "Maria Okoro spoke first. Later Okoro left."
    assert chains_of(text, ("Maria Okoro", "PERSON"), ("Okoro", "PERSON")) == {
        "Maria Okoro": ["Maria Okoro", "Okoro"]
    }


def test_a_paternal_surname_in_the_middle_joins_the_full_name():
    text = "Governor Lucia Ferrer Vidal resigned. Ferrer thanked her staff."
    assert chains_of(text, ("Lucia Ferrer Vidal", "PERSON"), ("Ferrer", "PERSON")) == {
        "Lucia Ferrer Vidal": ["Lucia Ferrer Vidal", "Ferrer"]
    }


def test_a_place_before_a_mislabelled_name_is_left_out():
    text = "Senator from Ohio Tom Kessler spoke. Later Kessler was calm."
    built = ChainBuilder(text, spans(text, ("Ohio Tom Kessler", "ORG"), ("Kessler", "PERSON")))
    [chain] = built.freeze().chains
    assert (chain.name, chain.label) == ("Tom Kessler", "PERSON")


def test_an_acronym_and_a_bracketed_alias_join_the_long_name():
    text = (
        "The International Labour Organization (ILO) met. ILO staff agreed. "
        "The Northern Water Board (NorWater) said so; NorWater later denied it."
    )
    chains = chains_of(
        text,
        ("International Labour Organization", "ORG"),
        ("ILO", "ORG"),
        ("ILO", "ORG"),
        ("Northern Water Board", "ORG"),
        ("NorWater", "ORG"),
        ("NorWater", "ORG"),
    )
    assert chains == {
        "International Labour Organization": ["International Labour Organization", "ILO", "ILO"],
        "Northern Water Board": ["Northern Water Board", "NorWater", "NorWater"],
    }


def test_a_shorter_name_made_of_the_longer_ones_words():
    text = "The Health Ministry said so. The Ministry of Public Health agreed."
    chains = chains_of(text, ("Health Ministry", "ORG"), ("Ministry of Public Health", "ORG"))
    assert chains == {"Ministry of Public Health": ["Health Ministry", "Ministry of Public Health"]}
    assert content_words("the Ministry of Public Health") == ["ministry", "public", "health"]


def test_two_people_sharing_a_first_name_are_not_joined_by_it():
    text = "Ahmed Nasser and Ahmed Karim met. Ahmed left."
    chains = chains_of(
        text, ("Ahmed Nasser", "PERSON"), ("Ahmed Karim", "PERSON"), ("Ahmed", "PERSON")
    )
    assert chains["Ahmed"] == ["Ahmed"]


def test_a_middle_name_joins_first_and_last():
    text = "Maria Elena Ruiz was born in Lima. Maria Ruiz returned."
    got = chains_of(text, ("Maria Elena Ruiz", "PERSON"), ("Maria Ruiz", "PERSON"))
    assert got == {"Maria Elena Ruiz": ["Maria Elena Ruiz", "Maria Ruiz"]}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ravi", "Ravi Kumar Sen"),  # a given name
        ("Sen", "Ravi Kumar Sen"),  # a surname
        ("Nowik", "Sally Nowak"),  # a surname spelt one letter apart
        ("Dorling", "Dorling Group"),  # an organisation's first word
        ("Sally", None),  # two people share it: nobody
        ("Ghent", None),  # no chain's name holds it
    ],
)
def test_an_untagged_word_finds_the_one_chain_it_names(word, expected):
    text = "Ravi Kumar Sen, Sally Nowak, Sally Ito and Dorling Group met."
    built = ChainBuilder(
        text,
        spans(
            text,
            ("Ravi Kumar Sen", "PERSON"),
            ("Sally Nowak", "PERSON"),
            ("Sally Ito", "PERSON"),
            ("Dorling Group", "ORG"),
        ),
    )
    k = built.chain_of_word(word)
    assert (built.names[k] if k is not None else None) == expected


def test_an_organisation_is_not_named_by_its_post():
    text = "The Harbour Patrol said so. Harbour Patrol Commandant Ana Ruiz spoke."
    got = chains_of(text, ("Harbour Patrol", "ORG"), ("Harbour Patrol Commandant", "ORG"))
    assert list(got) == ["Harbour Patrol"]


def test_a_country_is_not_the_body_named_after_it():
    text = "Kestrelia said so. The Kestrelia Department of Fisheries (KDF) did not. KD spoke."
    got = chains_of(
        text,
        ("Kestrelia", "GPE"),
        ("Kestrelia Department of Fisheries", "ORG"),
        ("KDF", "ORG"),
        ("KD", "GPE"),
    )
    assert got == {
        "Kestrelia": ["Kestrelia"],
        "Kestrelia Department of Fisheries": ["Kestrelia Department of Fisheries", "KDF"],
        "KD": ["KD"],
    }


def test_titles_and_post_nominals_stay_out_of_a_chain_name():
    text = "Judge Helen Marsh QC sentenced him. Marsh was brief."
    chains = chains_of(text, ("Helen Marsh QC", "PERSON"), ("Marsh", "PERSON"))
    assert list(chains) == ["Helen Marsh"]


def test_added_mentions_keep_their_kind_and_offsets():
    text = "Maria Okoro spoke. She left."
    builder = ChainBuilder(text, spans(text, ("Maria Okoro", "PERSON")))
    builder.add(19, 22, "pronoun", 0)
    chain = builder.freeze().chains[0]
    assert [(m.text, m.kind) for m in chain.mentions] == [
        ("Maria Okoro", "name"),
        ("She", "pronoun"),
    ]
    assert chain.named


def test_genders_come_from_honorifics_and_the_first_pronoun_of_a_sentence():
    text = (
        "Ms. Dana Reyes arrived. Tomas Berg said he was late. Ana Lind and Tomas Berg said she won."
    )
    people = [
        (s, e, text[s:e])
        for s, e, _ in spans(
            text,
            ("Dana Reyes", "PERSON"),
            ("Tomas Berg", "PERSON"),
            ("Ana Lind", "PERSON"),
            ("Tomas Berg", "PERSON"),
        )
    ]
    genders = text_genders(text, people)
    assert genders == {"Dana Reyes": True, "Tomas Berg": False}  # two people before "she": unknown


@pytest.mark.parametrize(
    ("name", "female"),
    [
        ("Anne Brody", True),
        ("Harry Holt", False),
        ("Zoltán Kiss", False),  # accents folded
        ("Jean Rondeau", None),  # borne by women and men: no guess
        ("Holt", None),  # a surname alone: no first name to read
        ("Xqzt Lee", None),  # not in the list
    ],
)
def test_a_first_name_gives_only_a_weak_guess(name, female):
    assert name_gender(name) is female


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('He spoke on "Evening Report Sunday." that night.', True),
        ('She wrote the book "A Long Way Home" last year.', True),
        ('He said on Tuesday "we will win" and left.', False),
        ('The "Learning Together" programme ran.', True),  # a name before its noun (round AT)
    ],
)
def test_titles_of_works_and_programmes(text, title):
    seg = quoted_segments(text)[0][0]
    assert is_title(text, seg) is title


def test_the_segment_index_answers_without_scanning():
    text = 'A "b c" d "e" f'
    index = SegmentIndex(text, quoted_segments(text)[0])
    assert [text[s.start : s.end] for s in index.overlapping(0, len(text))] == ["b c", "e"]
    assert index.all_quoted(3, 6) and not index.all_quoted(0, 6)
    assert index.holding(4) is not None and index.holding(8) is None
    covering = Covering()
    covering.add(0, 10)
    covering.add(12, 14)
    assert covering.covers(2, 9) and not covering.covers(9, 13)
    assert isinstance(index.segments[0], QuotedSegment)


def test_reporting_verbs_come_from_verbnet_and_the_gender_gap_tracker():
    verbs = communication_verbs()
    assert {"say", "exclaim", "whisper", "testify", "confess", "boast"} <= verbs  # VerbNet 37
    assert {"highlight", "reassure"} <= verbs  # the Gender Gap Tracker's list
    assert not {"know", "realize", "eat"} & verbs  # cognition and other verbs are not speech
    assert is_speech_verb("think") and "think" in BELIEF
    assert characterizes("portray") and urges("exhort")
    assert not is_speech_verb("rule") and not urges("say")


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ("I think", ("Ana Ruiz", True)),
        ("What did", ("Wikinews", False)),
        ("She came", None),  # not a turn
    ],
)
def test_an_interview_turn_names_its_speaker(at, expected):
    from newslab.quotes.interviews import turn_speaker

    text = "She came in May.\n((WN)) What did you find?\n((Ana Ruiz)) I think so."
    lines = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    spk = turn_speaker(text, lines, text.index(at), None)
    assert (None if spk is None else (spk.name, spk.named)) == expected


def test_a_first_surname_and_a_pair_of_surnames_join_the_fullest_name():
    text = (
        "Rosa Quintal was sworn in. Quintal Arbeloa spoke. "
        'The ruling named "Rosa M. Quintal Arbeloa" twice.'
    )
    chains = chains_of(
        text,
        ("Rosa Quintal", "PERSON"),
        ("Quintal Arbeloa", "PERSON"),
        ("Rosa M. Quintal Arbeloa", "PERSON"),
    )
    assert chains == {
        "Rosa M. Quintal Arbeloa": ["Rosa Quintal", "Quintal Arbeloa", "Rosa M. Quintal Arbeloa"]
    }


def test_two_fuller_names_leave_the_short_one_alone():
    text = "Rosa Quintal spoke. Rosa Ana Quintal and Rosa Quintal Arbeloa are cousins."
    chains = chains_of(
        text,
        ("Rosa Quintal", "PERSON"),
        ("Rosa Ana Quintal", "PERSON"),
        ("Rosa Quintal Arbeloa", "PERSON"),
    )
    assert chains["Rosa Quintal"] == ["Rosa Quintal"]


def test_a_word_of_a_place_in_a_body_name_is_no_surname_of_it():
    text = "The High Court of Vella Marra ruled. In Spanish: Marra necesita calma."
    built = ChainBuilder(
        text, spans(text, ("High Court of Vella Marra", "ORG"), ("Marra", "PERSON"))
    ).freeze()
    found = {c.name: (c.label, [m.text for m in c.mentions]) for c in built.chains}
    assert found["High Court of Vella Marra"] == ("ORG", ["High Court of Vella Marra"])


def test_a_name_run_into_the_next_sentence_is_no_fuller_name():
    text = "By Tom Hale I am a nurse. Tom Hale said so."
    chains = chains_of(text, ("Tom Hale I", "PERSON"), ("Tom Hale", "PERSON"))
    assert chains["Tom Hale"] == ["Tom Hale"]
