"""What users rely on in the shipped reference partnerships: every provincial tie with valid
values, sources in the bibliography, as_of dates no more precise than their source, and a
file the app loads."""

from __future__ import annotations

import re

import pytest
from shipped_content import (
    PROVINCIAL_TIES,
    SHIPPED_FILES,
    load_reference_toml,
    load_shipped,
)

from partnercheck.resources import reference_file


@pytest.fixture(scope="module", params=sorted(SHIPPED_FILES), ids=lambda v: f"checklist-{v}")
def checklist(request):
    return load_shipped(request.param)


@pytest.fixture(scope="module")
def reference():
    return load_reference_toml()


def test_reference_lists_every_provincial_tie_with_valid_values(reference):
    assert reference["format"] == "partnercheck-reference"
    assert reference["format_version"] == 1
    entries = reference["partnerships"]
    found = {(e["dutch_party"], e["counterpart"]) for e in entries}
    assert PROVINCIAL_TIES <= found
    for e in entries:
        key = f"{e['dutch_party']} – {e['counterpart']}"
        assert e["dutch_party_kind"] in {"municipality", "province"}, key
        prefix = "Provincie " if e["dutch_party_kind"] == "province" else "Gemeente "
        assert e["dutch_party"].startswith(prefix), key
        assert e["counterpart_kind"] in {"city", "province", "district"}, key
        assert e["status"] in {"proposed", "active", "dormant", "ended", "unknown"}, key
        if "since" in e:
            assert isinstance(e["since"], int) and 1949 <= e["since"] <= 2030, key
        assert ("note_nl" in e) == ("note_en" in e), key
        assert e["source"] and e["as_of"], key


def test_reference_sources_are_in_the_bibliography(checklist, reference):
    codes = {s.code for s in checklist.sources}
    own = {s["code"]: s for s in reference.get("sources", [])}
    assert not (codes & set(own)), "a reference-only source reuses a bibliography code"
    for source in own.values():
        assert source["title"] and source["publisher"] and source["date"], source["code"]
    for e in reference["partnerships"]:
        assert e["source"] in codes | set(own), e["source"]


def test_reference_as_of_matches_the_source_date(checklist, reference):
    """as_of is the date the cited source published the fact: no more precise than that source."""
    dates = {s.code: s.date for s in checklist.sources} | {s["code"]: s["date"] for s in reference.get("sources", [])}
    for e in reference["partnerships"]:
        key = f"{e['dutch_party']} – {e['counterpart']}"
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["as_of"]), key
        assert e["as_of"] == dates[e["source"]], (key, e["as_of"], dates[e["source"]])


def test_reference_file_loads_in_the_app(reference):
    from partnercheck.domain.reference import load_reference

    known = load_reference(reference_file())
    assert len(known) == len(reference["partnerships"])
