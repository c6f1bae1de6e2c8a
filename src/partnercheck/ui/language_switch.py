"""Switching the window's language without a restart (Settings › Language).

Every text of the window is set through ``tr()`` when its widget is built, and the open
assessment's checklist texts follow the window's language. So a switch installs the other
translators and builds the language-bound parts again — the menus, the list page and the
open assessment's pages — and puts the user back where they were: the same assessment, tab
and question, the same selection in the list. Nothing is stored by a switch; every answer
and note is already in the database.

A dialog open at the moment of the switch (one the user opened beside the settings, a bin or
a history left open, a message) would keep the old language: it is closed — cancelled, as its
Close or Cancel button would — and a dialog that only shows things (the bin, About) is opened
again in the new language (the user guide and the keys too), so the user finds it where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from .i18n import switch_translators
from .list_page import ListPage
from .menus import MenuHost, WindowMenus

if TYPE_CHECKING:
    from .save_indicator import SaveIndicator


class LanguageHost(MenuHost):
    """The window as a language switch sees it: what it builds again and what it refreshes.
    ``MainWindow`` implements it, so this module does not import the window."""

    menus: WindowMenus
    save_indicator: SaveIndicator

    def connect_list_page(self) -> None:
        raise NotImplementedError

    def update_title(self) -> None:
        raise NotImplementedError

    def update_banners(self) -> None:
        raise NotImplementedError


def _reopeners(window: LanguageHost) -> dict[str, Callable[[], Any]]:
    """The dialogs that only show things, by class name, and how the window opens them."""
    return {
        "BinDialog": window.assessments.show_bin,
        "AboutDialog": window.show_about,
        "GuideWindow": window.menus.show_guide,
        "KeyboardHelp": window.menus.show_shortcuts,
    }


def close_open_dialogs(window: LanguageHost) -> list[str]:
    """Close (reject) every dialog open over the window; the class names of those closed,
    innermost last, so the ones to open again come back in the order they were."""
    from PySide6.QtWidgets import QDialog  # only for a switch: the type costs start-up its enum

    closed = []
    for dialog in reversed(window.findChildren(QDialog)):
        if dialog.isVisible():
            closed.append(type(dialog).__name__)
            dialog.reject()
    return closed[::-1]


def switch_window_language(window: LanguageHost, lang: str) -> bool:
    """Show ``window`` in ``lang``; False when the open assessment could not be left (a note
    that could not be saved and the user chose to stay): then nothing changes."""
    page, session = window.assessment_page, window.session
    closed = close_open_dialogs(window)
    where: tuple[int, int, str] | None = None
    if page is not None and session is not None:
        where = (session.id, page.tabs.currentIndex(), page.checklist_page.question.id)
        if not window.close_assessment():
            return False
    app = QCoreApplication.instance()
    if app is not None:
        switch_translators(app, lang)
    window.lang = lang

    window.menus.dispose()
    window.menus = WindowMenus(window)

    old = window.list_page
    selected = old.selected_id()
    window.list_page = ListPage()
    window.stack.insertWidget(0, window.list_page)
    window.stack.removeWidget(old)
    old.deleteLater()
    window.connect_list_page()
    window.update_title()
    window.update_banners()
    window.save_indicator.reset()
    window.reload_list(select_id=selected)

    if where is not None:
        assessment_id, tab, question_id = where
        reopened = window.open_assessment(assessment_id)
        if reopened is not None:
            reopened.tabs.setCurrentIndex(tab)
            reopened.checklist_page.go_to_question(question_id)
            _reopen(window, closed)
            return True
    window.stack.setCurrentWidget(window.list_page)
    window.list_page.focus_list()
    window.update_actions()
    _reopen(window, closed)
    return True


def _reopen(window: LanguageHost, closed: list[str]) -> None:
    reopeners = _reopeners(window)
    for name in closed:
        if name in reopeners:
            reopeners[name]()
