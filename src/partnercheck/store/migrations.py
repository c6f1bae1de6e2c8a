"""The schema as numbered steps in ``db/``, applied in order, one transaction each.

A step is ``NNNN_name.sql`` (a script) or ``NNNN_name.py`` with a ``migrate(conn)`` function,
for what SQL alone cannot do well (Unicode case folding, for one: SQLite's ``lower()`` folds
ASCII only). ``PRAGMA user_version`` records the last step applied, ``PRAGMA application_id``
marks the file as PartnerCheck's, so a foreign SQLite file or one written by a newer
PartnerCheck is recognised before anything is written to it.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ..resources import migrations_dir

APPLICATION_ID = int.from_bytes(b"PChk", "big")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.(sql|py)$")


# A NamedTuple, not a dataclass: this module loads at every start of the window, where building
# a dataclass (compiling its generated methods) cost ~0.5 ms.
class Migration(NamedTuple):
    """One numbered schema step: an SQL script, or a Python file with ``migrate(conn)``."""

    version: int
    name: str
    sql: str  # the script; empty for a Python step
    path: Path | None = None  # a Python step's file

    def run(self, conn: sqlite3.Connection) -> None:
        """Apply the step inside the caller's open transaction (statement by statement: a
        script through executescript would commit it)."""
        if self.path is None:
            for statement in _statements(self.sql):
                conn.execute(statement)
        else:
            _load_step(self.path)(conn)


def _statements(script: str) -> list[str]:
    """The script's statements, split where SQLite itself says a statement is complete."""
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                found.append(current)
            current = ""
    if current.strip():
        found.append(current)  # an unfinished statement: SQLite names the error
    return found


def _load_step(path: Path) -> Callable[[sqlite3.Connection], None]:
    spec = importlib.util.spec_from_file_location(f"partnercheck_migration_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"{path}: cannot be loaded as a migration step")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    migrate = getattr(module, "migrate", None)
    if not callable(migrate):
        raise RuntimeError(f"{path}: a Python migration step defines migrate(conn)")
    return migrate  # type: ignore[no-any-return]


@cache
def migrations() -> tuple[Migration, ...]:
    found = []
    for path in sorted(p for p in migrations_dir().iterdir() if p.suffix in (".sql", ".py")):
        match = _NAME.match(path.name)
        if not match:
            raise RuntimeError(f"{path}: migration files are named NNNN_description.sql or NNNN_description.py")
        if match.group(2) == "sql":
            found.append(Migration(int(match.group(1)), path.stem, path.read_text(encoding="utf-8")))
        else:
            found.append(Migration(int(match.group(1)), path.stem, "", path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{migrations_dir()}: migrations must be numbered 0001, 0002, ... without gaps")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def apply_pending(conn: sqlite3.Connection, current: int, *, upto: int | None = None) -> list[int]:
    """Apply every step after ``current`` (up to ``upto``, all by default), each in its own
    transaction; returns those applied."""
    applied = []
    for migration in migrations():
        if migration.version <= current or (upto is not None and migration.version > upto):
            continue
        if conn.in_transaction:
            conn.commit()
        try:
            conn.execute("BEGIN")
            migration.run(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
