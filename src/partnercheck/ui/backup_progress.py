"""Progress of a backup (before an upgrade, or made by hand): a database with hundreds of MB
of evidence takes seconds to copy, and a window that freezes that long looks crashed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget


@contextmanager
def backup_progress(parent: QWidget | None) -> Iterator[Callable[[int, int], None]]:
    """A callback for store.backups (pages copied, pages in all). The dialog is made at the
    first step (opening a database that needs no backup pays nothing) and appears only for a
    backup that takes longer than half a second; it cannot be cancelled (a backup half made is
    no backup) and blocks the window meanwhile."""
    dialogs: list[QProgressDialog] = []

    def step(done: int, total: int) -> None:
        if not dialogs:
            # Imported here: every start opens a database, and importing QProgressDialog makes
            # PySide6 create it and QDialog with their enums (~0.3 ms of CPU) for nothing.
            from PySide6.QtWidgets import QProgressDialog

            text = QCoreApplication.translate("BackupProgress", "Making a backup of the database…")
            dialog = QProgressDialog(text, "", 0, 1000, parent)
            dialog.setCancelButton(None)  # Qt documents None as "no button"
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialogs.append(dialog)
        dialogs[0].setValue(int(1000 * done / total) if total else 1000)
        QCoreApplication.processEvents()

    try:
        yield step
    finally:
        for dialog in dialogs:
            dialog.reset()  # stops its timer: it never shows after the backup is done
            dialog.close()
            dialog.deleteLater()
