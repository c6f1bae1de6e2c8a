"""The short dialog that starts an assessment (or edits its partnership details).

A new assessment assesses a tie: one already in the database (its details come from the tie
and are changed there, not here) or a new one made from the fields.

Suggestions come from the shipped reference data: typing in "Known partnership" offers the
partnerships PartnerCheck knows, and choosing one fills every field. The two name fields
complete on their own as well. The assessor's name is remembered between sessions.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import (
    EARLIEST_SINCE,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
)
from ..domain.reference import KnownPartnership
from ..domain.ties import Tie
from . import ask, colours
from .labels import counterpart_kind_word, dutch_party_kind_word, status_word
from .text_guard import TextGuard, new_message_line


def _completer(words: Sequence[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(QStringListModel(sorted(set(words), key=str.casefold), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class PartnershipDialog(QDialog):
    def __init__(
        self,
        known: Sequence[KnownPartnership],
        lang: str,
        *,
        assessor: str = "",
        initial: Partnership | None = None,
        ties: Sequence[Tie] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._known = list(known)
        self._by_label = {k.label: k for k in self._known}
        self._ties = {t.id: t for t in ties}
        self._lang = lang
        editing = initial is not None
        self.setWindowTitle(self.tr("Partnership details") if editing else self.tr("New assessment"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Which partnership do you want to assess? Start typing to choose one PartnerCheck knows, or fill in the fields.")
            if not editing
            else self.tr("Correct the partnership details. The answers stay as they are.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.tie_combo = QComboBox()
        self.tie_combo.setAccessibleName(self.tr("Tie"))
        self.tie_combo.addItem(self.tr("A new tie"), None)
        for tie in ties:
            self.tie_combo.addItem(f"{tie.id} · {tie.label}", tie.id)
        self.tie_combo.currentIndexChanged.connect(self._choose_tie)
        if not editing and ties:
            form.addRow(self.tr("&Tie:"), self.tie_combo)
        else:
            self.tie_combo.hide()

        self.known_edit = QLineEdit()
        self.known_edit.setPlaceholderText(self.tr("e.g. Breda or Yangzhou"))
        self.known_edit.setAccessibleName(self.tr("Known partnership"))
        self.known_edit.setClearButtonEnabled(True)
        known_completer = _completer([k.label for k in self._known], self)
        known_completer.activated.connect(self._choose_known)
        self.known_edit.setCompleter(known_completer)
        self.known_edit.installEventFilter(self)  # Enter there fills the fields, it does not close the dialog
        if not editing and self._known:
            form.addRow(self.tr("&Known partnership:"), self.known_edit)
        else:
            self.known_edit.hide()
        self.known_note = QLabel()
        self.known_note.setWordWrap(True)
        self.known_note.setTextFormat(Qt.TextFormat.PlainText)
        self.known_note.setStyleSheet(colours.hint_style())
        self.known_note.hide()

        self.dutch_party_edit = QLineEdit()
        self.dutch_party_edit.setAccessibleName(self.tr("Dutch party"))
        self.dutch_party_edit.setPlaceholderText(self.tr("e.g. Gemeente Breda"))
        self.dutch_party_edit.setCompleter(_completer([k.dutch_party for k in self._known], self))
        form.addRow(self.tr("&Dutch party:"), self.dutch_party_edit)

        self.dutch_kind_combo = QComboBox()
        self.dutch_kind_combo.setAccessibleName(self.tr("Kind of Dutch party"))
        for kind in DutchPartyKind:
            self.dutch_kind_combo.addItem(dutch_party_kind_word(kind), kind.value)
        form.addRow(self.tr("Kind of Dutch &party:"), self.dutch_kind_combo)

        self.counterpart_edit = QLineEdit()
        self.counterpart_edit.setAccessibleName(self.tr("Chinese counterpart"))
        self.counterpart_edit.setPlaceholderText(self.tr("e.g. Yangzhou"))
        self.counterpart_edit.setCompleter(_completer([k.counterpart for k in self._known], self))
        self.counterpart_edit.editingFinished.connect(self._match_pair)
        form.addRow(self.tr("&Chinese counterpart:"), self.counterpart_edit)

        self.counterpart_kind_combo = QComboBox()
        self.counterpart_kind_combo.setAccessibleName(self.tr("Kind of counterpart"))
        for ckind in CounterpartKind:
            self.counterpart_kind_combo.addItem(counterpart_kind_word(ckind), ckind.value)
        form.addRow(self.tr("Kind of c&ounterpart:"), self.counterpart_kind_combo)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status of the partnership"))
        for status in PartnershipStatus:
            self.status_combo.addItem(status_word(status), status.value)
        form.addRow(self.tr("&Status:"), self.status_combo)

        self.since_spin = QSpinBox()
        self.since_spin.setAccessibleName(self.tr("Partnership since (year)"))
        self.since_spin.setRange(EARLIEST_SINCE - 1, _dt.date.today().year + 1)
        self.since_spin.setSpecialValueText(self.tr("not known"))
        self.since_spin.setValue(EARLIEST_SINCE - 1)
        self.since_spin.setToolTip(self.tr("The year the partnership began; leave at “not known” if you are unsure."))
        form.addRow(self.tr("Si&nce (year):"), self.since_spin)

        self.assessor_edit = QLineEdit(assessor)
        self.assessor_edit.setAccessibleName(self.tr("Assessor"))
        self.assessor_edit.setPlaceholderText(self.tr("Your name"))
        form.addRow(self.tr("&Assessor:"), self.assessor_edit)

        layout.addWidget(self.known_note)  # below the form: a wrapped label inside a form row gets clipped

        # A pasted name keeps out a control character or a direction override as it lands, and
        # this line says which (ui/text_guard.py); saving checks again.
        self.message_line = new_message_line()
        self.guards = [
            TextGuard(edit, multi_line=False, message_line=self.message_line)
            for edit in (self.known_edit, self.dutch_party_edit, self.counterpart_edit, self.assessor_edit)
        ]
        layout.addWidget(self.message_line)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {colours.readable('#b3261e').name()};")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save details") if editing else self.tr("Start assessment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, ok)

        for edit in (self.dutch_party_edit, self.counterpart_edit):
            edit.textChanged.connect(self._update_ok)
        if initial is not None:
            self._fill(initial)
        self._update_ok()
        (self.dutch_party_edit if editing or not self._known else self.known_edit).setFocus()

    # -- filling ----------------------------------------------------------------------------

    def _set_combo(self, combo: QComboBox, value: Enum) -> None:
        index = combo.findData(value.value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill(self, p: Partnership) -> None:
        self.dutch_party_edit.setText(p.dutch_party)
        self._set_combo(self.dutch_kind_combo, p.dutch_party_kind)
        self.counterpart_edit.setText(p.counterpart)
        self._set_combo(self.counterpart_kind_combo, p.counterpart_kind)
        self._set_combo(self.status_combo, p.status)
        self.since_spin.setValue(p.since if p.since is not None else self.since_spin.minimum())

    def _choose_tie(self) -> None:
        """An existing tie: its details, not editable here (they are the tie's)."""
        tie = self._ties.get(self.tie_combo.currentData())
        if tie is not None:
            self._fill(tie.snapshot())
            self.known_note.hide()
        for widget in (
            self.known_edit,
            self.dutch_party_edit,
            self.dutch_kind_combo,
            self.counterpart_edit,
            self.counterpart_kind_combo,
            self.status_combo,
            self.since_spin,
        ):
            widget.setEnabled(tie is None)

    def tie_id(self) -> int | None:
        """The existing tie chosen, or None for a new one."""
        value = self.tie_combo.currentData()
        return int(value) if value is not None else None

    def choose_known(self, known: KnownPartnership) -> None:
        """Fill every field from a partnership PartnerCheck knows."""
        self.dutch_party_edit.setText(known.dutch_party)
        self._set_combo(self.dutch_kind_combo, known.dutch_party_kind)
        self.counterpart_edit.setText(known.counterpart)
        self._set_combo(self.counterpart_kind_combo, known.counterpart_kind)
        if known.status is not None:
            self._set_combo(self.status_combo, known.status)
        self.since_spin.setValue(known.since if known.since is not None else self.since_spin.minimum())
        note = known.note.get(self._lang)
        cited = f"{known.source} – {known.source_title}" if known.source and known.source_title else known.source
        source = self.tr("Source: %1 (as of %2)").replace("%1", cited or "—").replace("%2", known.as_of or "—")
        lines = [note] if note else []
        if known.status_inferred:
            lines.append(self.tr("The status is inferred: the source does not state it."))
        lines.append(source)
        self.known_note.setText("\n".join(lines))
        self.known_note.show()

    def _choose_known(self, label: str) -> None:
        known = self._by_label.get(label)
        if known is not None:
            self.choose_known(known)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.known_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            known = self._by_label.get(self.known_edit.text())
            if known is not None:
                self.choose_known(known)
                self.assessor_edit.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _match_pair(self) -> None:
        """Typed both names of a known pair by hand: fill in what the reference knows."""
        dutch = self.dutch_party_edit.text().strip().casefold()
        counterpart = self.counterpart_edit.text().strip().casefold()
        for known in self._known:
            if known.dutch_party.casefold() == dutch and known.counterpart.casefold() == counterpart:
                self.choose_known(known)
                return

    # -- result -----------------------------------------------------------------------------

    def _update_ok(self) -> None:
        ok = bool(self.dutch_party_edit.text().strip() and self.counterpart_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def partnership(self) -> Partnership:
        since = self.since_spin.value()
        return Partnership(
            dutch_party=self.dutch_party_edit.text().strip(),
            dutch_party_kind=DutchPartyKind(self.dutch_kind_combo.currentData()),
            counterpart=self.counterpart_edit.text().strip(),
            counterpart_kind=CounterpartKind(self.counterpart_kind_combo.currentData()),
            status=PartnershipStatus(self.status_combo.currentData()),
            since=None if since == self.since_spin.minimum() else since,
        )

    def assessor(self) -> str:
        return self.assessor_edit.text().strip()

    def accept(self) -> None:
        try:
            self.partnership()
        except ValueError:
            self.error_label.setText(self.tr("Fill in both the Dutch party and the Chinese counterpart."))
            self.error_label.show()
            return
        from .text_rules import first_problem

        refused = first_problem(
            [
                (self.tr("Dutch party"), self.dutch_party_edit.text(), False),
                (self.tr("Chinese counterpart"), self.counterpart_edit.text(), False),
                (self.tr("Assessor"), self.assessor_edit.text(), False),
            ]
        )
        if refused:
            self.error_label.setText(refused)
            self.error_label.show()
            return
        super().accept()
