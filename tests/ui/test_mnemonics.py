"""No Alt+letter twice on one screen, in Dutch or in English.

Two visible widgets with the same mnemonic make Qt cycle the focus between them instead of
pressing either, and a greyed button's letter falls through to the other one (Alt+V on the
greyed "Save as PDF" sent the assessment for review). The walk visits every screen and
dialog, in each stage of an assessment, in both languages; every action button has a letter
(OK, Cancel and Close are reached with Enter and Esc).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMainWindow, QPushButton, QTabBar, QWidget

from partnercheck.domain.assessment import Action, Answer, AssessmentState
from partnercheck.services import assessments
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].upper()
        i += 2
    return None


def _standard(button: QAbstractButton) -> bool:
    box = button.parentWidget()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def mnemonic_problems(top: QWidget, where: str) -> list[str]:
    """Duplicate letters among the visible widgets of one window, and action buttons without one."""
    found: dict[str, list[str]] = defaultdict(list)
    problems = []

    def add(text: str, what: str) -> str | None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{what} {text!r}")
        return letter

    for button in top.findChildren(QAbstractButton):
        if button.window() is not top or not button.isVisible() or not button.text():
            continue
        if add(button.text(), "button") is None and isinstance(button, QPushButton) and not _standard(button):
            problems.append(f"{where}: button {button.text()!r} has no Alt key")
    for label in top.findChildren(QLabel):
        if label.window() is top and label.isVisible() and label.buddy() is not None:
            add(label.text(), "label")
    for bar in top.findChildren(QTabBar):
        if bar.window() is top and bar.isVisible():
            for i in range(bar.count()):
                if bar.isTabVisible(i):
                    add(bar.tabText(i), "tab")
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    problems += [f"{where}: Alt+{letter} on " + ", ".join(whats) for letter, whats in sorted(found.items()) if len(whats) > 1]
    return problems


@pytest.fixture(params=["en", "nl"])
def lang(request, qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_no_alt_key_twice_on_any_screen(qtbot, lang, app_settings, db_path, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    window = MainWindow(app_settings, lang)
    qtbot.addWidget(window)
    window.resize(1024, 740)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(db_path)
    problems: list[str] = []

    def check(top: QWidget, where: str) -> None:
        problems.extend(mnemonic_problems(top, f"[{lang}] {where}"))

    def check_dialog(dialog: QWidget, where: str) -> None:
        qtbot.waitExposed(dialog)
        check(dialog, where)
        dialog.reject()  # type: ignore[attr-defined]

    check(window, "empty list")
    check_dialog(window.assessments.new_assessment(), "new assessment")
    check_dialog(window.show_settings(), "settings")
    check_dialog(window.show_about(), "about")
    check_dialog(window.files.show_backups(), "backups")
    from partnercheck.ui.passphrase_dialog import PassphraseDialog

    for export in (True, False):
        passphrase = PassphraseDialog(window, export=export, file_name="x.json")
        passphrase.show()
        check_dialog(passphrase, "encrypt the export" if export else "passphrase to import")

    checklist = library.active
    answered = replace(new_assessment, answers={q.id: Answer(q.options[0].value) for q in checklist.questions})
    answered.actions = [Action(text="Ask for the agreement")]
    first_id = store.create(answered)
    store.set_state(first_id, AssessmentState.REVIEW)
    store.set_state(first_id, AssessmentState.FINAL, by="Hoofd IZ")
    draft_id = assessments.revise(store, first_id)
    deleted_id = store.create(new_assessment)
    store.delete(deleted_id)
    # A tie never assessed to the end is due for review: the notice and its button are said
    # above the list (banners.DueNotice), so its letter is checked against the list's.
    store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, counterpart="Zhuhai")))
    window.reload_list()
    window.update_due_notice()
    assert window.due_banner.isVisible() and window.due_button.isVisible()
    check(window, "list")
    window.list_page.filter_edit.setText("no such name")
    check(window, "list, nothing matches")
    window.list_page.clear_filter()
    check_dialog(window.assessments.show_bin(), "bin")
    tie_dialog = window.ties.open_tie(store.tie_of(first_id))
    qtbot.waitExposed(tie_dialog)
    for tab in range(tie_dialog.tabs.count()):  # the Evidence tab's buttons among them
        tie_dialog.tabs.setCurrentIndex(tab)
        check(tie_dialog, f"tie, tab {tie_dialog.tabs.tabText(tab)!r}")
    tie_dialog.reject()

    def walk(assessment_id: int, stage: str) -> None:
        page = window.open_assessment(assessment_id)
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            check(window, f"{stage}, tab {page.tabs.tabText(tab)!r}")
        page.tabs.setCurrentIndex(page.CHECKLIST_TAB)
        cp = page.checklist_page
        cp.go_to_question(checklist.questions[-1].id)  # Finish instead of Next
        check(window, f"{stage}, last question")
        cp.guidance_button.click()
        check(window, f"{stage}, guidance toggled")
        check_dialog(window.history.show_assessment_history(), f"{stage}, history")
        check_dialog(window.history.show_question_history(), f"{stage}, question history")

    walk(draft_id, "draft")
    page = window.assessment_page
    check_dialog(page.action_page.add_action(), "action")
    page.action_page.view.selectRow(0)
    check_dialog(page.action_page.edit_selected(), "edit action")
    check_dialog(window.assessments.edit_details(), "details")
    check_dialog(window.history.compare_with_previous(), "compare")
    store.set_state(draft_id, AssessmentState.REVIEW)
    walk(draft_id, "review")
    check_dialog(window.signoff.approve(), "approve")
    store.set_hold(first_id, True, "Woo-verzoek 2026-114")  # the hold banner and its button in view
    walk(first_id, "final")
    check_dialog(window.ties.woo.edit_assessment_hold(), "hold on the assessment")
    tie = window.ties.open_tie(store.tie_of(first_id))
    for tab in range(tie.tabs.count()):
        tie.tabs.setCurrentIndex(tab)
        check(tie, f"tie, tab {tie.tabs.tabText(tab)!r}")
    check_dialog(window.ties.woo.edit_tie_hold(store.tie_of(first_id), tie), "hold on the tie")
    tie.close()
    assert not problems, "\n".join(problems)


def test_f1_lists_the_alt_keys_of_the_language_in_use(qtbot, lang, app_settings, db_path, dialogs):  # type: ignore[no-untyped-def]
    window = MainWindow(app_settings, lang)
    qtbot.addWidget(window)
    overview = window.menus.show_shortcuts()
    keys = {what: key for _title, rows in overview.sections for what, key in rows}
    text = overview.text.toPlainText()
    notes, tabs = ("Alt+J", "Alt+C, Alt+R, Alt+A, Alt+P") if lang == "nl" else ("Alt+O", "Alt+C, Alt+R, Alt+A, Alt+T")
    assert keys["Naar de notities" if lang == "nl" else "Go to the notes"] == notes and tabs in text
    review = "Alt+O, Alt+N, Alt+M, Alt+S" if lang == "nl" else "Alt+E, Alt+N, Alt+M, Alt+I"
    assert review in text, "the review panel's keys, as README lists them"
    basis, attach = ("D, G, O, A", "Alt+L") if lang == "nl" else ("D, C, P, A", "Alt+U")
    assert basis in keys.values() and attach in keys.values(), "the evidence panel's keys, as README lists them"
    assert not mnemonic_problems(overview, f"[{lang}] keyboard overview")
    overview.close()


def test_confirmation_boxes_have_a_letter_and_no_clash(qtbot, lang, app_settings, db_path, store, new_assessment, library, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    """The boxes that ask before a step: its action button has an Alt letter of its own
    beside Cancel; Yes/No boxes keep Qt's letters apart; the start-up choice of database too."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from partnercheck.ui import ask

    asked: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, action: asked.append((title, text, action)) is None and False)
    dialogs.answer = QMessageBox.StandardButton.No  # every Yes/No box is answered No: nothing changes
    window = MainWindow(app_settings, lang)
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(db_path)
    answered = replace(new_assessment, answers={q.id: Answer(q.options[0].value) for q in library.active.questions})
    draft_id = store.create(answered)
    window.reload_list(select_id=draft_id)
    window.assessments.delete_assessment()
    window.open_assessment(draft_id)
    window.signoff.change_state(AssessmentState.REVIEW)
    store.set_state(draft_id, AssessmentState.REVIEW)
    window.session.refresh()
    window.signoff.change_state(AssessmentState.DRAFT)
    approve = window.signoff.approve()
    approve.name_edit.setText(new_assessment.assessor)
    approve.accept()
    approve.reject()
    assert len(asked) == 3, asked

    problems: list[str] = []
    boxes = [ask.confirm_box(window, title, text, action)[0] for title, text, action in asked]
    yes_no = [(title, text) for kind, title, text in dialogs.messages if kind == "question"]
    assert yes_no, "the delete question was asked"
    for title, text in yes_no:
        boxes.append(QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window))
    boxes.append(
        ask.choice_box(
            window,
            "?",
            "?",
            window.tr("&Reopen the last database"),
            window.tr("Open the &default database"),
        )[0]
    )
    # An import whose assessment is here already: a copy, or replacing the draft, then confirming.
    conflict = [QCoreApplication.translate("ImportConflict", t) for t in ("Import as a &copy", "&Replace the draft…")]
    boxes.append(ask.pick_box(window, "?", "?", conflict)[0])
    boxes.append(ask.confirm_box(window, "?", "?", QCoreApplication.translate("ImportConflict", "&Replace the draft"))[0])
    for box in boxes:
        box.show()
        qtbot.waitExposed(box)
        problems += mnemonic_problems(box, f"[{lang}] {box.windowTitle()!r}")
        box.reject()
    assert not problems, "\n".join(problems)
