"""The schema as numbered SQL files in ``db/``, applied in order, one transaction each.

``PRAGMA user_version`` records the last step applied, ``PRAGMA application_id`` marks the file
as PartnerCheck's, so a foreign SQLite file or one written by a newer PartnerCheck is
recognised before anything is written to it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from ..resources import migrations_dir

APPLICATION_ID = int.from_bytes(b"PChk", "big")
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations() -> tuple[Migration, ...]:
    found = []
    for path in sorted(migrations_dir().glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise RuntimeError(f"{path}: migration files are named NNNN_description.sql")
        found.append(Migration(int(match.group(1)), path.stem, path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{migrations_dir()}: migrations must be numbered 0001, 0002, ... without gaps")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def apply_pending(conn: sqlite3.Connection, current: int) -> list[int]:
    """Apply every step after ``current``, each in its own transaction; returns those applied."""
    applied = []
    for migration in migrations():
        if migration.version <= current:
            continue
        try:
            # executescript commits anything pending first, then runs our explicit transaction.
            conn.executescript(
                f"BEGIN;\n{migration.sql}\n;PRAGMA user_version = {migration.version};\nPRAGMA application_id = {APPLICATION_ID};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
