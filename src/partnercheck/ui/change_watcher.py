"""Changes made elsewhere: another window or the command line may change the same database.

While the window is the active one it asks SQLite every two seconds whether another
connection committed (``PRAGMA data_version``, one cheap query), and once more as soon as
it becomes active again. When something changed, the screen shows what the database now
holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from ..store.errors import StoreError, UnknownAssessmentError

if TYPE_CHECKING:
    from .window_port import WindowPort

POLL_MS = 2000  # how often an active window looks for changes made by another window or program


class ChangeWatcher(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window
        self.data_version: int | None = None  # the store's data_version when last looked at
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        # Whether the window is the active one, followed through the application's focus window
        # rather than the window's changeEvent: a Python changeEvent has every change event
        # (title, font, palette, ...) converted to its QEvent subclass, and the first such
        # conversion creates a dozen QEvent classes and their enums, ~2 ms of CPU before the
        # first screen. QApplication updates the active window before it emits the signal.
        self._active = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)

    def _focus_window_changed(self) -> None:
        active = self.window.isActiveWindow()
        if active != self._active:  # as an ActivationChange: only when it changes
            self._active = active
            self.window_activated(active)

    def reset(self) -> None:
        """A database was (re)opened: what it holds now is what the window shows."""
        self.data_version = self._read_data_version()

    def window_activated(self, active: bool) -> None:
        if active:
            self.timer.start()
            QTimer.singleShot(0, self, self.check)  # back from another window: look now
        else:
            self.timer.stop()

    def _read_data_version(self) -> int | None:
        store = self.window.store
        try:
            return store.data_version() if store is not None else None
        except StoreError:
            return None

    def check(self) -> bool:
        """The poll: when another connection committed, show what the database now holds.

        Cheap when nothing changed (one PRAGMA). The list is re-read only when it is shown; an
        open assessment is re-read, keeping a note that is being typed. True when the screen
        changed.
        """
        version = self._read_data_version()
        if version is None or version == self.data_version:
            return False
        self.data_version = version
        w = self.window
        changed = False
        if w.session is not None:
            try:
                changed = w.session.refresh()
            except UnknownAssessmentError:
                self._open_assessment_vanished()
                return True
            except StoreError:
                return False
        elif w.stack.currentWidget() is w.list_page and w.store is not None:
            try:
                changed = w.list_page.show_store(w.store)
            except StoreError:
                return False
        if changed:
            w.update_actions()
            w.statusBar().showMessage(self.tr("Updated with changes made elsewhere"), 8000)
        return changed

    def _open_assessment_vanished(self) -> None:
        w = self.window
        w.close_assessment(save=False)  # a note being typed has nowhere left to be saved
        w.stack.setCurrentWidget(w.list_page)
        w.reload_list()
        from PySide6.QtWidgets import QMessageBox  # not at start-up: only this message needs it

        QMessageBox.information(
            w,
            self.tr("Assessment removed"),
            self.tr("The assessment that was open has been removed for good in another window or program (the bin was emptied)."),
        )
