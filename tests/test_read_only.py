"""A database that cannot be written is opened read only ("Nothing lost, nothing touched").

A read-only file, folder or medium is still readable data: the reading commands work on it,
every write is refused with one clear line, and nothing at all is written: every byte of the
file stays, and no journal, -wal, -shm or backup folder appears beside it.

Root may write a ``chmod 444`` file, so these tests run the program in a subprocess without
root's permission override (setpriv(1)), or on a read-only bind mount in a mount namespace of
its own (unshare(1)); they are skipped where neither can be had.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from damage_helpers import build_database, fingerprint

from partnercheck.workspace import open_store

# Runs in the subprocess: each command through the command line's own entry point, then the
# store's API directly (its read-only reason, and a write refused).
DRIVER = textwrap.dedent(
    """
    import contextlib, io, json, sys
    from pathlib import Path
    from partnercheck.cli import main
    db, commands = sys.argv[1], json.loads(sys.argv[2])
    results = []
    for argv in commands:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*argv, "--db", db])
        results.append([code, out.getvalue(), err.getvalue()])
    store_api = None
    if commands:
        from partnercheck.domain.assessment import Answer
        from partnercheck.store.errors import StoreError
        from partnercheck.workspace import open_store
        try:
            store = open_store(Path(db))
        except StoreError as exc:
            store_api = {"open": str(exc)}
        else:
            reason = store.read_only.value if store.read_only else None
            question = store.library.active.questions[0]
            try:
                store.save_answer(1, question.id, Answer(question.options[0].value, "x"))
                write = "saved"
            except StoreError as exc:
                write = [type(exc).__name__, str(exc)]
            store.close()
            store_api = {"reason": reason, "write": write}
    print(json.dumps({"results": results, "store": store_api}))
    """
)

READING = [
    ["list", "--json"],
    ["score", "1", "--json"],
    ["export", "1"],
    ["history", "1", "--json"],
    ["diff", "1", "2"],
]
WRITING = [
    ["state", "1", "review"],
    ["delete", "1"],
    ["revise", "1"],
    ["backups", "--now"],
]


def _everything(folder: Path) -> list[str]:
    """Every file and folder under ``folder``."""
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def _unprivileged() -> list[str]:
    """A command prefix under which file permissions bind (root ignores chmod otherwise)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv(1) is not available to drop root's permission override")
    caps = "-dac_override,-dac_read_search"
    prefix = [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot drop capabilities here: " + probe.stderr.decode(errors="replace").strip())
    return prefix


def _drive(prefix: list[str], db: Path, commands: list[list[str]], cwd: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([*prefix, sys.executable, "-c", DRIVER, str(db), json.dumps(commands)], capture_output=True, text=True, env=env, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def database(tmp_path, new_assessment) -> Path:
    """A small real database: three assessments, every question answered, checkpointed."""
    return build_database(tmp_path / "share" / "partnercheck.sqlite3", new_assessment, count=3)


def _check_readable(outcome: dict, reason: str, out_dir: Path) -> None:
    results = outcome["results"]
    for argv, (code, out, err) in zip(READING, results, strict=False):
        assert code == 0, (argv, err)
        assert out and err == ""
    assert len(json.loads(results[0][1])) == 3
    assert json.loads(results[1][1])["overall"]
    assert '"answers"' in results[2][1]
    code, out, err = results[len(READING)]
    assert code == 0, err
    assert (out_dir / "report.pdf").read_bytes().startswith(b"%PDF")
    for argv, (code, out, err) in zip(WRITING, results[len(READING) + 1 :], strict=True):
        assert code == 2, (argv, out, err)
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err
        assert f"is open read only ({reason})" in err, err
    store = outcome["store"]
    assert store["reason"] == reason
    assert store["write"][0] == "ReadOnlyDatabaseError" and f"({reason})" in store["write"][1]


def _commands(out_dir: Path) -> list[list[str]]:
    return [*READING, ["report", "1", "--out", str(out_dir / "report.pdf")], *WRITING]


@pytest.mark.slow  # a process of its own
def test_a_read_only_file_is_read_and_nothing_is_written(database, tmp_path):
    prefix = _unprivileged()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before, files = fingerprint(database), _everything(database.parent)
    database.chmod(0o444)
    try:
        outcome = _drive(prefix, database, _commands(out_dir), tmp_path)
    finally:
        database.chmod(0o644)
    _check_readable(outcome, "read-only file", out_dir)
    assert fingerprint(database) == before
    assert _everything(database.parent) == files, "no journal, -wal, -shm or backups beside it"


@pytest.mark.slow  # a process of its own
def test_a_database_in_a_read_only_folder_is_read_and_nothing_is_written(database, tmp_path):
    prefix = _unprivileged()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before, files = fingerprint(database), _everything(database.parent)
    database.parent.chmod(0o555)
    try:
        outcome = _drive(prefix, database, _commands(out_dir), tmp_path)
    finally:
        database.parent.chmod(0o755)
    _check_readable(outcome, "read-only folder", out_dir)
    assert fingerprint(database) == before
    assert _everything(database.parent) == files


def _read_only_mount(source: Path, target: Path) -> list[str]:
    """A prefix that runs a command with ``source`` bind-mounted read-only at ``target``."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare(1) is not available for a read-only mount")
    target.mkdir()
    mount = f"mount --bind '{source}' '{target}' && mount -o remount,bind,ro '{target}'"
    probe = subprocess.run([unshare, "-m", "sh", "-c", f"{mount} && ! touch '{target}/probe' 2>/dev/null"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot make a read-only mount here: " + probe.stderr.decode(errors="replace").strip())
    return [unshare, "-m", "sh", "-c", f'{mount} && exec "$@"', "sh"]


@pytest.mark.slow  # a process of its own
def test_a_database_on_a_read_only_medium_is_read_and_nothing_is_written(database, tmp_path):
    medium = tmp_path / "usb-stick"
    prefix = _read_only_mount(database.parent, medium)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before, files = fingerprint(database), _everything(database.parent)
    outcome = _drive(prefix, medium / database.name, _commands(out_dir), tmp_path)
    _check_readable(outcome, "read-only medium or share", out_dir)
    assert fingerprint(database) == before
    assert _everything(database.parent) == files


@pytest.mark.slow  # a process of its own
def test_restoring_a_backup_into_a_read_only_database_is_refused(database, tmp_path):
    prefix = _unprivileged()
    store = open_store(database)
    backup = store.backup()
    store.close()
    before, files = fingerprint(database), _everything(database.parent)
    database.chmod(0o444)
    try:
        outcome = _drive(prefix, database, [["backups", "--restore", str(backup)]], tmp_path)
    finally:
        database.chmod(0o644)
    [(code, out, err)] = outcome["results"]
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "is open read only (read-only file)" in err
    assert fingerprint(database) == before and _everything(database.parent) == files


@pytest.mark.slow  # a process of its own
def test_an_older_schema_that_cannot_be_written_is_refused_saying_it_needs_a_writable_copy(tmp_path, new_assessment):
    from test_trust import _make_version_1_database

    prefix = _unprivileged()
    old = tmp_path / "old" / "partnercheck.sqlite3"
    old.parent.mkdir()
    _make_version_1_database(old, new_assessment)
    before, files = fingerprint(old), _everything(old.parent)
    old.chmod(0o444)
    try:
        outcome = _drive(prefix, old, [["list"]], tmp_path)
    finally:
        old.chmod(0o644)
    [(code, out, err)] = outcome["results"]
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert "older PartnerCheck (schema 1)" in err and "must be upgraded" in err and "writable folder" in err
    assert str(old) in err
    assert fingerprint(old) == before and _everything(old.parent) == files


@pytest.mark.slow  # a process of its own
def test_an_unfinished_journal_beside_a_read_only_file_is_refused_and_both_stay(database, tmp_path):
    prefix = _unprivileged()
    # The database's own -wal, left by a program killed before its checkpoint.
    script = textwrap.dedent(
        """
        import os, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE assessment SET assessor = 'na de crash'")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script, str(database)], check=True)
    before, files = fingerprint(database), _everything(database.parent)
    database.chmod(0o444)
    try:
        outcome = _drive(prefix, database, [["list"]], tmp_path)
    finally:
        database.chmod(0o644)
    [(code, out, err)] = outcome["results"]
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "unfinished change in partnercheck.sqlite3-wal" in err and "read-only file" in err
    assert fingerprint(database) == before and _everything(database.parent) == files


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only root may write a chmod 444 file")
def test_root_may_write_a_chmod_444_file_so_it_opens_read_write(database, new_assessment):
    database.chmod(0o444)
    try:
        store = open_store(database)
        assert store.read_only is None
        store.create(replace(new_assessment, assessor="root"))
        store.close()
    finally:
        database.chmod(0o644)
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == 4
    conn.close()
