""" "Something went wrong": an unexpected error, its details, a Copy button and where the log is.

Shown by :func:`report_error`, which :mod:`partnercheck.errorlog` calls for every uncaught
exception while the window runs (the traceback is already in the log by then). Loaded only
when an error happens or the log folder is asked for: not on the window's start-up path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import errorlog


class ErrorDialog(QDialog):
    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.log_path = log_path
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumSize(560, 380)
        layout = QVBoxLayout(self)

        self.message_label = QLabel(
            self.tr(
                "PartnerCheck ran into an unexpected error. Answers and notes are saved as you give them, "
                "so what you entered before this is kept. If it happens again, please send the details "
                "below to your IT department."
            )
        )
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_edit.setAccessibleName(self.tr("Details"))
        layout.addWidget(self.details_edit, 1)

        self.log_label = QLabel(self.tr("The details are also in the log file: %1").replace("%1", str(log_path)))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.folder_button = QPushButton(self.tr("Open &log folder"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(open_log_folder)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(f"PartnerCheck: {self.windowTitle()}\n{self.log_label.text()}\n\n{self.details}")


_open: list[ErrorDialog] = []  # at most one at a time; a second error while it is open is only logged


def report_error(details: str, log_path: Path) -> ErrorDialog | None:
    """errorlog's reporter: show the dialog over the active window, without blocking when the
    event loop runs (a slot raised) and as a modal loop of its own when it does not yet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or QThread.currentThread() != app.thread():
        return None
    if _open:
        return None
    parent = QApplication.activeWindow() or next((w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()), None)
    dialog = ErrorDialog(details, log_path, parent)
    _open.append(dialog)

    def closed(_result: int) -> None:
        _open.remove(dialog)
        dialog.deleteLater()

    dialog.finished.connect(closed)
    if QThread.currentThread().loopLevel() > 0:
        dialog.open()
    else:
        dialog.exec()
    return dialog


def open_log_folder() -> bool:
    """Help › Open log folder: the folder in the file manager (made first if need be)."""
    folder = errorlog.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
