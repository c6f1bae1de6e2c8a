"""The tables and columns each schema version must have, kept between runs.

content_check judges every database it opens against the schema its version must have, and
learns that schema from the migrations themselves: it applies them to an empty database in
memory. At every start of the window and of every command that took 15-55 ms (14 steps,
full-text tables among them) before anything else could happen. The answer is kept in the
user's cache folder (paths.cache_dir), named by a hash of every step's text up to that
version, so a changed, added or renumbered step misses it and applies them afresh. Any fault
in reading or writing the cache only means applying them as before. The folder is the user's
own: whoever can write there can already change the program's files (the checklists are kept
there as a pickle, services.checklist_cache).

Kept with ``marshal`` (built into the interpreter, frozensets and all), not JSON: importing
``json`` cost the window's start-up ~1 ms, and nothing else on its way to the first screen
needs it. A file another Python version wrote that this one cannot read is applied afresh.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import migrations

Tables = dict[str, frozenset[str]]
# Besides tables: index and trigger -> its SQL, under "index:NAME" / "trigger:NAME" with the
# SQL as the one "column". A step may add only an index or change only a trigger (0013, 0014
# of this branch); a file whose version number is damaged shows the later step's objects.
_OBJECTS = "SELECT type || ':' || name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"


def _key(version: int) -> str:
    parts = [f"schema {version}".encode()]
    for step in migrations.migrations()[:version]:
        parts.append(f"\0{step.name}\0".encode())
        parts.append(step.path.read_bytes() if step.path is not None else step.sql.encode())
    return _hex_digest(b"".join(parts))


def _hex_digest(data: bytes) -> str:
    """BLAKE2b from Python's own copy, which needs no OpenSSL: importing ``hashlib`` loads
    OpenSSL's libcrypto (~3 ms CPU), which neither the window's first screen nor an import of
    a file otherwise needs. A Python built without it uses hashlib's SHA-256."""
    try:
        from _blake2 import blake2b
    except ImportError:
        from hashlib import sha256

        return sha256(data).hexdigest()[:32]
    return blake2b(data, digest_size=16).hexdigest()


def cached_tables(version: int, compute: Callable[[], Tables]) -> Tables:
    """``compute()``'s answer for ``version``, from the cache when it holds it."""
    from ..paths import cache_dir

    try:
        target = cache_dir() / f"schema3-{version}={_key(version)}.marshal"
    except OSError:
        return compute()
    try:
        raw = marshal.loads(target.read_bytes())
        return {str(table): frozenset(str(c) for c in columns) for table, columns in raw.items()}
    except (OSError, ValueError, EOFError, AttributeError, TypeError):
        pass
    tables = compute()
    _keep(target, tables)
    return tables


def _keep(target: Path, tables: Tables) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=".schema-", suffix=".partial")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(tables))
        os.replace(name, target)  # whole or not at all: another process may read it meanwhile
    except OSError:
        try:
            os.unlink(name)
        except (OSError, UnboundLocalError):
            pass


def applied_in_memory(version: int) -> Tables:
    """The schema at ``version``, by applying the steps to an empty database in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.apply_pending(conn, 0, upto=version)  # SQL and Python steps alike
        return schema_of(conn)
    finally:
        conn.close()


# Every table with its columns in one statement (a query per table cost a millisecond at each
# open); LEFT JOIN keeps a table even if it listed no column. Every column of table_info
# (cid, name, type, notnull, dflt_value, pk) is read, not only the name: text in the schema
# that is not UTF-8 (a damaged file) then fails here, as a damaged file.
_COLUMNS = "SELECT m.name, p.* FROM sqlite_master AS m LEFT JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"


def schema_of(conn: sqlite3.Connection) -> Tables:
    """Table -> its column names, and index or trigger (see _OBJECTS) -> its SQL."""
    columns: dict[str, set[str]] = {}
    for table, _cid, column, *_rest in conn.execute(_COLUMNS):
        names = columns.setdefault(table, set())
        if column is not None:
            names.add(column)
    found = {table: frozenset(names) for table, names in columns.items()}
    found.update({name: frozenset([sql]) for name, sql in conn.execute(_OBJECTS)})
    return found
