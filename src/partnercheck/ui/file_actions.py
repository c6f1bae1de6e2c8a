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
from .dates import stored_date_text
from .messages import show_error
from .save_as import ask_save_path

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from .backup_dialog import BackupDialog
    from .window_port import WindowPort

DB_FILTER = "*.sqlite3 *.sqlite *.db"


class FileActions(QObject):
    def __init__(self, window: WindowPort) -> None:
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
        from ..services import importing, sealed, transfer
        from . import passphrase_dialog

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
        from ..domain.assessment import AssessmentState
        from ..services.importing import ImportConflict

        try:
            raw = importing.read_file(path)
            if sealed.is_sealed(raw):  # an encrypted file is opened first; nothing else changes
                secret = passphrase_dialog.ask_import(w, Path(path).name)
                if secret is None:
                    return None
                raw = sealed.unseal(raw, secret, path)
            if (tie := self._import_tie(raw, path)) is not None:
                return tie
            try:
                imported = transfer.import_bytes(w.store, raw, path)  # the same use case as `partnercheck import`
            except ImportConflict as conflict:
                from . import import_conflict

                # A copy beside it, or (a draft) replacing that draft, after naming it.
                resolved = import_conflict.resolve(w, raw, path, conflict)
                if resolved is None:
                    return None
                imported = resolved
        except (OSError, InterchangeError, StoreError, sealed.SealError) as exc:
            show_error(w, exc)
            return None
        new_id = imported.id
        if w.session is None:
            w.reload_list(select_id=new_id)
        elif w.session.id == new_id and imported.outcome == "reviewed":
            w.session.refresh()  # the comments show on the open assessment at once
        p = imported.assessment.partnership
        if imported.outcome == "unchanged":
            text = self.tr("%1 – %2 is already here, unchanged.")
        elif imported.outcome == "reviewed":  # a review done on another PC came back into this assessment
            text = self.tr("Took in the reviewer's comments on %n theme(s) of %1 – %2.", "", len(imported.taken))
        elif imported.outcome == "replaced" and imported.assessment.state is AssessmentState.REVIEW:
            text = self.tr("Replaced the assessment in review %1 – %2 with the file.")
        elif imported.outcome == "replaced":
            text = self.tr("Replaced the draft %1 – %2 with the file.")
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
        from ..services.reports import parties_stem

        suggested = parties_stem(p) + SUFFIX
        if (chosen := ask_save_path(w, self.tr("Export for review"), suggested, self.tr("PartnerCheck review packages (*.partnercheck)"))) is None:
            return False
        path = str(chosen)
        from ..services.export_rule import Export
        from . import passphrase_dialog

        # Names, notes and every attached document: encrypted unless the officer chooses otherwise.
        choice = passphrase_dialog.ask_export(w, Export.REVIEW_PACKAGE)
        if choice is None:
            return False
        try:
            count = write_package(w.store, assessment_id, path, choice.passphrase)  # whole or not at all
        except (OSError, StoreError) as exc:
            show_error(w, exc)
            return False
        if choice.passphrase is not None:
            text = self.tr("Encrypted review package written to %1 (%n evidence file(s))", "", count)
        else:
            text = self.tr("Review package written to %1 (%n evidence file(s)), not encrypted", "", count)
        w.statusBar().showMessage(text.replace("%1", path), 8000)
        self._warn_if_refused(w.store.get(assessment_id), path, self.tr("Export for review"))
        return True

    def _import_tie(self, raw: bytes, path: str) -> int | None:
        """A tie file (partnercheck export-tie) is imported whole, as `partnercheck import`
        does; returns its latest assessment's id (0 without any), None for any other file."""
        from ..domain.interchange import InterchangeError
        from ..services import tie_transfer

        w = self.window
        assert w.store is not None
        try:
            found = tie_transfer.tie_in(raw, path)  # a tie file or a tie package (verified whole)
            if found is None:
                return None
            imported = tie_transfer.import_tie(w.store, found.document, path, found.blobs, package=found.package)
        except (OSError, InterchangeError, StoreError) as exc:
            show_error(w, exc)
            return 0
        latest = imported.assessment_ids[-1] if imported.assessment_ids else 0
        if w.session is None:
            w.reload_list(select_id=latest or None)
        w.update_due_notice()
        w.statusBar().showMessage(
            self.tr("Imported tie %1 with its events and %n assessment(s).", "", len(imported.assessment_ids)).replace("%1", str(imported.tie_id)),
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
            .replace("%3", stored_date_text(installed.content_date) if installed.content_date else "?")
            .replace("%4", active.version)
        )
        QMessageBox.information(w, self.tr("Checklist installed"), text)
        w.update_actions()
        return installed.version

    def export_file(self) -> bool:
        from ..services import sealed, transfer
        from . import passphrase_dialog

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
        from ..services.reports import parties_stem

        suggested = parties_stem(p) + ".json"
        target = ask_save_path(w, self.tr("Export assessment file"), suggested, self.tr("PartnerCheck assessment files (*.json)"))
        if target is None:
            return False
        choice = passphrase_dialog.ask_export(w)  # encrypted unless the officer chooses otherwise
        if choice is None:
            return False
        try:
            # never a half-written file under the real name
            sealed.write_file(target, transfer.export_text(assessment).encode("utf-8"), choice.passphrase)
        except OSError as exc:
            show_error(w, exc)
            return False
        w.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(target)), 8000)
        self._warn_if_refused(assessment, str(target), self.tr("Export assessment file"))
        return True

    def _warn_if_refused(self, assessment: Assessment, path: str, title: str) -> None:
        """A final assessment whose answer does not fit its tie: another PartnerCheck refuses
        the file just written (the rule of services.transfer, as `partnercheck export` warns)."""
        from ..services.transfer import refused_on_import

        w = self.window
        assert w.store is not None
        refused = refused_on_import(w.store, assessment)
        if not refused:
            return
        if len(refused) == 1:
            text = self.tr(
                "“%1” is written, but another PartnerCheck will refuse it on import: this assessment is final, and its answer to "
                "question %2 does not fit the tie (it is meant for an older tie). Correct the tie's details, or the answer in a "
                "new revision, and export again."
            )
        else:
            text = self.tr(
                "“%1” is written, but another PartnerCheck will refuse it on import: this assessment is final, and its answers to "
                "questions %2 do not fit the tie (they are meant for an older tie). Correct the tie's details, or the answers in a "
                "new revision, and export again."
            )
        QMessageBox.warning(w, title, text.replace("%1", Path(path).name).replace("%2", ", ".join(refused)))

    # -- backups ----------------------------------------------------------------------------

    def show_backups(self, damaged: Path | None = None) -> BackupDialog | None:
        """The backups of the open database, or of ``damaged``: a database that could not be
        opened, which a backup may replace (the damaged file is kept aside, store.restore)."""
        from .backup_dialog import BackupDialog

        w = self.window
        path = damaged if damaged is not None else w.store.path if w.store is not None else None
        if path is None:
            return None
        dialog = BackupDialog(path, w)
        dialog.restore_requested.connect(lambda backup: self.restore_backup(backup, dialog, damaged))
        dialog.backup_requested.connect(lambda: self.make_backup(dialog))
        dialog.backup_button.setVisible(damaged is None)  # a damaged file cannot be copied as a backup
        self._fill_backups(dialog, path)
        w.show_dialog(dialog)
        return dialog

    def _fill_backups(self, dialog: BackupDialog, path: Path) -> None:
        from ..store.backups import backup_dir, list_backups, unlisted_reason

        dialog.set_backups(list_backups(path), backup_dir(path), unlisted_reason(path))

    def offer_restore(self, path: Path, exc: StoreError) -> bool:
        """A database too damaged to open (or empty, or with a journal that does not fit) that
        has backups: say what is wrong and offer to choose one. True when the user was told."""
        from ..store.backups import list_backups
        from ..store.errors import DamagedDatabaseError, EmptyFileError, ForeignJournalError
        from .backup_dialog import backup_when
        from .messages import describe

        found = list_backups(path) if isinstance(exc, (DamagedDatabaseError, EmptyFileError, ForeignJournalError)) else []
        if not found:
            return False
        title, text = describe(exc)
        offer = self.tr(
            "There are backups of this database; the newest is from %1. You can put one back in its place: "
            "the file that cannot be opened is kept beside it under a new name, never deleted."
        ).replace("%1", backup_when(found[0]))
        if ask.confirm(self.window, title, f"{text}\n\n{offer}", self.tr("&Choose a backup…")):
            self.show_backups(path)
        return True

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
            self._fill_backups(dialog, w.store.path)
        w.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", made.name), 8000)
        return made

    def restore_backup(self, backup: Path, dialog: BackupDialog | None = None, damaged: Path | None = None) -> bool:
        """Put the database back as it was in ``backup``, after asking; the current state is
        kept as a backup first (a ``damaged`` database that could not be opened: kept aside
        under a new name). The window's own connection is closed meanwhile."""
        from ..store.restore import restore_backup
        from .backup_dialog import backup_when

        w = self.window
        store = w.store
        path = damaged if damaged is not None else store.path if store is not None else None
        if path is None:
            return False
        parent = dialog or w
        if damaged is None:
            question = self.tr(
                "Put the whole database back as it was on %1?\n\nEverything changed since then is replaced by the backup. "
                "The current state is kept as a backup first, so you can return to it with File › Restore a backup."
            )
        else:
            question = self.tr(
                "Put the database back as it was on %1?\n\nThe file that cannot be opened is kept beside it under a new name, "
                "for IT to look at; it is not deleted."
            )
        answer = QMessageBox.question(
            parent,
            self.tr("Restore a backup"),
            question.replace("%1", backup_when(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        closed = store is not None and damaged is None
        if closed:
            assert store is not None
            if not w.close_assessment():
                return False
            w.stack.setCurrentWidget(w.list_page)
            store.close()
            w.store = None
        try:
            restored = restore_backup(path, backup)
        except StoreError as exc:
            if closed:
                w.open_database(path)
            if dialog is not None:
                self._fill_backups(dialog, path)
            show_error(parent, exc)
            return False
        reopened = w.open_database(path)
        if dialog is not None:
            self._fill_backups(dialog, path)
        if reopened:
            if restored.kept_aside is not None:
                text = self.tr("Backup of %1 restored. The damaged database was kept as %2.").replace("%2", restored.kept_aside.name)
            else:
                text = self.tr("Backup of %1 restored. The state before it is kept as a backup.")
            w.statusBar().showMessage(text.replace("%1", backup_when(backup)), 10000)
        return reopened
