"""Names and roles: the role printed instead of each official's name in the public version.
A role is entered once and remembered for every assessment (the store keeps it by name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.publication import people_of
from ..store.errors import StoreError
from . import ask
from .messages import show_error

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..store import AssessmentStore


class RolesDialog(QDialog):
    def __init__(self, people: list[tuple[str, str]], roles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Names and roles"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The public version prints these roles instead of the names, e.g. 'beleidsadviseur internationale zaken'. "
                "A role is remembered for every assessment."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.edits: dict[str, QLineEdit] = {}
        words = {"assessor": self.tr("assessor"), "reviewer": self.tr("reviewer"), "approver": self.tr("approver"), "owner": self.tr("action owner")}
        for name, function in people:
            edit = QLineEdit(roles.get(name, ""))
            edit.setAccessibleName(self.tr("Role of %1").replace("%1", name))
            edit.setPlaceholderText(words[function])
            # The name as typed, never as a mnemonic: no buddy, plain text.
            label = QLabel(f"{name} ({words[function]})")
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(label, edit)
            self.edits[name] = edit
        if not people:
            layout.addWidget(QLabel(self.tr("No names are recorded in this assessment yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ask.set_default_button(self, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def roles(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}


def edit_roles(parent: QWidget, store: AssessmentStore, assessment: Assessment) -> bool:
    """Ask for the roles of the people named in ``assessment`` and remember them; True if changed."""
    try:
        known = store.roles()
    except StoreError as exc:
        show_error(parent, exc)
        return False
    dialog = RolesDialog(people_of(assessment), known, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    changed = {name: role for name, role in dialog.roles().items() if role != known.get(name, "")}
    from ..domain.plain_text import TextRefused
    from ..services.register import set_role

    try:
        for name, role in changed.items():
            set_role(store, name, role)
    except (StoreError, TextRefused) as exc:
        show_error(parent, exc)
        return False
    return bool(changed)
