"""The records manager's work in the window: retention periods, and the destruction list
saved for the archivist (CSV or PDF). Reached from the bin (owned by AssessmentActions); the rules and the writing are the
store's and services.retention's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from ..store.errors import StoreError
from .messages import show_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from .retention_dialog import RetentionDialog
    from .window_port import WindowPort


class RecordsActions(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window

    def edit_periods(self, parent: QWidget | None = None, on_saved: Callable[[], object] | None = None) -> RetentionDialog | None:
        """Open the periods dialog; what it returns on Save is written at once, then
        ``on_saved`` runs (the bin shows again what emptying would do)."""
        from .retention_dialog import RetentionDialog

        w = self.window
        if w.store is None:
            return None
        try:
            dialog = RetentionDialog(w.store.retention_periods(), parent or w)
        except StoreError as exc:
            show_error(parent or w, exc)
            return None
        dialog.finished.connect(lambda result: self._save_periods(dialog, parent, on_saved) if result == QDialog.DialogCode.Accepted else None)
        w.show_dialog(dialog)
        return dialog

    def _save_periods(self, dialog: RetentionDialog, parent: QWidget | None, on_saved: Callable[[], object] | None) -> bool:
        w = self.window
        if w.store is None:
            return False
        try:
            for kind, period in dialog.periods().items():
                w.store.set_retention_period(kind, period.years if period else None, period.basis if period else "")
        except StoreError as exc:
            show_error(parent or w, exc)
            return False
        w.statusBar().showMessage(self.tr("Retention periods saved."), 5000)
        if on_saved is not None:
            on_saved()
        return True

    def save_destruction_list(self, parent: QWidget | None = None) -> Path | None:
        from ..services.retention import save_destruction_list

        w = self.window
        if w.store is None:
            return None
        from .save_as import ask_save_path

        def complete(name: str) -> Path:
            target = Path(name)
            return target if target.suffix.lower() in (".pdf", ".csv") else target.with_name(target.name + ".pdf")

        title, start = self.tr("Save the destruction list"), self.tr("destruction-list.pdf")
        target = ask_save_path(parent or w, title, start, self.tr("PDF (*.pdf);;CSV (*.csv)"), complete=complete)
        if target is None:
            return None
        try:
            count = save_destruction_list(w.store, target, w.lang)
        except (OSError, StoreError) as exc:
            show_error(parent or w, exc)
            return None
        w.statusBar().showMessage(self.tr("Destruction list saved to %1 (%2 records).").replace("%1", str(target)).replace("%2", str(count)), 8000)
        return target
