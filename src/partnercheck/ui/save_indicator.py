"""The quiet "Saved" state in the status bar, and when to interrupt with a message.

A failed save is reported once with a message box; while saves keep failing the status bar
says so, and the first save that succeeds again clears the state.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QLabel, QWidget

from . import colours


class SaveIndicator(QLabel):
    IDLE, PENDING, SAVED, FAILED = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = self.IDLE
        self.setAccessibleName(self.tr("Save state"))
        self.setMinimumWidth(160)
        colours.follow_palette(self, self._restyle, now=False)

    def pending(self) -> None:
        if self.state == self.FAILED:
            return
        self.state = self.PENDING
        self.setText(self.tr("Saving…"))
        self._restyle()

    def saved(self) -> None:
        self.state = self.SAVED
        stamp = _dt.datetime.now().strftime("%H:%M")
        self.setText("✓ " + self.tr("Saved") + f" · {stamp}")
        self.setToolTip(self.tr("Every change is saved as you make it."))
        self._restyle()

    def failed(self) -> bool:
        """Show the failure; True when this is a new failure the user must be told about."""
        first = self.state != self.FAILED
        self.state = self.FAILED
        self.setText("✖ " + self.tr("Not saved"))
        self.setToolTip(self.tr("The last change could not be saved. What you entered is still on screen."))
        self._restyle()
        return first

    def _restyle(self) -> None:
        """The colour of the state, made readable on the palette in use (again when it changes)."""
        styles = {
            self.PENDING: colours.hint_style(),
            self.SAVED: f"color: {colours.readable('#1b6e31').name()};",
            self.FAILED: f"color: {colours.readable('#b3261e').name()}; font-weight: bold;",
        }
        self.setStyleSheet(styles.get(self.state, ""))

    def reset(self) -> None:
        self.state = self.IDLE
        self.setText("")
        self.setToolTip("")
