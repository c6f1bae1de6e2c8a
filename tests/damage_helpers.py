"""Building real PartnerCheck databases and judging that a refused file stayed as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from partnercheck.domain.assessment import Action, Answer
from partnercheck.workspace import open_store

JOURNAL_SUFFIXES = ("-wal", "-journal", "-shm")


def build_database(path: Path, assessment, count: int = 30) -> Path:
    """A real database with ``count`` assessments, every question answered, in WAL mode but
    checkpointed: the file alone holds everything (no -wal beside it afterwards)."""
    store = open_store(path)
    questions = store.library.active.questions
    for n in range(count):
        answers = {q.id: Answer(q.options[(n + i) % len(q.options)].value, f"toelichting {n}.{i} – 扬州") for i, q in enumerate(questions)}
        partnership = replace(assessment.partnership, counterpart=f"Stad {n:02d}")
        store.create(replace(assessment, partnership=partnership, answers=answers, actions=[Action(f"actie {n}")]))
    store.close()
    return path


def template(tmp_path_factory, assessment) -> Path:
    """One 30-assessment database per test session, copied by whoever needs one."""
    folder = tmp_path_factory.getbasetemp() / "template-db"
    path = folder / "template.sqlite3"
    if not path.exists():
        folder.mkdir(exist_ok=True)
        build_database(path, assessment)
    return path


def copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def fingerprint(db: Path) -> dict[str, str | None]:
    """SHA-256 of the database and each journal beside it (None: absent)."""
    out = {}
    for suffix in ("", *JOURNAL_SUFFIXES):
        file = db.with_name(db.name + suffix)
        out[suffix or "db"] = hashlib.sha256(file.read_bytes()).hexdigest() if file.is_file() and not file.is_symlink() else None
    return out


def wal_with_frames(db: Path) -> tuple[sqlite3.Connection, Path]:
    """Open ``db``, commit a change that stays in its -wal (no checkpoint), and return the
    connection (still open: closing would checkpoint) and the -wal's path."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE assessment SET assessor = assessor || ' (wal)'")
    return conn, db.with_name(db.name + "-wal")


def hot_journal(db: Path) -> bytes:
    """The bytes of a hot rollback journal of ``db`` taken mid-transaction; ``db`` itself is
    left as it was (the transaction is rolled back)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages to the file: the journal becomes hot
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE answer SET note = note || '?'")
    data = db.with_name(db.name + "-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return data
