"""Backups in the window: restoring one after asking, and the dialog naming why each was made."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from partnercheck.store.backups import backup_dir, list_backups, make_backup
from partnercheck.ui.backup_dialog import BackupDialog, backup_reason
from partnercheck.ui.i18n import install_translators, remove_translators

# -- backups ------------------------------------------------------------------------------------


def test_restore_a_backup_after_asking(qtbot, window, store, db_path, new_assessment, partnership, dialogs):  # type: ignore[no-untyped-def]
    kept_id = store.create(new_assessment)
    window.reload_list()
    assert window.files.make_backup() is not None
    new_assessment.partnership = replace(partnership, dutch_party="Gemeente Delft")
    later_id = store.create(new_assessment)
    window.reload_list()
    window.open_assessment(later_id)

    window.menus.backups_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    assert [row[1] for row in dialog.model.texts()] == ["Made by hand"]

    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("question", "Restore a backup")
    assert "current state is kept as a backup first" in text
    assert window.session is not None and store.exists(later_id)  # "No": nothing happened

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.store is not None and window.session is None
    assert [window.list_page.model.summary(r).id for r in range(window.list_page.model.rowCount())] == [kept_id]
    assert not store.exists(later_id)  # every connection sees the restored database
    assert [row[1] for row in dialog.model.texts()] == ["Before a backup was restored", "Made by hand"]
    assert "restored" in window.statusBar().currentMessage()
    assert dialogs.kinds() == ["question", "question"]  # no error


def test_backup_dialog_names_the_reasons(qtbot, window, store, db_path):  # type: ignore[no-untyped-def]
    dialog = window.files.show_backups()
    assert dialog.model.rowCount() == 0 and not dialog.empty_label.isHidden() and not dialog.restore_button.isEnabled()
    made = make_backup(store.db.conn, db_path, "v1")
    assert backup_reason(made) == "Before the database was updated (from format 1)"
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert len(list_backups(db_path)) == 2 and dialog.model.rowCount() == 2
    assert dialog.model.texts()[0][1] == "Made by hand"  # newest first
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "The backups in the folder “backups” cannot be listed: it is a file, not a folder: move or rename that file."),
        (
            "nl",
            "De reservekopieën in de map ‘backups’ kunnen niet worden getoond: "
            "het is een bestand, geen map: verplaats dat bestand of geef het een andere naam.",
        ),
    ],
)
def test_a_file_where_the_backups_folder_belongs_is_said_not_no_backups_yet(qapp, make_window, store, db_path, lang, said):  # type: ignore[no-untyped-def]
    """As `partnercheck backups` says it: "no backups yet" sent the user away from the file in the way."""
    folder = backup_dir(db_path)
    folder.write_text("not a folder")
    translators = install_translators(qapp, lang)
    try:
        window = make_window(lang=lang)
        dialog = window.files.show_backups()
        assert dialog.model.rowCount() == 0 and not dialog.empty_label.isHidden()
        assert dialog.empty_label.text() == said
    finally:
        remove_translators(qapp, translators)


def test_an_empty_backups_folder_still_says_none_yet(window, store, db_path):  # type: ignore[no-untyped-def]
    backup_dir(db_path).mkdir(exist_ok=True)
    dialog = window.files.show_backups()
    assert dialog.empty_label.text() == "There are no backups of this database yet."
