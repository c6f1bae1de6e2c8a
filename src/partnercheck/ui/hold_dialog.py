"""Setting or lifting a legal hold (a Woo request, an objection, a lawsuit), with its reason.

One dialog for an assessment and for a tie: it only asks. The reason is required to set a
hold (the records manager who later finds the record kept back reads why); lifting needs
none. The controller (ui.woo_actions) writes what was chosen through services.retention.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from . import ask

REASON_LENGTH = 500  # as domain.retention.check_hold_reason allows


class HoldDialog(QDialog):
    SET, LIFT = "set", "lift"

    def __init__(self, what: str, reason: str | None, parent: QWidget | None = None) -> None:
        """``what``: the record in words ("assessment 12", "tie 3 and its 4 assessments");
        ``reason``: the hold's present reason, or None when no hold is set."""
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Legal hold"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if reason is None:
            said = self.tr("No hold is set on %1.")
        else:
            said = self.tr("A hold is set on %1.")
        intro = QLabel(
            said.replace("%1", what)
            + " "
            + self.tr(
                "While a hold is set, nothing destroys the record, not even emptying the bin when its retention period has "
                "ended. Set one for a Woo request, an objection or a lawsuit, and lift it when that is settled."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.reason_edit = QLineEdit(reason or "")
        self.reason_edit.setMaxLength(REASON_LENGTH)
        self.reason_edit.setAccessibleName(self.tr("Reason for the hold"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. Woo request 2026-114 of 3 November 2026"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = QPushButton(self.tr("&Set hold") if reason is None else self.tr("&Save reason"))
        self.set_button.clicked.connect(lambda: self._choose(self.SET))
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.lift_button = QPushButton(self.tr("&Lift hold"))
        self.lift_button.setToolTip(self.tr("The record is again destroyed by the retention rules when its period has ended"))
        self.lift_button.clicked.connect(lambda: self._choose(self.LIFT))
        self.buttons.addButton(self.lift_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.lift_button.setVisible(reason is not None)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, self.set_button)
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.set_button.setEnabled(bool(self.reason().strip()))

    def _choose(self, choice: str) -> None:
        if choice == self.SET and not self.reason():
            return
        self.choice = choice
        self.accept()

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())
