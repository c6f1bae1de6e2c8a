"""Hostile input that once ended in a traceback or in silently wrong data: each is refused
with one line naming the file and the field (exit 2, nothing written), or handled right."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest

from partnercheck.domain.interchange import to_document
from partnercheck.store.migrations import apply_pending


@pytest.fixture
def document(new_assessment):
    return to_document(new_assessment)


def _count(db_path) -> int:
    if not db_path.exists():
        return 0
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM assessment").fetchone()[0]


def _edited(document, path, value):
    doc = json.loads(json.dumps(document))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


HOSTILE = [
    ("nested 5000 deep", lambda d: json.dumps(d)[:-1].encode() + b', "x": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested more than"),
    ("nested 100 deep", lambda d: json.dumps(_edited(d, ["assessor"], json.loads("[" * 100 + "]" * 100))).encode(), "assessor: is nested"),
    ("a number of 5000 digits", lambda d: json.dumps(d)[:-1].encode() + b', "x": ' + b"1" * 5000 + b"}", "is not valid JSON"),
    ("revision 2**63", lambda d: json.dumps(_edited(d, ["signoff", "revision"], 2**63)).encode(), "signoff.revision:"),
    ("lone surrogate", lambda d: json.dumps(_edited(d, ["assessor"], "A. \ud800")).encode(), "assessor: contains half of a UTF-16 surrogate"),
    ("surrogate in a key", lambda d: json.dumps(_edited(d, ["partnership", "\udfff"], 1)).encode(), "partnership.\\udfff:"),
    ("NUL first", lambda d: json.dumps(_edited(d, ["partnership", "dutch_party"], "\x00Breda")).encode(), "partnership.dutch_party: contains a NUL"),
    ("NUL inside", lambda d: json.dumps(_edited(d, ["actions"], [{"text": "bel\x00len"}])).encode(), "actions[0].text: contains a NUL"),
    ("NUL in a note", lambda d: json.dumps(_edited(d, ["answers"], {"x\x00": {"note": "n"}})).encode(), "answers.x\\x00: the name of this field"),
]


@pytest.mark.parametrize(("case", "make", "expected"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_hostile_files_are_refused_with_one_line(run, tmp_path, db_path, document, case, make, expected):
    path = tmp_path / "hostile.json"
    path.write_bytes(make(document))
    before = _count(db_path)
    code, out, err = run("import", str(path))
    assert code == 2, (case, err)
    assert "Traceback" not in err
    line = err.strip()
    assert "\n" not in line and line.isprintable()
    assert f"{path}: " in line and expected in line, line
    assert _count(db_path) == before


@pytest.mark.parametrize("created", ["0001-01-01T00:00:00", "0001-01-01T00:30:00+05:00", "9999-12-31T23:59:59-05:00", "9999-12-31T23:59:59"])
def test_times_at_the_ends_of_the_calendar_import(run, tmp_path, document, created):
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(_edited(document, ["created"], created)), encoding="utf-8")
    code, out, err = run("import", str(path))
    assert code == 0, err
    code, exported, err = run("export", out.split()[-1])
    assert code == 0, err
    again = dt.datetime.fromisoformat(json.loads(exported)["created"])
    original = dt.datetime.fromisoformat(created)
    assert again.replace(tzinfo=None) == original.replace(tzinfo=None)
    if original.tzinfo:
        assert again.utcoffset() == original.utcoffset()


# -- the previous assessment, across the end of summer time ----------------------------------

CEST, CET = dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=1))


def test_previous_assessment_is_the_earlier_instant_across_the_end_of_summer_time(store, new_assessment):
    # 25 October 2026, 03:00 CEST becomes 02:00 CET. As text, "02:30+02:00" sorts after
    # "02:10+01:00", but it is 40 minutes earlier (00:30 and 01:10 UTC).
    first = store.create(dataclasses.replace(new_assessment, created=dt.datetime(2026, 10, 25, 2, 30, tzinfo=CEST)))
    second = store.create(dataclasses.replace(new_assessment, created=dt.datetime(2026, 10, 25, 2, 10, tzinfo=CET)))
    third = store.create(dataclasses.replace(new_assessment, created=dt.datetime(2026, 10, 25, 1, 50, tzinfo=dt.UTC)))
    assert store.previous_of(second) == first
    assert store.previous_of(third) == second
    assert store.previous_of(first) is None
    # The recorded time keeps its offset (an export gives it back as it was).
    assert store.get(first).created.isoformat() == "2026-10-25T02:30:00+02:00"


def test_upgrade_fills_the_instant_of_assessments_stored_before_it(store, new_assessment):
    first = store.create(dataclasses.replace(new_assessment, created=dt.datetime(2026, 10, 25, 2, 30, tzinfo=CEST)))
    second = store.create(dataclasses.replace(new_assessment, created=dt.datetime(2026, 10, 25, 2, 10, tzinfo=CET)))
    conn = store.db.conn
    # As a database of schema 3 had it: no created_utc column (and nothing of the later steps).
    later = ["DROP TRIGGER action_ai", "DROP TRIGGER action_au", "DROP TRIGGER action_ad", "DROP TRIGGER answer_ai", "DROP TRIGGER answer_au"]
    later += ["DROP TRIGGER answer_ad", "DROP INDEX assessment_final"]
    later += ["DROP INDEX assessment_partnership", "ALTER TABLE assessment DROP COLUMN partnership_id"]
    later += [
        "ALTER TABLE assessment DROP COLUMN themes",
        "DROP TABLE tie_history",
        "DROP TABLE notes_written_after",
        "DROP TABLE tie_evidence",
        "DROP TABLE tie_event",
        "DROP TABLE agreement",
        "DROP TABLE partnership",
    ]
    later += ["DROP TABLE search_index", "DROP TABLE setting", "DELETE FROM sqlite_sequence"]
    conn.executescript(
        f"BEGIN; {'; '.join(later)}; DROP TABLE approved_report; DROP TABLE review_comment; DROP INDEX IF EXISTS assessment_partnership_created; "
        "DROP INDEX assessment_list_updated; DROP INDEX assessment_list_party; DROP INDEX assessment_list_counterpart; "
        "DROP TRIGGER assessment_search_insert; DROP TRIGGER assessment_search_delete; DROP TRIGGER assessment_search_update; "
        "DROP TABLE assessment_search; "
        "DROP TABLE retention_period; DROP TABLE destruction; "
        "ALTER TABLE assessment DROP COLUMN hold_reason; ALTER TABLE assessment DROP COLUMN hold; "
        "DROP TABLE person_role; DROP TABLE publication_decision; ALTER TABLE answer DROP COLUMN note_public; "
        "ALTER TABLE action DROP COLUMN internal; "
        "DROP TABLE evidence; DROP TABLE evidence_blob; DROP INDEX assessment_uuid; "
        "ALTER TABLE assessment DROP COLUMN uuid; ALTER TABLE answer DROP COLUMN basis; "
        "ALTER TABLE assessment DROP COLUMN created_utc; PRAGMA user_version = 3; COMMIT;"
    )
    assert apply_pending(conn, 3)[0] == 4
    rows = dict(conn.execute("SELECT id, created_utc FROM assessment"))
    assert rows == {first: "2026-10-25 00:30:00.000", second: "2026-10-25 01:10:00.000"}
    assert store.previous_of(second) == first


# -- a console that is not UTF-8 -------------------------------------------------------------


@pytest.mark.slow
def test_commands_print_to_a_cp1252_console_without_a_traceback(tmp_path, new_assessment):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from partnercheck.workspace import open_store

    db = tmp_path / "console.sqlite3"
    store = open_store(db)
    party = dataclasses.replace(new_assessment.partnership, dutch_party="Gemeente Emmen 😀", counterpart="扬州 Yangzhou")
    assessment_id = store.create(dataclasses.replace(new_assessment, partnership=party, assessor="서울"))
    store.close()
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(src)}
    for command in (["list"], ["list", "--json"], ["score", str(assessment_id)], ["history", str(assessment_id)], ["checklist"]):
        result = subprocess.run(
            [sys.executable, "-m", "partnercheck", *command, "--db", str(db)], env=env, capture_output=True, timeout=120, check=False
        )
        err = result.stderr.decode("cp1252", "replace")
        assert result.returncode == 0 and "Traceback" not in err, (command, err)
        out = result.stdout.decode("cp1252")
        if command[0] in ("list", "score"):
            assert "Gemeente Emmen ?" in out and "Yangzhou" in out, out
