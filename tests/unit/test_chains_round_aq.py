"""Chains of names, round AQ: sentences of our own, names in no gold article."""

from __future__ import annotations

from tests.unit.test_chains import chains_of as _chains


def test_a_body_named_alone_twice_before_a_longer_name_is_not_its_short_form():
    text = (
        "Zentrix restored access. Zentrix said the move was fair. "
        "The post said the Zentrix Trust team would answer tickets. Zentrix added more."
    )
    got = _chains(
        text,
        ("Zentrix", "ORG"),
        ("Zentrix", "ORG"),
        ("Zentrix Trust", "ORG"),
        ("Zentrix", "ORG"),
    )
    assert got == {
        "Zentrix": ["Zentrix", "Zentrix", "Zentrix"],
        "Zentrix Trust": ["Zentrix Trust"],
    }


def test_a_short_form_after_the_full_name_or_once_before_it_still_joins():
    text = "Qorvex Labs cut jobs. Qorvex said so."
    assert _chains(text, ("Qorvex Labs", "ORG"), ("Qorvex", "ORG")) == {
        "Qorvex Labs": ["Qorvex Labs", "Qorvex"]
    }
    text = "Qorvex cut jobs on Monday. Qorvex Labs shares fell. Qorvex said so."
    got = _chains(text, ("Qorvex", "ORG"), ("Qorvex Labs", "ORG"), ("Qorvex", "ORG"))
    assert got == {"Qorvex Labs": ["Qorvex", "Qorvex Labs", "Qorvex"]}


def test_a_legal_form_after_the_name_is_the_same_body_however_late_it_comes():
    text = "Zentrix lost its licence. Zentrix stopped broadcasting. Zentrix Corporation is big."
    got = _chains(text, ("Zentrix", "ORG"), ("Zentrix", "ORG"), ("Zentrix Corporation", "ORG"))
    assert got == {"Zentrix Corporation": ["Zentrix", "Zentrix", "Zentrix Corporation"]}


def test_a_misspelling_written_once_does_not_name_the_chain():
    text = (
        "The Kestrel Grower Association of Ostria (KGAO) sued. The Kestrel Grower "
        "Association of Ostria won. The Kestrel Growers Association of Ostria said so."
    )
    got = _chains(
        text,
        ("Kestrel Grower Association of Ostria", "ORG"),
        ("KGAO", "ORG"),
        ("Kestrel Grower Association of Ostria", "ORG"),
        ("Kestrel Growers Association of Ostria", "ORG"),
    )
    assert list(got) == ["Kestrel Grower Association of Ostria"]
