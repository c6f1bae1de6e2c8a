"""A database on a disk that is really full: no space for SQLite's -shm, so not even reading
works. The user must be told the disk is full (free some space), not sent to look for a
failing drive, and the database must stay as it was.

A real full disk needs a small file system of its own: a tmpfs mounted in a mount namespace
(unshare(1)); the test is skipped where that cannot be had.
"""

from __future__ import annotations

import hashlib
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
