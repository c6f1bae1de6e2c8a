"""Hostile import files: every case ends in a stored assessment or one clear refusal.

Over 10,000 examples a run (deterministic under CI=true, see conftest.py): random mutations
of a real file, random JSON and bytes, and the classes that once ended in a traceback (deep
nesting, times at the ends of the calendar, huge whole numbers, lone surrogates, NUL).
"""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from interchange_helpers import paths_in

from partnercheck.domain.interchange import InterchangeError, parse_bytes, to_document
from partnercheck.workspace import open_store

pytestmark = pytest.mark.slow

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


@st.composite
def mutated_documents(draw, base):
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in paths_in(doc) if p]
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


def _import(store, raw: bytes) -> int | None:
    """Import ``raw``: the new id, or None after one clear refusal that changed nothing."""
    before = store.db.execute("SELECT count(*) FROM assessment").fetchone()[0]
    try:
        assessment = parse_bytes(raw, "fuzz.json", store.library)
    except InterchangeError as exc:
        line = str(exc)
        assert line.startswith("fuzz.json: ")
        # One printable line, whatever the file held: no line break, no NUL, no surrogate.
        assert line.isprintable(), repr(line)
        line.encode("utf-8")
        assert len(line) < 400, line
        assert store.db.execute("SELECT count(*) FROM assessment").fetchone()[0] == before
        return None
    new_id = store.create(assessment)
    stored = store.get(new_id)
    assert stored.answers == assessment.answers
    assert stored.partnership == assessment.partnership
    assert stored.created == assessment.created and stored.created.utcoffset() == assessment.created.utcoffset()
    return new_id


@settings(max_examples=1500, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_mutated_interchange_files(fuzz_store, base_document, data):
    doc = data.draw(mutated_documents(base_document))
    _import(fuzz_store, json.dumps(doc, ensure_ascii=False).encode("utf-8"))


@settings(max_examples=1000, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(json_values)
def test_random_json_documents(fuzz_store, value):
    _import(fuzz_store, json.dumps(value).encode("utf-8"))


@settings(max_examples=1000, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(fuzz_store, raw):
    _import(fuzz_store, raw)


# -- the classes that once ended in a traceback -------------------------------------------

_NUL_OR_SURROGATE = st.characters(min_codepoint=0, max_codepoint=0) | st.characters(categories=["Cs"])
hostile_texts = st.builds(
    lambda head, bad, tail: head + bad + tail,
    st.text(max_size=8),
    st.text(_NUL_OR_SURROGATE, min_size=1, max_size=3),
    st.text(max_size=8),
)
_offsets = st.none() | st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
edge_times = st.builds(
    lambda moment, tz: moment.replace(tzinfo=tz).isoformat(),
    st.sampled_from([dt.datetime(1, 1, 1), dt.datetime(1, 1, 1, 23, 59, 59), dt.datetime(9999, 12, 31), dt.datetime(9999, 12, 31, 23, 59, 59)])
    | st.datetimes(),
    _offsets,
)
huge_numbers = st.integers(2**62, 2**80) | st.integers(-(2**80), 0) | st.just(2**63) | st.just(2**63 - 1)


def _get(doc, path):
    for key in path:
        doc = doc[key]
    return doc


def _set(doc, path, value):
    _get(doc, path[:-1])[path[-1]] = value


def _text_fields(doc):
    return [p for p in paths_in(doc) if p and isinstance(_get(doc, p), str) and p[0] != "format"]


@st.composite
def hostile_documents(draw, base) -> bytes:
    doc = copy.deepcopy(base)
    kind = draw(st.sampled_from(["deep", "time", "number", "text", "key"]))
    if kind == "time":
        doc[draw(st.sampled_from(["created", "updated"]))] = draw(edge_times)
    elif kind == "number":
        field = draw(st.sampled_from([("signoff", "revision"), ("partnership", "since"), ("format_version",), ("scoring_model",)]))
        _set(doc, field, draw(huge_numbers))
    elif kind == "text":
        _set(doc, draw(st.sampled_from(_text_fields(doc))), draw(hostile_texts))
    elif kind == "key":
        target = _get(doc, draw(st.sampled_from([(), ("partnership",), ("answers",), ("signoff",)])))
        target[draw(hostile_texts)] = draw(st.text(max_size=4))
    else:
        # Nesting far beyond any real file, in place of any value; written as raw text, since
        # json.dumps itself gives up on such depths.
        depth = draw(st.integers(60, 3000) | st.integers(100_000, 200_000))
        path = draw(st.sampled_from([p for p in paths_in(doc) if p]))
        _set(doc, path, "\ue000")
        nested = draw(st.sampled_from(["[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth]))
        return json.dumps(doc).replace(json.dumps("\ue000"), nested, 1).encode("utf-8")
    # With ensure_ascii a lone surrogate is written as its escape, as a hostile file has it.
    return json.dumps(doc, ensure_ascii=kind in ("text", "key") or draw(st.booleans())).encode("utf-8")


@settings(max_examples=7000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_hostile_interchange_files(fuzz_store, base_document, data):
    _import(fuzz_store, data.draw(hostile_documents(base_document)))
