"""The report tab's choices (language, version, format, names and roles), folded away on a short
window once a report is in view.

At 1024x768 and 150 % (683x480 logical pixels) the choices wrap to two rows and, with the row
of actions, left the preview 200 pixels: a fifth of a page. When a report is shown and the
preview holds less than a third of a page's height, the choices fold; the button at the end
of the actions row (Alt+Z in Dutch, Alt+P in English) shows them again, and its tooltip says
what is chosen. A choice's own Alt key (Alt+V, the report's language) also unfolds them and
goes to it. Once the user has folded or unfolded them, that stays their choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QToolButton, QWidget

if TYPE_CHECKING:
    from .report_preview import ReportPreview

FOLD_BELOW = 1 / 3  # of a page's height in view: less, and the choices fold


class ReportOptionsFold(QObject):
    def __init__(self, panel: QWidget, combos: Sequence[QComboBox], parent: QWidget) -> None:
        super().__init__(parent)
        self.page = parent
        self.panel = panel
        self.combos = list(combos)
        self.by_hand = False  # the user folded or unfolded: no longer done for them
        self.button = QToolButton(parent)
        self.button.setCheckable(True)
        self.button.setChecked(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setText(self.tr("O&ptions"))
        self.button.setAccessibleName(self.tr("Report options"))
        self.button.toggled.connect(self._show)
        self.button.clicked.connect(self._chosen)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._describe)
        # While folded, the hidden labels' and buttons' Alt keys unfold the choices and act.
        self.keys: list[QShortcut] = []
        for widget in panel.findChildren(QWidget):
            if isinstance(widget, QLabel) and widget.buddy() is not None:
                self._key(widget.text(), widget.buddy().setFocus)
            elif isinstance(widget, QAbstractButton):
                self._key(widget.text(), widget.click)
        self._show(True)

    def _key(self, text: str, act: Callable[[], object]) -> None:
        keys = QKeySequence.mnemonic(text)
        if keys.isEmpty():
            return
        shortcut = QShortcut(keys, self.page)

        def unfold_and_act() -> None:
            self.by_hand = True
            self.button.setChecked(True)
            act()

        shortcut.activated.connect(unfold_and_act)
        self.keys.append(shortcut)

    @property
    def shown(self) -> bool:
        return self.button.isChecked()

    def _chosen(self) -> None:
        self.by_hand = True

    def _show(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        for shortcut in self.keys:
            shortcut.setEnabled(not shown)
        self.button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        self._describe()

    def _describe(self) -> None:
        chosen = " · ".join(combo.currentText() for combo in self.combos)
        if self.shown:
            tip = self.tr("Hide the report options: %1").replace("%1", chosen)
        else:
            tip = self.tr("Show the report options: %1").replace("%1", chosen)
        self.button.setToolTip(tip)
        self.button.setAccessibleDescription(tip)

    def fold_for(self, view: ReportPreview) -> None:
        """A report is in view: fold the choices if it shows too little of a page."""
        if not self.by_hand and self.shown and view.page_fraction_in_view() < FOLD_BELOW:
            self.button.setChecked(False)
