"""A date typed as the reader writes it, or picked from a calendar; never silently refused.

``QDateEdit`` showed ``yyyy-MM-dd`` and swallowed Dutch order without a word (a key that does
not fit its sections is dropped, an impossible date is put back at focus-out). This field
reads what is typed with ``domain.dates.parse_date`` (day first, ``30-11-2026``,
``30/11/2026``, ``30 november 2026`` or ISO), shows the date in the UI language's short form
once it is understood, and says so under the field when it is not, so the dialog can hold
its OK button until the date is clear.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget, QWidgetAction

from ..domain.dates import parse_date
from . import colours
from .dates import ENTRY_HINT, short_date_text, ui_language


class DateField(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = ENTRY_HINT[ui_language()]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.line = QLineEdit()
        self.line.setPlaceholderText(hint)
        self.line.setToolTip(self.tr("Day first, as %1 or 30 November 2026").replace("%1", short_date_text(_dt.date(2026, 11, 30))))
        self.line.setMaxLength(40)
        self.setFocusProxy(self.line)
        row.addWidget(self.line)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choose the date on a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Choose the date on a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {colours.readable('#b3261e').name()};")  # as the partnership dialog's error
        self.message.hide()
        outer.addWidget(self.message)
        self._valid = True
        self.line.textChanged.connect(self._check)
        self.line.editingFinished.connect(self._tidy)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def value(self) -> _dt.date | None:
        return parse_date(self.line.text())

    def is_valid(self) -> bool:
        return self._valid

    def set_value(self, value: _dt.date) -> None:
        self.line.setText(short_date_text(value))

    # QDateEdit's names, kept for the callers and tests that set or read a QDate.
    def setDate(self, value: QDate) -> None:  # noqa: N802
        self.set_value(_dt.date(value.year(), value.month(), value.day()))

    def date(self) -> QDate:
        value = self.value()
        return QDate(value.year, value.month, value.day) if value else QDate()

    def _check(self) -> None:
        valid = not self.isEnabled() or self.value() is not None
        hint = ENTRY_HINT[ui_language()]
        if self.line.text().strip():
            text = self.tr("Not a date. Type the day first, as %1.").replace("%1", hint)
        else:
            text = self.tr("Type a date, as %1, or leave the due date off.").replace("%1", hint)
        self.message.setText(text)
        self.message.setVisible(not valid)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._check()

    def _tidy(self) -> None:
        """Once typed, shown as the window writes dates: "1-3-2027" becomes "01-03-2027"."""
        value = self.value()
        if value is not None:
            self.set_value(value)

    def _sync_calendar(self) -> None:
        value = self.value()
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, picked: QDate) -> None:
        self.setDate(picked)
        self.calendar_button.menu().close()
        self.line.setFocus()
