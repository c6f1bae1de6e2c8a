"""The database's backups, newest first: restore one, or make one now.

PartnerCheck copies the database before each update of its format and before each restore
(store/backups.py); the dialog names each copy by date and reason. The main window does the
restoring, after asking.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from . import ask, colours
from .database_file_messages import backups_unlisted
from .dates import local_time_text
from .text_table import Cell, TextTableModel, fit_to_screen, text_table

# Since issue 17 the time is UTC, marked Z (store/backups.py); older names are local time.
_NAME = re.compile(r"-(\d{8}-\d{6})(Z?)-\d+-(.+?)(?:-\d+)?\.backup\.sqlite3$")


def backup_time(path: Path) -> _dt.datetime | None:
    match = _NAME.search(path.name)
    if match is None:
        return None
    try:
        made = _dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    if match.group(2):
        made = made.replace(tzinfo=_dt.UTC).astimezone().replace(tzinfo=None)
    return made


def backup_reason(path: Path) -> str:
    match = _NAME.search(path.name)
    label = match.group(3) if match else ""
    if label == "before-restore":
        return QCoreApplication.translate("Backups", "Before a backup was restored")
    if label == "manual":
        return QCoreApplication.translate("Backups", "Made by hand")
    if re.fullmatch(r"v\d+", label):
        return QCoreApplication.translate("Backups", "Before the database was updated (from format %1)").replace("%1", label[1:])
    return label or path.name


def backup_when(path: Path) -> str:
    made = backup_time(path)
    return local_time_text(made, seconds=True) if made else "?"


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "?"
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} kB"


class BackupDialog(QDialog):
    restore_requested = Signal(object)  # Path of the backup
    backup_requested = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "PartnerCheck keeps dated copies of “%1”: before each update of the database format, before each restore, "
                "and when you make one here. Restoring puts the whole database back as it was then; the current state is kept "
                "as a backup first."
            ).replace("%1", db_path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = TextTableModel([self.tr("Made on"), self.tr("Why"), self.tr("Size")], self)
        self.table = text_table(self.model, self.tr("Backups, newest first"), stretch=1, wrap=False)
        self.table.activated.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("There are no backups of this database yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)  # or why none can be listed, which is longer
        layout.addWidget(self.empty_label, 1)
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet(colours.hint_style())
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button = QPushButton(self.tr("&Make a backup now"))
        self.backup_button.setToolTip(self.tr("Copy the database as it is now"))
        self.backup_button.clicked.connect(self.backup_requested)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, None)  # Enter in the table restores (asks first); it never closes
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        fit_to_screen(self, 760, 400)
        self.set_backups([], None)

    def set_backups(self, backups: Sequence[Path], folder: Path | None, unlisted: str | None = None) -> None:
        """``unlisted``: why the folder cannot be listed (store.backups.unlisted_reason), said
        instead of "none yet"."""
        rows = [[Cell(backup_when(p), p.name), Cell(backup_reason(p), str(p)), Cell(_size(p))] for p in backups]
        self.model.set_rows(rows, list(backups))
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if unlisted is not None and folder is not None:
            self.empty_label.setText(backups_unlisted(folder, unlisted))
        else:
            self.empty_label.setText(self.tr("There are no backups of this database yet."))
        self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(folder.resolve())) if folder else "")
        if has_rows:
            self.table.selectRow(0)
            self.table.setFocus()
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self.restore_requested.emit(backup)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)
