"""PartnerCheck schema: the CHECK constraints of the tables an import writes say their allowed
values as comparisons joined by OR instead of ``IN (...)``.

SQLite (3.40) checks ``x IN ('a', 'b', 'c')`` of three or more values by building a temporary
b-tree of the list, for every row written: 38 of them for one imported assessment (28 answers'
basis, the assessment's stage and levels, its actions' status, the tie's kinds), a tenth of
the work of storing it (issue 16). ``x = 'a' OR x = 'b' OR x = 'c'`` allows and refuses
exactly the same values (NULL too: neither refuses it), so existing rows satisfy the new
constraints and the table text is changed in place (SQLite's documented writable_schema way
for a constraint every row already meets), without copying any table.
"""

from __future__ import annotations

import re
import sqlite3

TABLES = ("answer", "assessment", "action", "partnership")

# A column compared with a list of three or more text values (lists of two are compiled as
# two comparisons already).
_LIST = re.compile(r"\b(\w+) IN \(((?:'[^']*'\s*,\s*){2,}'[^']*')\)")


def spelled_out(sql: str) -> str:
    """``sql`` with every such list written as comparisons joined by OR."""

    def comparisons(match: re.Match[str]) -> str:
        column = match.group(1)
        return "(" + " OR ".join(f"{column} = {value}" for value in re.findall(r"'[^']*'", match.group(2))) + ")"

    return _LIST.sub(comparisons, sql)


def migrate(conn: sqlite3.Connection) -> None:
    changes = []
    for table in TABLES:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
        if row is not None and spelled_out(row[0]) != row[0]:
            changes.append((spelled_out(row[0]), table))
    if not changes:
        return
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.executemany("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", changes)
        conn.execute(f"PRAGMA schema_version = {version + 1}")  # every connection reads the new text
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
