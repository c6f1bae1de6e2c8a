"""Publication: the decision that a final assessment may be published (who, when, the weighing
the Woo asks for on its ground of international relations) and writing the public register."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..store.errors import StoreError
from . import ask
from .messages import show_error

if TYPE_CHECKING:
    from .window_port import WindowPort


class PublicationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve publication"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Publishing this assessment in the public register is a decision: it concerns another state's bodies, "
                "which touches the Woo's ground for refusal on international relations (art. 5.1 lid 2 onder a). "
                "Record who decides and the weighing of the interests."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.by_edit = QLineEdit()
        self.by_edit.setAccessibleName(self.tr("Decided by"))
        form.addRow(self.tr("&Decided by:"), self.by_edit)
        self.weighing_edit = QPlainTextEdit()
        self.weighing_edit.setAccessibleName(self.tr("Weighing"))
        self.weighing_edit.setTabChangesFocus(True)
        self.weighing_edit.setFixedHeight(110)
        form.addRow(self.tr("&Weighing:"), self.weighing_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.by_edit.textChanged.connect(self._update_ok)
        self.weighing_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = bool(self.by_edit.text().strip() and self.weighing_edit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def decided_by(self) -> str:
        return self.by_edit.text().strip()

    def weighing(self) -> str:
        return self.weighing_edit.toPlainText().strip()


class PublicationActions(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window
        self.last_message = ""

    def approve_publication(self) -> PublicationDialog | None:
        session = self.window.session
        if session is None or not session.assessment.is_final:
            return None
        dialog = PublicationDialog(self.window)
        dialog.accepted.connect(lambda: self._approve(dialog.decided_by(), dialog.weighing()))
        self.window.show_dialog(dialog)
        return dialog

    def _approve(self, by: str, weighing: str) -> bool:
        from ..domain.plain_text import TextRefused
        from ..services.register import approve_publication

        w = self.window
        if w.session is None or w.store is None:
            return False
        try:
            approve_publication(w.store, w.session.id, by, weighing)
        except (StoreError, TextRefused) as exc:
            show_error(w, exc)
            return False
        w.statusBar().showMessage(self.tr("Publication approved by %1").replace("%1", by), 5000)
        return True

    def publish_register(self, path: str | None = None) -> Path | None:
        """Write the public register (and its metadata.json) where the user chooses."""
        from ..services.register import publish

        w = self.window
        if w.store is None:
            return None
        asked = path is None
        if path is None:
            from ..services.register import check_targets
            from .save_as import ask_save_path

            start = str(w.store.path.with_name("register.sqlite3"))
            chosen = ask_save_path(
                w, self.tr("Publish register"), start, self.tr("SQLite files (*.sqlite3)"), complete=_register, check=check_targets
            )
            path = str(chosen) if chosen is not None else ""
        if not path:
            return None
        target = _register(path)
        from ..services.register import PublishRefused

        try:
            done = publish(w.store, target)
        except PublishRefused as refused:
            QMessageBox.warning(w, self.tr("Register not published"), self._refusal(refused))
            return None
        except (StoreError, OSError) as exc:
            show_error(w, exc)
            return None
        text = self.tr("%n tie(s) written to %1, with %2 for Datasette.", "", done.ties).replace("%1", str(done.register))
        text = text.replace("%2", done.metadata.name)
        if done.left_out:
            text += "\n\n" + self.tr("Left out (the latest final assessment is not approved for publication):") + "\n" + "\n".join(done.left_out)
        self.last_message = text
        if asked:
            QMessageBox.information(w, self.tr("Publish register"), text)
        else:  # given a path (a test, a later script): no dialog to wait for
            w.statusBar().showMessage(text, 5000)
        return target

    def _refusal(self, refused: object) -> str:
        """The window's words for services.register.PublishRefused (nothing was written)."""
        kind, file = getattr(refused, "kind", ""), getattr(refused, "file", None)
        if kind == "database":
            text = self.tr("“%1” is a PartnerCheck database. The register is written to a file of its own: choose another name.")
        elif kind == "not-ours":
            text = self.tr("“%1” was not written by PartnerCheck and is left as it is. Choose another folder, or remove the file yourself.")
        else:
            text = self.tr("Tie %1: the field %2 starts with a character a spreadsheet runs as a formula. Correct it and publish again.")
            return text.replace("%1", str(getattr(refused, "tie", ""))).replace("%2", str(getattr(refused, "column", "")))
        name = file.name if file is not None else ""
        return text.replace("%1", name) + "\n\n" + self.tr("Nothing was written.")


def _register(name: str) -> Path:
    """The register's file: ``.sqlite3`` added when the user left it out."""
    return Path(name if name.endswith(".sqlite3") else name + ".sqlite3")
