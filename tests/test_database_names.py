"""Database names the command line must not misread (issue 17, item 11): SQLite's special
':memory:', an empty --db, and names near the 255-byte limit. Each is one line, exit 2 and
nothing created; or, for a long name that fits, a database that works, backups included."""

from __future__ import annotations

import os

import pytest

from partnercheck.cli import main
from partnercheck.domain.interchange import dumps
from partnercheck.store.backups import list_backups
from partnercheck.workspace import open_store


@pytest.fixture
def source(tmp_path, new_assessment):
    path = tmp_path / "in" / "assessment.json"
    path.parent.mkdir()
    path.write_text(dumps(new_assessment), encoding="utf-8")
    return path


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("command", ["import", "list", "backups"])
def test_memory_is_refused_and_nothing_is_created(tmp_path, source, capsys, monkeypatch, command):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    args = [command, str(source)] if command == "import" else [command]
    code = main([*args, "--db", ":memory:"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and "':memory:'" in captured.err and "file name" in captured.err, captured.err
    assert _files(work) == []
    assert not (tmp_path / "default.sqlite3").exists()


@pytest.mark.parametrize("command", ["import", "list", "backups"])
def test_an_empty_db_is_refused_not_read_as_the_default(tmp_path, source, capsys, command):
    default = tmp_path / "default.sqlite3"  # $PARTNERCHECK_DB in every test (conftest)
    args = [command, str(source)] if command == "import" else [command]
    code = main([*args, "--db", ""])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and "--db ''" in captured.err
    assert not default.exists()


def test_a_name_beyond_the_limit_is_one_line_exit_2_and_nothing_created(tmp_path, source, capsys):
    folder = tmp_path / "db"
    folder.mkdir()
    # 258 bytes: more than a name may have; 248: the name fits, its '-journal' does not.
    for target in (folder / ("a" * 250 + ".sqlite3"), folder / ("a" * 240 + ".sqlite3")):
        code = main(["import", str(source), "--db", str(target)])
        captured = capsys.readouterr()
        assert code == 2 and captured.out == ""
        assert captured.err.count("\n") == 1 and "Traceback" not in captured.err and "too long" in captured.err
        assert _files(folder) == []


def test_the_store_refuses_memory_too(tmp_path, monkeypatch):
    # The window and every other caller go through open_database.
    from partnercheck.store import StoreError, open_database

    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="':memory:'"):
        open_database(":memory:")
    assert _files(tmp_path) == []


def test_a_name_near_the_limit_works_and_can_be_backed_up(tmp_path, source, capsys):
    folder = tmp_path / "db"
    target = folder / ("b" * 239 + ".sqlite3")  # 247 bytes: its -journal name still fits
    assert main(["import", str(source), "--db", str(target)]) == 0
    assert main(["backups", "--now", "--db", str(target)]) == 0
    capsys.readouterr()
    made = list_backups(target)
    assert len(made) == 1 and all(len(p.name.encode()) <= 255 for p in made)
    store = open_store(target)
    assert len(store.list_summaries()) == 1
    store.close()
    backup = made[0]
    assert main(["backups", "--restore", str(backup), "--db", str(target)]) == 0
    assert len(list_backups(target)) == 2  # the state before the restore was kept
    assert all(len(name.encode()) <= 255 for name in os.listdir(folder / "backups"))
