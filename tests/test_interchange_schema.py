"""resources/schemas/interchange.schema.json describes the files PartnerCheck really writes and reads.

Every file ``partnercheck export`` writes validates against it; a file the schema refuses, the
importer refuses too (exit 2, nothing written); the importer reads every date the schema allows;
and what the importer accepts, the schema accepts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_counts import examples
from interchange_helpers import edited, paths_in
from jsonschema import Draft202012Validator

from partnercheck.cli import main
from partnercheck.domain.assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    AssessmentState,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
    ReviewVerdict,
)
from partnercheck.domain.interchange import FORMAT_VERSION, InterchangeError, parse_document
from partnercheck.services import assessments
from partnercheck.workspace import checklist_library, open_store

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "resources" / "schemas" / "interchange.schema.json"


@pytest.fixture(scope="module")
def schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


@pytest.fixture(scope="module")
def validator(schema):
    return Draft202012Validator(schema)


def export(run, assessment_id, tmp_path):
    path = tmp_path / f"export-{assessment_id}.json"
    code, _, err = run("export", str(assessment_id), "--out", str(path))
    assert code == 0, err
    return path


def errors(validator, doc):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]


def test_the_schema_is_for_this_format_version(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert FORMAT_VERSION in schema["properties"]["format_version"]["enum"]
    assert max(schema["properties"]["format_version"]["enum"]) == FORMAT_VERSION


def _answer_everything(store, assessment_id, checklist):
    for i, q in enumerate(checklist.questions):
        store.save_answer(assessment_id, q.id, Answer(q.options[i % len(q.options)].value, f"Bevinding {i}: “gesprek” met BZ, 100% > 50%"))


@pytest.fixture(scope="module")
def exported_files(tmp_path_factory):
    """Real assessments in the states an officer leaves them, each exported by the command line."""
    folder = tmp_path_factory.mktemp("exports")
    db = folder / "source.sqlite3"
    store = open_store(db)
    checklist = checklist_library().active
    new_assessment = Assessment(
        partnership=Partnership("Gemeente Breda", DutchPartyKind.MUNICIPALITY, "扬州 Yangzhou", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012),
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        assessor="A. de Vries",
    )

    def export_from_source(assessment_id):
        path = folder / f"export-{assessment_id}.json"
        assert main(["export", str(assessment_id), "--db", str(db), "--out", str(path)]) == 0
        return path

    files = {}
    files["empty"] = export_from_source(store.create(new_assessment))

    partial = store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, since=None)))
    q0, q1 = checklist.questions[:2]
    store.save_answer(partial, q0.id, Answer(None, "alleen een notitie"))
    store.save_answer(partial, q1.id, Answer(q1.options[-1].value))
    store.add_action(partial, Action("Informeer de raad"))
    files["partial"] = export_from_source(partial)

    complete = store.create(new_assessment)
    _answer_everything(store, complete, checklist)
    recommendation = next(r for q in checklist.questions for o in q.options for r in o.recommendations)
    store.add_action(complete, Action("Vraag ICP China om advies", "Piet", dt.date(2027, 3, 1), ActionStatus.IN_PROGRESS, recommendation))
    store.add_action(complete, Action("Evalueer de band", status=ActionStatus.DONE))
    files["complete"] = export_from_source(complete)

    final = store.create(new_assessment)
    _answer_everything(store, final, checklist)
    store.set_reviewer(final, "H. de Boer")
    store.set_state(final, AssessmentState.REVIEW)
    store.set_state(final, AssessmentState.FINAL, by="Wethouder K. de Boer")
    files["final"] = export_from_source(final)

    files["revision"] = export_from_source(assessments.revise(store, final))

    reviewed = store.create(new_assessment)
    _answer_everything(store, reviewed, checklist)
    store.set_state(reviewed, AssessmentState.REVIEW)
    first, second = (t.id for t in checklist.themes[:2])
    store.set_review_comment(reviewed, first, ReviewVerdict.CHANGE, "Bron bij 1.2 ontbreekt", by="J. Jansen")
    store.set_review_comment(reviewed, second, ReviewVerdict.OK, "", by="J. Jansen")
    files["reviewed"] = export_from_source(reviewed)
    store.close()
    return files


def test_every_exported_file_validates_and_imports_again(exported_files, validator, run, tmp_path):
    for name, path in exported_files.items():
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert errors(validator, doc) == [], name
        code, out, err = run("import", str(path))
        assert code == 0, f"{name}: {err}"
        again = json.loads(export(run, int(out.split()[-1]), tmp_path).read_text(encoding="utf-8"))
        assert errors(validator, again) == [], name
        for key in ("checklist", "partnership", "assessor", "created", "answers", "actions", "signoff"):
            assert again[key] == doc[key], f"{name}: {key}"
    final = json.loads(exported_files["final"].read_text(encoding="utf-8"))
    assert final["signoff"]["state"] == "final" and final["signoff"]["approved_by"] == "Wethouder K. de Boer"


def final_with_actions(files):
    """The final assessment's file with the complete one's action plan: every field filled."""
    doc = json.loads(files["final"].read_text(encoding="utf-8"))
    doc["actions"] = json.loads(files["complete"].read_text(encoding="utf-8"))["actions"]
    return doc


# (case, path, new value or KeyError to delete, the field the importer names)
INVALID = [
    ("format", ["format"], "partnercheck-report", "format"),
    ("newer format_version", ["format_version"], 3, "format_version"),
    ("format_version as text", ["format_version"], "1", "format_version"),
    ("no checklist", ["checklist"], KeyError, "checklist"),
    ("blank checklist version", ["checklist", "version"], " ", "checklist.version"),
    ("no partnership", ["partnership"], KeyError, "partnership"),
    ("blank dutch_party", ["partnership", "dutch_party"], "  ", "partnership.dutch_party"),
    ("bad counterpart_kind", ["partnership", "counterpart_kind"], "village", "partnership.counterpart_kind"),
    ("status null", ["partnership", "status"], None, "partnership.status"),
    ("since as text", ["partnership", "since"], "2012", "partnership.since"),
    ("since as true", ["partnership", "since"], True, "partnership.since"),
    ("since before 1949", ["partnership", "since"], 1900, "partnership.since"),
    ("assessor a number", ["assessor"], 42, "assessor"),
    ("created not a date", ["created"], "yesterday", "created"),
    ("created a number", ["created"], 20261122, "created"),
    ("answers a list", ["answers"], [], "answers"),
    ("answer value a number", ["answers", "@q", "value"], 3, "value"),
    ("answer not an object", ["answers", "@q"], "yes", "answers."),
    ("note a list", ["answers", "@q", "note"], ["a"], "note"),
    ("actions an object", ["actions"], {}, "actions"),
    ("action without text", ["actions", 0, "text"], KeyError, "actions[0].text"),
    ("action due in words", ["actions", 0, "due"], "1 March 2027", "actions[0].due"),
    ("action status null", ["actions", 0, "status"], None, "actions[0].status"),
    ("action status unknown", ["actions", 0, "status"], "later", "actions[0].status"),
    ("signoff null", ["signoff"], None, "signoff"),
    ("signoff state unknown", ["signoff", "state"], "approved", "signoff.state"),
    ("signoff revision 0", ["signoff", "revision"], 0, "signoff.revision"),
    ("signoff revision null", ["signoff", "revision"], None, "signoff.revision"),
    ("final without approver", ["signoff", "approved_by"], None, "signoff.approved_by"),
    ("final approved_on in words", ["signoff", "approved_on"], "tomorrow", "signoff.approved_on"),
    ("review_comments a list", ["review_comments"], [], "review_comments"),
    ("review verdict unknown", ["review_comments"], {"cpaffc": {"verdict": "maybe"}}, "review_comments.cpaffc.verdict"),
    ("review change without text", ["review_comments"], {"cpaffc": {"verdict": "change", "text": " "}}, "review_comments.cpaffc.text"),
]


@pytest.mark.parametrize(("case", "path", "value", "field"), INVALID, ids=[c[0] for c in INVALID])
def test_invalid_files_are_refused_by_the_schema_and_the_importer(exported_files, validator, run, tmp_path, case, path, value, field):
    doc = final_with_actions(exported_files)
    assert errors(validator, doc) == []
    first_question = next(iter(doc["answers"]))
    bad = edited(doc, [first_question if p == "@q" else p for p in path], value)
    assert errors(validator, bad), f"the schema accepts: {case}"
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    code, _, err = run("import", str(file))
    assert code == 2, err
    assert str(file) in err and field in err and len(err.strip().splitlines()) == 1
    assert json.loads(run("list", "--json")[1]) == [], "nothing was written"


# What only the importer can check: it needs the checklist the file names.
CONTENT_ONLY = [
    ("unknown checklist version", ["checklist", "version"], "1999.9", "checklist.version"),
    ("unknown question", ["answers", "no.such-question"], {"value": "yes"}, "answers.no.such-question"),
    ("option not of the question", ["answers", "@q", "value"], "perhaps", ".value"),
    ("unknown recommendation", ["actions", 0, "recommendation"], "no.such-advice", "actions[0].recommendation"),
    ("since next decade", ["partnership", "since"], dt.date.today().year + 10, "partnership.since"),
    ("impossible date", ["actions", 0, "due"], "2027-02-30", "actions[0].due"),
    ("final with a question unanswered", ["answers", "@q"], KeyError, "signoff.state"),
    ("review comment on an unknown theme", ["review_comments"], {"no-such-theme": {"verdict": "ok"}}, "review_comments.no-such-theme"),
]


@pytest.mark.parametrize(("case", "path", "value", "field"), CONTENT_ONLY, ids=[c[0] for c in CONTENT_ONLY])
def test_what_only_the_importer_can_check(exported_files, validator, run, tmp_path, case, path, value, field):
    doc = final_with_actions(exported_files)
    first_question = next(iter(doc["answers"]))
    bad = edited(doc, [first_question if p == "@q" else p for p in path], value)
    assert errors(validator, bad) == [], "documented in the schema's description as a check it cannot make"
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    code, _, err = run("import", str(file))
    assert code == 2 and field in err, err


def _real_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


@settings(max_examples=examples(60), suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data())
def test_the_importer_reads_every_date_and_time_the_schema_allows(schema, library, new_assessment, data):
    from partnercheck.domain.interchange import to_document

    defs = schema["$defs"]
    moment = data.draw(st.from_regex(re.compile(defs["date_time_or_null"]["pattern"]), fullmatch=True).filter(_real_date))
    day = data.draw(st.from_regex(re.compile(defs["date_or_null"]["pattern"]), fullmatch=True).filter(_real_date))
    new_assessment.actions = [Action("iets doen")]
    doc = to_document(new_assessment)
    doc["created"] = moment
    doc["actions"][0]["due"] = day
    try:
        parse_document(doc, "dates.json", library)
    except InterchangeError as exc:
        pytest.fail(f"schema-valid {moment!r} / {day!r} refused: {exc}")


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3000, 3000)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["final", "done", "city"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


@pytest.mark.slow
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data())
def test_what_the_importer_accepts_the_schema_accepts(exported_files, validator, library, data):
    doc = final_with_actions(exported_files)
    if data.draw(st.booleans()):
        doc["signoff"] = {"state": "draft"}  # most fields only matter while a draft
    path = data.draw(st.sampled_from([p for p in paths_in(doc) if p]))
    doc = edited(doc, list(path), KeyError if data.draw(st.booleans()) and isinstance(path[-1], str) else data.draw(json_values))
    try:
        parse_document(doc, "mutated.json", library)
    except InterchangeError:
        return
    assert errors(validator, doc) == [], json.dumps(doc, ensure_ascii=False)[:2000]
