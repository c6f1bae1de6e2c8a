"""The command line as scripts use it: JSON shapes, round trips, exit 2 on bad input."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from interchange_helpers import edited

from partnercheck.cli import main
from partnercheck.domain.interchange import FORMAT_VERSION


@pytest.fixture
def document(library):
    checklist = library.active
    q_first, q_last = checklist.questions[0], checklist.questions[-1]
    return {
        "format": "partnercheck-assessment",
        "format_version": 1,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "partnership": {
            "dutch_party": "Gemeente Breda",
            "dutch_party_kind": "municipality",
            "counterpart": "扬州 Yangzhou",
            "counterpart_kind": "city",
            "status": "active",
            "since": 2012,
        },
        "assessor": "A. de Vries",
        "created": "2026-11-22T10:00:00+01:00",
        "answers": {
            q_first.id: {"value": max(q_first.options, key=lambda o: o.risk).value, "note": "Contact via <b>BVO</b> & co, 100% > 50%"},
            q_last.id: {"value": q_last.options[0].value, "note": ""},
        },
        "actions": [{"text": "Vraag ICP China om advies", "owner": "Piet", "due": "2027-03-01", "status": "open"}],
    }


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def import_ok(run, path, *options):
    code, out, err = run("import", str(path), *options)
    assert code == 0, err
    return int(out.split()[-1])


def test_checklist_json_has_the_documented_shape(run, library):
    code, out, _ = run("checklist", "--json", "--lang", "en")
    assert code == 0
    doc = json.loads(out)
    checklist = library.active
    assert (doc["id"], doc["version"]) == (checklist.id, checklist.version)
    assert doc["title"] == checklist.title.en
    assert [t["id"] for t in doc["themes"]] == [t.id for t in checklist.themes]
    question = doc["themes"][0]["questions"][0]
    assert set(question) >= {"id", "text", "guidance", "sources", "options"}
    assert set(question["options"][0]) >= {"value", "label", "risk", "red_flag"}
    dutch = json.loads(run("checklist", "--json", "--lang", "nl")[1])
    assert dutch["title"] == checklist.title.nl


def test_import_then_export_gives_the_same_assessment(run, tmp_path, document):
    new_id = import_ok(run, write(tmp_path, "in.json", document))
    out_file = tmp_path / "out.json"
    code, _, err = run("export", str(new_id), "--out", str(out_file))
    assert code == 0, err
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["format_version"] == 2  # a version 1 file imports; export writes version 2
    assert exported["answers"] == {q: {**a, "basis": "not-recorded"} for q, a in document["answers"].items()}
    for key in ("format", "checklist", "partnership", "assessor"):
        assert exported[key] == document[key], key
    assert exported["created"] == document["created"]
    assert [{k: a[k] for k in ("text", "owner", "due", "status")} for a in exported["actions"]] == document["actions"]
    # ... importing the export again changes nothing (the same uuid, the same content) ...
    assert import_ok(run, out_file) == new_id
    # ... and as a new one gives a second, identical assessment.
    second = import_ok(run, out_file, "--as-new")
    code, again, _ = run("export", str(second))
    again = json.loads(again)
    assert {k: again[k] for k in ("partnership", "answers", "actions", "assessor")} == {
        k: exported[k] for k in ("partnership", "answers", "actions", "assessor")
    }


def test_list_and_score_json_shapes(run, tmp_path, document, library):
    new_id = import_ok(run, write(tmp_path, "in.json", document))
    code, out, _ = run("list", "--json")
    assert code == 0
    [row] = json.loads(out)
    assert set(row) >= {"id", "dutch_party", "counterpart", "status", "verdict", "overall", "completeness", "updated"}
    assert row["id"] == new_id and row["counterpart"] == "扬州 Yangzhou"
    assert row["completeness"] == pytest.approx(2 / len(library.active.questions), abs=1e-4)

    code, out, _ = run("score", str(new_id), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["overall"] in {"low", "medium", "high"}
    assert doc["overall"] == row["overall"]
    # Two of the questions answered: never a level as the verdict unless it is high already.
    assert doc["verdict"] == row["verdict"] and doc["verdict"] in {"incomplete", "high"}
    assert isinstance(doc["unknown_count"], int)
    assert len(doc["open_points"]) >= len(library.active.questions) - 2
    assert set(doc["themes"]) == {t.id for t in library.active.themes}
    for theme in doc["themes"].values():
        assert set(theme) >= {"level", "answered", "total"}
    assert isinstance(doc["red_flags"], list)
    for rec in doc["recommendations"]:
        assert set(rec) >= {"id", "text", "theme", "sources"}
    assert doc["recommendations"], "the riskiest answer triggers advice"


def test_human_readable_commands_work_on_an_empty_and_a_filled_database(run, tmp_path, document):
    code, out, _ = run("list")
    assert code == 0 and "No assessments" in out
    new_id = import_ok(run, write(tmp_path, "in.json", document))
    code, out, _ = run("list")
    assert "Gemeente Breda" in out
    code, out, _ = run("score", str(new_id), "--lang", "en")
    assert code == 0 and "verdict:" in out
    code, out, _ = run("checklist")
    assert code == 0 and "[cpaffc]" in out


BAD_DOCUMENTS = [
    ("format", lambda d: edited(d, ["format"], "something-else"), "format"),
    ("newer format_version", lambda d: edited(d, ["format_version"], FORMAT_VERSION + 1), "format_version"),
    ("missing partnership", lambda d: edited(d, ["partnership"], KeyError), "partnership"),
    ("missing dutch_party", lambda d: edited(d, ["partnership", "dutch_party"], KeyError), "partnership.dutch_party"),
    ("empty counterpart", lambda d: edited(d, ["partnership", "counterpart"], "  "), "partnership.counterpart"),
    ("bad dutch_party_kind", lambda d: edited(d, ["partnership", "dutch_party_kind"], "county"), "partnership.dutch_party_kind"),
    ("bad counterpart_kind", lambda d: edited(d, ["partnership", "counterpart_kind"], "village"), "partnership.counterpart_kind"),
    ("bad status", lambda d: edited(d, ["partnership", "status"], "frozen"), "partnership.status"),
    ("bad since", lambda d: edited(d, ["partnership", "since"], "2012"), "partnership.since"),
    ("implausible since", lambda d: edited(d, ["partnership", "since"], 1066), "partnership.since"),
    ("unknown checklist", lambda d: edited(d, ["checklist", "version"], "1999.9"), "checklist.version"),
    ("unknown question", lambda d: edited(d, ["answers", "no.such-question"], {"value": "yes"}), "answers.no.such-question"),
    ("answers not an object", lambda d: edited(d, ["answers"], []), "answers"),
    ("bad action due", lambda d: edited(d, ["actions", 0, "due"], "next week"), "actions[0].due"),
    ("bad action status", lambda d: edited(d, ["actions", 0, "status"], "someday"), "actions[0].status"),
    ("empty action text", lambda d: edited(d, ["actions", 0, "text"], ""), "actions[0].text"),
    ("bad created", lambda d: edited(d, ["created"], "yesterday"), "created"),
]


@pytest.mark.parametrize(("case", "make", "field"), BAD_DOCUMENTS, ids=[c[0] for c in BAD_DOCUMENTS])
def test_bad_import_exits_2_names_file_and_field_and_writes_nothing(run, tmp_path, document, case, make, field):
    path = write(tmp_path, "bad.json", make(document))
    code, out, err = run("import", str(path))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    assert f": {field}:" in lines[0]
    assert "Traceback" not in err
    assert run("list", "--json")[1].strip() == "[]"


def test_unknown_option_value_names_the_answer(run, tmp_path, document, library):
    qid = library.active.questions[0].id
    path = write(tmp_path, "bad.json", edited(document, ["answers", qid, "value"], "perhaps"))
    code, _, err = run("import", str(path))
    assert code == 2
    assert f"answers.{qid}.value" in err and "'perhaps'" in err


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("broken.json", b'{"format": "partnercheck-assessment", ', "not valid JSON"),
        ("latin1.json", '{"assessor": "Jos\xe9"}'.encode("latin-1"), "not UTF-8"),
        ("list.json", b"[1, 2, 3]", "JSON object"),
        ("empty.json", b"", "not valid JSON"),
    ],
)
def test_unreadable_import_files_exit_2(run, tmp_path, name, content, words):
    path = write(tmp_path, name, content)
    code, _, err = run("import", str(path))
    assert code == 2
    assert str(path) in err and words in err
    assert len(err.strip().splitlines()) == 1


def test_missing_import_file_exits_2(run, tmp_path):
    code, _, err = run("import", str(tmp_path / "nowhere.json"))
    assert code == 2 and "nowhere.json: cannot be read" in err


@pytest.mark.parametrize("command", ["score", "export"])
@pytest.mark.parametrize("bad_id", ["42", "abc", "0"])
def test_unknown_assessment_id_exits_2(run, store, command, bad_id):
    code, out, err = run(command, bad_id)
    assert code == 2
    assert f"assessment {bad_id}" in err or f"assessment '{bad_id}'" in err
    assert len(err.strip().splitlines()) == 1


def test_a_damaged_database_gives_one_line_and_exit_2(tmp_path, capsys):
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(b"garbage" * 100)
    assert main(["list", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "kapot.sqlite3" in err and "not a PartnerCheck database" in err
    assert path.read_bytes() == b"garbage" * 100


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch, document, capsys):
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("PARTNERCHECK_DB", str(target))
    path = write(tmp_path, "in.json", document)
    assert main(["import", str(path)]) == 0
    assert target.exists()
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


@pytest.mark.slow  # a process of its own
def test_installed_entry_point_runs_headless_without_traceback(tmp_path, db_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "partnercheck", "import", str(bad), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "format" in result.stderr and "Traceback" not in result.stderr


def test_history_diff_and_sign_off_from_the_command_line(run, tmp_path, document, library):
    checklist = library.active
    first = import_ok(run, write(tmp_path, "in.json", document))
    # Complete it with lowest-risk answers, then review and approve it.
    complete = copy.deepcopy(document)
    complete["answers"] = {q.id: {"value": min(q.options, key=lambda o: o.risk).value, "note": ""} for q in checklist.questions}
    second = import_ok(run, write(tmp_path, "complete.json", complete))
    assert run("state", str(second), "review")[0] == 0
    code, out, err = run("state", str(second), "final", "--by", "K. de Boer")
    assert code == 0, err
    code, _, err = run("state", str(second), "draft")
    assert code == 2 and "cannot go from final to draft" in err

    code, out, _ = run("diff", str(first), str(second), "--json")
    assert code == 0
    diff = json.loads(out)
    changed = {c["question"] for c in diff["answers"]}
    assert changed == {q.id for q in checklist.questions} - {
        qid for qid, a in document["answers"].items() if a["value"] == complete["answers"][qid]["value"] and not a["note"]
    }
    # The same differences as text: level lines first, then one line per changed answer.
    code, out, _ = run("diff", str(first), str(second))
    assert code == 0
    lines = out.splitlines()
    answer_lines = [line for line in lines if not line.startswith("level ")]
    assert lines[: len(lines) - len(answer_lines)] == [line for line in lines if line.startswith("level ")]
    assert {line.split(":")[0] for line in answer_lines} == changed
    code, out, _ = run("revise", str(second))
    third = int(out.split()[-1])
    code, out, _ = run("history", str(second), "--json")
    states = [(e["old"], e["new"], e["by"]) for e in json.loads(out) if e["what"] == "state"]
    assert states[-1] == ("review", "final", "K. de Boer")
    assert run("diff", str(second), str(third))[1].startswith("No differences")


def test_delete_and_restore_from_the_command_line(run, tmp_path, document):
    new_id = import_ok(run, write(tmp_path, "in.json", document))
    code, out, _ = run("delete", str(new_id))
    assert code == 0 and "bin" in out
    assert json.loads(run("list", "--json")[1]) == []
    assert run("restore", str(new_id))[0] == 0
    assert [r["id"] for r in json.loads(run("list", "--json")[1])] == [new_id]
    assert run("delete", "999")[0] == 2


def test_a_final_assessment_travels_with_its_sign_off(run, tmp_path, document, library):
    checklist = library.active
    complete = copy.deepcopy(document)
    complete["answers"] = {q.id: {"value": q.options[0].value, "note": ""} for q in checklist.questions}
    first = import_ok(run, write(tmp_path, "complete.json", complete))
    run("state", str(first), "review")
    assert run("state", str(first), "final", "--by", "K. de Boer")[0] == 0
    out_file = tmp_path / "final.json"
    assert run("export", str(first), "--out", str(out_file))[0] == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["signoff"]["state"] == "final" and exported["signoff"]["approved_by"] == "K. de Boer"

    # Another town hall imports it (here: as a copy beside the original): still final and
    # locked, with the same approval.
    second = import_ok(run, out_file, "--as-new")
    again = json.loads(run("export", str(second))[1])
    assert again["signoff"] == exported["signoff"]
    code, _, err = run("state", str(second), "draft")
    assert code == 2 and "cannot go from final" in err


@pytest.mark.parametrize(
    ("signoff", "field"),
    [
        ({"state": "approved"}, "signoff.state"),
        ({"state": "final"}, "signoff.approved_by"),
        ({"state": "final", "approved_by": "X", "approved_on": "2026-11-22"}, "signoff.state"),  # unanswered questions
        ({"state": "final", "approved_by": "X", "approved_on": "gisteren"}, "signoff.approved_on"),
        ({"revision": 0}, "signoff.revision"),
        ("final", "signoff"),
    ],
)
def test_bad_sign_off_in_an_import_file_exits_2(run, tmp_path, document, signoff, field):
    path = write(tmp_path, "bad.json", {**document, "signoff": signoff})
    code, _, err = run("import", str(path))
    assert code == 2 and f": {field}:" in err
    assert run("list", "--json")[1].strip() == "[]"


def test_an_assessment_without_answers_is_not_started_never_low(run, tmp_path, document, library):
    empty = {**document, "answers": {}}
    new_id = import_ok(run, write(tmp_path, "empty.json", empty))
    code, out, _ = run("list", "--json")
    [row] = json.loads(out)
    assert (row["verdict"], row["overall"]) == ("not-started", None)
    code, out, _ = run("score", str(new_id), "--json")
    doc = json.loads(out)
    assert (doc["verdict"], doc["overall"], doc["unknown_count"]) == ("not-started", None, 0)
    assert len(doc["open_points"]) == len(library.active.questions)
    code, out, _ = run("list")
    assert "not-started" in out and " low " not in out


def test_reading_commands_never_create_a_database(tmp_path, capsys):
    """A mistyped --db must not leave an empty database, or its folder, behind."""
    missing = tmp_path / "typo" / "partnercheck.sqlite3"
    assert main(["list", "--db", str(missing)]) == 0
    assert "No assessments" in capsys.readouterr().out
    for command in (["score", "1"], ["export", "1"], ["history", "1"], ["report", "1", "--out", str(tmp_path / "r.pdf")]):
        assert main([command[0], "--db", str(missing), *command[1:]]) == 2
        err = capsys.readouterr().err
        assert "no PartnerCheck database here" in err and len(err.strip().splitlines()) == 1
    assert not missing.parent.exists(), "nothing was created"
