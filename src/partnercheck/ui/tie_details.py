"""A tie's own details, changed in its dialog: status, the years it began and ended, its
agreements (one a line: the date it was signed, then its title), contact persons and notes.
The parties' names are the tie's identity here; a wrongly grouped tie is split or merged."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QWidget

from ..domain.assessment import EARLIEST_SINCE, PartnershipStatus
from ..domain.ties import Agreement, Tie
from . import colours
from .labels import status_word
from .text_guard import TextGuard, new_message_line

_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(.+)$")


def agreements_text(agreements: tuple[Agreement, ...]) -> str:
    return "\n".join(f"{a.signed.isoformat()} {a.title}" if a.signed else a.title for a in agreements)


def parse_agreements(text: str) -> tuple[Agreement, ...]:
    """One agreement a line, optionally starting with the date it was signed (YYYY-MM-DD).
    ValueError naming the line when a date is not a date."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        match = _DATED.match(line)
        if match:
            try:
                found.append(Agreement(match.group(2).strip(), _dt.date.fromisoformat(match.group(1))))
            except ValueError:
                raise ValueError(str(number)) from None
        else:
            found.append(Agreement(line))
    return tuple(found)


class TieDetailsForm(QWidget):
    save_requested = Signal(object)  # the changed Tie

    def __init__(self, tie: Tie, form: QFormLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tie = tie
        last = _dt.date.today().year + 1
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status of the tie"))
        for status in PartnershipStatus:
            self.status_combo.addItem(status_word(status), status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(tie.status.value))
        form.addRow(self.tr("Stat&us:"), self.status_combo)
        self.since_spin, self.ended_spin = QSpinBox(), QSpinBox()
        for spin, value, name in ((self.since_spin, tie.since, self.tr("Since (year)")), (self.ended_spin, tie.ended, self.tr("Ended (year)"))):
            spin.setRange(EARLIEST_SINCE - 1, last)
            spin.setSpecialValueText(self.tr("not known"))
            spin.setValue(value if value is not None else EARLIEST_SINCE - 1)
            spin.setAccessibleName(name)
        form.addRow(self.tr("Si&nce (year):"), self.since_spin)
        form.addRow(self.tr("En&ded (year):"), self.ended_spin)
        self.agreements_edit = QPlainTextEdit(agreements_text(tie.agreements))
        self.agreements_edit.setAccessibleName(self.tr("Agreements, one a line: date signed and title"))
        self.agreements_edit.setPlaceholderText(self.tr("One a line, e.g. 2012-04-02 Vriendschapsovereenkomst"))
        self.agreements_edit.setTabChangesFocus(True)
        self.agreements_edit.setFixedHeight(70)
        form.addRow(self.tr("Ag&reements:"), self.agreements_edit)
        self.contacts_edit = QPlainTextEdit(tie.contacts)
        self.contacts_edit.setAccessibleName(self.tr("Contact persons"))
        self.contacts_edit.setTabChangesFocus(True)
        self.contacts_edit.setFixedHeight(50)
        form.addRow(self.tr("Contact &persons:"), self.contacts_edit)
        self.notes_edit = QPlainTextEdit(tie.notes)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        line = new_message_line()
        self.guards = [TextGuard(edit, multi_line=True, message_line=line) for edit in (self.agreements_edit, self.contacts_edit, self.notes_edit)]
        form.addRow("", line)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {colours.readable('#b3261e').name()};")
        self.error_label.hide()
        form.addRow("", self.error_label)
        self.save_button = QPushButton(self.tr("Sa&ve details"))
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)

    def show_tie(self, tie: Tie) -> None:
        """The form filled with ``tie`` as stored (after a save, or reloaded after a conflict)."""
        self.tie = tie
        self.status_combo.setCurrentIndex(self.status_combo.findData(tie.status.value))
        for spin, value in ((self.since_spin, tie.since), (self.ended_spin, tie.ended)):
            spin.setValue(value if value is not None else spin.minimum())
        self.agreements_edit.setPlainText(agreements_text(tie.agreements))
        self.contacts_edit.setPlainText(tie.contacts)
        self.notes_edit.setPlainText(tie.notes)
        self.error_label.hide()

    def rebase(self, saved: Tie) -> None:
        """After a conflict, keeping what was typed: a field the user changed keeps its text,
        every other field shows ``saved`` (so saving again does not put back what another
        window changed), and ``saved`` becomes what a next save is compared with."""
        old = self.tie
        if self.status_combo.currentData() == old.status.value:
            self.status_combo.setCurrentIndex(self.status_combo.findData(saved.status.value))
        for spin, was, now in ((self.since_spin, old.since, saved.since), (self.ended_spin, old.ended, saved.ended)):
            if self._year(spin) == was:
                spin.setValue(now if now is not None else spin.minimum())
        edits = (
            (self.agreements_edit, agreements_text(old.agreements), agreements_text(saved.agreements)),
            (self.contacts_edit, old.contacts, saved.contacts),
            (self.notes_edit, old.notes, saved.notes),
        )
        for edit, was_text, now_text in edits:
            if edit.toPlainText().strip() == was_text.strip():
                edit.setPlainText(now_text)
        self.tie = saved

    def _year(self, spin: QSpinBox) -> int | None:
        return None if spin.value() == spin.minimum() else spin.value()

    def save(self) -> None:
        from .text_rules import first_problem

        refused = first_problem(
            [
                (self.tr("Agreements"), self.agreements_edit.toPlainText().replace("\n", ""), False),
                (self.tr("Contact persons"), self.contacts_edit.toPlainText(), True),
                (self.tr("Notes"), self.notes_edit.toPlainText(), True),
            ]
        )
        if refused:
            self.show_problem(refused)
            return
        try:
            agreements = parse_agreements(self.agreements_edit.toPlainText())
        except ValueError as exc:
            self.show_problem(self.tr("Agreement on line %1: the date is not a date (YYYY-MM-DD).").replace("%1", str(exc)))
            return
        try:
            changed = dataclasses.replace(
                self.tie,
                status=PartnershipStatus(self.status_combo.currentData()),
                since=self._year(self.since_spin),
                ended=self._year(self.ended_spin),
                agreements=agreements,
                contacts=self.contacts_edit.toPlainText().strip(),
                notes=self.notes_edit.toPlainText().strip(),
            )
        except ValueError:
            self.show_problem(self.tr("The tie cannot have ended before it began."))
            return
        self.error_label.hide()
        self.save_requested.emit(changed)

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        # The tie dialog's Details tab scrolls (a 768-pixel screen at 150 %): the message is
        # brought into view once the form has made room for it.
        parent = self.error_label.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            scroll = parent
            QTimer.singleShot(0, self.error_label, lambda: scroll.ensureWidgetVisible(self.error_label))
