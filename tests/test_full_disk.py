"""A database on a disk that is really full: no space for SQLite's -shm, so not even reading
works. The user must be told the disk is full (free some space), not sent to look for a
failing drive, and the database must stay as it was.

A real full disk needs a small file system of its own: a tmpfs mounted in a mount namespace
(unshare(1)); the test is skipped where that cannot be had.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest
from damage_helpers import build_database

from partnercheck.store.errors import DiskFullError, DiskIOError, io_error


def _full_disk_run(database, argv):
    """Run ``partnercheck ARGV --db DISK/NAME`` with a copy of ``database`` on a 1 MiB tmpfs
    that is then filled to the last byte; returns (exit status, stderr, sha256 before, after)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare(1) is not available for a file system of its own")
    disk = database.parent / "full-disk"
    disk.mkdir()
    copy = disk / database.name
    script = (
        'mount -t tmpfs -o size=1m tmpfs "$1" || exit 99\n'
        'cp "$2" "$3" && sha256sum "$3" >&3\n'
        'dd if=/dev/zero of="$1/fill" bs=4k 2>/dev/null\n'
        'shift 3\n"$@" >/dev/null; echo "exit $?" >&3\n'
        'sha256sum "${COPY}" >&3\n'
    )
    command = [unshare, "-m", "sh", "-c", f"exec 3>&1 1>&2; COPY='{copy}'; {script}", "sh", str(disk), str(database), str(copy)]
    result = subprocess.run([*command, sys.executable, "-m", "partnercheck", *argv, "--db", str(copy)], capture_output=True, text=True, timeout=120)
    if result.returncode == 99:
        pytest.skip("cannot mount a tmpfs here: " + result.stderr.strip())
    before, status, after = result.stdout.splitlines()
    return int(status.split()[1]), result.stderr, before.split()[0], after.split()[0]


@pytest.mark.slow  # a process of its own
@pytest.mark.parametrize("argv", [["list"], ["state", "1", "review"]])
def test_a_database_on_a_full_disk_is_said_to_be_on_a_full_disk_and_stays(tmp_path, new_assessment, argv):
    database = build_database(tmp_path / "partnercheck.sqlite3", new_assessment, count=2)
    expected = hashlib.sha256(database.read_bytes()).hexdigest()
    code, err, before, after = _full_disk_run(database, [*argv, "--lang", "en"])
    assert before == expected
    assert code == 2 and err.count("\n") == 1, err
    assert "the disk is full" in err and "I/O error" not in err
    assert after == before


def test_an_io_error_with_space_to_spare_stays_an_io_error(tmp_path):
    assert isinstance(io_error(tmp_path / "partnercheck.sqlite3"), DiskIOError)
    assert not isinstance(io_error(tmp_path / "partnercheck.sqlite3"), DiskFullError)


_CREATE_ON_SMALL_DISKS = """
import contextlib, gc, io, json, os, sqlite3, subprocess, sys
from partnercheck.cli import main
disk, source, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
results = []
for size in sizes:
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}k", "tmpfs", disk]).returncode:
        sys.exit(99)
    db = os.path.join(disk, "new.sqlite3")
    with contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(["--lang", "en", "import", source, "--db", db])
    gc.collect()  # a connection the failed command's traceback held: a process's end closes it
    left = sorted(os.listdir(disk))
    try:
        rows = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute("SELECT count(*) FROM assessment").fetchone() if left else None
    except sqlite3.Error as exc:
        rows = str(exc)
    results.append((size, code, left, err.getvalue(), rows))
    subprocess.run(["umount", "-l", disk], check=True)
print(json.dumps(results))
"""


@pytest.mark.slow  # a process of its own
def test_a_new_database_on_a_full_disk_is_not_left_half_made(tmp_path, new_assessment, capfd):
    """Creating a database on a disk with room for the file but not for opening it (SQLite's
    -shm): the file was left, empty, with an empty -wal and a cut -shm beside it, though the
    user was told the disk was full. Now the file made is taken back: on a disk of every size
    around the database's, either the import succeeds or nothing at all is left, and the message
    says no database was created."""
    from partnercheck.domain.interchange import dumps
    from partnercheck.store.database import open_database

    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare(1) is not available for a file system of its own")
    probe = open_database(tmp_path / "probe.sqlite3")
    probe.conn.close()
    size_k = (tmp_path / "probe.sqlite3").stat().st_size // 1024
    source = tmp_path / "in.json"
    source.write_text(dumps(new_assessment), encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    sizes = [str(size_k + step) for step in [*range(-8, 48, 4), *range(64, 320, 64)]]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [unshare, "-m", sys.executable, "-c", _CREATE_ON_SMALL_DISKS, str(disk), str(source), *sizes]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if done.returncode == 99:
        pytest.skip("cannot mount a tmpfs here")
    assert done.returncode == 0, done.stderr

    results = json.loads(done.stdout.splitlines()[-1])
    outcomes = set()
    for size, code, left, err, rows in results:
        if code == 0:
            outcome = "imported"
            assert left == ["new.sqlite3"] and rows == [1], (size, left, rows)
        elif not left:
            outcome = "not created"
            assert code == 2 and "the disk is full, so no database was created; nothing was left behind" in err, (size, err)
        else:
            # Made and opened whole, then the import's own write found the disk full: a sound,
            # empty database, as File › New database leaves; the message is about the change.
            outcome = "not imported"
            assert code == 2 and left == ["new.sqlite3"] and rows == [0] and "the last change was not saved" in err, (size, left, err)
        outcomes.add(outcome)
    assert {"imported", "not created"} <= outcomes, results  # both sides of the edge were tried


def test_the_database_not_created_is_said_in_dutch_at_the_command_line(tmp_path):
    from partnercheck.cli import words
    from partnercheck.cli.explain import explained
    from partnercheck.store.errors import NotCreatedDiskFullError

    words.use("nl")
    try:
        line = explained("import", NotCreatedDiskFullError(tmp_path / "nieuw.sqlite3"))
    finally:
        words.use("en")
    assert line == (
        f"{tmp_path / 'nieuw.sqlite3'}: de schijf is vol, daarom is er geen database gemaakt; er is niets van achtergebleven. "
        "Maak ruimte vrij en probeer het opnieuw"
    )
