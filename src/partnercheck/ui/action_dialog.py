"""Add or edit one action of the plan: what, who, when, and how far along."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import Action, ActionStatus
from . import ask
from .date_field import DateField
from .labels import action_status_word
from .text_guard import TextGuard


class ActionDialog(QDialog):
    def __init__(self, action: Action | None = None, *, text: str = "", recommendation_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = action
        self._recommendation_id = action.recommendation_id if action else recommendation_id
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if self._recommendation_id and action is None:
            hint = QLabel(self.tr("From a recommended measure. Adjust the text to what will actually be done."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.text_edit = QPlainTextEdit(action.text if action else text)
        self.text_edit.setAccessibleName(self.tr("What will be done"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(90)
        form.addRow(self.tr("&What:"), self.text_edit)
        self.text_guard = TextGuard(self.text_edit, multi_line=True)

        self.owner_edit = QLineEdit(action.owner if action else "")
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.owner_edit.setPlaceholderText(self.tr("Who is responsible, e.g. a name or a department"))
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        self.owner_guard = TextGuard(self.owner_edit, multi_line=False, message_line=self.text_guard.message_line)

        due_row = QHBoxLayout()
        self.due_check = QCheckBox(self.tr("&Due date:"))
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_edit = DateField()
        self.due_edit.setAccessibleName(self.tr("Due date"))
        due = action.due if action else None
        self.due_edit.set_value(due or (_dt.date.today() + _dt.timedelta(days=30)))
        self.due_check.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.due_edit.validity_changed.connect(self._update_ok)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        form.addRow(self.due_check, due_row)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in ActionStatus:
            self.status_combo.addItem(action_status_word(status), status.value)
        if action is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(action.status.value))
        form.addRow(self.tr("&Status:"), self.status_combo)

        # Public by default; an internal action is left out of the public version.
        self.internal_check = QCheckBox(self.tr("&Internal: leave out of the public version"))
        self.internal_check.setChecked(action.internal if action else False)
        form.addRow("", self.internal_check)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.text_guard.message_line)  # says what a paste left out, if anything
        layout.addWidget(self.buttons)
        ask.set_default_button(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.text_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.text_edit.setFocus()

    def _update_ok(self) -> None:
        # A due date that cannot be read holds OK (the field says why), instead of being dropped.
        ok = bool(self.text_edit.toPlainText().strip()) and self.due_edit.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def action(self) -> Action:
        due = self.due_edit.value() if self.due_check.isChecked() else None
        return Action(
            text=self.text_edit.toPlainText().strip(),
            owner=self.owner_edit.text().strip(),
            due=due,
            status=ActionStatus(self.status_combo.currentData()),
            recommendation_id=self._recommendation_id,
            id=self._original.id if self._original else None,
            internal=self.internal_check.isChecked(),
        )
