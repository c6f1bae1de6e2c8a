"""A one-line label for a small screen: what does not fit ends in "…", and the whole text is
its tooltip and its accessible name, so nothing is hidden from a reader or a screen reader.

The assessment's header uses it for the parties and the line under them: wrapped, they took
five lines at 150 % on 1024x768 and left the question about 190 pixels. The parties' line may
first shrink its letters (``shrink_to``) before it cuts: "Gemeente…Yangzhou" lost the very
name that says which assessment this is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPaintEvent, QResizeEvent

# QFont and QPainter are imported where a text is shrunk or cut: the window's first screen
# (the database's path in the status bar) measures its text with the label's own metrics and,
# while the text fits, leaves the painting to QLabel. Importing them makes PySide6 create
# their enums (~1.5 ms of CPU) and a QFont in Python creates its type.


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, shrink_to: float = 1.0) -> None:
        super().__init__(parent)
        self.mode = mode
        self.shrink_to = shrink_to  # the smallest share of its font size the text may take before it is cut
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setAccessibleName(text)
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # A few letters and the ellipsis: the layout may narrow it that far, never to nothing.
        return QSize(self.fontMetrics().horizontalAdvance("Wwww…"), super().minimumSizeHint().height())

    def _fits(self) -> bool:
        """The whole text fits in the label's own font (as QLabel draws it)."""
        return self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width()

    def shown_font(self) -> QFont:
        """The label's font, or a smaller one (down to ``shrink_to``) that fits the text whole."""
        from PySide6.QtGui import QFont, QFontMetrics

        font = self.font()
        if self._fits() or self.shrink_to >= 1.0 or font.pointSizeF() <= 0:
            return font
        width, needed = self.contentsRect().width(), self.fontMetrics().horizontalAdvance(self.text())
        smaller = QFont(font)
        smaller.setPointSizeF(font.pointSizeF() * max(self.shrink_to, width / needed))
        # Rounding may leave it a pixel too wide: one step smaller, if still allowed.
        while QFontMetrics(smaller).horizontalAdvance(self.text()) > width and smaller.pointSizeF() > font.pointSizeF() * self.shrink_to + 0.1:
            smaller.setPointSizeF(max(smaller.pointSizeF() - 0.25, font.pointSizeF() * self.shrink_to))
        return smaller

    def elided(self) -> bool:
        if self._fits():  # no font to shrink, no text to cut
            return False
        if self.shrink_to >= 1.0:  # the font is never shrunk: it is cut
            return True
        from PySide6.QtGui import QFontMetrics

        return QFontMetrics(self.shown_font()).horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self._fits():
            super().paintEvent(event)  # the whole text in the label's font: drawn as below, by QLabel
            return
        from PySide6.QtGui import QFontMetrics, QPainter

        rect = self.contentsRect()
        font = self.shown_font()
        shown = QFontMetrics(font).elidedText(self.text(), self.mode, rect.width())
        painter = QPainter(self)
        painter.setFont(font)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown, self.foregroundRole())

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.elided() else "")
