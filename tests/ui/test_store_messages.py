"""What the window says when the store refuses a file or a change: the right words for each
store error (not "the database reported a problem"), and never a silent revert of a change
made in another window."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from partnercheck.domain.assessment import Action, PartnershipStatus
from partnercheck.store.errors import BadBackupError, DatabaseLockedError, DiskIOError, EmptyFileError, ForeignJournalError
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.messages import describe, message_table
from partnercheck.workspace import open_store


def _files(db: Path) -> dict[str, bytes | None]:
    return {s: (p.read_bytes() if (p := db.with_name(db.name + s)).exists() else None) for s in ("", "-wal", "-journal")}


def test_an_empty_file_opened_in_the_window_is_explained_and_left_alone(window, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    empty = tmp_path / "leeg.sqlite3"
    empty.write_bytes(b"")
    before = window.store.path
    assert not window.open_database(empty)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Empty file")
    assert "“leeg.sqlite3” is an empty file (0 bytes)" in text and "left untouched" in text
    assert "backup" not in text.lower()  # nothing to restore: the file is not damaged
    assert empty.read_bytes() == b"" and window.store.path == before


def test_a_foreign_journal_beside_a_database_is_explained_and_both_stay(window, tmp_path, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    healthy, other = tmp_path / "a" / "breda.sqlite3", tmp_path / "b" / "other.sqlite3"
    for path, count in ((healthy, 30), (other, 3)):
        path.parent.mkdir()
        store = open_store(path)
        store.create_many([new_assessment] * count)
        store.close()
    conn = sqlite3.connect(other, isolation_level=None)  # a change that stays in other's -wal
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE assessment SET assessor = assessor || ' (wal)'")
    healthy.with_name("breda.sqlite3-wal").write_bytes(other.with_name("other.sqlite3-wal").read_bytes())
    conn.close()
    before = _files(healthy)
    assert not window.open_database(healthy)
    kind, title, text = dialogs.last()
    assert title == "Database not opened"
    assert "journal file “breda.sqlite3-wal”" in text and "Both files were left untouched" in text and "ask IT" in text
    assert "restore" not in text.lower()
    assert _files(healthy) == before


def test_each_newer_store_error_has_its_own_words(qapp, ui_lang, tmp_path):  # type: ignore[no-untyped-def]
    db = tmp_path / "partnercheck.sqlite3"
    generic = "The database reported a problem"
    cases = {
        "Empty file": EmptyFileError(db),
        "Database not opened": ForeignJournalError(db, db.with_name("partnercheck.sqlite3-wal")),
        "Disk error": DiskIOError(db),
        "Backup not restored": BadBackupError(tmp_path / "old.sqlite3", "it is not a PartnerCheck database"),
        "Database busy": DatabaseLockedError(),
    }
    for expected, exc in cases.items():
        title, text = describe(exc)
        assert title == expected and generic not in text, (expected, text)
        if not isinstance(exc, BadBackupError):
            assert "restore" not in text.lower(), text  # only real damage suggests a backup
    assert "not known to be damaged" in describe(DiskIOError(db))[1]
    assert "Choose another backup" in describe(cases["Backup not restored"])[1]


def test_the_newer_store_errors_in_dutch(qapp, tmp_path):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    try:
        db = tmp_path / "partnercheck.sqlite3"
        assert describe(EmptyFileError(db))[0] == "Leeg bestand"
        assert "‘partnercheck.sqlite3’ is een leeg bestand" in describe(EmptyFileError(db))[1]
        assert describe(ForeignJournalError(db, db.with_name("x-wal")))[0] == "Database niet geopend"
        assert describe(DiskIOError(db))[0] == "Schijffout"
        assert describe(BadBackupError(db, "x"))[0] == "Reservekopie niet teruggezet"
        assert "Er is niets gewijzigd" in describe(DatabaseLockedError())[1]
    finally:
        remove_translators(qapp, translators)


# -- changes made in another window are not reverted -----------------------------------------


def test_partnership_details_changed_elsewhere_are_not_reverted(window, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    window.open_assessment(assessment_id)
    dialog = window.assessments.edit_details()
    # Meanwhile another window changes the status.
    elsewhere = dataclasses.replace(new_assessment.partnership, status=PartnershipStatus.DORMANT)
    store.update_partnership(assessment_id, elsewhere)
    dialog.counterpart_edit.setText("Yangzhou (扬州)")
    dialog.accept()
    assert dialogs.last()[1] == "Changed elsewhere"
    text = dialogs.last()[2]  # it names what conflicted: the details, not an answer or a note
    assert text.startswith("The partnership details were changed") and "note" not in text and "answer" not in text
    assert store.get(assessment_id).partnership == elsewhere  # the other window's change stands
    assert window.session.assessment.partnership == elsewhere  # and the window shows it now
    # Edited again from what is stored now, the change is saved.
    dialog = window.assessments.edit_details()
    dialog.counterpart_edit.setText("Yangzhou (扬州)")
    dialog.accept()
    stored = store.get(assessment_id).partnership
    assert (stored.counterpart, stored.status) == ("Yangzhou (扬州)", PartnershipStatus.DORMANT)


def test_an_action_changed_elsewhere_is_not_reverted(window, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(dataclasses.replace(new_assessment, actions=[Action("Bel de ambassade", "Piet")]))
    window.reload_list()
    page = window.open_assessment(assessment_id)
    action_page = page.action_page
    action_page.view.selectRow(0)
    dialog = action_page.edit_selected()
    stored = store.get(assessment_id).actions[0]
    store.update_action(dataclasses.replace(stored, owner="Marieke"))  # another window
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(QDate(2027, 3, 1))
    dialog.accept()
    assert dialogs.last()[1] == "Changed elsewhere"
    text = dialogs.last()[2]
    assert text.startswith("This action was changed or removed") and "note" not in text and "answer" not in text
    assert store.get(assessment_id).actions[0].owner == "Marieke"
    assert window.session.assessment.actions[0].owner == "Marieke"


def test_store_refuses_stale_partnership_and_action_edits(store, new_assessment):  # type: ignore[no-untyped-def]
    from partnercheck.store.errors import ConflictError

    assessment_id = store.create(dataclasses.replace(new_assessment, actions=[Action("Bel")]))
    seen = store.get(assessment_id)
    changed = dataclasses.replace(seen.partnership, since=2015)
    store.update_partnership(assessment_id, changed, expected=seen.partnership)
    with pytest.raises(ConflictError):
        store.update_partnership(assessment_id, dataclasses.replace(seen.partnership, counterpart="X"), expected=seen.partnership)
    with pytest.raises(ConflictError):
        store.update_partnership(assessment_id, changed, "B. Jansen", expected=changed, expected_assessor="iemand anders")
    assert store.get(assessment_id).partnership == changed
    action = seen.actions[0]
    store.update_action(dataclasses.replace(action, owner="Piet"), expected=action)
    with pytest.raises(ConflictError):
        store.update_action(dataclasses.replace(action, text="Mail"), expected=action)
    store.delete_action(action.id)
    with pytest.raises(ConflictError):
        store.update_action(dataclasses.replace(action, text="Mail"), expected=action)


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": "partnercheck-assessment", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"format": "partnercheck-assessment", "assessor": "\\u0000A"}',
        b'{"format": "partnercheck-assessment", "assessor": "\\ud800"}',
    ],
    ids=["nested 5000 deep", "NUL", "lone surrogate"],
)
def test_file_import_of_a_hostile_file_says_so_in_the_window(window, tmp_path, dialogs, content):  # type: ignore[no-untyped-def]
    path = tmp_path / "vijandig.json"
    path.write_bytes(content)
    dialogs.open_path = str(path)
    assert window.files.import_file() is None
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "File not imported")
    assert "vijandig.json" in text and "Nothing was imported" in text
    assert window.list_page.model.rowCount() == 0


def test_the_message_table_puts_every_kind_before_its_base():  # type: ignore[no-untyped-def]
    """describe() takes the first row that matches: a base class above its subclass would hide
    the subclass's message (EmptyFileError is a NotADatabaseError)."""
    table = message_table()
    for i, (kind, _builder) in enumerate(table):
        hidden_by = [earlier.__name__ for earlier, _ in table[:i] if issubclass(kind, earlier)]
        assert not hidden_by, f"{kind.__name__} comes after {hidden_by}"


def test_every_store_error_has_its_own_message():  # type: ignore[no-untyped-def]
    from partnercheck.store import errors

    kinds = {kind for kind, _builder in message_table()}
    leaves = [
        cls
        for cls in vars(errors).values()
        if isinstance(cls, type)
        and issubclass(cls, errors.StoreError)
        and not any(issubclass(other, cls) and other is not cls for other in vars(errors).values() if isinstance(other, type))
    ]
    assert leaves and not [cls.__name__ for cls in leaves if cls not in kinds]


def test_a_database_not_created_for_a_full_disk_says_so_in_both_languages(qapp, ui_lang, tmp_path):  # type: ignore[no-untyped-def]
    """Not "the last change could not be saved; what you entered is still on screen": nothing was
    being changed, a new database was being made (store.database takes the file back)."""
    from partnercheck.store.errors import NotCreatedDiskFullError

    exc = NotCreatedDiskFullError(tmp_path / "nieuw.sqlite3")
    assert describe(exc) == (
        "Disk full",
        "The disk is full, so the database “nieuw.sqlite3” could not be created; nothing of it was left behind. "
        "Free some disk space (or ask IT) and try again.",
    )
    translators = install_translators(qapp, "nl")
    try:
        assert describe(exc)[1].startswith("De schijf is vol, daarom kon de database “nieuw.sqlite3” niet worden gemaakt")
    finally:
        remove_translators(qapp, translators)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_as_the_shared_memory_file_is_named_in_the_window(window, tmp_path, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    import os

    other = tmp_path / "b" / "breda.sqlite3"
    other.parent.mkdir()
    store = open_store(other)
    store.create(new_assessment)
    store.close()
    os.mkfifo(other.with_name("breda.sqlite3-shm"))
    before = window.store.path
    assert not window.open_database(other)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Database not opened")
    assert text == (
        "“breda.sqlite3” was not opened: “breda.sqlite3-shm” beside it is not a regular file (it is a folder, a pipe or a device), "
        "and SQLite keeps a file of its own there. The database was left untouched. "
        "Move “breda.sqlite3-shm” out of the way (it holds no data) and try again."
    )
    assert window.store.path == before
