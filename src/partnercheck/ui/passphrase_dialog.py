"""Asking for a passphrase: to encrypt an export (offered by default, typed twice) and to open
an encrypted file on import.

The file holds names and notes (docs/privacy.md), a review package every attached document
too, so encrypting is what Enter does (services.export_rule); exporting in the clear is a
choice the officer makes by unticking the box, and the dialog says what that means. Tests replace
``ask_export`` and ``ask_import`` (call them through the module).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..services.export_rule import Export, encrypted_by_default
from ..services.sealed import MIN_PASSPHRASE
from . import ask


@dataclass(frozen=True, slots=True)
class ExportChoice:
    passphrase: str | None  # None: written without encryption, by choice


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, export: bool, file_name: str = "", kind: Export = Export.ASSESSMENT_FILE) -> None:
        super().__init__(parent)
        self.export = export
        self.kind = kind
        self.setMinimumWidth(480)  # the explanation reads as a paragraph, not a column
        layout = QVBoxLayout(self)
        if export and kind is Export.REVIEW_PACKAGE:
            self.setWindowTitle(self.tr("Encrypt the review package"))
            text = self.tr(
                "The review package holds the names of officials, notes that may name third parties and every attached "
                "document. Encrypt it with a passphrase (AES-256) and send the passphrase by another channel than the file."
            )
        elif export and kind is Export.TIE_FILE:
            self.setWindowTitle(self.tr("Encrypt the tie file"))
            text = self.tr(
                "The tie file holds every assessment of the tie, the names of officials, contact persons and people at events, "
                "notes that may name third parties and, in a tie package, every attached document. Encrypt it with a passphrase "
                "(AES-256) and send the passphrase by another channel than the file."
            )
        elif export:
            self.setWindowTitle(self.tr("Encrypt the export"))
            text = self.tr(
                "The file holds the names of officials and notes that may name third parties. Encrypt it with a passphrase "
                "(AES-256) and send the passphrase by another channel than the file."
            )
        else:
            self.setWindowTitle(self.tr("Encrypted file"))
            text = self.tr("“%1” is encrypted. Type its passphrase to import it.").replace("%1", file_name)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.encrypt_box = QCheckBox(self.tr("En&crypt with a passphrase"))
        self.encrypt_box.setChecked(encrypted_by_default(kind))  # services.export_rule: one rule for window and CLI
        self.encrypt_box.setVisible(export)
        layout.addWidget(self.encrypt_box)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        first_label = QLabel(self.tr("&Passphrase:"))
        first_label.setBuddy(self.first)
        form.addRow(first_label, self.first)
        self.second_label = QLabel(self.tr("&Repeat passphrase:"))
        self.second_label.setBuddy(self.second)
        form.addRow(self.second_label, self.second)
        self.second_label.setVisible(export)
        self.second.setVisible(export)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = QPushButton(self.tr("E&xport") if export else self.tr("&Import"))
        self.buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, self.go)
        for signal in (self.first.textChanged, self.second.textChanged, self.encrypt_box.toggled):
            signal.connect(self._update)
        self._update()
        self.first.setFocus()

    def passphrase(self) -> str | None:
        return self.first.text() if (self.encrypt_box.isChecked() or not self.export) else None

    def _update(self) -> None:
        encrypt = self.encrypt_box.isChecked() or not self.export
        for widget in (self.first, self.second):
            widget.setEnabled(encrypt)
        hint = ""
        if encrypt and self.export:
            if len(self.first.text().strip()) < MIN_PASSPHRASE:  # services.sealed.check_passphrase
                hint = self.tr("A passphrase needs at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
            elif self.first.text() != self.second.text():
                hint = self.tr("The two passphrases are not the same.")
        elif self.export and self.kind is Export.REVIEW_PACKAGE:
            hint = self.tr("The package will be written without encryption: anyone who gets it can read the names, notes and attached documents.")
        elif self.export and self.kind is Export.TIE_FILE:
            hint = self.tr(
                "The tie file will be written without encryption: anyone who gets it can read the names, notes and any attached documents."
            )
        elif self.export:
            hint = self.tr("The file will be written without encryption: anyone who gets it can read the names and notes.")
        self.hint.setText(hint)
        # A warning longer than the hint it replaces wraps to another line: grow to show all of
        # it (a dialog does not grow by itself for a wrapped label, and the text above is cut).
        needed = self.heightForWidth(self.width())
        if self.isVisible() and needed > self.height():
            self.resize(self.width(), needed)
        ready = not encrypt or (bool(self.first.text()) and (not self.export or not hint))
        self.go.setEnabled(ready)


def ask_export(parent: QWidget, kind: Export = Export.ASSESSMENT_FILE) -> ExportChoice | None:
    """The officer's choice for an export of ``kind``; None when cancelled."""
    dialog = PassphraseDialog(parent, export=True, kind=kind)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return ExportChoice(dialog.passphrase())


def ask_import(parent: QWidget, file_name: str) -> str | None:
    """The passphrase of an encrypted file to import; None when cancelled."""
    dialog = PassphraseDialog(parent, export=False, file_name=file_name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
