"""An assessment's history in the window: per question and for the whole assessment, when,
who and what in readable words, in Dutch with the Dutch option labels."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from partnercheck.domain.assessment import Action, Answer, AssessmentState, PartnershipStatus
from partnercheck.ui.history_dialog import HistoryDialog
from partnercheck.ui.history_text import shorten

# -- history ----------------------------------------------------------------------------------


def test_question_history_lists_when_who_and_what_readably(qtbot, make_window, app_settings, store, new_assessment, library, type_text, activate):  # type: ignore[no-untyped-def]
    app_settings.assessor = "A. de Vries"
    window = make_window()
    new_assessment.answers = {}
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    activate(qtbot, window)
    cp = page.checklist_page
    question = cp.question
    cp.choose_option(0)
    cp.choose_option(1)
    long_note = "Gesprek met de afdeling Internationale Zaken over de rol van de CPAFFC bij het bezoek in mei; " * 3
    cp.note_edit.setFocus()
    type_text(cp.note_edit, long_note)  # still pending: the history saves it first

    qtbot.keyClick(cp.note_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "History of question 1.1"
    assert dialog.intro_label.text() == f"1.1 {question.text.en}"
    rows = dialog.model.texts()
    labels = [o.label.en for o in question.options]
    assert [(who, change) for _when, who, change in rows] == [
        ("A. de Vries", f"Note added: “{shorten(long_note)}”"),
        ("A. de Vries", f"Answer: {labels[0]} → {labels[1]}"),
        ("A. de Vries", f"Answered: {labels[0]}"),
    ]
    assert len(rows[0][2]) < 100
    assert dialog.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == f"Note added: “{long_note}”"  # in full on hovering
    assert all(len(when) == 16 and when[2] == "/" for when, _who, _change in rows)  # 22/11/2026 10:03, never ISO
    dialog.reject()

    # The button opens it as well, for another question with nothing recorded yet.
    cp.next_question()
    qtbot.mouseClick(cp.history_button, Qt.MouseButton.LeftButton)
    empty = window.dialog
    assert isinstance(empty, HistoryDialog) and empty.model.rowCount() == 0 and not empty.empty_label.isHidden()


def test_assessment_history_names_questions_fields_actions_and_stages(qtbot, make_window, app_settings, store, new_assessment, library, partnership):  # type: ignore[no-untyped-def]
    app_settings.assessor = "A. de Vries"
    window = make_window()
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    session = page.session
    question = library.active.themes[1].questions[2]
    page.checklist_page.go_to_question(question.id)
    page.checklist_page.choose_option(0)
    session.update_partnership(replace(partnership, status=PartnershipStatus.DORMANT), "A. de Vries")
    session.add_action(Action("Informeer de raad"))
    action = session.assessment.actions[0]
    session.update_action(replace(action, owner="Griffie", status=action.status.__class__("done")))
    window.signoff.change_state(AssessmentState.REVIEW)

    qtbot.keyClick(page, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.dialog
    assert isinstance(dialog, HistoryDialog) and dialog.windowTitle() == "Assessment history"
    rows = [(who, what, change) for _when, who, what, change in dialog.model.texts()]
    assert rows[0] == ("A. de Vries", "Stage", "Draft → In review")
    assert ("A. de Vries", "Action: Informeer de raad", "Owner: — → Griffie; status: Open → Done") in rows
    assert ("A. de Vries", "Action: Informeer de raad", "Added to the action plan") in rows
    assert ("A. de Vries", "Status of the partnership", "Active → Dormant") in rows
    assert ("A. de Vries", f"2.3 {shorten(question.text.en)}", f"Answered: {question.options[0].label.en}") in rows
    assert rows[-1][1:] == ("Assessment", "Created (Gemeente Breda – Yangzhou)")
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "What"


def test_history_in_dutch_uses_the_dutch_option_labels(qtbot, qapp, app_settings, db_path, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators
    from partnercheck.ui.main_window import MainWindow

    translators = install_translators(qapp, "nl")
    try:
        window = MainWindow(app_settings, "nl")
        qtbot.addWidget(window)
        window.show()
        assert window.open_database(db_path)
        assessment_id = store.create(new_assessment)
        question = library.active.questions[0]
        store.save_answer(assessment_id, question.id, Answer(question.options[2].value))
        store.set_state(assessment_id, AssessmentState.REVIEW)
        window.reload_list()
        page = window.open_assessment(assessment_id)
        assert page.state_badge.text() == "Ter toetsing"
        assert page.approve_button.text() == "Vaststellen (de&finitief maken)…"
        assert "ter toetsing" in page.lock_label.text()  # answers are locked in review
        dialog = window.history.show_question_history()
        assert dialog.windowTitle() == "Geschiedenis van vraag 1.1"
        assert dialog.model.texts()[0][2] == f"Beantwoord: {question.options[2].label.nl}"
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Wanneer"
    finally:
        remove_translators(qapp, translators)
