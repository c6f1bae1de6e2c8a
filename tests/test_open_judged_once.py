"""Opening judges a file's tables once: the look before touching reads them through a
connection that cannot write; the connection that will write reads only the file's stamp
(application id, schema version, schema cookie) and judges the tables again only when the
stamp changed in between (issue 16: start-up)."""

from __future__ import annotations

import sqlite3

import pytest
from damage_helpers import copy_database, template

from partnercheck.store.content_check import judge_contents
from partnercheck.store.errors import NotADatabaseError
from partnercheck.workspace import open_store


@pytest.fixture
def healthy(tmp_path_factory, tmp_path, new_assessment):
    return copy_database(template(tmp_path_factory, new_assessment), tmp_path / "healthy.sqlite3")


def _table_reads(conn: sqlite3.Connection) -> list[str]:
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    return statements


def test_the_same_stamp_skips_reading_the_tables_again(healthy):
    conn = sqlite3.connect(healthy, isolation_level=None)
    try:
        stamp = judge_contents(conn, healthy, quick=False)
        statements = _table_reads(conn)
        assert judge_contents(conn, healthy, quick=False, judged=stamp) == stamp
        assert not [s for s in statements if "table_info" in s]
    finally:
        conn.close()


def test_a_schema_changed_after_the_look_is_judged_again_and_refused(healthy):
    conn = sqlite3.connect(healthy, isolation_level=None)
    try:
        stamp = judge_contents(conn, healthy, quick=False)
        # Between the look and the open, someone renames a column: the cookie moves on.
        conn.execute("ALTER TABLE answer RENAME COLUMN note TO remark")
        with pytest.raises(NotADatabaseError, match="lacks note"):
            judge_contents(conn, healthy, quick=False, judged=stamp)
    finally:
        conn.close()


def test_a_stamp_that_is_not_this_files_vouches_for_nothing(healthy):
    conn = sqlite3.connect(healthy, isolation_level=None)
    try:
        conn.execute("ALTER TABLE answer RENAME COLUMN note TO remark")
        with pytest.raises(NotADatabaseError, match="lacks note"):
            judge_contents(conn, healthy, quick=False, judged=(0, 0, 1))
    finally:
        conn.close()


def test_a_healthy_file_still_opens_and_lists(healthy):
    store = open_store(healthy)
    try:
        assert len(store.list_summaries()) >= 1
    finally:
        store.close()
