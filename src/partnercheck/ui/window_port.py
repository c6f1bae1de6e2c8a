"""What the window's controllers may use of the window: the port between them.

The controllers (``file_actions``, ``assessment_actions``, ``signoff_actions``,
``history_actions``, ``change_watcher``) are handed the window typed as ``WindowPort``, not
as ``MainWindow``: they see the open database and assessment, the two pages, the status bar
and a few verbs (open, close, reload, show a dialog), and mypy refuses anything else. They
no longer import ``main_window`` (not even for type checking), so the window and its
controllers do not import each other; ``MainWindow`` implements this class.

A base class rather than a ``typing.Protocol``: the controllers parent their dialogs and
message boxes on the window, which therefore has to be a real ``QWidget``, and a Protocol
cannot require that.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from ..store import AssessmentStore
    from .assessment_page import AssessmentPage
    from .list_page import ListPage
    from .session import AssessmentSession
    from .settings import AppSettings


class WindowPort(QMainWindow):
    # The state the controllers read (``store`` is also cleared by File › Restore a backup).
    settings: AppSettings
    lang: str
    store: AssessmentStore | None
    session: AssessmentSession | None
    assessment_page: AssessmentPage | None
    list_page: ListPage
    stack: QStackedWidget

    def current_id(self) -> int | None:
        """The open assessment, else the one selected in the list."""
        raise NotImplementedError

    def update_due_notice(self) -> None:
        """The notice of ties due for review, read again (an import or an event may change it)."""
        raise NotImplementedError

    def update_actions(self) -> None:
        """Menus and buttons enabled for the current state."""
        raise NotImplementedError

    def show_dialog(self, dialog: QWidget) -> None:
        """Open a non-blocking dialog over the window."""
        raise NotImplementedError

    def sync_actor(self) -> None:
        """Tell the store who is making changes (the assessor's name in the settings)."""
        raise NotImplementedError

    def open_database(self, path: Path | str) -> bool:
        raise NotImplementedError

    def reload_list(self, select_id: int | None = None) -> None:
        raise NotImplementedError

    def open_assessment(self, assessment_id: int) -> AssessmentPage | None:
        raise NotImplementedError

    def close_assessment(self, *, save: bool = True) -> bool:
        """Leave the open assessment; False when a note could not be saved (``save=False``:
        it is gone, and an unsaved note with it)."""
        raise NotImplementedError

    def go_to_question(self, question_id: str) -> None:
        raise NotImplementedError
