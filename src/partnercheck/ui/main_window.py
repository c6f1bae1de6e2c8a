"""The main window: the list of assessments or one open assessment, menus, and the status bar.

It wires pages to the store and turns store errors into messages; the pages do the rest.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from ..domain.assessment import Assessment
from ..domain.interchange import InterchangeError, dumps, parse_bytes
from ..domain.reference import KnownPartnership
from ..store.errors import StoreError
from .list_page import ListPage
from .messages import show_error
from .save_indicator import SaveIndicator
from .settings import AppSettings

if TYPE_CHECKING:  # loaded when first needed: the start screen shows without them
    from ..store import AssessmentStore
    from .assessment_page import AssessmentPage
    from .dialogs import AboutDialog, SettingsDialog
    from .partnership_dialog import PartnershipDialog
    from .session import AssessmentSession

DB_FILTER = "*.sqlite3 *.sqlite *.db"


def _safe_name(text: str) -> str:
    return "".join("-" if c in '\\/:*?"<>|' else c for c in text).strip() or "assessment"


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self.store: AssessmentStore | None = None
        self.session: AssessmentSession | None = None
        self.assessment_page: AssessmentPage | None = None
        self.dialog: QWidget | None = None  # the non-blocking dialog currently open, if any
        self._reference: list[KnownPartnership] | None = None
        self._last_deleted: int | None = None

        self.setMinimumSize(760, 500)
        available = QGuiApplication.primaryScreen().availableGeometry() if QGuiApplication.primaryScreen() else None
        width, height = 1340, 720
        if available is not None:  # e.g. 1366x768 at 150 % leaves about 910x480 logical pixels
            width, height = min(width, available.width()), min(height, available.height() - 40)
        self.resize(width, height)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.list_page = ListPage()
        self.stack.addWidget(self.list_page)
        self.list_page.open_requested.connect(self.open_assessment)
        self.list_page.new_requested.connect(self.new_assessment)
        self.list_page.import_requested.connect(self.import_file)
        self.list_page.delete_requested.connect(self.delete_assessment)
        self.list_page.selection_changed.connect(self._update_actions)

        self.save_indicator = SaveIndicator()
        self.statusBar().addPermanentWidget(self.save_indicator)
        self._build_actions()
        self._update_title()
        self._update_actions()

    # -- menus ------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New assessment…"), self.new_assessment, QKeySequence.StandardKey.New)
        self.import_action = self._action(self.tr("&Import assessment file…"), self.import_file, "Ctrl+I")
        self.export_action = self._action(self.tr("&Export assessment file…"), self.export_file, "Ctrl+E")
        self.open_db_action = self._action(self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open)
        self.new_db_action = self._action(self.tr("New &database…"), self.choose_new_database)
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.new_db_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.open_action = self._action(self.tr("&Open"), self._open_selected)
        self.details_action = self._action(self.tr("Edit &details…"), self.edit_details)
        self.duplicate_action = self._action(self.tr("D&uplicate for re-assessment"), self.duplicate, "Ctrl+D")
        self.delete_action = self._action(self.tr("De&lete…"), self.delete_assessment)
        self.undo_delete_action = self._action(self.tr("&Undo delete"), self.undo_delete)
        self.revision_action = self._action(self.tr("New &revision"), self.new_revision)
        self.back_action = self._action(self.tr("&Back to all assessments"), self.show_list, "Ctrl+L")
        menu = self.menuBar().addMenu(self.tr("A&ssessment"))
        for action in (self.open_action, self.details_action, self.duplicate_action, self.revision_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addAction(self.undo_delete_action)
        menu.addSeparator()
        menu.addAction(self.back_action)

        self.keys_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(self.tr("&About PartnerCheck"), self.show_about)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self.about_action)

    def _current_id(self) -> int | None:
        if self.session is not None:
            return self.session.id
        return self.list_page.selected_id()

    def _update_actions(self) -> None:
        has_store = self.store is not None
        has_target = has_store and self._current_id() is not None
        for action in (self.new_action, self.import_action):
            action.setEnabled(has_store)
        for action in (self.export_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has_target)
        self.open_action.setEnabled(has_target and self.session is None)
        self.details_action.setEnabled(self.session is not None and not self.session.read_only)
        self.revision_action.setEnabled(self.session is not None and self.session.read_only)
        self.undo_delete_action.setEnabled(has_store and self._last_deleted is not None)
        self.back_action.setEnabled(self.session is not None)

    def _update_title(self) -> None:
        name = self.store.path.name if self.store is not None else self.tr("no database open")
        self.setWindowTitle(f"PartnerCheck — {name}")

    # -- database ---------------------------------------------------------------------------

    def open_database(self, path: Path | str) -> bool:
        """Open (or create) a database; on failure say why and keep the current one."""
        from ..workspace import open_store  # sqlite-utils and the checklists load here

        path = Path(path)
        try:
            store = open_store(path)
        except StoreError as exc:
            show_error(self, exc)
            self._update_actions()
            return False
        if not self.close_assessment():
            store.close()
            return False
        old, self.store = self.store, store
        if old is not None:
            old.close()
        self.settings.database_path = str(path)
        self._update_title()
        self.reload_list()
        self.save_indicator.reset()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
        return True

    def choose_database(self) -> bool:
        start = str(self.store.path.parent) if self.store is not None else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), start, self.tr("PartnerCheck databases (%1);;All files (*)").replace("%1", DB_FILTER)
        )
        return bool(path) and self.open_database(path)

    def choose_new_database(self) -> bool:
        start = str(self.store.path.parent / "partnercheck.sqlite3") if self.store is not None else "partnercheck.sqlite3"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), start, self.tr("PartnerCheck databases (%1)").replace("%1", DB_FILTER))
        if not path:
            return False
        if Path(path).exists():
            QMessageBox.information(self, self.tr("New database"), self.tr("That file already exists. Use Open database to open it."))
            return False
        return self.open_database(path)

    def reload_list(self, select_id: int | None = None) -> None:
        if self.store is None:
            self.list_page.set_summaries([])
            return
        try:
            summaries = self.store.list_summaries()
        except StoreError as exc:
            show_error(self, exc)
            return
        self.list_page.set_summaries(summaries, select_id)
        self._update_actions()

    # -- assessments ------------------------------------------------------------------------

    def reference(self) -> list[KnownPartnership]:
        if self._reference is None:
            from ..domain.reference import load_reference
            from ..resources import reference_file

            self._reference = load_reference(reference_file())
        return self._reference

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def new_assessment(self) -> PartnershipDialog | None:
        from .partnership_dialog import PartnershipDialog

        if self.store is None:
            return None
        dialog = PartnershipDialog(self.reference(), self.lang, assessor=self.settings.assessor, parent=self)
        dialog.accepted.connect(lambda: self._create_assessment(dialog))
        self._show_dialog(dialog)
        return dialog

    def _create_assessment(self, dialog: PartnershipDialog) -> None:
        assert self.store is not None
        assessor = dialog.assessor()
        self.settings.assessor = assessor
        checklist = self.store.library.active
        assessment = Assessment(dialog.partnership(), checklist.id, checklist.version, assessor=assessor)
        try:
            new_id = self.store.create(assessment)
        except StoreError as exc:
            show_error(self, exc)
            return
        self.reload_list(select_id=new_id)
        self.open_assessment(new_id)

    def _open_selected(self) -> None:
        assessment_id = self.list_page.selected_id()
        if assessment_id is not None:
            self.open_assessment(assessment_id)

    def open_assessment(self, assessment_id: int) -> AssessmentPage | None:
        from .assessment_page import AssessmentPage
        from .session import AssessmentSession

        if self.store is None or not self.close_assessment():
            return None
        try:
            session = AssessmentSession(self.store, assessment_id, self.lang, self)
        except StoreError as exc:
            show_error(self, exc)
            self.reload_list()
            return None
        report_lang = self.settings.report_language or self.lang
        page = AssessmentPage(session, report_lang)
        page.back_requested.connect(self.show_list)
        page.edit_details_requested.connect(self.edit_details)
        page.new_revision_requested.connect(self.new_revision)
        session.saved.connect(self.save_indicator.saved)
        session.save_failed.connect(self._save_failed)
        page.checklist_page.note_pending.connect(self.save_indicator.pending)
        page.report_page.report_failed.connect(self._report_failed)
        page.report_page.file_error.connect(lambda exc: show_error(self, exc))
        self.session, self.assessment_page = session, page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.checklist_page._focus_options()
        self._update_actions()
        return page

    def close_assessment(self) -> bool:
        """Leave the open assessment; False when a note could not be saved and the user stays."""
        page, session = self.assessment_page, self.session
        if page is None or session is None:
            return True
        if not page.flush():
            answer = QMessageBox.question(
                self,
                self.tr("Note not saved"),
                self.tr("A note could not be saved (see the previous message). If you leave now, that text is lost.\n\nLeave anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        page.shutdown()
        self.stack.removeWidget(page)
        page.deleteLater()
        session.deleteLater()
        self.assessment_page = self.session = None
        self._update_actions()
        return True

    def show_list(self) -> bool:
        current = self.session.id if self.session is not None else None
        if not self.close_assessment():
            return False
        self.stack.setCurrentWidget(self.list_page)
        self.reload_list(select_id=current)
        self.list_page.focus_list()
        return True

    def edit_details(self) -> PartnershipDialog | None:
        from .partnership_dialog import PartnershipDialog

        session = self.session
        if session is None:
            return None
        dialog = PartnershipDialog([], self.lang, assessor=session.assessment.assessor, initial=session.assessment.partnership, parent=self)
        dialog.accepted.connect(lambda: session.update_partnership(dialog.partnership(), dialog.assessor()))
        self._show_dialog(dialog)
        return dialog

    def duplicate(self) -> int | None:
        assessment_id = self._current_id()
        if self.store is None or assessment_id is None:
            return None
        if self.assessment_page is not None and not self.assessment_page.flush():
            return None
        try:
            new_id = self.store.duplicate(assessment_id, assessor=self.settings.assessor or None)
        except StoreError as exc:
            show_error(self, exc)
            return None
        page = self.open_assessment(new_id)
        if page is not None:
            self.statusBar().showMessage(self.tr("This is a copy for the re-assessment. The original is unchanged."), 8000)
        return new_id

    def delete_assessment(self) -> bool:
        assessment_id = self._current_id()
        if self.store is None or assessment_id is None:
            return False
        try:
            p = self.store.get(assessment_id).partnership
        except StoreError as exc:
            show_error(self, exc)
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete assessment"),
            self.tr("Delete the assessment of %1 – %2?\n\nIt is moved to the bin; Assessment › Undo delete brings it back.")
            .replace("%1", p.dutch_party)
            .replace("%2", p.counterpart),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.session is not None and self.session.id == assessment_id:
            self.close_assessment()
            self.stack.setCurrentWidget(self.list_page)
        try:
            self.store.delete(assessment_id)
        except StoreError as exc:
            show_error(self, exc)
            return False
        self._last_deleted = assessment_id
        self.reload_list()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Assessment deleted. Assessment › Undo delete brings it back."), 10000)
        return True

    def undo_delete(self) -> bool:
        if self.store is None or self._last_deleted is None:
            return False
        assessment_id, self._last_deleted = self._last_deleted, None
        try:
            self.store.restore(assessment_id)
        except StoreError as exc:
            show_error(self, exc)
            return False
        if self.session is None:
            self.reload_list(select_id=assessment_id)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Assessment restored."), 5000)
        return True

    def new_revision(self) -> int | None:
        """A draft copy of a final assessment to change; the final one stays as it was."""
        if self.store is None or self.session is None:
            return None
        try:
            new_id = self.store.new_revision(self.session.id)
        except StoreError as exc:
            show_error(self, exc)
            return None
        if self.open_assessment(new_id) is not None:
            self.statusBar().showMessage(self.tr("New revision made. The final version is unchanged."), 8000)
        return new_id

    # -- files ------------------------------------------------------------------------------

    def import_file(self) -> int | None:
        if self.store is None:
            return None
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import assessment file"), "", self.tr("PartnerCheck assessment files (*.json);;All files (*)")
        )
        if not path:
            return None
        try:
            raw = Path(path).read_bytes()
            assessment = parse_bytes(raw, path, self.store.library)
            new_id = self.store.create(assessment)
        except (OSError, InterchangeError, StoreError) as exc:
            show_error(self, exc)
            return None
        if self.session is None:
            self.reload_list(select_id=new_id)
        p = assessment.partnership
        self.statusBar().showMessage(self.tr("Imported %1 – %2 as a new assessment.").replace("%1", p.dutch_party).replace("%2", p.counterpart), 8000)
        return new_id

    def export_file(self) -> bool:
        assessment_id = self._current_id()
        if self.store is None or assessment_id is None:
            return False
        if self.assessment_page is not None and not self.assessment_page.flush():
            return False
        try:
            assessment = self.store.get(assessment_id)
        except StoreError as exc:
            show_error(self, exc)
            return False
        p = assessment.partnership
        suggested = _safe_name(f"{p.dutch_party} - {p.counterpart}") + ".json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export assessment file"), suggested, self.tr("PartnerCheck assessment files (*.json)"))
        if not path:
            return False
        target = Path(path)
        partial = target.with_name(f".{target.name}.partial")
        try:
            partial.write_text(dumps(assessment), encoding="utf-8")
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            if exc.filename is None:
                exc.filename = str(target)
            show_error(self, exc)
            return False
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(target)), 8000)
        return True

    # -- errors -----------------------------------------------------------------------------

    def _save_failed(self, exc: BaseException) -> None:
        if self.save_indicator.failed():
            show_error(self, exc)

    def _report_failed(self, message: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Report not made"),
            self.tr("The report could not be made. Your assessment is unchanged.\n\nDetails: %1").replace("%1", message),
        )

    # -- help and settings ------------------------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        from .dialogs import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        self._show_dialog(dialog)
        return dialog

    def show_about(self) -> AboutDialog:
        from .dialogs import AboutDialog

        if self.store is not None:
            checklist = self.store.library.active
        else:
            from ..workspace import checklist_library

            checklist = checklist_library().active
        dialog = AboutDialog(checklist, self.lang, self)
        self._show_dialog(dialog)
        return dialog

    def show_shortcuts(self) -> None:
        rows = [
            (self.tr("Choose answer 1, 2, 3 …"), "1 … 9  /  Alt+1 … Alt+9"),
            (self.tr("Next / previous question"), self.tr("Ctrl+↓ / Ctrl+↑  (or Alt+N / Alt+P)")),
            (self.tr("Next / previous theme"), "Ctrl+PgDn / Ctrl+PgUp"),
            (self.tr("Go to the notes"), self.tr("Alt+O")),
            (self.tr("Checklist, result, action plan, report"), self.tr("Alt+C, Alt+R, Alt+A, Alt+T")),
            (self.tr("Open the selected assessment"), "Enter"),
            (self.tr("New assessment"), QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)),
            (self.tr("Back to all assessments"), "Ctrl+L"),
            (self.tr("Duplicate for re-assessment"), "Ctrl+D"),
            (self.tr("Delete the selected assessment (asks first)"), self.tr("Delete")),
        ]
        cells = "".join(f"<tr><td style='padding-right:18px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for what, keys in rows)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{cells}</table>")

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_assessment():
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        if self.store is not None:
            self.store.close()
            self.store = None
        event.accept()

    def open_initial_database(self, path: Path) -> None:
        """Open the start-up database after the window is shown, so any message has a parent."""
        QTimer.singleShot(0, lambda: self.open_database(path))
