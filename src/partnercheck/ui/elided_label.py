"""A one-line label for a small screen: what does not fit ends in "…", and the whole text is
its tooltip and its accessible name, so nothing is hidden from a reader or a screen reader.

The assessment's header uses it for the parties and the line under them: wrapped, they took
five lines at 150 % on 1024x768 and left the question about 190 pixels."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setAccessibleName(text)
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # A few letters and the ellipsis: the layout may narrow it that far, never to nothing.
        return QSize(self.fontMetrics().horizontalAdvance("Wwww…"), super().minimumSizeHint().height())

    def elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self.mode, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown, self.foregroundRole())

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.elided() else "")
