"""A window that is safe by keyboard: Enter presses the button that names the dialog's
action (never Cancel), stage changes are confirmed, and answers are locked in review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from partnercheck.domain.assessment import Action, Answer, AssessmentState
from partnercheck.ui.signoff import ApproveDialog


def all_answered(library):  # type: ignore[no-untyped-def]
    return {q.id: Answer(q.options[0].value) for q in library.active.questions}


def default_button(dialog) -> QPushButton | None:  # type: ignore[no-untyped-def]
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert len(defaults) <= 1
    return defaults[0] if defaults else None


def in_review(window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    new_assessment.answers = all_answered(library)
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    window.reload_list()
    return assessment_id, window.open_assessment(assessment_id)


def test_typing_the_approver_and_pressing_enter_approves(qtbot, make_window, app_settings, store, new_assessment, library):  # type: ignore[no-untyped-def]
    app_settings.assessor = "A. de Vries"  # the officer's own name is never filled in
    window = make_window()
    assessment_id, page = in_review(window, store, new_assessment, library)
    dialog = window.signoff.approve()
    assert isinstance(dialog, ApproveDialog)
    qtbot.waitExposed(dialog)
    assert dialog.name_edit.text() == ""
    assert default_button(dialog) is dialog.approve_button
    qtbot.keyClicks(dialog.name_edit, "Hoofd IZ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert store.get(assessment_id).state is AssessmentState.FINAL
    assert store.get(assessment_id).approved_by == "Hoofd IZ"


def test_approving_as_the_assessor_asks_first(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    assessment_id, page = in_review(window, store, new_assessment, library)
    dialog = window.signoff.approve()
    qtbot.keyClicks(dialog.name_edit, "a. de vries")  # the assessor, whatever the case
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialogs.last()[1] == "Approve your own assessment?"
    assert dialog.isVisible() and store.get(assessment_id).state is AssessmentState.REVIEW
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert store.get(assessment_id).state is AssessmentState.FINAL


def test_stage_changes_are_confirmed(qtbot, window, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert dialogs.last()[1] == "Send for review?"
    assert store.get(assessment_id).state is AssessmentState.DRAFT
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.menus.review_action.trigger()
    assert store.get(assessment_id).state is AssessmentState.REVIEW

    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert dialogs.last()[1] == "Back to draft?"
    assert store.get(assessment_id).state is AssessmentState.REVIEW
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.menus.draft_action.trigger()
    assert store.get(assessment_id).state is AssessmentState.DRAFT


def test_answers_are_locked_in_review(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    new_assessment.actions = [Action(text="Check the agreement")]
    assessment_id, page = in_review(window, store, new_assessment, library)
    cp = page.checklist_page
    assert page.lock_banner.isVisible() and "in review" in page.lock_label.text()
    assert not page.revision_button.isVisible()  # a revision is for a final assessment
    cp.choose_option(1)
    assert store.get(assessment_id).answers[cp.question.id].value == cp.question.options[0].value
    assert cp.note_edit.isReadOnly() and not cp.clear_button.isEnabled()
    assert [b.isEnabled() for b in cp.option_buttons()] == [b.isChecked() for b in cp.option_buttons()]
    assert not page.edit_button.isEnabled() and not window.menus.details_action.isEnabled()
    assert not page.action_page.add_button.isEnabled()
    window.menus.draft_action.trigger()
    assert not page.lock_banner.isVisible() and not cp.note_edit.isReadOnly()
    assert all(b.isEnabled() for b in cp.option_buttons())


def test_every_dialog_defaults_to_its_action_or_to_nothing(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.ui.action_dialog import ActionDialog
    from partnercheck.ui.history_dialog import HistoryDialog

    def shown(dialog):  # type: ignore[no-untyped-def]
        qtbot.waitExposed(dialog)
        return dialog

    new = shown(window.assessments.new_assessment())
    assert default_button(new) is new.buttons.button(QDialogButtonBox.StandardButton.Ok)
    new.reject()
    settings = shown(window.show_settings())
    assert default_button(settings).text() == "OK"
    settings.reject()
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    details = shown(window.assessments.edit_details())
    assert default_button(details) is details.buttons.button(QDialogButtonBox.StandardButton.Ok)
    details.reject()
    action = shown(page.action_page.add_action())
    assert isinstance(action, ActionDialog)
    assert default_button(action) is action.buttons.button(QDialogButtonBox.StandardButton.Ok)
    action.reject()
    history = shown(window.history.show_assessment_history())
    assert isinstance(history, HistoryDialog) and default_button(history) is None  # view only: Enter closes nothing
    history.reject()
    bin_dialog = shown(window.assessments.show_bin())
    assert default_button(bin_dialog) is None  # Enter in the table restores, and only that
    bin_dialog.reject()
    backups = shown(window.files.show_backups())
    assert default_button(backups) is None
    backups.reject()
    about = shown(window.show_about())
    assert default_button(about) is about.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
