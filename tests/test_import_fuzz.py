"""Hostile import files: every case ends in a stored assessment or one clear refusal."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnercheck.domain.interchange import InterchangeError, parse_bytes, to_document
from partnercheck.workspace import open_store

pytestmark = pytest.mark.slow

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


@st.composite
def mutated_documents(draw, base):
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            parent[path[-1]] = draw(json_values)
        elif isinstance(parent, dict):
            del parent[path[-1]]
    return doc


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    yield store
    store.close()


@pytest.fixture(scope="module")
def base_document():
    from partnercheck.domain.assessment import (
        Action,
        Answer,
        Assessment,
        CounterpartKind,
        DutchPartyKind,
        Partnership,
        PartnershipStatus,
    )
    from partnercheck.workspace import checklist_library

    checklist = checklist_library().active
    assessment = Assessment(
        partnership=Partnership("Gemeente Emmen", DutchPartyKind.MUNICIPALITY, "Shangluo", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2011),
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        assessor="fuzz",
        answers={q.id: Answer(q.options[-1].value, "note") for q in checklist.questions},
        actions=[Action("iets doen", "iemand")],
    )
    return to_document(assessment)


def _import(store, raw: bytes) -> None:
    before = store.db.execute("SELECT count(*) FROM assessment").fetchone()[0]
    try:
        assessment = parse_bytes(raw, "fuzz.json", store.library)
    except InterchangeError as exc:
        assert str(exc).startswith("fuzz.json")
        assert "\n" not in exc.message
        assert store.db.execute("SELECT count(*) FROM assessment").fetchone()[0] == before
        return
    new_id = store.create(assessment)
    assert store.get(new_id).answers == assessment.answers


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_mutated_interchange_files(fuzz_store, base_document, data):
    doc = data.draw(mutated_documents(base_document))
    _import(fuzz_store, json.dumps(doc, ensure_ascii=False).encode("utf-8"))


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(json_values)
def test_random_json_documents(fuzz_store, value):
    _import(fuzz_store, json.dumps(value).encode("utf-8"))


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(fuzz_store, raw):
    _import(fuzz_store, raw)
