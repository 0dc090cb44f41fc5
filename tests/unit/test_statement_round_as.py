"""Statement rules of round AS (2026-12-02, issue #13), without the model: which body "the
agency" or "the organisation" may stand for."""

from __future__ import annotations

from newslab.quotes.body_kinds import other_kind


def test_the_agency_and_the_organisation_fit_an_organisations_name():
    assert not other_kind("Kestrin Health Organization", "agency", last=True)
    assert not other_kind("Orlin Food Programme", "agency", last=True)
    assert not other_kind("Orlin Senate", "organisation")
    assert other_kind("Orlin Senate", "agency")  # a chamber is no agency
    assert other_kind("Kestrel Capital", "agency", last=True)  # a firm with no kind's word
