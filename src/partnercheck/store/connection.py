"""The open database: a sqlite3 connection, with sqlite-utils loaded on first real use.

Importing sqlite-utils costs tens of milliseconds (it loads its plugin machinery), which the
window would pay before it can show anything. Plain ``execute`` goes straight to the
connection and ``rows`` reads dicts from it; everything else (``db["table"].insert``,
``update``, ``table_names`` ...) is sqlite-utils' own ``Database``, created the first time
it is needed.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

    from .readonly import ReadOnlyReason

# Database files this process has open, by (device, inode), with how many connections.
# Journals beside such a file are our own, live ones. It also keeps the opening code from
# reading those files with plain open()/close(): on POSIX, closing any descriptor of a file
# drops every lock this process holds on it, SQLite's included.
_OPEN: Counter[tuple[int, int]] = Counter()
_OPEN_LOCK = threading.Lock()


def file_signature(real: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """Size, change time and inode of the database and each journal beside it (None: absent)."""
    out: list[tuple[int, int, int] | None] = []
    for suffix in ("", "-wal", "-journal"):
        try:
            st = os.stat(real.with_name(real.name + suffix))
        except OSError:
            out.append(None)
        else:
            out.append((st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(out)


def is_open_here(key: tuple[int, int]) -> bool:
    with _OPEN_LOCK:
        return _OPEN[key] > 0


class Database:
    def __init__(
        self,
        conn: sqlite3.Connection,
        key: tuple[int, int] | None = None,
        read_only: ReadOnlyReason | None = None,
        network: str | None = None,
        watch: Path | None = None,
    ) -> None:
        self.conn = conn
        # Why the file cannot be written, when it was opened read only (store.readonly).
        self.read_only = read_only
        # The kind of network share it is on, when it is on one (store.network): then it has a
        # rollback journal and this connection holds it exclusively.
        self.network = network
        # An immutable (lock-free) connection sees no change anyone makes to the file: it
        # remembers what the file and its journals looked like, to notice a change (stale).
        self._watch = watch
        self._signature = file_signature(watch) if watch is not None else None
        self._utils: sqlite_utils.Database | None = None
        self._key: tuple[int, int] | None = None
        self.register(key)

    def register(self, key: tuple[int, int] | None) -> None:
        """Count this connection as one of the file's open here (see _OPEN)."""
        if key is not None and self._key is None:
            self._key = key
            with _OPEN_LOCK:
                _OPEN[key] += 1

    @property
    def utils(self) -> sqlite_utils.Database:
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    def rows(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name, without loading sqlite-utils (reads stay cheap
        for the command line, where that import is most of a command's time)."""
        cursor = self.conn.execute(sql, parameters if parameters is not None else ())
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def insert_row(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row (the caller's own column names) and return its rowid: the plain-SQL
        insert the hot writes use, so storing an imported file does not load sqlite-utils."""
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cursor = self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def changed_on_disk(self) -> bool:
        """For a file read through an ``immutable`` connection: whether it or a journal beside
        it changed (size, time, inode) since it was opened; always False otherwise."""
        return self._watch is not None and file_signature(self._watch) != self._signature

    def close(self) -> None:
        self.conn.close()
        key, self._key = self._key, None
        if key is not None:
            with _OPEN_LOCK:
                _OPEN[key] -= 1
                if _OPEN[key] <= 0:
                    del _OPEN[key]

    def __getitem__(self, table: str) -> Table:
        return self.utils.table(table)  # every name asked for is a table (db[name] would look up views first)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names this class lacks: sqlite-utils' API.
        return getattr(self.utils, name)
