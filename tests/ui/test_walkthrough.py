"""A whole assessment driven through the window with mouse and keyboard, then reopened."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from partnercheck.domain.assessment import Answer
from partnercheck.ui.partnership_dialog import PartnershipDialog
from partnercheck.workspace import open_store

NOTE = "Brief van 3 mei — één zin, € 12 & <b>, 扬州"


def stored(db_path, assessment_id):  # type: ignore[no-untyped-def]
    """What the database holds, read through a connection of its own."""
    store = open_store(db_path)
    try:
        return store.get(assessment_id)
    finally:
        store.close()


def click_option(qtbot, button):  # type: ignore[no-untyped-def]
    """Click on the radio button's circle (a wide button ignores clicks right of its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def create_by_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.list_page.empty_new_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, PartnershipDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.dutch_party_edit, "Gemeente Testdorp")
    qtbot.keyClicks(dialog.counterpart_edit, "Teststad")
    dialog.assessor_edit.clear()
    qtbot.keyClicks(dialog.assessor_edit, "A. de Vries")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.assessment_page is not None
    return window.assessment_page


def test_whole_assessment_with_mouse_and_keyboard(qtbot, make_window, db_path, library, type_text, activate, dialogs):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.windowTitle().endswith("— PartnerCheck") and str(db_path.parent) in window.windowTitle()
    assert db_path.name in window.windowTitle()
    assert window.list_page.stack.currentWidget() is window.list_page.empty_page

    page = create_by_dialog(qtbot, window)
    activate(qtbot, window)
    assessment_id = page.session.id
    checklist = library.active
    cp = page.checklist_page
    assert cp.position == (0, 0)
    q0 = checklist.themes[0].questions[0]
    assert cp.question_label.text() == q0.text.en

    # 1. An answer by mouse is in the database at once.
    click_option(qtbot, cp.option_buttons()[0])
    assert stored(db_path, assessment_id).answers[q0.id].value == q0.options[0].value
    assert "Saved" in window.save_indicator.text()

    # 2. Next question by Ctrl+Down, answer by number key.
    qtbot.keyClick(cp, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert cp.position == (0, 1)
    q1 = checklist.themes[0].questions[1]
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_2)
    assert stored(db_path, assessment_id).answers[q1.id].value == q1.options[1].value
    assert cp.option_buttons()[1].isChecked()

    # 3. Next theme by Ctrl+PgDown; Alt+3 (the option's mnemonic) answers too.
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert cp.position == (1, 0)
    q2 = checklist.themes[1].questions[0]
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: q2.id in stored(db_path, assessment_id).answers)  # a mnemonic "animates" the click
    assert stored(db_path, assessment_id).answers[q2.id].value == q2.options[2].value

    # 4. Back with Ctrl+PgUp and Ctrl+Up: previous theme, then the last question of theme 0.
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert cp.position == (0, 0)
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert cp.position == (0, 0)  # nothing before the first question
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert cp.position == (0, 1)

    # 5. A note with non-ASCII text, saved after typing stops (debounced) -- digits stay text.
    qtbot.mouseClick(cp.note_edit.viewport(), Qt.MouseButton.LeftButton)
    assert cp.note_edit.hasFocus()
    type_text(cp.note_edit, NOTE)
    qtbot.keyClick(cp.note_edit, Qt.Key.Key_7)  # a digit typed in the note is text, not an answer
    assert cp.note_edit.toPlainText() == NOTE + "7"
    assert cp.option_buttons()[1].isChecked()
    qtbot.waitUntil(lambda: stored(db_path, assessment_id).answers[q1.id].note == NOTE + "7", timeout=3000)
    assert stored(db_path, assessment_id).answers[q1.id].value == q1.options[1].value  # the answer kept

    # 6. Typing then leaving at once (Alt+N) saves without waiting for the pause.
    type_text(cp.note_edit, " ✓")
    qtbot.keyClick(cp.note_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: cp.position == (0, 2))  # a mnemonic "animates" the click
    assert stored(db_path, assessment_id).answers[q1.id].note == NOTE + "7 ✓"

    # 7. A note on an unanswered question is kept too (note only, no answer yet).
    q3 = checklist.themes[0].questions[2]
    qtbot.mouseClick(cp.note_edit.viewport(), Qt.MouseButton.LeftButton)
    type_text(cp.note_edit, "nog navragen")
    qtbot.keyClick(cp.note_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: cp.position == (0, 1))
    saved = stored(db_path, assessment_id).answers[q3.id]
    assert (saved.value, saved.note) == (None, "nog navragen")

    # 8. Close the window, open the database again: everything is still there.
    window.close()
    assert not dialogs.messages
    again = make_window()
    assert again.list_page.model.rowCount() == 1
    table = again.list_page.table
    index = again.list_page.proxy.index(0, 0)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click starts with a click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    page = again.assessment_page
    assert page is not None and page.session.id == assessment_id
    cp = page.checklist_page
    assert cp.option_buttons()[0].isChecked()
    assert cp.go_to_question(q1.id)
    assert cp.option_buttons()[1].isChecked()
    assert cp.note_edit.toPlainText() == NOTE + "7 ✓"
    assert cp.go_to_question(q3.id)
    assert cp.note_edit.toPlainText() == "nog navragen"
    assert not any(b.isChecked() for b in cp.option_buttons())
    assert not dialogs.messages


def test_enter_opens_and_back_returns_to_the_list(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    window.reload_list()
    table = window.list_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.id == first
    qtbot.mouseClick(window.assessment_page.back_button, Qt.MouseButton.LeftButton)
    assert window.session is None
    assert window.stack.currentWidget() is window.list_page
    assert window.list_page.selected_id() == first


def test_clear_answer_and_theme_progress(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    cp = page.checklist_page
    theme = library.active.themes[0]
    for n, _question in enumerate(theme.questions):
        cp.go_to(0, n)
        cp.choose_option(0)
    progress = cp.theme_model.index(0, cp.theme_model.PROGRESS).data()
    assert progress == f"{len(theme.questions)}/{len(theme.questions)}"
    assert cp.theme_model.index(0, cp.theme_model.LEVEL).data() == "Low"
    level = cp.theme_model.index(1, cp.theme_model.LEVEL)
    assert level.data() == "–" and level.data(Qt.ItemDataRole.AccessibleTextRole) == "Not started"  # words in the tooltip
    qtbot.mouseClick(cp.clear_button, Qt.MouseButton.LeftButton)
    assert theme.questions[-1].id not in store.get(assessment_id).answers
    assert not any(b.isChecked() for b in cp.option_buttons())
    assert cp.theme_model.index(0, cp.theme_model.PROGRESS).data() == f"{len(theme.questions) - 1}/{len(theme.questions)}"
    # The navigator goes where it is clicked.
    qtbot.mouseClick(cp.theme_view.viewport(), Qt.MouseButton.LeftButton, pos=cp.theme_view.visualRect(cp.theme_model.index(2, 0)).center())
    assert cp.position == (2, 0)
    qtbot.mouseClick(cp.question_view.viewport(), Qt.MouseButton.LeftButton, pos=cp.question_view.visualRect(cp.question_model.index(1, 0)).center())
    assert cp.position == (2, 1)


def test_ctrl_u_goes_to_the_next_unanswered_question_and_wraps_round(qtbot, window, store, new_assessment, library, activate):  # type: ignore[no-untyped-def]
    checklist = library.active
    questions = checklist.questions
    # Everything answered except the second and the last question.
    new_assessment.answers = {q.id: Answer(q.options[0].value) for q in questions if q not in (questions[1], questions[-1])}
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    activate(qtbot, window)
    cp = page.checklist_page
    assert cp.question is questions[0]
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert cp.question is questions[1]
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert cp.question is questions[-1]
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert cp.question is questions[1]  # round again from the start
    # Once everything is answered, the status bar says so and the page stays put.
    for q in (questions[1], questions[-1]):
        store.save_answer(assessment_id, q.id, Answer(q.options[0].value))
    page.session.refresh()
    qtbot.keyClick(cp.focusWidget() or cp, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert cp.question is questions[1]
    assert window.statusBar().currentMessage() == "Every question has an answer."
