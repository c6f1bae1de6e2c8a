"""The import checks every file against its JSON Schema (resources/schemas/) at run time: a file
the schema refuses is refused with one line naming the file and the field (a JSON path), exit
status 2, and nothing is written; what the schema allows on purpose (fields it does not name,
files of version 1) still imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from interchange_helpers import edited

from partnercheck.domain import interchange_schema
from partnercheck.resources import schema_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def version_1(library):
    """A file as PartnerCheck 0.1 wrote it: format 1, no uuid, basis or evidence."""
    checklist = library.active
    return {
        "format": "partnercheck-assessment",
        "format_version": 1,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "partnership": {
            "dutch_party": "Gemeente Zwolle",
            "dutch_party_kind": "municipality",
            "counterpart": "Xi’an",
            "counterpart_kind": "city",
            "status": "active",
            "since": 2010,
        },
        "assessor": "J. Bakker",
        "answers": {q.id: {"value": q.options[0].value, "note": ""} for q in checklist.questions[:3]},
        "actions": [{"text": "Vraag het jaarverslag op", "owner": "", "due": "2027-03-01"}],
    }


# What the command line says first (in the run's language, cli/explain.py); the field and the
# schema's words follow verbatim after "Details:".
REFUSED = "“{name}” contains information PartnerCheck cannot accept. Nothing was imported; your assessments are unchanged."


def _import(run, tmp_path, doc, name="in.json"):
    file = tmp_path / name
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return file, run("import", str(file))


def _nothing_written(run):
    code, out, _ = run("list", "--json")
    return code == 2 or json.loads(out) == []  # no database at all, or an empty one


def test_a_version_1_file_still_imports(run, tmp_path, version_1):
    _, (code, out, err) = _import(run, tmp_path, version_1)
    assert code == 0, err
    code, out, _ = run("list", "--json")
    assert [row["counterpart"] for row in json.loads(out)] == ["Xi’an"]


@pytest.mark.parametrize(
    ("path", "value", "field", "says"),
    [
        (["partnership", "since"], "2010", "partnership.since", "must be a whole number or null"),
        (["answers", "@q", "note"], 7, "answers.@q.note", "must be a text or null"),
        (["actions"], {"text": "x"}, "actions", "must be a JSON list"),
        (["actions", 0, "due"], "1-3-2027", "actions[0].due", "'1-3-2027' is not a date (YYYY-MM-DD)"),
        (["partnership", "status"], "asleep", "partnership.status", "'asleep' is not one of: proposed, active, dormant, ended"),
    ],
    ids=["since as text", "note a number", "actions an object", "due in another form", "unknown status"],
)
def test_a_value_of_the_wrong_type_is_refused_naming_file_and_field(run, tmp_path, version_1, path, value, field, says):
    question = next(iter(version_1["answers"]))
    bad = edited(version_1, [question if p == "@q" else p for p in path], value)
    file, (code, _, err) = _import(run, tmp_path, bad)
    assert code == 2
    assert err.strip() == f"partnercheck import: {REFUSED.format(name=file.name)} Details: {file}: {field.replace('@q', question)}: {says}"
    assert _nothing_written(run)


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (["partnership", "counterpart_kind"], "partnership.counterpart_kind"),
        (["checklist"], "checklist"),
        (["actions", 0, "text"], "actions[0].text"),
    ],
)
def test_a_missing_required_field_is_named(run, tmp_path, version_1, path, field):
    file, (code, _, err) = _import(run, tmp_path, edited(version_1, path, KeyError))
    assert code == 2
    assert err.strip() == f"partnercheck import: {REFUSED.format(name=file.name)} Details: {file}: {field}: is missing"
    assert _nothing_written(run)


def test_a_field_the_schema_does_not_name_is_ignored_as_documented(run, tmp_path, version_1):
    """The schema allows unknown properties on purpose (a newer PartnerCheck may add one):
    the file imports and the field is not kept."""
    doc = edited(version_1, ["partnership", "website"], "https://example.org")
    doc["colour"] = "blue"
    _, (code, _, err) = _import(run, tmp_path, doc)
    assert code == 0, err
    assert "colour" not in run("export", "1")[1] and "website" not in run("export", "1")[1]


def test_a_bad_assessment_inside_a_tie_file_is_named_by_its_place(run, tmp_path, version_1):
    tie = {
        "format": "partnercheck-tie",
        "format_version": 1,
        "tie": {
            "uuid": "0b8e4d4e-5b1f-4c55-9e0a-2f0c4c1d2e3f",
            **{k: version_1["partnership"][k] for k in ("dutch_party", "dutch_party_kind", "counterpart", "counterpart_kind", "status")},
        },
        "events": [{"date": "2024-05-01", "kind": "visit-in", "text": "Delegatie"}],
        "assessments": [version_1, edited(version_1, ["partnership", "since"], [2010])],
    }
    file, (code, _, err) = _import(run, tmp_path, tie, "tie.json")
    assert code == 2
    assert (
        err.strip()
        == f"partnercheck import: {REFUSED.format(name='tie.json')} Details: {file}: assessments[1].partnership.since: must be a whole number or null"
    )
    bad_event = edited(tie, ["events", 0, "kind"], "party")
    bad_event["assessments"] = [version_1]
    file, (code, _, err) = _import(run, tmp_path, bad_event, "tie2.json")
    assert code == 2 and f"{file}: events[0].kind: 'party' is not one of: agreement," in err
    assert _nothing_written(run)


def test_the_schemas_ship_in_the_package_and_nowhere_else():
    """One copy: resources/schemas/ (in the wheel and the bundle); docs/ links to it."""
    assert sorted(p.name for p in schema_dir().glob("*.json")) == ["interchange.schema.json", "tie.schema.json"]
    assert not list((ROOT / "docs").glob("*.json"))
    text = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    assert "(../resources/schemas/interchange.schema.json)" in text and "(../resources/schemas/tie.schema.json)" in text


@pytest.mark.slow
def test_the_compiled_schema_is_kept_and_a_damaged_copy_is_compiled_again(tmp_path, version_1):
    """A fresh process validates with the kept compilation; a damaged one is not trusted."""
    cache = tmp_path / "cache"
    script = (
        "import json,sys; from partnercheck.domain.interchange_schema import problem;"
        "print(json.dumps(problem('partnercheck-assessment', json.loads(sys.stdin.read()))))"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PARTNERCHECK_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    bad = json.dumps(edited(version_1, ["assessor"], 5))

    def check() -> list[str]:
        done = subprocess.run([sys.executable, "-c", script], input=bad, capture_output=True, text=True, env=env, check=True)
        return json.loads(done.stdout)

    assert check() == ["assessor", "must be a text or null"]
    (kept,) = cache.glob("interchange.schema-*.pyc")
    kept.write_bytes(b"not code")
    assert check() == ["assessor", "must be a text or null"]
    assert kept.read_bytes() != b"not code", "compiled and kept again"


def test_every_schema_compiles_without_the_network():
    for fmt in interchange_schema.SCHEMAS:
        assert interchange_schema.problem(fmt, {}) == ("format", "is missing")


def test_the_schema_holds_the_limits_the_importer_relies_on():
    """The reader no longer checks these itself: the schema must say them."""
    from partnercheck.domain.evidence import MAX_EVIDENCE_BYTES

    schema = json.loads((schema_dir() / "interchange.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["evidence"]["items"]["properties"]["size"]["maximum"] == MAX_EVIDENCE_BYTES


def _as_written(fmt: str):  # type: ignore[no-untyped-def]
    """The validator fastjsonschema makes of the schema file as it is, references and all."""
    import fastjsonschema

    def sibling(uri: str):  # type: ignore[no-untyped-def]
        return json.loads((schema_dir() / uri).read_text(encoding="utf-8"))

    schema = json.loads((schema_dir() / interchange_schema.SCHEMAS[fmt]).read_text(encoding="utf-8"))
    namespace: dict = {}
    exec(fastjsonschema.compile_to_code(schema, handlers={"": sibling}), namespace)  # noqa: S102 - our own schema
    return namespace["validate"]


def test_the_compiled_schema_says_what_the_schema_as_written_says(version_1):
    """The importer compiles the schema with its definitions written out in place (issue 16:
    a sixth of the time): every field of an assessment and of a tie file, each made wrong in
    several ways or left out, gets the same verdict and the same message either way."""
    import fastjsonschema
    from interchange_helpers import paths_in

    assessment = {
        **version_1,
        "format_version": 2,
        "uuid": "0b8e4d4e-5b1f-4c55-9e0a-2f0c4c1d2e3f",
        "signoff": {"state": "final", "revision": 2, "reviewed_by": None, "approved_by": "A", "approved_on": "2026-01-02"},
        "evidence": [{"question": "q", "name": "n.pdf", "size": 1, "sha256": "a" * 64, "added": "2026-01-01T10:00:00", "added_by": None}],
        "review_comments": {"t": {"verdict": "change", "text": "x", "reviewer": None, "at": None}},
    }
    tie = {
        "format": "partnercheck-tie",
        "format_version": 1,
        "tie": {"uuid": "0b8e4d4e-5b1f-4c55-9e0a-2f0c4c1d2e3f", **version_1["partnership"]},
        "events": [{"date": "2024-05-01", "kind": "visit-in", "text": "Delegatie"}],
        "assessments": [assessment],
    }
    wrong = [None, 5, "", " ", [], {}, True, 1.5, "2024-13-01", -1, KeyError]
    for fmt, document in (("partnercheck-assessment", assessment), ("partnercheck-tie", tie)):
        written = _as_written(fmt)

        def verdict(doc, check=written):  # type: ignore[no-untyped-def]
            try:
                check(doc)
            except fastjsonschema.JsonSchemaValueException as exc:
                return interchange_schema._explain(exc)
            return None

        assert interchange_schema.problem(fmt, document) is None
        cases = 0
        for path in list(paths_in(document))[1:]:
            for value in wrong:
                if value is KeyError and isinstance(path[-1], int):
                    continue
                doc = edited(document, path, value)
                assert interchange_schema.problem(fmt, doc) == verdict(doc), (path, value)
                cases += 1
        assert cases > 500
