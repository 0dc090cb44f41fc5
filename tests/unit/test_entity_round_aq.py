"""Entity rules, round AQ: sentences of our own, names in no gold article."""

from __future__ import annotations

from newslab.entities.faiths import named_parties
from newslab.entities.numbered import numbered_bodies
from newslab.entities.people import given_name_people
from newslab.entities.press import named_before_kind


def _named(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in named_parties(text, spans)]


def test_a_capitalised_word_before_a_party_plural_names_the_party():
    text = "Ada Holm ran for the Free Democrats. Free Democrats calls itself liberal."
    spans = [(0, 8, "PERSON"), (26, 35, "NORP"), (42, 51, "NORP")]
    assert _named(text, spans) == [
        ("Ada Holm", "PERSON"),
        ("Free Democrats", "ORG"),
        ("Free Democrats", "ORG"),
    ]
    text = "The Velvet Greens won two seats."
    assert _named(text, [(11, 17, "NORP")]) == [("Velvet Greens", "ORG")]


def test_a_capital_that_opens_a_sentence_proves_nothing_alone():
    text = "Moderate Democrats said no. Angry Republicans agreed."
    spans = [(9, 18, "NORP"), (34, 45, "NORP")]
    assert _named(text, spans) == [("Democrats", "NORP"), ("Republicans", "NORP")]


def test_places_peoples_chambers_and_longer_names_keep_their_own_names():
    text = (
        "She met the Ostria Democrats, the Canadian Liberals, the Senate Republicans "
        "and the Radical Left Democrats."
    )
    spans = [(12, 18, "GPE"), (19, 28, "NORP")]
    got = _named(text, spans)
    assert ("Ostria Democrats", "ORG") not in got  # a place the model named is its own
    assert all(
        t not in {"Canadian Liberals", "Senate Republicans", "Left Democrats"} for t, _ in got
    )


def _people(text: str, surface: str, label: str = "ORG") -> str:
    s = text.index(surface)
    [(_, _, got)] = given_name_people(text, [(s, s + len(surface), label)])
    return got


def test_a_surname_like_a_bodys_head_names_a_person_beside_a_post():
    assert _people("said the chairman of Kelder Motors LLC Jim Press.", "Jim Press") == "PERSON"
    assert _people("said Ada Bank, the vice chairman of Orvik Trust.", "Ada Bank") == "PERSON"
    assert _people("said Ada Bank, the chief executive.", "Ada Bank") == "PERSON"


def test_without_a_post_such_a_name_stays_a_body():
    assert _people("Shares in Jim Press fell.", "Jim Press") == "ORG"
    assert _people("The Grace Church said so, the vicar added.", "Grace Church", "FAC") == "FAC"


def _press(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in named_before_kind(text, spans or [])]


def test_a_periodical_named_before_its_kind_is_an_org_without_the_kind():
    assert _press("On Monday, Kelder magazine said so.") == [("Kelder", "ORG")]
    assert _press("The Orvik Evening Post newspaper said so.") == [("Orvik Evening Post", "ORG")]


def test_a_place_a_people_a_date_or_a_sentences_first_capital_is_no_periodical():
    text = "A Velka newspaper and the Ostrian tabloid said so, as did the Sunday newspaper."
    spans = [(2, 7, "GPE"), (26, 33, "NORP"), (62, 68, "DATE")]
    assert _press(text, spans) == [("Velka", "GPE"), ("Ostrian", "NORP"), ("Sunday", "DATE")]
    assert _press("Regional newspaper staff agreed.") == []
    assert _press("Local newspaper staff agreed with the local paper.") == []


def test_a_bodys_name_with_a_number_inside_is_one_org():
    text = "The Vanished 12 Project said so, and the Orvik 21 Foundation agreed."
    spans = [(13, 15, "CARDINAL"), (16, 23, "ORG"), (46, 48, "CARDINAL")]
    got = [(text[s:e], label) for s, e, label in numbered_bodies(text, spans)]
    assert got == [("Vanished 12 Project", "ORG"), ("Orvik 21 Foundation", "ORG")]


def test_a_place_a_date_or_a_plain_noun_before_a_number_makes_no_body():
    text = "the Texas 14 Group met; in May 12 Senators came; the Vanished 12 boats sank."
    spans = [(4, 9, "GPE"), (27, 30, "DATE")]
    assert numbered_bodies(text, spans) == spans
