"""The main window, as the composition root: it holds the store and the open assessment,
shows either the list of assessments or that assessment, and wires pages to the
controllers that do the work:

- ``menus.WindowMenus``: menus, shortcuts, and when each action is enabled
- ``file_actions.FileActions``: databases, import and export, backups
- ``assessment_actions.AssessmentActions``: new, details, duplicate, delete, the bin
- ``signoff_actions.SignoffActions``: review, approve, new revision
- ``history_actions.HistoryActions``: question and assessment history, comparison
- ``change_watcher.ChangeWatcher``: changes made by another window or program

Only what the start screen needs is imported here; the assessment pages and every dialog
load when first used.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ..store.errors import StoreError
from .banners import Banner, DueNotice, exposure_text, network_text, read_only_text
from .change_watcher import ChangeWatcher
from .elided_label import ElidedLabel
from .idle_flush import IdleFlush
from .language_switch import switch_window_language
from .list_page import ListPage
from .menus import WindowMenus
from .messages import show_error
from .save_indicator import SaveIndicator
from .settings import AppSettings
from .window_controllers import WindowControllers

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..store import AssessmentStore
    from .assessment_page import AssessmentPage
    from .dialogs import AboutDialog, SettingsDialog
    from .session import AssessmentSession


class MainWindow(WindowControllers):
    def __init__(self, settings: AppSettings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self.store: AssessmentStore | None = None
        self.session: AssessmentSession | None = None
        self.assessment_page: AssessmentPage | None = None
        self.dialog: QWidget | None = None  # the non-blocking dialog currently open, if any
        self.due_count: int | None = None  # ties due for review, once counted

        # 1024x768 at 150 % (a small Windows laptop) leaves about 682x480 logical pixels: the
        # window and every page in it must fit that.
        self.setMinimumSize(600, 440)
        screen = QGuiApplication.primaryScreen()
        width, height = 1340, 720
        if screen is not None:  # e.g. 1366x768 at 150 % leaves about 910x480 logical pixels
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height() - 40)
        self.resize(width, height)
        self.stack = QStackedWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # What the open file is like (read only, on a network share, readable by others):
        # said above every page.
        self.read_only_banner = Banner("readOnlyBanner", "#8a6d2f")
        self.network_banner = Banner("networkBanner", "#2f5f8a")
        self.exposure_banner = Banner("exposureBanner", "#8a6d2f")
        self.read_only_label = self.read_only_banner.label
        self.network_label = self.network_banner.label
        self.exposure_label = self.exposure_banner.label
        for banner in (self.read_only_banner, self.network_banner, self.exposure_banner):
            column.addWidget(banner)
        # Ties due for review: said above the list on opening a database, with the way to them.
        self.due_banner = DueNotice(self.stack, lambda: self.stack.currentWidget() is self.list_page)
        self.due_label, self.due_button = self.due_banner.label, self.due_banner.button
        column.addWidget(self.due_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.list_page = ListPage()
        self.stack.addWidget(self.list_page)
        self.save_indicator = SaveIndicator()
        self.statusBar().addPermanentWidget(self.save_indicator)
        # The file being edited, always in view: on a shared town-hall PC an officer must see
        # which database the answers go into (the title bar shows it too).
        # Elided in the middle on a narrow window (a long OneDrive path at 150 %), the whole path
        # in its tooltip and accessible name.
        self.database_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.statusBar().addPermanentWidget(self.database_label)

        # The controllers (files, assessments, signoff, history, publication, ties) are made when first used (WindowControllers).
        self.due_button.clicked.connect(lambda: self.ties.show_portfolio(due_first=True))
        self.watcher = ChangeWatcher(self)
        self.idle_flush = IdleFlush(lambda: self.store, self)
        self.menus = WindowMenus(self)  # last: its actions call the controllers above

        self.connect_list_page()
        self.update_title()
        self.update_actions()

    def connect_list_page(self) -> None:
        self.list_page.columns.remember_in(self.settings)  # the widths the user gave the columns
        self.list_page.open_requested.connect(self.open_assessment)
        # Through lambdas: a bound method would make its controller now (WindowControllers).
        self.list_page.new_requested.connect(lambda: self.assessments.new_assessment())
        self.list_page.import_requested.connect(lambda: self.files.import_file())
        self.list_page.delete_requested.connect(lambda: self.assessments.delete_assessment())
        self.list_page.bin_requested.connect(lambda: self.assessments.show_bin())
        self.list_page.selection_changed.connect(self.update_actions)

    # -- state shared with the controllers --------------------------------------------------

    def current_id(self) -> int | None:
        """The open assessment, else the one selected in the list."""
        if self.session is not None:
            return self.session.id
        return self.list_page.selected_id()

    def update_actions(self) -> None:
        self.menus.update()

    def update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle(f"PartnerCheck — {self.tr('no database open')}")
            self.database_label.clear()
            return
        path = self.store.path.resolve() if self.store.path.is_absolute() else self.store.path
        self.setWindowTitle(f"{path.name} ({path.parent}) — PartnerCheck")
        self.database_label.setText(self.tr("Database: %1").replace("%1", str(path)))

    def update_banners(self) -> None:
        self.read_only_banner.say(read_only_text(self.store))
        self.network_banner.say(network_text(self.store))
        self.exposure_banner.say(exposure_text(self.store))
        self.due_banner.show_count(self.due_count)  # in the language in use (language_switch)
        self.list_page.set_editable(self.store is None or self.store.read_only is None)

    def show_dialog(self, dialog: QWidget) -> None:
        """Open a non-blocking dialog and remember it until it closes (tests look at it)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def sync_actor(self) -> None:
        """The history names who made a change: the name from the settings, if there is one."""
        if self.store is not None and self.settings.assessor:
            self.store.actor = self.settings.assessor

    # -- the database -----------------------------------------------------------------------

    def open_database(self, path: Path | str) -> bool:
        """Open (or create) a database; on failure say why and keep the current one."""
        from ..services.workspace import open_store  # sqlite-utils and the checklists load here
        from .backup_progress import backup_progress

        path = Path(path)
        if self.store is not None and self.store.network is not None and _same_file(self.store.path, path):
            # It holds the file exclusively: opening it again would wait for itself.
            self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
            return True
        try:
            with backup_progress(self) as progress:  # shown only while an upgrade's backup runs
                store = open_store(path, progress)
        except StoreError as exc:
            if not self.files.offer_restore(path, exc):
                show_error(self, exc)
            self.update_actions()
            return False
        if not self.close_assessment():
            store.close()
            return False
        old, self.store = self.store, store
        if old is not None:
            old.close()
        self.settings.remember_database(str(path))
        self.menus.update_recent()
        self.sync_actor()
        self.idle_flush.follow(store)
        self.watcher.reset()
        self.update_title()
        self.update_banners()
        self.reload_list()
        QTimer.singleShot(0, self.update_due_notice)  # right after the list is shown: the list must not wait
        if self.stack.currentWidget() is self.list_page:
            self.list_page.focus_list()  # so Enter opens the selected assessment at once
        self.save_indicator.reset()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
        return True

    def update_due_notice(self) -> None:
        from ..services.review_due import count_due  # one query, not the ties controller: the user may be typing

        self.due_count = count_due(self.store)
        self.due_banner.show_count(self.due_count)

    def open_initial_database(self, path: Path, default: Path | None = None) -> None:
        """Open the start-up database after the window is shown, so any message has a parent.
        ``default``: ``path`` is only remembered from last time, so say which file that is and
        offer the user's default database instead (app.start_database)."""
        QTimer.singleShot(0, lambda: self.open_database(path if default is None else self.ask_start_database(path, default)))

    def ask_start_database(self, remembered: Path, default: Path) -> Path:
        """Enter (or Esc) reopens the remembered file, as before; the other button the default."""
        from . import ask

        choice = ask.choose(
            self,
            self.tr("Which database?"),
            self.tr(
                "PartnerCheck reopens the database used last time on this computer:\n%1\n\n"
                "If that is not your file (a shared computer), open your own default database instead:\n%2"
            )
            .replace("%1", str(remembered))
            .replace("%2", str(default)),
            self.tr("&Reopen the last database"),
            self.tr("Open the &default database"),
        )
        return remembered if choice == 0 else default

    def reload_list(self, select_id: int | None = None) -> None:
        try:
            self.list_page.show_store(self.store, select_id)
        except StoreError as exc:
            show_error(self, exc)
            return
        self.update_actions()

    # -- the list or one assessment ---------------------------------------------------------

    def open_selected(self) -> None:
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
        page = AssessmentPage(session, self.settings.report_language or self.lang)
        page.back_requested.connect(self.show_list)
        page.edit_details_requested.connect(self.assessments.edit_details)
        page.new_revision_requested.connect(self.signoff.new_revision)
        page.state_requested.connect(self.signoff.change_state)
        page.compare_requested.connect(self.history.compare_with_previous)
        page.history_requested.connect(self.history.show_assessment_history)
        page.checklist_page.history_requested.connect(self.history.show_question_history)
        session.state_changed.connect(self.update_actions)
        session.saved.connect(self.save_indicator.saved)
        session.save_failed.connect(self._save_failed)
        page.checklist_page.note_pending.connect(self.save_indicator.pending)
        page.checklist_page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        page.report_page.report_failed.connect(self._report_failed)
        page.report_page.file_error.connect(lambda exc: show_error(self, exc))
        self.session, self.assessment_page = session, page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.checklist_page.focus_answers()
        self.update_actions()
        return page

    def close_assessment(self, *, save: bool = True) -> bool:
        """Leave the open assessment; False when a note could not be saved and the user stays.
        ``save=False``: the assessment is gone (deleted elsewhere), there is nothing to save to."""
        page, session = self.assessment_page, self.session
        if page is None or session is None:
            return True
        if save and not page.flush():
            from PySide6.QtWidgets import QMessageBox  # the type costs start-up ~1 ms: loaded when asked

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
        self.update_actions()
        return True

    def show_list(self) -> bool:
        current = self.session.id if self.session is not None else None
        if not self.close_assessment():
            return False
        self.stack.setCurrentWidget(self.list_page)
        self.reload_list(select_id=current)
        self.update_due_notice()
        self.list_page.focus_list()
        return True

    def go_to_question(self, question_id: str) -> None:
        page = self.assessment_page
        if page is None:
            return
        page.tabs.setCurrentIndex(page.CHECKLIST_TAB)
        page.checklist_page.go_to_question(question_id)
        page.checklist_page.focus_answers()

    # -- errors from the pages --------------------------------------------------------------

    def _save_failed(self, exc: BaseException) -> None:
        if self.save_indicator.failed():  # once per run of failures, not at every keystroke
            show_error(self, exc)

    def _report_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self,
            self.tr("Report not made"),
            self.tr("The report could not be made. Your assessment is unchanged.\n\nDetails: %1").replace("%1", message),
        )

    # -- settings and about -----------------------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        from .dialogs import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(self.sync_actor)
        dialog.accepted.connect(self.apply_language)
        self.show_dialog(dialog)
        return dialog

    def apply_language(self) -> None:
        """Switch to the language in the settings at once, without a restart (language_switch)."""
        from .i18n import resolve_language

        lang = resolve_language(self.settings.language)
        if lang != self.lang:
            switch_window_language(self, lang)

    def show_about(self) -> AboutDialog:
        from .dialogs import AboutDialog

        if self.store is not None:
            checklist = self.store.library.active
        else:
            from ..services.workspace import checklist_library

            checklist = checklist_library().active
        dialog = AboutDialog(checklist, self.lang, self)
        self.show_dialog(dialog)
        return dialog

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_assessment():
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        self.watcher.timer.stop()
        if self.store is not None:
            self.store.close()
            self.store = None
        event.accept()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
