"""A database too damaged to open, with backups: the window says what is wrong, offers to
choose a backup, and puts it in place; the damaged file is kept beside it (issue 17)."""

from __future__ import annotations

import hashlib

from damage_helpers import build_database
from PySide6.QtWidgets import QMessageBox

from partnercheck.store.backups import make_backup
from partnercheck.store.restore import DAMAGED_INFIX
from partnercheck.ui import ask
from partnercheck.ui.backup_dialog import BackupDialog
from partnercheck.workspace import open_store


def _zero_page(db, page=3):
    data = bytearray(db.read_bytes())
    data[4096 * (page - 1) : 4096 * page] = bytes(4096)
    db.write_bytes(bytes(data))


def test_a_damaged_database_is_replaced_by_a_chosen_backup(window, tmp_path, new_assessment, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    db = build_database(tmp_path / "afdeling" / "partnercheck.sqlite3", new_assessment, count=3)
    store = open_store(db)
    make_backup(store.db.conn, db, "manual")
    store.close()
    _zero_page(db)
    damaged = hashlib.sha256(db.read_bytes()).hexdigest()
    confirmations: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, action: confirmations.append((title, text, action)) or True)

    assert not window.open_database(db)
    title, text, action = confirmations[-1]
    assert title == "Damaged database" and "There are backups of this database" in text and action == "&Choose a backup…"
    dialog = window.dialog
    assert isinstance(dialog, BackupDialog) and dialog.model.rowCount() == 1
    assert not dialog.backup_button.isVisible(), "nothing sound to copy"

    dialogs.answer = QMessageBox.StandardButton.Yes
    dialog.restore_selected()
    kind, title, question = dialogs.last()
    assert (kind, title) == ("question", "Restore a backup") and "kept beside it under a new name" in question
    assert window.store is not None and window.store.path == db
    assert window.list_page.model.rowCount() == 3
    kept = [p for p in db.parent.iterdir() if DAMAGED_INFIX in p.name]
    assert len(kept) == 1 and hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged
    assert "damaged database was kept as" in window.statusBar().currentMessage()


def test_without_backups_the_damage_is_only_explained(window, tmp_path, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    db = build_database(tmp_path / "los" / "partnercheck.sqlite3", new_assessment, count=2)
    _zero_page(db)
    assert not window.open_database(db)
    kind, title, _text = dialogs.last()
    assert (kind, title) == ("warning", "Damaged database")
    assert window.dialog is None
