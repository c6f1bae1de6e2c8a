"""A text to read beside the work: the user guide and the keyboard overview.

A window of its own (not modal), sized to the screen, so it can stay open beside the
assessment; the text has the focus, so the arrow keys and Page Down scroll at once. Esc
closes it, Ctrl+F finds (Enter or F3 the next, Shift+F3 the previous, from the top again
after the last). A line under the text says what a find or a link did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget


class ReadingWindow(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # links are followed by the window that shows the text, never by the system
        self.text.setAccessibleName(title)
        layout.addWidget(self.text, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # an address to copy
        self.status.hide()
        layout.addWidget(self.status)

        self.tools = QHBoxLayout()  # the guide puts its Back button in front
        find_label = QLabel(self.tr("&Find:"))
        self.find_edit = QLineEdit()
        self.find_edit.setAccessibleName(self.tr("Find in the text"))
        self.find_edit.setPlaceholderText(self.tr("Ctrl+F; Enter finds the next"))
        self.find_edit.setClearButtonEnabled(True)
        find_label.setBuddy(self.find_edit)
        self.find_edit.returnPressed.connect(self.find_next)
        self.tools.addWidget(find_label)
        self.tools.addWidget(self.find_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the find field finds; it must not close the window
        close.setDefault(False)
        self.tools.addWidget(buttons)
        layout.addLayout(self.tools)

        for key, slot in (
            (QKeySequence.StandardKey.Find, self.start_find),
            (QKeySequence.StandardKey.FindNext, self.find_next),
            (QKeySequence.StandardKey.FindPrevious, lambda: self.find_next(backward=True)),
        ):
            QShortcut(key, self).activated.connect(slot)
        self.setTabOrder(self.text, self.find_edit)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As large as is comfortable to read, within the screen (1024x768 at 150 %: 683x480)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 860, 760
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.text.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def start_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        """Select the next place the find field's text occurs, from the top (or the end) again
        after the last; say so when it occurs nowhere."""
        wanted = self.find_edit.text()
        if not wanted:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.text.find(wanted, flags)
        if not found:
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
            found = self.text.find(wanted, flags)
        self.say("" if found else self.tr("“%1” does not occur in this text.").replace("%1", wanted))
        return found
