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
from . import ask
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
            w,
            self.tr("Import assessment file"),
            "",
            self.tr("PartnerCheck assessment files and review packages (*.json *.partnercheck);;All files (*)"),
        )
        if not path:
            return None
        from ..services.importing import ImportConflict, ImportMode

        try:
            try:
                imported = transfer.import_file(w.store, path)  # the same use case as `partnercheck import`
            except ImportConflict:
                # The window offers the copy; replacing a draft stays a deliberate command-line step.
                text = self.tr(
                    "This database already holds this assessment (the same identity), with other content.\n\n"
                    "Import the file as a copy beside it? (To replace a draft with the file instead, use "
                    "'partnercheck import --replace'.)"
                )
                if not ask.confirm(w, self.tr("Assessment already here"), text, self.tr("Import as a &copy")):
                    return None
                imported = transfer.import_file(w.store, path, ImportMode.AS_NEW)
        except (OSError, InterchangeError, StoreError) as exc:
            show_error(w, exc)
            return None
        new_id = imported.id
        if w.session is None:
            w.reload_list(select_id=new_id)
        p = imported.assessment.partnership
        if imported.outcome == "unchanged":
            text = self.tr("%1 – %2 is already here, unchanged.")
        else:
            text = self.tr("Imported %1 – %2 as a new assessment.")
        w.statusBar().showMessage(text.replace("%1", p.dutch_party).replace("%2", p.counterpart), 8000)
        return new_id

    def export_for_review(self) -> bool:
        """The review package: the interchange file with every evidence file and their hashes,
        for a colleague who checks the assessment on another PC."""
        from ..services.package import SUFFIX, write_package

        w = self.window
        assessment_id = w.current_id()
        if w.store is None or assessment_id is None:
            return False
        if w.assessment_page is not None and not w.assessment_page.flush():
            return False
        try:
            p = w.store.get(assessment_id).partnership
        except StoreError as exc:
            show_error(w, exc)
            return False
        suggested = _safe_name(f"{p.dutch_party} - {p.counterpart}") + SUFFIX
        path, _ = QFileDialog.getSaveFileName(w, self.tr("Export for review"), suggested, self.tr("PartnerCheck review packages (*.partnercheck)"))
        if not path:
            return False
        try:
            count = write_package(w.store, assessment_id, path)  # whole or not at all
        except (OSError, StoreError) as exc:
            show_error(w, exc)
            return False
        w.statusBar().showMessage(self.tr("Review package written to %1 (%2 evidence files)").replace("%1", path).replace("%2", str(count)), 8000)
        return True

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
        from .backup_progress import backup_progress

        try:
            with backup_progress(dialog or w) as progress:
                made = w.store.backup(progress=progress)
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
