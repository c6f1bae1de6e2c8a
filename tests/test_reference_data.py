"""Facts the shipped reference data must state, as the app loads them.

Each test pins one correction made after a source check, so that an edit to
``partnerships.toml`` that quietly undoes it fails here.
"""

from __future__ import annotations

import re

import pytest

from partnercheck.domain.assessment import PartnershipStatus
from partnercheck.domain.reference import KnownPartnership, load_reference
from partnercheck.resources import reference_file


@pytest.fixture(scope="module")
def known() -> dict[tuple[str, str], KnownPartnership]:
    return {(k.dutch_party, k.counterpart): k for k in load_reference(reference_file())}


def _text(k: KnownPartnership) -> str:
    return f"{k.note.nl}\n{k.note.en}"


def test_noord_holland_shandong_ended_in_2022_per_het_parool(known):  # type: ignore[no-untyped-def]
    k = known[("Provincie Noord-Holland", "Shandong")]
    assert k.status is PartnershipStatus.ENDED and not k.status_inferred
    assert k.source and "Het Parool" in k.source_title
    assert k.as_of.startswith("2022")
    assert "2022" in k.note.nl and "2022" in k.note.en
    assert "Zhou Naixiang" in k.note.nl and "Zhou Naixiang" in k.note.en
    assert "Buitenlandse Zaken" in k.note.nl and "Foreign Affairs" in k.note.en  # the advice a year earlier, to keep it


def test_utrecht_guangdong_ended_by_a_unanimous_council_vote(known):  # type: ignore[no-untyped-def]
    k = known[("Provincie Utrecht", "Guangdong")]
    assert k.status is PartnershipStatus.ENDED and k.since == 1995
    assert k.as_of.startswith("2022-11") and "Provincie Utrecht" in k.source_title
    assert "16 november 2022" in k.note.nl and "unaniem" in k.note.nl
    assert "16 November 2022" in k.note.en and "unanimously" in k.note.en
    # "in consultation with Foreign Affairs" comes from a council party, not the province's record
    assert "CDA" in k.note.nl and "CDA" in k.note.en
    assert "in overleg met Buitenlandse Zaken" not in k.note.nl
    assert "in consultation with Foreign Affairs" not in k.note.en


@pytest.mark.parametrize(
    ("counterpart", "seed_year", "province_year"),
    [("Hebei", 1993, 2007), ("Shanghai Pudong", 2004, 2008)],
)
def test_zuid_holland_start_years_show_the_contradiction(known, counterpart, seed_year, province_year):  # type: ignore[no-untyped-def]
    k = known[("Provincie Zuid-Holland", counterpart)]
    assert k.since == seed_year and k.source == "SEED"
    for text in (k.note.nl, k.note.en):
        assert str(seed_year) in text and str(province_year) in text
        assert "Follow the Money" in text and "Zuid-Holland" in text  # who says which


DORMANT_AFTER = [
    ("Provincie Fryslân", "Sichuan", "2019"),
    ("Provincie Fryslân", "Heilongjiang", "2019"),
    ("Provincie Overijssel", "Liaoning", "2020"),
]


@pytest.mark.parametrize(("dutch_party", "counterpart", "year"), DORMANT_AFTER)
def test_dormancy_is_after_the_year_not_since(known, dutch_party, counterpart, year):  # type: ignore[no-untyped-def]
    k = known[(dutch_party, counterpart)]
    assert k.status is PartnershipStatus.DORMANT
    assert f"na {year}" in k.note.nl and f"after {year}" in k.note.en
    assert not re.search(r"\b(sinds|since)\b", _text(k), re.IGNORECASE)


def test_noord_holland_shandong_dormancy_was_after_2015(known):  # type: ignore[no-untyped-def]
    k = known[("Provincie Noord-Holland", "Shandong")]
    assert "na 2015" in k.note.nl and "after 2015" in k.note.en
    assert not re.search(r"\b(sinds|since)\b", _text(k), re.IGNORECASE)


def test_fryslan_is_spelled_as_the_province_spells_it(known):  # type: ignore[no-untyped-def]
    assert {c for (d, c) in known if d == "Provincie Fryslân"} == {"Sichuan", "Heilongjiang"}
    assert "Friesland" not in reference_file().read_text(encoding="utf-8")


def test_noord_brabant_jiangsu_renewed_at_its_thirtieth_anniversary(known):  # type: ignore[no-untyped-def]
    k = known[("Provincie Noord-Brabant", "Jiangsu")]
    assert k.status is PartnershipStatus.ACTIVE and k.since == 1994
    assert "Omroep Brabant" in k.source_title and k.as_of.startswith("2024-12")
    assert "november 2024" in k.note.nl and "November 2024" in k.note.en


def test_breda_yangzhou_since_its_2009_ratification_with_the_other_years_named(known):  # type: ignore[no-untyped-def]
    """The municipality's own account gives 2007 (begun) and 2009 (ratified); BN DeStem's tenth
    anniversary in October 2019 agrees. 2012, read from Follow the Money's "ten years", was wrong."""
    k = known[("Gemeente Breda", "Yangzhou")]
    assert k.since == 2009 and k.status is PartnershipStatus.ENDED
    assert k.source == "R10" and "Gemeente Breda" in k.source_title and k.as_of == "2023-03-31"
    for text in (k.note.nl, k.note.en):
        assert "2007" in text and "2009" in text and "2019" in text and "BN DeStem" in text


@pytest.mark.parametrize(("dutch_party", "counterpart"), [("Gemeente Groningen", "Xi'an"), ("Gemeente Sittard-Geleen", "Maoming")])
def test_statuses_the_sources_do_not_give_are_marked_inferred(known, dutch_party, counterpart):  # type: ignore[no-untyped-def]
    k = known[(dutch_party, counterpart)]
    assert k.status_inferred


def test_only_those_statuses_are_inferred(known):  # type: ignore[no-untyped-def]
    inferred = {key for key, k in known.items() if k.status_inferred}
    assert inferred == {("Gemeente Groningen", "Xi'an"), ("Gemeente Sittard-Geleen", "Maoming")}


def test_every_entry_has_a_source_and_an_as_of_date(known):  # type: ignore[no-untyped-def]
    for key, k in known.items():
        assert k.source and k.as_of, key
        if k.source.startswith("R"):
            assert k.source_title, key  # described in the reference file itself
