"""The main window: the list of assessments or one open assessment, menus, and the status bar.

It wires pages to the store and turns store errors into messages; the pages do the rest.
"""

from __future__ import annotations

import sqlite3
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from ..domain.assessment import Assessment, AssessmentState
from ..domain.interchange import InterchangeError, dumps, parse_bytes
from ..domain.reference import KnownPartnership
from ..store.errors import StateError, StoreError, UnknownAssessmentError, translate
from .list_page import ListPage
from .messages import show_error
from .save_indicator import SaveIndicator
from .settings import AppSettings

if TYPE_CHECKING:  # loaded when first needed: the start screen shows without them
    from ..domain.checklist import Question
    from ..store import AssessmentStore
    from .assessment_page import AssessmentPage
    from .backup_dialog import BackupDialog
    from .bin_dialog import BinDialog
    from .compare_dialog import CompareDialog
    from .dialogs import AboutDialog, SettingsDialog
    from .history_dialog import HistoryDialog
    from .partnership_dialog import PartnershipDialog
    from .session import AssessmentSession
    from .signoff import ApproveDialog

DB_FILTER = "*.sqlite3 *.sqlite *.db"
POLL_MS = 2000  # how often an active window looks for changes made by another window or program


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
        self._data_version: int | None = None  # the store's data_version when last looked at

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
        self.list_page.bin_requested.connect(self.show_bin)
        self._build_actions()
        self._update_title()
        self._update_actions()

        # A stale view: another window or the command line may change the same database.
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.check_for_outside_changes)

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
        self.bin_action = self._action(self.tr("&Bin…"), self.show_bin)
        self.backups_action = self._action(self.tr("Restore a bac&kup…"), self.show_backups)
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.bin_action)
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
        self.review_action = self._action(self.tr("Send for re&view"), lambda: self.change_state(AssessmentState.REVIEW))
        self.draft_action = self._action(self.tr("Bac&k to draft"), lambda: self.change_state(AssessmentState.DRAFT))
        self.approve_action = self._action(self.tr("&Approve (make final)…"), self.approve)
        self.compare_action = self._action(self.tr("Compare &with previous…"), self.compare_with_previous)
        self.history_action = self._action(self.tr("Assessment histor&y…"), self.show_assessment_history, "Ctrl+Shift+H")
        self.question_history_action = self._action(self.tr("Question h&istory…"), self.show_question_history, "Ctrl+H")
        menu = self.menuBar().addMenu(self.tr("A&ssessment"))
        for action in (self.open_action, self.details_action, self.duplicate_action, self.revision_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.review_action, self.draft_action, self.approve_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.compare_action, self.history_action, self.question_history_action):
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
        self.bin_action.setEnabled(has_store)
        self.backups_action.setEnabled(has_store)
        a = self.session.assessment if self.session is not None else None
        in_list = a is not None and a.deleted is None
        self.review_action.setEnabled(in_list and a.state is AssessmentState.DRAFT)  # type: ignore[union-attr]
        self.draft_action.setEnabled(in_list and a.state is AssessmentState.REVIEW)  # type: ignore[union-attr]
        self.approve_action.setEnabled(in_list and a.state is AssessmentState.REVIEW)  # type: ignore[union-attr]
        for action in (self.compare_action, self.history_action, self.question_history_action):
            action.setEnabled(a is not None)

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
        self._sync_actor()
        self._data_version = self._read_data_version()
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
        self._sync_actor()
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
        page.state_requested.connect(self.change_state)
        page.compare_requested.connect(self.compare_with_previous)
        page.history_requested.connect(self.show_assessment_history)
        page.checklist_page.history_requested.connect(self.show_question_history)
        session.state_changed.connect(self._update_actions)
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
            self.tr("Delete the assessment of %1 – %2?\n\nIt is moved to the bin; Assessment › Undo delete or File › Bin brings it back.")
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
        self.statusBar().showMessage(self.tr("Assessment deleted. Assessment › Undo delete or File › Bin brings it back."), 10000)
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

    # -- sign-off ---------------------------------------------------------------------------

    def change_state(self, state: AssessmentState) -> bool | ApproveDialog | None:
        """Send for review or back to draft at once; approval asks first (see ``approve``)."""
        if state is AssessmentState.FINAL:
            return self.approve()
        session = self.session
        if session is None or (self.assessment_page is not None and not self.assessment_page.flush()):
            return False
        try:
            session.set_state(state)
        except StoreError as exc:
            self._state_refused(exc)
            return False
        self._update_actions()
        if state is AssessmentState.REVIEW:
            message = self.tr("Sent for review. Approving it (Assessment › Approve) makes it final.")
            missing = len(session.unanswered())
            if missing == 1:
                message += " " + self.tr("One question still needs an answer before it can be approved.")
            elif missing:
                message += " " + self.tr("%1 questions still need an answer before it can be approved.").replace("%1", str(missing))
        else:
            message = self.tr("Back to draft: the assessment can be changed again.")
        self.statusBar().showMessage(message, 10000)
        return True

    def approve(self) -> ApproveDialog | None:
        """Ask who approves (and say the assessment will be locked); then make it final."""
        from .signoff import ApproveDialog

        session = self.session
        if session is None or session.assessment.state is not AssessmentState.REVIEW:
            return None
        if self.assessment_page is not None and not self.assessment_page.flush():
            return None
        missing = session.unanswered()
        if missing:
            self._offer_unanswered(missing)
            return None
        dialog = ApproveDialog(session.assessment, self.settings.assessor, self)
        dialog.accepted.connect(lambda: self._approve(dialog.approver()))
        self._show_dialog(dialog)
        return dialog

    def _approve(self, approver: str) -> bool:
        session = self.session
        if session is None:
            return False
        try:
            session.set_state(AssessmentState.FINAL, by=approver)
        except StoreError as exc:
            self._state_refused(exc)
            return False
        self._update_actions()
        self.statusBar().showMessage(self.tr("Approved by %1. The assessment is final and locked.").replace("%1", approver), 10000)
        return True

    def _state_refused(self, exc: StoreError) -> None:
        """The store said no: unanswered questions get an offer to go there; the rest a message."""
        if isinstance(exc, StateError) and self.session is not None:
            missing = self.session.unanswered()  # re-read by the session when the store refused
            if missing:
                self._offer_unanswered(missing)
                return
        show_error(self, exc)

    def _offer_unanswered(self, missing: list[Question]) -> None:
        from .history_text import question_number

        session, page = self.session, self.assessment_page
        if session is None or page is None:
            return
        first = missing[0]
        answer = QMessageBox.question(
            self,
            self.tr("Not every question is answered"),
            (
                self.tr(
                    "The assessment cannot be approved yet: %1 of the %2 questions have no answer. "
                    "Every question needs one; “Don't know” is an answer too.\n\nGo to the first unanswered question (%3)?"
                )
                if len(missing) > 1
                else self.tr(
                    "The assessment cannot be approved yet: one of the %2 questions has no answer. "
                    "Every question needs one; “Don't know” is an answer too.\n\nGo to this question (%3)?"
                )
            )
            .replace("%1", str(len(missing)))
            .replace("%2", str(len(session.checklist.questions)))
            .replace("%3", question_number(session.checklist, first.id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._go_to_question(first.id)

    def _go_to_question(self, question_id: str) -> None:
        page = self.assessment_page
        if page is None:
            return
        page.tabs.setCurrentIndex(page.CHECKLIST_TAB)
        page.checklist_page.go_to_question(question_id)
        page.checklist_page._focus_options()

    # -- looking back: history and comparison -----------------------------------------------

    def show_question_history(self, question_id: str | None = None) -> HistoryDialog | None:
        from .history_dialog import HistoryDialog
        from .history_text import describe, question_number

        session, page = self.session, self.assessment_page
        if self.store is None or session is None or page is None:
            return None
        question_id = question_id or page.checklist_page.question.id
        page.checklist_page.flush_note()  # what was just typed belongs in the history too
        question = session.checklist.question(question_id)
        if question is None:
            return None
        try:
            entries = self.store.history(session.id, question_id)
        except StoreError as exc:
            show_error(self, exc)
            return None
        number = question_number(session.checklist, question_id)
        rows = [describe(e, session.checklist, self.lang) for e in entries]
        dialog = HistoryDialog(
            self.tr("History of question %1").replace("%1", number),
            f"{number} {question.text.get(self.lang)}",
            rows,
            with_subject=False,
            parent=self,
        )
        self._show_dialog(dialog)
        return dialog

    def show_assessment_history(self) -> HistoryDialog | None:
        from .history_dialog import HistoryDialog
        from .history_text import describe

        session = self.session
        if self.store is None or session is None:
            return None
        if self.assessment_page is not None:
            self.assessment_page.flush()
        try:
            entries = self.store.history(session.id)
        except StoreError as exc:
            show_error(self, exc)
            return None
        p = session.assessment.partnership
        rows = [describe(e, session.checklist, self.lang) for e in entries]
        dialog = HistoryDialog(self.tr("Assessment history"), f"{p.dutch_party} – {p.counterpart}", rows, with_subject=True, parent=self)
        self._show_dialog(dialog)
        return dialog

    def compare_with_previous(self) -> CompareDialog | None:
        from ..domain.compare import compare
        from .compare_dialog import CompareDialog

        session = self.session
        if self.store is None or session is None:
            return None
        if self.assessment_page is not None:
            self.assessment_page.flush()
        try:
            previous_id = self.store.previous_of(session.id)
            previous = self.store.get(previous_id) if previous_id is not None else None
        except StoreError as exc:
            show_error(self, exc)
            return None
        if previous is None:
            p = session.assessment.partnership
            QMessageBox.information(
                self,
                self.tr("Nothing to compare with"),
                self.tr(
                    "There is no previous assessment of %1 – %2 to compare with.\n\n"
                    "A comparison needs an earlier revision of this assessment, or an earlier assessment of the same partnership "
                    "(Assessment › Duplicate for re-assessment starts one)."
                )
                .replace("%1", p.dutch_party)
                .replace("%2", p.counterpart),
            )
            return None
        comparison = compare(session.checklist, previous, session.assessment)
        dialog = CompareDialog(session.checklist, self.lang, previous, session.assessment, comparison, self)
        dialog.question_requested.connect(lambda question_id: (dialog.accept(), self._go_to_question(question_id)))
        self._show_dialog(dialog)
        return dialog

    # -- the bin and backups ----------------------------------------------------------------

    def show_bin(self) -> BinDialog | None:
        from .bin_dialog import BinDialog

        if self.store is None:
            return None
        dialog = BinDialog(self)
        dialog.restore_requested.connect(lambda assessment_id: self.restore_from_bin(assessment_id, dialog))
        dialog.empty_requested.connect(lambda: self.empty_bin(dialog))
        if not self._fill_bin(dialog):
            dialog.deleteLater()
            return None
        self._show_dialog(dialog)
        return dialog

    def _fill_bin(self, dialog: BinDialog) -> bool:
        if self.store is None:
            return False
        try:
            dialog.set_summaries(self.store.list_summaries(in_bin=True))
        except StoreError as exc:
            show_error(self, exc)
            return False
        return True

    def restore_from_bin(self, assessment_id: int, dialog: BinDialog | None = None) -> bool:
        if self.store is None:
            return False
        try:
            self.store.restore(assessment_id)
        except StoreError as exc:
            show_error(dialog or self, exc)
            return False
        if self._last_deleted == assessment_id:
            self._last_deleted = None
        if dialog is not None:
            self._fill_bin(dialog)
        if self.session is None:
            self.reload_list(select_id=assessment_id)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Assessment restored."), 5000)
        return True

    def empty_bin(self, dialog: BinDialog | None = None) -> int:
        """Remove what is in the bin for good, after asking; returns how many went."""
        if self.store is None:
            return 0
        try:
            count = len(self.store.list_summaries(in_bin=True))
        except StoreError as exc:
            show_error(dialog or self, exc)
            return 0
        if count == 0:
            return 0
        answer = QMessageBox.question(
            dialog or self,
            self.tr("Empty the bin"),
            self.tr("Remove the %1 assessments in the bin for good? This cannot be undone.").replace("%1", str(count))
            if count > 1
            else self.tr("Remove the assessment in the bin for good? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        try:
            removed = self.store.empty_bin()
        except StoreError as exc:
            show_error(dialog or self, exc)
            return 0
        self._last_deleted = None
        if dialog is not None:
            self._fill_bin(dialog)
        self._update_actions()
        done = (
            self.tr("The bin is empty: %1 assessments removed for good.").replace("%1", str(removed))
            if removed != 1
            else self.tr("The bin is empty: one assessment removed for good.")
        )
        self.statusBar().showMessage(done, 8000)
        return removed

    def show_backups(self) -> BackupDialog | None:
        from .backup_dialog import BackupDialog

        if self.store is None:
            return None
        dialog = BackupDialog(self.store.path, self)
        dialog.restore_requested.connect(lambda backup: self.restore_backup(backup, dialog))
        dialog.backup_requested.connect(lambda: self.make_backup(dialog))
        self._fill_backups(dialog)
        self._show_dialog(dialog)
        return dialog

    def _fill_backups(self, dialog: BackupDialog) -> None:
        from ..store.backups import backup_dir, list_backups

        if self.store is not None:
            dialog.set_backups(list_backups(self.store.path), backup_dir(self.store.path))

    def make_backup(self, dialog: BackupDialog | None = None) -> Path | None:
        from ..store.backups import make_backup

        if self.store is None:
            return None
        if self.assessment_page is not None:
            self.assessment_page.flush()
        try:
            made = make_backup(self.store.db.conn, self.store.path, "manual")
        except (OSError, sqlite3.Error) as exc:
            show_error(dialog or self, self._known(exc))
            return None
        if dialog is not None:
            self._fill_backups(dialog)
        self.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", made.name), 8000)
        return made

    def restore_backup(self, backup: Path, dialog: BackupDialog | None = None) -> bool:
        """Put the database back as it was in ``backup``, after asking; the current state is
        kept as a backup first. The window's own connection is closed meanwhile."""
        from ..store.backups import restore_backup
        from .backup_dialog import backup_when

        store = self.store
        if store is None:
            return False
        parent = dialog or self
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
        if not self.close_assessment():
            return False
        self.stack.setCurrentWidget(self.list_page)
        path = store.path
        store.close()
        self.store = None
        error: BaseException | None = None
        try:
            restore_backup(path, backup)
        except (StoreError, OSError, sqlite3.Error) as exc:
            error = self._known(exc)
        reopened = self.open_database(path)
        if dialog is not None:
            self._fill_backups(dialog)
        if error is not None:
            show_error(parent, error)
            return False
        if reopened:
            self.statusBar().showMessage(
                self.tr("Backup of %1 restored. The state before it is kept as a backup.").replace("%1", backup_when(backup)), 10000
            )
        return reopened

    def _known(self, exc: BaseException) -> BaseException:
        if isinstance(exc, sqlite3.Error):
            return translate(exc, self.store.path if self.store is not None else Path(self.settings.database_path)) or StoreError(str(exc))
        return exc

    # -- changes made elsewhere -------------------------------------------------------------

    def _read_data_version(self) -> int | None:
        try:
            return self.store.data_version() if self.store is not None else None
        except StoreError:
            return None

    def check_for_outside_changes(self) -> bool:
        """The poll: when another connection committed, show what the database now holds.

        Cheap when nothing changed (one PRAGMA). The list is re-read only when it is shown; an
        open assessment is re-read, keeping a note that is being typed. True when the screen
        changed.
        """
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        changed = False
        if self.session is not None:
            try:
                changed = self.session.refresh()
            except UnknownAssessmentError:
                self._open_assessment_vanished()
                return True
            except StoreError:
                return False
        elif self.stack.currentWidget() is self.list_page and self.store is not None:
            try:
                summaries = self.store.list_summaries()
            except StoreError:
                return False
            if not self.list_page.model.same_as(summaries):
                self.list_page.set_summaries(summaries)
                changed = True
        if changed:
            self._update_actions()
            self.statusBar().showMessage(self.tr("Updated with changes made elsewhere"), 8000)
        return changed

    def _open_assessment_vanished(self) -> None:
        page = self.assessment_page
        if page is not None:
            page.checklist_page._note_dirty = False  # nowhere left to save it
        self.close_assessment()
        self.stack.setCurrentWidget(self.list_page)
        self.reload_list()
        QMessageBox.information(
            self,
            self.tr("Assessment removed"),
            self.tr("The assessment that was open has been removed for good in another window or program (the bin was emptied)."),
        )

    def _sync_actor(self) -> None:
        """The history names who made a change: the name from the settings, if there is one."""
        if self.store is not None and self.settings.assessor:
            self.store.actor = self.settings.assessor

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            if self.isActiveWindow():
                self.poll_timer.start()
                QTimer.singleShot(0, self, self.check_for_outside_changes)  # back from another window: look now
            else:
                self.poll_timer.stop()
        super().changeEvent(event)

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
        dialog.accepted.connect(self._sync_actor)
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
            (self.tr("History of the current question"), "Ctrl+H"),
            (self.tr("History of the whole assessment"), "Ctrl+Shift+H"),
            (self.tr("Send for review, back to draft, approve"), self.tr("Alt+V, Alt+K, Alt+V")),
            (self.tr("Compare with the previous assessment"), self.tr("Alt+W")),
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
        self.poll_timer.stop()
        if self.store is not None:
            self.store.close()
            self.store = None
        event.accept()

    def open_initial_database(self, path: Path) -> None:
        """Open the start-up database after the window is shown, so any message has a parent."""
        QTimer.singleShot(0, lambda: self.open_database(path))
