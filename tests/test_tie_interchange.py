"""export-tie and importing a tie file: the tie, its events and every assessment travel;
what is wrong is named by file and field; the single-assessment file still imports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer
from partnercheck.domain.events import CostCategory, Event, EventKind, GiftDisposition
from partnercheck.domain.ties import Agreement
from partnercheck.services import assessments
from partnercheck.workspace import open_store


@pytest.fixture
def exported(store, new_assessment, library, tmp_path, run):
    """Tie 1 with an agreement, two events, a final assessment, its revision and a re-assessment."""
    q = library.active.questions
    new_assessment.answers = {x.id: Answer(min(x.options, key=lambda o: o.risk).value, "") for x in q}
    new_assessment.answers[q[0].id] = Answer(new_assessment.answers[q[0].id].value, "Zoë's notitie")
    first = store.create(new_assessment)
    assessments.change_state(store, first, assessments.AssessmentState.REVIEW)
    assessments.change_state(store, first, assessments.AssessmentState.FINAL, by="Burgemeester")
    revision = assessments.revise(store, first)
    again = assessments.duplicate(store, first)
    tie = store.get_tie(1)
    store.update_tie(
        dataclasses.replace(tie, agreements=(Agreement("Vriendschapsverdrag", dt.date(2012, 4, 2)),), contacts="M. de Boer", notes="Actief")
    )
    store.add_event(1, Event(dt.date(2025, 6, 1), EventKind.GIFT_RECEIVED, "Vaas", value_cents=30000, disposition=GiftDisposition.REGISTERED))
    store.add_event(
        1, Event(dt.date(2025, 7, 1), EventKind.VISIT_OUT, "Reis", people="Wethouder", value_cents=240000, category=CostCategory.TRAVEL, source="RIB")
    )
    target = tmp_path / "band.json"
    code, out, err = run("export-tie", "1", "--out", str(target))
    assert (code, out) == (0, "")
    # A tie file names people: written in the clear, it says so (docs/privacy.md).
    assert err.startswith("partnercheck export-tie: note: this file holds names and notes (personal data) and is not encrypted")
    return {"file": target, "ids": (first, revision, again), "uuid": tie.uuid}


def test_the_tie_file_holds_the_tie_its_events_and_every_assessment(exported):
    doc = json.loads(exported["file"].read_text(encoding="utf-8"))
    assert list(doc) == ["format", "format_version", "tie", "events", "assessments"]
    assert (doc["format"], doc["format_version"]) == ("partnercheck-tie", 1)
    assert doc["tie"] == {
        "uuid": exported["uuid"], "dutch_party": "Gemeente Breda", "dutch_party_kind": "municipality", "counterpart": "Yangzhou",
        "counterpart_kind": "city", "status": "active", "since": 2009, "ended": None,
        "agreements": [{"title": "Vriendschapsverdrag", "signed": "2012-04-02"}], "contacts": "M. de Boer", "notes": "Actief",
    }  # fmt: skip
    assert doc["events"][1] == {
        "date": "2025-07-01", "kind": "visit-out", "text": "Reis", "people": "Wethouder", "value": "2400.00", "category": "travel",
        "disposition": None, "source": "RIB",
    }  # fmt: skip
    assert [(a["format"], a["signoff"]["state"], a["signoff"]["revision"], a["previous"]) for a in doc["assessments"]] == [
        ("partnercheck-assessment", "final", 1, None),
        ("partnercheck-assessment", "draft", 2, 0),
        ("partnercheck-assessment", "draft", 1, None),
    ]


def test_a_tie_file_recreates_the_tie_in_another_database(exported, tmp_path, capsys):
    other = tmp_path / "elders.sqlite3"
    code = main(["import", "--db", str(other), str(exported["file"])])
    out, err = capsys.readouterr()
    assert (code, out, err) == (0, "Imported band.json as tie 1 with 3 assessments and 2 events\n", "")
    store = open_store(other)
    try:
        tie = store.get_tie(1)
        assert tie.uuid == exported["uuid"] and tie.agreements[0].title == "Vriendschapsverdrag" and tie.contacts == "M. de Boer"
        first, revision, again = tie.assessments
        assert store.get(first).is_final and store.get(first).approved_by == "Burgemeester"
        assert store.get(revision).previous_id == first and store.previous_of(again) == revision
        assert [e.text for e in store.events(1)] == ["Vaas", "Reis"]
        assert store.search("zoe")[0].tie_id == 1
        # Again: refused whole, nothing added.
        code = main(["import", "--db", str(other), str(exported["file"])])
        _, err = capsys.readouterr()
        assert code == 2
        assert err == f"partnercheck import: tie {exported['uuid']}: is already in this database as tie 1; nothing was imported\n"
        assert len(store.list_summaries()) == 3 and len(store.events(1)) == 2
    finally:
        store.close()


@pytest.mark.parametrize(
    ("path", "value", "field", "message"),
    [
        (("tie", "uuid"), "nope", "tie.uuid", "'nope' is not a UUID"),
        (("events", 0, "kind"), "party", "events[0].kind", "'party' is not one of: agreement, visit-out"),
        (("events", 1, "value"), "12,3456", "events[1].value", "'12,3456' is not an amount in euros"),
        (("events", 1, "value"), "99999999999999999", "events[1].value", "'99999999999999999' is more than PartnerCheck records as one amount"),
        (("events", 0, "date"), "1-6-2025", "events[0].date", "'1-6-2025' is not a date (YYYY-MM-DD)"),
        (("assessments", 1, "previous"), 2, "assessments[1].previous", "must be the index of an earlier assessment"),
        (("assessments", 2, "partnership", "status"), "friendly", "assessments[2].partnership.status", "'friendly' is not one of"),
    ],
)
def test_a_bad_tie_file_names_the_field_and_changes_nothing(exported, tmp_path, capsys, path, value, field, message):
    doc = json.loads(exported["file"].read_text(encoding="utf-8"))
    node = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    other = tmp_path / "elders.sqlite3"
    code = main(["import", "--db", str(other), str(bad)])
    _, err = capsys.readouterr()
    assert code == 2
    # What happened, naming the file; then the field and the schema's words as they are.
    assert err.startswith("partnercheck import: “kapot.json” contains information PartnerCheck cannot accept. Nothing was imported")
    assert f"Details: {bad}: {field}: {message}" in err
    assert len(err.splitlines()) == 1
    store = open_store(other)
    try:
        assert store.list_ties() == [] and store.list_summaries() == []
    finally:
        store.close()


def test_the_single_assessment_file_still_imports(run, store, new_assessment, tmp_path):
    store.create(new_assessment)
    target = tmp_path / "een.json"
    assert run("export", "1", "--out", str(target))[0] == 0
    assert run("import", str(target))[1] == "een.json is already here, unchanged, as assessment 1\n"
    # As another town hall's copy without an identity (a version 1 file) arrives:
    doc = json.loads(target.read_text(encoding="utf-8"))
    doc.pop("uuid", None)
    target.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = run("import", str(target))
    assert (code, out) == (0, "Imported een.json as assessment 2\n")
    assert store.tie_of(2) == store.tie_of(1)  # joins the tie with the same names


def test_the_tie_file_validates_against_its_schema(exported):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    docs = Path(__file__).resolve().parent.parent / "resources" / "schemas"
    assessment_schema = json.loads((docs / "interchange.schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource("interchange.schema.json", Resource.from_contents(assessment_schema))
    validator = Draft202012Validator(json.loads((docs / "tie.schema.json").read_text(encoding="utf-8")), registry=registry)
    doc = json.loads(exported["file"].read_text(encoding="utf-8"))
    assert list(validator.iter_errors(doc)) == []
    doc["events"][0]["kind"] = "party"
    assert [e.json_path for e in validator.iter_errors(doc)] == ["$.events[0].kind"]
