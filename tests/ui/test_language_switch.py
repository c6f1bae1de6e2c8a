"""Settings › Language applies at once: menus, list, the open assessment (window texts and the
checklist's own), the title and status bar change language without a restart, and the user
stays on the same assessment, tab and question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from partnercheck.ui.i18n import remove_translators, switch_translators


@pytest.fixture
def back_to_english(qapp):  # type: ignore[no-untyped-def]
    yield
    remove_translators(qapp, switch_translators(qapp, "en"))


def test_dutch_at_once_and_back(qtbot, window, store, new_assessment, library, back_to_english) -> None:  # type: ignore[no-untyped-def]
    checklist = library.active
    assessment_id = store.create(new_assessment)
    window.reload_list(select_id=assessment_id)
    page = window.open_assessment(assessment_id)
    question = checklist.questions[3]
    page.checklist_page.go_to_question(question.id)
    page.tabs.setCurrentIndex(page.CHECKLIST_TAB)
    assert page.checklist_page.question_label.text() == question.text.en

    dialog = window.show_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    dialog.accept()

    assert window.lang == "nl"
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "B&eoordeling", "&Help"]
    page = window.assessment_page
    assert page is not None and page.session.id == assessment_id, "still in the same assessment"
    assert page.tabs.tabText(page.REPORT_TAB) == "Ra&pport"
    assert page.checklist_page.question.id == question.id, "on the same question"
    assert page.checklist_page.question_label.text() == question.text.nl, "the checklist follows"
    assert window.database_label.text().startswith("Database: ")
    assert window.menus.new_action.text() == "&Nieuwe beoordeling…"
    # One action per shortcut: the old menus' keys are gone, not claimed twice.
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.menus.new_action)) if a.isEnabled() and not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts

    window.show_list()
    assert window.list_page.selected_id() == assessment_id
    assert QCoreApplication.translate("Labels", "In review") == "Ter toetsing"

    dialog = window.show_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.accept()
    assert window.lang == "en"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "A&ssessment", "&Help"]
    assert window.list_page.selected_id() == assessment_id
    assert QCoreApplication.translate("Labels", "In review") == "In review"


def test_dialogs_open_at_the_switch_are_closed_or_rebuilt_in_the_new_language(qtbot, window, store, new_assessment, back_to_english) -> None:  # type: ignore[no-untyped-def]
    """A dialog left open over the window would keep the old language: the bin (which only
    shows) comes back in Dutch, a history is closed; nothing keeps an English title."""
    from PySide6.QtWidgets import QDialog

    assessment_id = store.create(new_assessment)
    store.delete(assessment_id)
    kept = store.create(new_assessment)
    window.reload_list(select_id=kept)
    page = window.open_assessment(kept)
    history = window.history.show_assessment_history()
    old_bin = window.assessments.show_bin()
    assert history is not None and old_bin is not None and old_bin.windowTitle() == "Bin"

    window.settings.language = "nl"
    window.apply_language()

    assert window.lang == "nl" and page is not window.assessment_page
    open_dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert [type(d).__name__ for d in open_dialogs] == ["BinDialog"], "the history is closed, the bin rebuilt"
    rebuilt = open_dialogs[0]
    assert rebuilt is not old_bin and rebuilt.windowTitle() == "Prullenbak"
    assert rebuilt.count() == 1, "with the same contents"
    assert not history.isVisible()
