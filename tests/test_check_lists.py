"""db/0019_check_lists.py: the CHECK constraints of the tables an import writes name their
allowed values as comparisons (issue 16: SQLite built a temporary b-tree of an IN list for
every row written). They still refuse and allow exactly what they did."""

from __future__ import annotations

import importlib.util
import re
import sqlite3

import pytest

from partnercheck.resources import migrations_dir

# Every column whose IN list the step spells out, with the values its CHECK allows.
ALLOWED = {
    ("answer", "basis"): ["document", "conversation", "public-source", "assumption", None],
    ("assessment", "counterpart_kind"): ["city", "province", "district"],
    ("assessment", "status"): ["proposed", "active", "dormant", "ended"],
    ("assessment", "state"): ["draft", "review", "final"],
    ("assessment", "overall"): ["low", "medium", "high", None],
    ("assessment", "verdict"): ["not-started", "incomplete", "low", "medium", "high", None],
    ("action", "status"): ["open", "in-progress", "done", "dropped"],
    ("partnership", "counterpart_kind"): ["city", "province", "district"],
    ("partnership", "status"): ["proposed", "active", "dormant", "ended"],
}


def _step():  # type: ignore[no-untyped-def]
    (path,) = migrations_dir().glob("*_check_lists.py")
    spec = importlib.util.spec_from_file_location("check_lists_step", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _allows(conn: sqlite3.Connection, table: str, column: str, value: object) -> bool:
    """Whether the table's constraints take ``value`` in ``column`` of its stored rows (undone)."""
    try:
        conn.execute(f"UPDATE {table} SET {column} = ?", [value])
    except sqlite3.IntegrityError:
        return False
    finally:
        conn.rollback()
    return True


@pytest.fixture
def stored(store, new_assessment, library):  # type: ignore[no-untyped-def]
    """A store with one row in each of the tables."""
    import dataclasses

    from partnercheck.domain.assessment import Action, Answer, Basis

    question = library.active.questions[0]
    answers = {question.id: Answer(question.options[0].value, "", Basis.DOCUMENT)}
    store.create(dataclasses.replace(new_assessment, answers=answers, actions=[Action(text="Bel de ambassade")]))
    return store


def test_no_insert_an_import_makes_builds_a_temporary_b_tree_per_row(store):
    for table in ("answer", "assessment", "action", "partnership"):
        columns = [row[1] for row in store.db.execute(f"PRAGMA table_info({table})")]
        program = store.db.execute(
            f"EXPLAIN INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", [None] * len(columns)
        )
        main = []
        for row in program:  # the statement's own program; trigger programs follow a Halt
            main.append(row[1])
            if row[1] == "Halt" and row[2] == 0:
                break
        assert "OpenEphemeral" not in main, table


@pytest.mark.parametrize(("table", "column"), sorted(ALLOWED))
def test_the_spelled_out_constraints_allow_and_refuse_what_the_lists_did(stored, table, column):
    conn = stored.db.conn
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    assert not re.search(rf"\b{column} IN \(", sql), "spelled out"
    for value in ALLOWED[table, column]:
        assert _allows(conn, table, column, value), value
    for value in ["", "x", "Draft", "open ", ALLOWED[table, column][0].upper(), 1]:
        assert not _allows(conn, table, column, value), value


def test_the_step_turns_each_list_into_the_same_comparisons():
    step = _step()
    old = (
        "status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')), "
        "internal INTEGER CHECK (internal IN (0, 1)), kind CHECK (kind IN ('a', 'b'))"
    )
    assert step.spelled_out(old) == (
        "status TEXT NOT NULL CHECK ((status = 'open' OR status = 'in-progress' OR status = 'done' OR status = 'dropped')), "
        "internal INTEGER CHECK (internal IN (0, 1)), kind CHECK (kind IN ('a', 'b'))"
    )


def test_the_step_on_a_database_with_rows_keeps_them_and_passes_the_integrity_check(store, new_assessment):
    """As an upgrade meets it: the lists written back as they were, rows stored, the step run."""
    import dataclasses

    from partnercheck.domain.assessment import Action

    store.create(dataclasses.replace(new_assessment, actions=[Action(text="Bel de ambassade")]))
    conn = store.db.conn
    lists = {
        "action": (
            "(status = 'open' OR status = 'in-progress' OR status = 'done' OR status = 'dropped')",
            "status IN ('open', 'in-progress', 'done', 'dropped')",
        )
    }
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    for table, (new, old) in lists.items():
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", [new, old, table])
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.commit()
    assert "status IN ('open'" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'action'").fetchone()[0]
    with conn:
        _step().migrate(conn)
    assert "status IN (" not in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'action'").fetchone()[0]
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert [a.text for a in store.get(store.list_summaries()[0].id).actions] == ["Bel de ambassade"]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE action SET status = 'later'")
