"""A process killed mid-write (SIGKILL) loses nothing reported saved and leaves a sound file."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from partnercheck.domain.interchange import dumps
from partnercheck.workspace import open_store

pytestmark = pytest.mark.slow

WRITER = textwrap.dedent(
    """
    import sys, itertools
    from partnercheck.domain.assessment import Answer
    from partnercheck.workspace import open_store
    store = open_store(sys.argv[1])
    assessment_id = int(sys.argv[2])
    questions = store.library.active.questions
    for i in itertools.count():
        q = questions[i % len(questions)]
        option = q.options[i % len(q.options)]
        note = f"note {i} " + "x" * (i % 300)
        store.save_answer(assessment_id, q.id, Answer(option.value, note))
        print(f"{q.id}\\t{option.value}\\t{note}", flush=True)
    """
)

IMPORTER = textwrap.dedent(
    """
    import sys, itertools
    from pathlib import Path
    from partnercheck.domain.interchange import parse_bytes
    from partnercheck.workspace import open_store
    store = open_store(sys.argv[1])
    raw = Path(sys.argv[2]).read_bytes()
    for i in itertools.count():
        new_id = store.create(parse_bytes(raw, sys.argv[2], store.library))
        print(new_id, flush=True)
    """
)


def _run_and_kill(script, args, kill_after, tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    lines = []
    try:
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if len(lines) >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.wait(30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the writer was killed, not finished or failed"
    return lines


def _integrity(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def test_killed_answer_writers_lose_nothing_reported_saved(db_path, tmp_path, new_assessment):
    store = open_store(db_path)
    assessment_id = store.create(new_assessment)
    store.close()
    rng = random.Random(20261122)
    kills = 12
    for _ in range(kills):
        reported = _run_and_kill(WRITER, [str(db_path), str(assessment_id)], rng.randint(1, 120), tmp_path)
        assert _integrity(db_path) == ("ok", [])
        expected = {}
        for line in reported:
            qid, value, note = line.split("\t")
            expected[qid] = (value, note)
        store = open_store(db_path)
        stored = store.get(assessment_id).answers
        summary = store.list_summaries()[0]
        store.close()
        for qid, (value, note) in expected.items():
            # The save in flight at the kill may have landed too: then it is a later one.
            assert qid in stored
            if (stored[qid].value, stored[qid].note) != (value, note):
                later = int(stored[qid].note.split()[1])
                assert later > int(note.split()[1]), f"{qid} went back to an older answer"
        assert summary.answered == sum(a.value is not None for a in stored.values())


def test_killed_imports_leave_whole_assessments_only(db_path, tmp_path, new_assessment, library):
    from partnercheck.domain.assessment import Action, Answer

    checklist = library.active
    new_assessment.answers = {q.id: Answer(q.options[-1].value, "n" * 500) for q in checklist.questions}
    new_assessment.actions = [Action(f"actie {i}") for i in range(10)]
    source = tmp_path / "big.json"
    source.write_text(dumps(new_assessment), encoding="utf-8")
    open_store(db_path).close()
    rng = random.Random(7)
    for _ in range(6):
        reported = _run_and_kill(IMPORTER, [str(db_path), str(source)], rng.randint(1, 15), tmp_path)
        assert _integrity(db_path) == ("ok", [])
        store = open_store(db_path)
        ids = {s.id for s in store.list_summaries()}
        assert {int(x) for x in reported} <= ids
        for assessment_id in ids:
            got = store.get(assessment_id)
            assert len(got.answers) == len(checklist.questions)
            assert len(got.actions) == 10
        store.close()
    assert json.loads(source.read_text(encoding="utf-8"))["format"] == "partnercheck-assessment"


# -- backups and restores -------------------------------------------------------------------------

BACKUPER = textwrap.dedent(
    """
    import sys, itertools
    from pathlib import Path
    from partnercheck.workspace import open_store
    store = open_store(Path(sys.argv[1]))
    for i in itertools.count():
        print(store.backup("manual"), flush=True)
    """
)

RESTORER = textwrap.dedent(
    """
    import sys, itertools
    from pathlib import Path
    from partnercheck.store.restore import restore_backup
    db, backups = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    for i in itertools.count():
        restore_backup(db, backups[i % len(backups)])
        print(i, flush=True)
    """
)

DAMAGED_RESTORER = textwrap.dedent(
    """
    import os, shutil, sys, itertools
    from pathlib import Path
    from partnercheck.store.restore import restore_backup
    db, damaged, backup = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    for i in itertools.count():
        shutil.copyfile(damaged, db.with_name("next"))
        os.replace(db.with_name("next"), db)
        print("damaged", flush=True)
        restore_backup(db, backup)
        print("restored", flush=True)
    """
)


def _names(db_path):
    store = open_store(db_path)
    try:
        return sorted(s.counterpart for s in store.list_summaries())
    finally:
        store.close()


def _sound_backup(path):
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and conn.execute("SELECT count(*) FROM assessment").fetchone()[0] >= 0
    finally:
        conn.close()


def _database_with(db_path, new_assessment, count):
    from dataclasses import replace

    store = open_store(db_path)
    for n in range(count):
        store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, counterpart=f"Stad {n}")))
    store.close()
    return _names(db_path)


def test_a_killed_backup_leaves_the_database_as_it_was_and_whole_backups_only(db_path, tmp_path, new_assessment):
    from partnercheck.store.backups import KEEP, backup_dir, list_backups

    names = _database_with(db_path, new_assessment, 8)
    rng = random.Random(1717)
    for _ in range(10):
        reported = _run_and_kill(BACKUPER, [str(db_path)], rng.randint(1, 12), tmp_path)
        assert _integrity(db_path) == ("ok", [])
        assert _names(db_path) == names, "the database is as it was"
        made = list_backups(db_path)
        assert 1 <= len(made) <= KEEP + 1  # the kill may land between placing one and pruning
        for backup in made:
            assert _sound_backup(backup), f"{backup.name} is a whole backup"
            assert _names_of_backup(backup) == names
        for line in reported[-KEEP:]:
            assert any(str(b) == line for b in made) or len(made) >= KEEP, "a reported backup is there (or pruned)"
        # What a kill leaves is a hidden temporary, never a file under a backup's name.
        assert all(p in made or p.name.startswith(".") for p in backup_dir(db_path).iterdir())


def _names_of_backup(backup):
    conn = sqlite3.connect(f"{backup.absolute().as_uri()}?immutable=1", uri=True)
    try:
        return sorted(
            r[0]
            for r in conn.execute(
                "SELECT counterpart FROM assessment WHERE deleted IS NULL" if _has_deleted(conn) else "SELECT counterpart FROM assessment"
            )
        )
    finally:
        conn.close()


def _has_deleted(conn):
    return any(r[1] == "deleted" for r in conn.execute("PRAGMA table_info(assessment)"))


def test_a_killed_restore_leaves_one_whole_state_never_a_mix(db_path, tmp_path, new_assessment):
    from partnercheck.store.backups import make_backup

    three = _database_with(db_path, new_assessment, 3)
    store = open_store(db_path)
    a = make_backup(store.db.conn, db_path, "manual")
    store.close()
    seven = _database_with(db_path, new_assessment, 4)  # 3 + 4 more
    store = open_store(db_path)
    b = make_backup(store.db.conn, db_path, "manual")
    store.close()
    keep_a, keep_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    keep_a.write_bytes(a.read_bytes())  # pruning must not take the sources away mid-test
    keep_b.write_bytes(b.read_bytes())
    rng = random.Random(2026)
    for _ in range(10):
        _run_and_kill(RESTORER, [str(db_path), str(keep_a), str(keep_b)], rng.randint(1, 6), tmp_path)
        assert _integrity(db_path) == ("ok", [])
        assert _names(db_path) in (three, seven), "the state of one backup, whole"
    assert len(three) == 3 and len(seven) == 7


def test_a_killed_restore_over_a_damaged_database_keeps_the_damaged_file(db_path, tmp_path, new_assessment):
    import hashlib

    from partnercheck.store.backups import make_backup
    from partnercheck.store.restore import DAMAGED_INFIX

    names = _database_with(db_path, new_assessment, 5)
    store = open_store(db_path)
    backup = make_backup(store.db.conn, db_path, "manual")
    store.close()
    source = tmp_path / "backup.sqlite3"
    source.write_bytes(backup.read_bytes())
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 3] = bytes(4096)
    damaged.write_bytes(bytes(data))
    damaged_sha = hashlib.sha256(bytes(data)).hexdigest()
    rng = random.Random(17)
    for _ in range(10):
        _run_and_kill(DAMAGED_RESTORER, [str(db_path), str(damaged), str(source)], rng.randint(1, 10), tmp_path)
        if hashlib.sha256(db_path.read_bytes()).hexdigest() != damaged_sha:
            assert _integrity(db_path) == ("ok", []) and _names(db_path) == names, "the whole backup, or still the damaged file"
        for kept in db_path.parent.glob(f"{db_path.name}{DAMAGED_INFIX}*"):
            if not kept.name.endswith(("-wal", "-journal", "-shm")):
                assert hashlib.sha256(kept.read_bytes()).hexdigest() == damaged_sha, "a kept damaged file is never half a file"


ATTACHER = textwrap.dedent(
    """
    import sys, itertools
    from pathlib import Path
    from partnercheck.workspace import open_store
    store = open_store(sys.argv[1])
    assessment_id, question = int(sys.argv[2]), sys.argv[3]
    base = Path(sys.argv[4]).read_bytes()
    for i in itertools.count():
        # A different file each time (no dedupe): every attach writes 20 MB.
        item = store.attach(assessment_id, question, f"scan-{i}.tiff", i.to_bytes(4, "big") + base)
        print(item.id, flush=True)
    """
)


def test_killed_while_attaching_20_mb_leaves_whole_attachments_or_none(db_path, tmp_path, new_assessment, library):
    import hashlib

    store = open_store(db_path)
    assessment_id = store.create(new_assessment)
    store.close()
    source = tmp_path / "scan.bin"
    source.write_bytes(os.urandom(20 * 1024 * 1024 - 4))
    question = library.active.questions[0].id
    rng = random.Random(14)
    for _ in range(4):
        reported = _run_and_kill(ATTACHER, [str(db_path), str(assessment_id), question, str(source)], rng.randint(1, 3), tmp_path)
        assert _integrity(db_path) == ("ok", [])
        store = open_store(db_path)
        items = store.list_evidence(assessment_id)
        assert {int(x) for x in reported} <= {e.id for e in items}
        for item in items:
            assert item.size == 20 * 1024 * 1024
            assert hashlib.sha256(store.evidence_content(item.id)).hexdigest() == item.sha256
        # No content without an attachment, no attachment without its content.
        orphans = store.db.execute("SELECT count(*) FROM evidence_blob WHERE sha256 NOT IN (SELECT sha256 FROM evidence)").fetchone()[0]
        assert orphans == 0
        store.close()
