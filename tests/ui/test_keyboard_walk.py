"""A keyboard walk that cannot misfire: after a move the answers have the focus, Esc leaves
the note, Finish follows the last question, tables are left with Tab, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from partnercheck.domain.assessment import Answer


def open_new(window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    return assessment_id, window.open_assessment(assessment_id)


def test_digits_after_ctrl_down_answer_the_next_question(qtbot, window, store, new_assessment, type_text):  # type: ignore[no-untyped-def]
    assessment_id, page = open_new(window, store, new_assessment)
    cp = page.checklist_page
    cp.note_edit.setFocus()
    type_text(cp.note_edit, "seen")
    qtbot.keyClick(cp.note_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert cp.position == (0, 1)
    assert QApplication.focusWidget() in cp.option_buttons()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    stored = store.get(assessment_id)
    assert stored.answers[cp.question.id].value == cp.question.options[1].value
    assert cp.note_edit.toPlainText() == ""  # the digit did not go into this question's note
    assert stored.answers[cp.checklist.themes[0].questions[0].id].note == "seen"


def test_esc_in_the_note_goes_back_to_the_answers(qtbot, window, store, new_assessment, type_text):  # type: ignore[no-untyped-def]
    assessment_id, page = open_new(window, store, new_assessment)
    cp = page.checklist_page
    cp.note_edit.setFocus()
    type_text(cp.note_edit, "x")
    qtbot.keyClick(cp.note_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() in cp.option_buttons()
    assert store.get(assessment_id).answers[cp.question.id].note == "x"


def test_finish_after_the_last_question(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    checklist = library.active
    answers = {q.id: Answer(q.options[0].value) for q in checklist.questions}
    open_one = checklist.questions[3]
    del answers[open_one.id]
    new_assessment.answers = answers
    assessment_id, page = open_new(window, store, new_assessment)
    cp = page.checklist_page
    cp.go_to_question(checklist.questions[-1].id)
    assert cp.next_button.isEnabled() and cp.next_button.text() == "Fi&nish ›"
    qtbot.keyClick(cp, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert cp.question.id == open_one.id and page.tabs.currentIndex() == page.CHECKLIST_TAB  # the open point first
    assert "still has no answer" in window.statusBar().currentMessage()
    cp.choose_option(0)
    cp.go_to_question(checklist.questions[-1].id)
    qtbot.mouseClick(cp.next_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == page.RESULT_TAB


def test_tab_leaves_the_tables_and_never_changes_the_theme(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    _, page = open_new(window, store, new_assessment)
    tables = [window.list_page.table, page.checklist_page.theme_view, page.result_page.theme_view, page.result_page.rec_view]
    tables.append(page.action_page.view)
    assert all(isinstance(t, QTableView) and not t.tabKeyNavigation() for t in tables)
    cp = page.checklist_page
    cp.theme_view.setFocus()
    qtbot.keyClick(cp.theme_view, Qt.Key.Key_Tab)
    assert cp.position == (0, 0) and QApplication.focusWidget() is cp.question_view
    qtbot.keyClick(cp.question_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in cp.option_buttons()  # the answers before the guidance toggle


def test_enter_opens_the_selected_assessment_at_start(qtbot, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window = make_window()
    assert QApplication.focusWidget() is window.list_page.table
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.id == assessment_id
    window.show_list()
    qtbot.keyClicks(window.list_page.filter_edit, "Breda")
    qtbot.keyClick(window.list_page.filter_edit, Qt.Key.Key_Return)
    assert window.session is not None and window.session.id == assessment_id


def test_tab_reaches_the_basis_and_the_files_between_the_answer_and_the_note(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    """As they are seen, top to bottom: the basis and "Attach document" under the answer came
    after the guidance button, after the whole pane."""
    _, page = open_new(window, store, new_assessment)
    cp = page.checklist_page
    evidence = cp.evidence_panel
    cp.choose_option(0)  # the basis is asked once there is an answer
    cp.history_button.setFocus()
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is cp.note_edit:
            break
    assert reached[0] in evidence.basis_buttons.values()
    assert evidence.attach_button in reached
    assert reached[-1] is cp.note_edit
    qtbot.keyClick(cp.note_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is cp.next_button  # "Previous" is off on the first question
