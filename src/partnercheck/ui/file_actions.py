"""File menu work on files: choosing a database, importing and exporting assessment files,
and backups (make one, put the database back as it was).

The interchange format and the backup helpers load on first use: the start screen does not
need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..store.errors import StoreError
from .messages import show_error

if TYPE_CHECKING:
    from .backup_dialog import BackupDialog
    from .main_window import MainWindow

DB_FILTER = "*.sqlite3 *.sqlite *.db"


def _safe_name(text: str) -> str:
    return "".join("-" if c in '\\/:*?"<>|' else c for c in text).strip() or "assessment"


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # -- databases --------------------------------------------------------------------------

    def choose_database(self) -> bool:
        w = self.window
        start = str(w.store.path.parent) if w.store is not None else ""
        path, _ = QFileDialog.getOpenFileName(
            w, self.tr("Open database"), start, self.tr("PartnerCheck databases (%1);;All files (*)").replace("%1", DB_FILTER)
        )
        return bool(path) and w.open_database(path)

    def choose_new_database(self) -> bool:
        w = self.window
        start = str(w.store.path.parent / "partnercheck.sqlite3") if w.store is not None else "partnercheck.sqlite3"
        path, _ = QFileDialog.getSaveFileName(w, self.tr("New database"), start, self.tr("PartnerCheck databases (%1)").replace("%1", DB_FILTER))
        if not path:
            return False
        if Path(path).exists():
            QMessageBox.information(w, self.tr("New database"), self.tr("That file already exists. Use Open database to open it."))
            return False
        return w.open_database(path)

    # -- assessment files -------------------------------------------------------------------

    def import_file(self) -> int | None:
        from ..domain.interchange import InterchangeError
        from ..services import transfer

        w = self.window
        if w.store is None:
            return None
        path, _ = QFileDialog.getOpenFileName(
            w, self.tr("Import assessment file"), "", self.tr("PartnerCheck assessment files (*.json);;All files (*)")
        )
        if not path:
            return None
        if (tie := self._import_tie(path)) is not None:
            return tie
        try:
            imported = transfer.import_file(w.store, path)  # the same use case as `partnercheck import`
        except (OSError, InterchangeError, StoreError) as exc:
            show_error(w, exc)
            return None
        new_id = imported.id
        if w.session is None:
            w.reload_list(select_id=new_id)
        p = imported.assessment.partnership
        w.statusBar().showMessage(self.tr("Imported %1 – %2 as a new assessment.").replace("%1", p.dutch_party).replace("%2", p.counterpart), 8000)
        return new_id

    def _import_tie(self, path: str) -> int | None:
        """A tie file (partnercheck export-tie) is imported whole, as `partnercheck import`
        does; returns its latest assessment's id (0 without any), None for any other file."""
        from ..domain.interchange import InterchangeError
        from ..services import tie_transfer

        w = self.window
        assert w.store is not None
        try:
            document = tie_transfer.tie_file_in(Path(path).read_bytes())
            if document is None:
                return None
            imported = tie_transfer.import_tie(w.store, document, path)
        except (OSError, InterchangeError, StoreError) as exc:
            show_error(w, exc)
            return 0
        latest = imported.assessment_ids[-1] if imported.assessment_ids else 0
        if w.session is None:
            w.reload_list(select_id=latest or None)
        w.update_due_notice()
        w.statusBar().showMessage(
            self.tr("Imported tie %1 with its events and %2 assessments.")
            .replace("%1", str(imported.tie_id))
            .replace("%2", str(len(imported.assessment_ids))),
            8000,
        )
        return latest

    def install_checklist(self) -> str | None:
        """A checklist received as a file (an offline town hall's update): validated, kept in
        the user's data folder; the newest version becomes the one new assessments use."""
        from ..domain.checklist_loader import ChecklistError
        from ..paths import installed_checklist_dir
        from ..services.checklists import install_checklist
        from ..services.workspace import checklist_library

        w = self.window
        path, _ = QFileDialog.getOpenFileName(w, self.tr("Install a checklist"), "", self.tr("PartnerCheck checklists (*.toml);;All files (*)"))
        if not path:
            return None
        try:
            installed = install_checklist(Path(path), checklist_library(), installed_checklist_dir())
        except ChecklistError as exc:
            show_error(w, exc)
            return None
        if w.store is not None:
            w.store.reload_library(checklist_library())
        active = checklist_library().active
        text = (
            self.tr("Checklist %1 %2 (content reviewed up to %3) is installed. New assessments use version %4.")
            .replace("%1", installed.id)
            .replace("%2", installed.version)
            .replace("%3", installed.content_date or "?")
            .replace("%4", active.version)
        )
        QMessageBox.information(w, self.tr("Checklist installed"), text)
        w.menus.update()
        return installed.version

    def export_file(self) -> bool:
        from ..services import transfer

        w = self.window
        assessment_id = w.current_id()
        if w.store is None or assessment_id is None:
            return False
        if w.assessment_page is not None and not w.assessment_page.flush():
            return False
        try:
            assessment = w.store.get(assessment_id)
        except StoreError as exc:
            show_error(w, exc)
            return False
        p = assessment.partnership
        suggested = _safe_name(f"{p.dutch_party} - {p.counterpart}") + ".json"
        path, _ = QFileDialog.getSaveFileName(w, self.tr("Export assessment file"), suggested, self.tr("PartnerCheck assessment files (*.json)"))
        if not path:
            return False
        target = Path(path)
        try:
            transfer.export_file(assessment, target)  # never a half-written file under the real name
        except OSError as exc:
            show_error(w, exc)
            return False
        w.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(target)), 8000)
        return True

    # -- backups ----------------------------------------------------------------------------

    def show_backups(self) -> BackupDialog | None:
        from .backup_dialog import BackupDialog

        w = self.window
        if w.store is None:
            return None
        dialog = BackupDialog(w.store.path, w)
        dialog.restore_requested.connect(lambda backup: self.restore_backup(backup, dialog))
        dialog.backup_requested.connect(lambda: self.make_backup(dialog))
        self._fill_backups(dialog)
        w.show_dialog(dialog)
        return dialog

    def _fill_backups(self, dialog: BackupDialog) -> None:
        from ..store.backups import backup_dir, list_backups

        if self.window.store is not None:
            dialog.set_backups(list_backups(self.window.store.path), backup_dir(self.window.store.path))

    def make_backup(self, dialog: BackupDialog | None = None) -> Path | None:
        w = self.window
        if w.store is None:
            return None
        if w.assessment_page is not None:
            w.assessment_page.flush()
        try:
            made = w.store.backup()
        except StoreError as exc:
            show_error(dialog or w, exc)
            return None
        if dialog is not None:
            self._fill_backups(dialog)
        w.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", made.name), 8000)
        return made

    def restore_backup(self, backup: Path, dialog: BackupDialog | None = None) -> bool:
        """Put the database back as it was in ``backup``, after asking; the current state is
        kept as a backup first. The window's own connection is closed meanwhile."""
        from ..store.restore import restore_backup
        from .backup_dialog import backup_when

        w = self.window
        store = w.store
        if store is None:
            return False
        parent = dialog or w
        answer = QMessageBox.question(
            parent,
            self.tr("Restore a backup"),
            self.tr(
                "Put the whole database back as it was on %1?\n\nEverything changed since then is replaced by the backup. "
                "The current state is kept as a backup first, so you can return to it with File › Restore a backup."
            ).replace("%1", backup_when(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not w.close_assessment():
            return False
        w.stack.setCurrentWidget(w.list_page)
        path = store.path
        store.close()
        w.store = None
        error: BaseException | None = None
        try:
            restore_backup(path, backup)
        except StoreError as exc:
            error = exc
        reopened = w.open_database(path)
        if dialog is not None:
            self._fill_backups(dialog)
        if error is not None:
            show_error(parent, error)
            return False
        if reopened:
            w.statusBar().showMessage(
                self.tr("Backup of %1 restored. The state before it is kept as a backup.").replace("%1", backup_when(backup)), 10000
            )
        return reopened
