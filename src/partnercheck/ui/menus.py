"""The window's menus and keyboard shortcuts, built in one place, and when each is enabled.

Each action only calls the controller that does the work (file_actions, assessment_actions,
signoff_actions, history_actions) or the window itself; Help › Keyboard shortcuts
(keyboard_help) lists the shortcuts set here and those of the pages, Help › User guide
(guide_window) shows the guide.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..domain.assessment import AssessmentState
from .window_port import WindowPort

if TYPE_CHECKING:
    from .assessment_actions import AssessmentActions
    from .dialogs import AboutDialog, SettingsDialog
    from .file_actions import FileActions
    from .guide_window import GuideWindow
    from .history_actions import HistoryActions
    from .keyboard_help import KeyboardHelp
    from .publication_actions import PublicationActions
    from .reading_window import ReadingWindow as HelpWindow
    from .signoff_actions import SignoffActions
    from .tie_actions import TieActions


class MenuHost(WindowPort):
    """The window as its menus see it: the controllers' port, the controllers the actions
    call, and the window's own commands. ``MainWindow`` implements it; the menus do not
    import the window, so the two do not import each other."""

    # Read only: the window makes each when first used (window_controllers).
    @property
    def files(self) -> FileActions:
        raise NotImplementedError

    @property
    def assessments(self) -> AssessmentActions:
        raise NotImplementedError

    @property
    def signoff(self) -> SignoffActions:
        raise NotImplementedError

    @property
    def history(self) -> HistoryActions:
        raise NotImplementedError

    @property
    def publication(self) -> PublicationActions:
        raise NotImplementedError

    @property
    def ties(self) -> TieActions:
        raise NotImplementedError

    def controller_made(self, name: str) -> bool:
        """Whether the controller ``name`` exists yet (the window makes each when first used)."""
        raise NotImplementedError

    def open_selected(self) -> None:
        raise NotImplementedError

    def show_list(self) -> bool:
        raise NotImplementedError

    def show_settings(self) -> SettingsDialog:
        raise NotImplementedError

    def show_about(self) -> AboutDialog:
        raise NotImplementedError


def _open_log_folder() -> None:
    from .error_dialog import open_log_folder  # loads when asked for, not at start-up

    open_log_folder()


class WindowMenus(QObject):
    def __init__(self, window: MenuHost) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []
        self.help_windows: dict[str, HelpWindow] = {}  # the user guide and the keys, while open
        self._build_file_menu()
        self._build_assessment_menu()
        self._build_help_menu()

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self.window)  # owned by the window, so its shortcut works there
        self.actions.append(action)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_file_menu(self) -> None:
        # Every controller through a lambda: the window makes a controller when first used
        # (window_controllers), a bound method here would make them all at start-up.
        w = self.window
        self.new_action = self._action(self.tr("&New assessment…"), lambda: w.assessments.new_assessment(), QKeySequence.StandardKey.New)
        self.import_action = self._action(self.tr("&Import assessment file…"), lambda: w.files.import_file(), "Ctrl+I")
        self.export_action = self._action(self.tr("&Export assessment file…"), lambda: w.files.export_file(), "Ctrl+E")
        self.package_action = self._action(self.tr("E&xport for review…"), lambda: w.files.export_for_review())
        self.open_db_action = self._action(self.tr("&Open database…"), lambda: w.files.choose_database(), QKeySequence.StandardKey.Open)
        self.new_db_action = self._action(self.tr("New &database…"), lambda: w.files.choose_new_database())
        self.bin_action = self._action(self.tr("&Bin…"), lambda: w.assessments.show_bin())
        self.portfolio_action = self._action(self.tr("Portfo&lio of ties…"), lambda: w.ties.show_portfolio(), "Ctrl+T")
        self.due_action = self._action(self.tr("Ties due for re&view…"), lambda: w.ties.show_portfolio(due_first=True))
        self.backups_action = self._action(self.tr("Restore a bac&kup…"), lambda: w.files.show_backups())
        self.install_checklist_action = self._action(self.tr("Ins&tall a checklist…"), lambda: w.files.install_checklist())
        self.publish_action = self._action(self.tr("P&ublish register…"), lambda: w.publication.publish_register())
        self.settings_action = self._action(self.tr("&Settings…"), w.show_settings, "Ctrl+,")
        self.quit_action = self._action(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        menu = w.menuBar().addMenu(self.tr("&File"))
        # The databases opened before, with their full paths: which file is which stays clear.
        self.recent_menu = QMenu(self.tr("&Recent databases"), w)
        self.update_recent()
        for group in (
            (self.new_action, self.import_action, self.export_action, self.package_action),
            (self.open_db_action, self.recent_menu.menuAction(), self.new_db_action, self.backups_action),
            (self.portfolio_action, self.due_action, self.bin_action, self.publish_action),
            (self.install_checklist_action, self.settings_action),
            (self.quit_action,),
        ):
            if not menu.isEmpty():
                menu.addSeparator()
            for action in group:
                menu.addAction(action)

    def dispose(self) -> None:
        """Take the menus and their shortcuts away (the language switch builds new ones): a
        shortcut is dropped at once, so no key is claimed twice before the old action is gone."""
        self.window.menuBar().clear()
        for action in self.actions:
            action.setShortcut(QKeySequence())
            action.setEnabled(False)
            action.deleteLater()
        self.actions.clear()
        self.deleteLater()

    def update_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.window.store.path) if self.window.store is not None else None
        for path in self.window.settings.recent_databases:
            action = self.recent_menu.addAction(path)
            action.setEnabled(path != current)
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_database(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _build_assessment_menu(self) -> None:
        w = self.window
        self.open_action = self._action(self.tr("&Open"), w.open_selected)
        self.details_action = self._action(self.tr("Edit &details…"), lambda: w.assessments.edit_details())
        self.duplicate_action = self._action(self.tr("D&uplicate for re-assessment"), lambda: w.assessments.duplicate(), "Ctrl+D")
        self.delete_action = self._action(self.tr("De&lete…"), lambda: w.assessments.delete_assessment())
        self.undo_delete_action = self._action(self.tr("&Undo delete"), lambda: w.assessments.undo_delete())
        self.revision_action = self._action(self.tr("New &revision"), lambda: w.signoff.new_revision())
        self.upgrade_action = self._action(self.tr("Up&grade to the newest checklist…"), lambda: w.signoff.upgrade_checklist())
        self.back_action = self._action(self.tr("&Back to all assessments"), w.show_list, "Ctrl+L")
        self.review_action = self._action(self.tr("Send for re&view"), lambda: w.signoff.change_state(AssessmentState.REVIEW))
        self.draft_action = self._action(self.tr("Bac&k to draft"), lambda: w.signoff.change_state(AssessmentState.DRAFT))
        self.approve_action = self._action(self.tr("&Approve (make final)…"), lambda: w.signoff.approve())
        self.publication_action = self._action(self.tr("Approve &publication…"), lambda: w.publication.approve_publication())
        self.hold_action = self._action(self.tr("Legal &hold…"), lambda: w.ties.woo.edit_assessment_hold())
        self.compare_action = self._action(self.tr("Compare &with previous…"), lambda: w.history.compare_with_previous())
        self.history_action = self._action(self.tr("Assessment histor&y…"), lambda: w.history.show_assessment_history(), "Ctrl+Shift+H")
        self.question_history_action = self._action(self.tr("Question h&istory…"), lambda: w.history.show_question_history(), "Ctrl+H")
        menu = w.menuBar().addMenu(self.tr("A&ssessment"))
        for group in (
            (self.open_action, self.details_action, self.duplicate_action, self.revision_action, self.upgrade_action),
            (self.review_action, self.draft_action, self.approve_action, self.publication_action, self.hold_action),
            (self.compare_action, self.history_action, self.question_history_action),
            (self.delete_action, self.undo_delete_action),
            (self.back_action,),
        ):
            if not menu.isEmpty():
                menu.addSeparator()
            for action in group:
                menu.addAction(action)

    def _build_help_menu(self) -> None:
        w = self.window
        self.keys_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        # No key of its own: F1 is the overview of the keys, and Shift+F1 is "What's This?" by custom.
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide)
        self.about_action = self._action(self.tr("&About PartnerCheck"), w.show_about)
        self.log_folder_action = self._action(self.tr("Open &log folder"), _open_log_folder)
        menu = w.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.guide_action)
        menu.addAction(self.keys_action)
        menu.addAction(self.log_folder_action)
        menu.addAction(self.about_action)

    def update(self) -> None:
        """Enable what makes sense for the open database, the selection and the open assessment."""
        w = self.window
        session = w.session
        has_store = w.store is not None
        has_target = has_store and w.current_id() is not None
        # A database that cannot be written (store.readonly) is only read: nothing that changes it.
        writable = has_store and w.store is not None and w.store.read_only is None
        for action in (self.new_action, self.import_action):
            action.setEnabled(writable)
        self.export_action.setEnabled(has_target)
        self.package_action.setEnabled(has_target)
        self.portfolio_action.setEnabled(has_store)
        self.due_action.setEnabled(has_store)
        for action in (self.duplicate_action, self.delete_action):
            action.setEnabled(has_target and writable)
        self.open_action.setEnabled(has_target and session is None)
        self.details_action.setEnabled(session is not None and not session.locked)
        self.revision_action.setEnabled(session is not None and session.read_only and writable)
        self.upgrade_action.setEnabled(session is not None and writable and w.signoff.newer_checklist() is not None)
        # Nothing was deleted before the assessments' controller exists (asking would make it).
        deleted = w.controller_made("assessments") and w.assessments.last_deleted is not None
        self.undo_delete_action.setEnabled(writable and deleted)
        self.back_action.setEnabled(session is not None)
        self.bin_action.setEnabled(writable)
        self.backups_action.setEnabled(writable)
        self.publish_action.setEnabled(has_store)
        a = session.assessment if session is not None else None
        moves = session.offered_moves() if session is not None else frozenset()  # the domain's rule, as the store's
        self.review_action.setEnabled(AssessmentState.REVIEW in moves)
        self.draft_action.setEnabled(AssessmentState.DRAFT in moves)
        self.approve_action.setEnabled(AssessmentState.FINAL in moves)
        self.publication_action.setEnabled(a is not None and a.is_final and writable)
        self.hold_action.setEnabled(a is not None and writable)
        for action in (self.compare_action, self.history_action, self.question_history_action):
            action.setEnabled(a is not None)

    def show_shortcuts(self) -> KeyboardHelp:
        from .keyboard_help import KeyboardHelp  # the overview is not on the start-up path

        return cast("KeyboardHelp", self._show_help("keys", lambda: KeyboardHelp(self.actions, self.window)))

    def show_guide(self) -> GuideWindow:
        from .guide_window import GuideWindow

        return cast("GuideWindow", self._show_help("guide", lambda: GuideWindow(self.window.lang, self.window)))

    def _show_help(self, kind: str, make: Callable[[], HelpWindow]) -> HelpWindow:
        """One window of each kind, beside the work (not modal); asked again, it comes forward."""
        windows = self.help_windows  # not self in the slot: a language switch deletes these menus first
        shown = windows.get(kind)
        if shown is None:
            shown = windows[kind] = make()
            shown.destroyed.connect(lambda: windows.pop(kind, None))
        shown.show()
        shown.raise_()
        shown.activateWindow()
        return shown
