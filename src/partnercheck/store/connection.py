"""The open database: a sqlite3 connection, with sqlite-utils loaded on first real use.

Importing sqlite-utils costs tens of milliseconds (it loads its plugin machinery), which the
window would pay before it can show anything. Plain ``execute`` goes straight to the
connection and ``rows`` reads dicts from it; everything else (``db["table"].insert``,
``update``, ``table_names`` ...) is sqlite-utils' own ``Database``, created the first time
it is needed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Any = None

    @property
    def utils(self) -> Any:
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def execute(self, sql: str, parameters: Iterable[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    def rows(self, sql: str, parameters: Iterable[Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name, without loading sqlite-utils (reads stay cheap
        for the command line, where that import is most of a command's time)."""
        cursor = self.conn.execute(sql, parameters if parameters is not None else ())
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]

    def __getattr__(self, name: str) -> Any:
        # Only reached for names this class lacks: sqlite-utils' API.
        return getattr(self.utils, name)
