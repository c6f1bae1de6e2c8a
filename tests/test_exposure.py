"""A database other users can read is named: on the command line a note on stderr, in the
window a banner (POSIX mode bits; Windows ACLs are documented, not checked)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from partnercheck.services.exposure import Who, readable_by_others
from partnercheck.workspace import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX mode bits")


@pytest.fixture
def open_folder():
    """A folder every user may enter (pytest's own temporary folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="partnercheck-exposure-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def _database(folder: Path) -> Path:
    path = folder / "partnercheck.sqlite3"
    open_store(path).close()
    return path


def test_a_new_database_is_private(open_folder):
    path = _database(open_folder)
    assert path.stat().st_mode & 0o077 == 0
    assert readable_by_others(path) == []


@pytest.mark.parametrize(("mode", "who"), [(0o644, Who.OTHERS), (0o640, Who.GROUP), (0o600, None)])
def test_a_database_readable_by_others_is_named(open_folder, mode, who):
    path = _database(open_folder)
    path.chmod(mode)
    found = readable_by_others(path)
    assert [(f.path, f.who) for f in found] == ([(path, who)] if who else [])


def test_a_private_folder_keeps_a_readable_file_private(open_folder):
    inner = open_folder / "private"
    inner.mkdir(mode=0o700)
    path = _database(inner)
    path.chmod(0o644)
    assert readable_by_others(path) == []


def test_the_command_line_says_so(open_folder, capsys):
    from partnercheck.cli import main

    path = _database(open_folder)
    path.chmod(0o644)
    assert main(["list", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "every user" in err and "not encrypted" in err
    assert main(["list", "--db", str(path), "--lang", "nl"]) == 0  # in the run's language
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "alle gebruikers" in err and "niet versleuteld" in err
    path.chmod(0o600)
    assert main(["list", "--db", str(path)]) == 0
    assert capsys.readouterr().err == ""
