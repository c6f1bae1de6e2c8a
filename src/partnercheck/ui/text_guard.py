"""Keeps out of a text field, as it is typed or pasted, the characters no text may hold
(domain.plain_text): a control character such as ESC from a terminal, NUL, or a text direction
override such as U+202E. They are left out where they land, as a text editor leaves out what it
cannot show; the field's own message line says once which ones, and the field's accessible
description says the same for a screen reader. The store-facing services refuse them too, so
this is the friendly half of one rule, not the only guard.

The guard connects to the field's ``textChanged`` first (create it before anything else
listens), so the page's autosave sees the text without them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..domain.plain_text import keep_out
from . import colours

MESSAGE_MS = 12000  # long enough to read, gone without a click


def _named(code: str) -> str:
    """A left-out character as a reader can place it: "text direction mark U+202E"."""
    value = int(code[2:], 16)
    if 0x202A <= value <= 0x202E or 0x2066 <= value <= 0x2069:
        return QCoreApplication.translate("TextGuard", "text direction mark %1").replace("%1", code)
    return QCoreApplication.translate("TextGuard", "control character %1").replace("%1", code)


def message(left_out: tuple[str, ...]) -> str:
    """The message line's text for the characters left out (U+XXXX each): words first, each
    code with what kind of character it is, so the line does not open with a code."""
    named = ", ".join(_named(code) for code in left_out[:3]) + (" …" if len(left_out) > 3 else "")
    return QCoreApplication.translate(
        "TextGuard", "Left out (%1): such characters cannot be stored in a text. The rest of the text is kept."
    ).replace("%1", named)


def new_message_line(parent: QWidget | None = None) -> QLabel:
    """The quiet line under a field (or a form) that says what was left out; hidden until then."""
    line = QLabel(parent)
    line.setWordWrap(True)
    line.setStyleSheet(colours.hint_style())  # a remark, not an error: the text itself is kept
    line.setVisible(False)
    return line


def _utf16(text: str) -> int:
    """The length of ``text`` as Qt counts positions (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


class TextGuard(QObject):
    """Attach to one field; put :attr:`message_line` under it in the form. Fields of one form
    may share a message line (``message_line``, made with :func:`message_line`)."""

    def __init__(self, edit: QPlainTextEdit | QLineEdit, *, multi_line: bool, message_line: QLabel | None = None) -> None:
        super().__init__(edit)
        # A one-line field turns a pasted line break into a space; a document edit only deletes.
        assert multi_line or isinstance(edit, QLineEdit)
        self.edit = edit
        self.multi_line = multi_line
        self.left_out: tuple[str, ...] = ()  # what was left out last, for tests and the message
        self.message_line = message_line if message_line is not None else new_message_line()
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(MESSAGE_MS)
        self._hide_timer.timeout.connect(self.clear_message)
        self._busy = False
        edit.textChanged.connect(self._changed)

    def _changed(self, *_: object) -> None:
        if self._busy:
            return
        edit = self.edit
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        clean, left_out = keep_out(text, multi_line=self.multi_line)
        if clean == text:
            return
        self._busy = True
        try:
            if isinstance(edit, QPlainTextEdit):
                self._remove_from_document(edit, text, clean)
            else:
                position = edit.cursorPosition()
                before = text.encode("utf-16-le")[: position * 2].decode("utf-16-le", errors="ignore")
                edit.setText(clean)
                edit.setCursorPosition(_utf16(keep_out(before, multi_line=self.multi_line)[0]))
        finally:
            self._busy = False
        # The change above emitted textChanged again, with the clean text, to every listener.
        if left_out:
            self._tell(left_out)

    def _remove_from_document(self, edit: QPlainTextEdit, text: str, clean: str) -> None:
        """Delete only the refused characters, in one step the user can undo with the typing."""
        cursor = QTextCursor(edit.document())
        cursor.joinPreviousEditBlock()
        # A multi-line field keeps its line breaks, so ``clean`` is ``text`` with characters left
        # out: find which, then delete from the end so earlier positions stay right.
        kept = iter(enumerate(clean))
        removed: list[int] = []
        j = next(kept, None)
        for i, char in enumerate(text):
            if j is not None and j[1] == char:
                j = next(kept, None)
            else:
                removed.append(i)
        for i in reversed(removed):
            start = _utf16(text[:i])
            cursor.setPosition(start)
            cursor.setPosition(start + _utf16(text[i]), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()

    def _tell(self, left_out: tuple[str, ...]) -> None:
        self.left_out = left_out
        text = message(left_out)
        self.message_line.setText(text)
        self.message_line.setAccessibleName(text)
        self.message_line.setVisible(True)
        self.edit.setAccessibleDescription(text)
        self._hide_timer.start()

    def clear_message(self) -> None:
        """Hide the message (after a while, or when the field shows another text)."""
        self._hide_timer.stop()
        self.message_line.setVisible(False)
        self.message_line.clear()
        self.edit.setAccessibleDescription("")
