"""Journals SQLite never makes, planted beside a healthy database: a named pipe (reading it,
to judge it, waited for a writer for ever: the command and the window hung at the open), and
a link to a file elsewhere (SQLite refuses to open a linked journal, but said only "unable to
open database file", naming neither the journal nor why). Both are refused with one line
naming the database and the journal; nothing changes anywhere."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest
from damage_helpers import copy_database, fingerprint, template, wal_with_frames

from partnercheck.cli import main


@pytest.fixture
def healthy(tmp_path_factory, tmp_path, new_assessment):
    return copy_database(template(tmp_path_factory, new_assessment), tmp_path / "healthy" / "partnercheck.sqlite3")


def _state_in_a_process(db):  # type: ignore[no-untyped-def]
    """`partnercheck state 1 review` on ``db`` in a process of its own: a hang on a pipe beside
    the database fails the test instead of stopping the suite."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "partnercheck", "state", "1", "review", "--db", str(db), "--lang", "en"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("opening a database with a pipe beside it waited for a writer")


@pytest.mark.slow  # a process of its own, so a hang is a failure and not a stuck suite
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("suffix", ["-wal", "-journal"])
def test_a_pipe_planted_as_a_journal_is_refused_at_once(healthy, suffix):
    os.mkfifo(healthy.with_name(healthy.name + suffix))
    before = fingerprint(healthy)
    result = _state_in_a_process(healthy)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert f"{healthy.name}{suffix}" in result.stderr and "not a regular file" in result.stderr
    assert fingerprint(healthy) == before


@pytest.mark.slow  # a process of its own, so a hang is a failure and not a stuck suite
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_planted_as_the_shared_memory_file_is_refused_at_once_naming_it(healthy):
    """A pipe as NAME-shm: SQLite said only "disk I/O error" (naming neither file) and left an
    empty -wal beside the database. Now it is refused before SQLite is asked, and never opened."""
    shm = healthy.with_name(healthy.name + "-shm")
    os.mkfifo(shm)
    before = fingerprint(healthy)
    result = _state_in_a_process(healthy)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert f"{shm} beside it is not a regular file (a folder, pipe or device)" in result.stderr
    assert f"move {shm.name} out of the way (it holds no data)" in result.stderr and "I/O error" not in result.stderr
    assert fingerprint(healthy) == before
    assert sorted(p.name for p in healthy.parent.iterdir()) == [healthy.name, shm.name]  # no -wal made beside it


@pytest.mark.parametrize("suffix", ["-shm", "-wal", "-journal"])
@pytest.mark.parametrize("command", [("list",), ("state", "1", "review")])
def test_a_folder_planted_as_a_side_file_is_refused_naming_it(healthy, suffix, command, capsys):
    """A folder as NAME-shm let a reading command work and made a writing one say "the database
    file cannot be written (read-only file or folder)", a wrong lead; as -wal or -journal it was
    called a journal that "does not fit". Now each says what is there, naming it."""
    side = healthy.with_name(healthy.name + suffix)
    side.mkdir()
    before = fingerprint(healthy)
    code = main([*command, "--db", str(healthy), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"{side} beside it is not a regular file (a folder, pipe or device)" in err
    assert fingerprint(healthy) == before and side.is_dir()


def test_a_link_planted_as_the_shared_memory_file_is_refused_and_its_target_stays(healthy, tmp_path, capsys):
    """SQLite refused it with "unable to open database file", naming neither file."""
    victim = tmp_path / "iemands-bestand"
    victim.write_bytes(b"not SQLite's\n")
    shm = healthy.with_name(healthy.name + "-shm")
    shm.symlink_to(victim)
    code = main(["--lang", "nl", "state", "1", "review", "--db", str(healthy)])
    err = capsys.readouterr().err
    assert code == 2 and f"{shm} ernaast is een koppeling naar een ander bestand, die SQLite niet volgt" in err, err
    assert victim.read_bytes() == b"not SQLite's\n" and shm.is_symlink()


def test_a_journal_that_is_a_link_to_a_file_elsewhere_is_refused_and_that_file_stays(healthy, tmp_path, capsys):
    # The link points at a real write-ahead log of this very database, kept elsewhere: it
    # fits, so only its being a link can be the reason to refuse it.
    conn, wal = wal_with_frames(healthy)
    elsewhere = tmp_path / "elders" / "iemands-bestand"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(wal.read_bytes())
    conn.close()  # checkpoints and removes the database's own -wal
    healthy.with_name(healthy.name + "-wal").symlink_to(elsewhere)
    content = hashlib.sha256(elsewhere.read_bytes()).hexdigest()
    database = hashlib.sha256(healthy.read_bytes()).hexdigest()

    code = main(["state", "1", "review", "--db", str(healthy)])

    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"{healthy.name}-wal" in err and "link" in err
    assert hashlib.sha256(elsewhere.read_bytes()).hexdigest() == content, "the file the link points at is untouched"
    assert hashlib.sha256(healthy.read_bytes()).hexdigest() == database
    assert healthy.with_name(healthy.name + "-wal").is_symlink()


def test_judging_a_file_that_vanished_meanwhile_creates_no_file(tmp_path):
    # Between the look at the file (its header) and SQLite's open, another program may remove
    # it; SQLite's default mode would then create an empty database under its name, a 0-byte
    # file PartnerCheck promises never to leave.
    from partnercheck.store.errors import StoreError
    from partnercheck.store.inspection import _check_file

    gone = tmp_path / "weg.sqlite3"
    with pytest.raises(StoreError):
        _check_file(gone, gone, quick=True)
    assert not gone.exists()
