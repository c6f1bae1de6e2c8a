"""A backups folder PartnerCheck cannot use (a plain file under its name, a folder it may not
write) beside a sound database: what `backups --now` and an upgrade say. The folder is named,
not the database; the reason is one the user can act on, in the run's language; nothing changes."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from partnercheck.cli import main
from partnercheck.store.errors import BACKUP_REASONS

WORDS = {
    "en": ("no backup could be made there (is a file, not a folder: move or rename that file); nothing was changed"),
    "nl": (
        "daar kon geen reservekopie worden gemaakt (is een bestand, geen map: verplaats dat bestand of geef het een andere naam); "
        "er is niets gewijzigd"
    ),
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_backup_now_beside_a_file_named_backups_names_the_folder_and_changes_nothing(store, db_path, new_assessment, capsys, lang):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    store.close()
    folder = db_path.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("geen map", encoding="utf-8")
    before = _sha(db_path)
    capsys.readouterr()
    code = main(["backups", "--now", "--db", str(db_path), "--lang", lang])
    err = capsys.readouterr().err
    assert code == 2
    lines = [line for line in err.splitlines() if "backups" in line and "chmod" not in line]
    assert lines == [f"partnercheck backups: {folder}: {WORDS[lang]}"], err
    assert "File exists" not in err and "database" not in err.lower().replace("partnercheck", "")
    assert _sha(db_path) == before and folder.read_text(encoding="utf-8") == "geen map"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_upgrade_beside_a_file_named_backups_says_so_and_waits_for_its_backup(tmp_path, capsys, lang):  # type: ignore[no-untyped-def]
    db_path = tmp_path / "oud.sqlite3"
    shutil.copyfile(Path(__file__).parent / "data" / "released-v17.sqlite3", db_path)
    (tmp_path / "backups").write_text("geen map", encoding="utf-8")
    before = _sha(db_path)
    assert main(["list", "--db", str(db_path), "--lang", lang]) == 2
    assert f"{tmp_path / 'backups'}: {WORDS[lang]}" in capsys.readouterr().err
    assert _sha(db_path) == before, "no upgrade without its backup"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_folder_without_write_permission_is_said_so_in_dutch(store, db_path, capsys):  # type: ignore[no-untyped-def]
    store.close()
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o500)
    try:
        assert main(["backups", "--now", "--db", str(db_path), "--lang", "nl"]) == 2
    finally:
        folder.chmod(0o700)
    assert "daar kon geen reservekopie worden gemaakt (geen toestemming om daar te schrijven); er is niets gewijzigd" in capsys.readouterr().err


def test_every_reason_of_the_store_has_its_dutch_words():
    from partnercheck.catalogs import translate

    assert all(translate("nl", reason) != reason for reason in BACKUP_REASONS)


def test_a_permission_refused_is_told_as_such_even_where_the_test_runs_as_root(tmp_path):  # type: ignore[no-untyped-def]
    import errno

    from partnercheck.store.backups import _folder_reason

    assert _folder_reason(tmp_path, PermissionError(errno.EACCES, "Permission denied")) == "no permission to write there"
    assert _folder_reason(tmp_path, OSError(errno.EIO, "Input/output error")) == "Input/output error"  # the system's words


LISTED = {
    "en": "the backups cannot be listed (is a file, not a folder: move or rename that file)",
    "nl": "de reservekopieën kunnen niet worden getoond (is een bestand, geen map: verplaats dat bestand of geef het een andere naam)",
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_listing_beside_a_file_named_backups_says_so_not_that_there_are_none(store, db_path, capsys, lang):  # type: ignore[no-untyped-def]
    """`partnercheck backups` said "No backups of … yet." while a file held the folder's name:
    the officer would think none were ever made. It names the folder and why, exit 2."""
    store.close()
    folder = db_path.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("geen map", encoding="utf-8")
    capsys.readouterr()
    assert main(["backups", "--db", str(db_path), "--lang", lang]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines()[-1] == f"partnercheck backups: {folder}: {LISTED[lang]}", err
    assert folder.read_text(encoding="utf-8") == "geen map"


def test_listing_a_link_to_nowhere_names_it(store, db_path, capsys):  # type: ignore[no-untyped-def]
    store.close()
    folder = db_path.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.symlink_to(db_path.parent / "gone")
    assert main(["backups", "--db", str(db_path)]) == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert said == f"partnercheck backups: {folder}: the backups cannot be listed (is a link to a folder that is not there)"
    assert main(["backups", "--db", str(db_path), "--lang", "nl"]) == 2
    assert capsys.readouterr().err.endswith(": de reservekopieën kunnen niet worden getoond (is een koppeling naar een map die er niet is)\n")


def test_listing_without_a_backups_folder_or_with_an_empty_one_says_there_are_none_yet(store, db_path, capsys):  # type: ignore[no-untyped-def]
    store.close()
    folder = db_path.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    for lang, line in (("en", f"No backups of {db_path} yet."), ("nl", None)):
        capsys.readouterr()
        assert main(["backups", "--db", str(db_path), "--lang", lang]) == 0
        out = capsys.readouterr().out
        assert out.strip() == line if line else str(db_path) in out and "No backups" not in out
    folder.mkdir()
    assert main(["backups", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == f"No backups of {db_path} yet.\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder without read permission")
def test_listing_a_folder_that_may_not_be_read_says_so_in_dutch(store, db_path, capsys):  # type: ignore[no-untyped-def]
    store.close()
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o300)
    try:
        assert main(["backups", "--db", str(db_path), "--lang", "nl"]) == 2
    finally:
        folder.chmod(0o700)
    assert f"{folder}: de reservekopieën kunnen niet worden getoond (geen toestemming om daar te lezen)" in capsys.readouterr().err


def test_a_folder_that_may_not_be_read_is_told_as_such_even_where_the_test_runs_as_root(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    import errno

    from partnercheck.store import backups

    db = tmp_path / "p.sqlite3"
    (tmp_path / "backups").mkdir()
    assert backups.unlisted_reason(db) is None

    def refused(path):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(backups.os, "scandir", refused)
    assert backups.unlisted_reason(db) == backups.UNREADABLE == "no permission to read there"


def test_restore_of_an_empty_name_or_a_folder_is_refused_and_changes_nothing(store, db_path, new_assessment, capsys):  # type: ignore[no-untyped-def]
    """`--restore "$B"` with B unset listed the backups and said exit 0, as if restored; a
    folder given as the backup was said not to exist."""
    store.create(new_assessment)
    store.close()
    before = _sha(db_path)
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    capsys.readouterr()
    for lang, empty, not_a_file in (
        ("en", "--restore '': give the backup file to restore (partnercheck backups lists them)", "is not a file; give a backup file"),
        (
            "nl",
            "--restore '': geef de reservekopie die teruggezet moet worden (partnercheck backups toont ze)",
            "is geen bestand; geef een reservekopie",
        ),
    ):
        assert main(["backups", "--db", str(db_path), "--restore", "", "--lang", lang]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err.splitlines()[-1] == f"partnercheck backups: {empty}"
        assert main(["backups", "--db", str(db_path), "--restore", str(folder), "--lang", lang]) == 2
        assert f"partnercheck backups: {folder}: {not_a_file}" in capsys.readouterr().err
    assert _sha(db_path) == before and list(folder.iterdir()) == []


@pytest.mark.parametrize("kind", ["dangling", "loop"])
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "is a link that leads to no folder (its target is gone, or it points to itself): remove the link"),
        ("nl", "is een koppeling die naar geen map leidt (het doel is weg, of ze verwijst naar zichzelf): verwijder de koppeling"),
    ],
)
def test_a_link_named_backups_that_leads_nowhere_is_said_so(store, db_path, new_assessment, capsys, kind, lang, words):  # type: ignore[no-untyped-def]
    """The system's "File exists" again, even in Dutch, for a link whose target is gone (a
    backups folder on a USB stick) or that points to itself."""
    store.create(new_assessment)
    store.close()
    folder = db_path.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.symlink_to(db_path.parent / "usb" / "backups" if kind == "dangling" else folder)
    before = _sha(db_path)
    capsys.readouterr()
    assert main(["backups", "--now", "--db", str(db_path), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert f"{folder}: " in err and words in err and "File exists" not in err, err
    assert _sha(db_path) == before and folder.is_symlink()
