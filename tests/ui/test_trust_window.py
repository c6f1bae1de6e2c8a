"""Trust in the window: sign-off, comparison with the previous assessment, and the bin
(history: test_assessment_history_window.py; changes made elsewhere:
test_changes_elsewhere_window.py; backups: test_backup_window.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from trust_helpers import all_answered, lowest, red_flag, second_store

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.services import assessments
from partnercheck.ui.bin_dialog import BinDialog
from partnercheck.ui.compare_dialog import CompareDialog
from partnercheck.ui.history_text import question_number, question_title
from partnercheck.ui.list_model import AssessmentListModel
from partnercheck.ui.signoff import ApproveDialog


@pytest.fixture
def other(db_path):  # type: ignore[no-untyped-def]
    """A second connection to the window's database: another window, or the command line."""
    yield from second_store(db_path)


# -- sign-off ---------------------------------------------------------------------------------


def test_send_for_review_then_approve_locks_the_assessment(qtbot, make_window, app_settings, store, new_assessment, library):  # type: ignore[no-untyped-def]
    app_settings.assessor = "M. Bakker"
    window = make_window()
    new_assessment.answers = all_answered(library)
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    assert page.state_badge.text() == "Draft" and page.state_badge.accessibleName() == "Stage: Draft"
    assert page.review_button.isVisible() and not page.approve_button.isVisible()
    assert not window.menus.approve_action.isEnabled()

    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert store.get(assessment_id).state is AssessmentState.REVIEW
    assert page.state_badge.text() == "In review"
    assert page.approve_button.isVisible() and page.draft_button.isVisible() and not page.review_button.isVisible()
    assert "Sent for review" in window.statusBar().currentMessage()

    # Back to draft and forth again, from the menu.
    window.menus.draft_action.trigger()
    assert store.get(assessment_id).state is AssessmentState.DRAFT
    window.menus.review_action.trigger()
    assert store.get(assessment_id).state is AssessmentState.REVIEW

    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, ApproveDialog) and dialog.isVisible()
    assert dialog.name_edit.text() == ""  # never the name from the settings: someone else approves
    assert "locked" in dialog.explanation.text()
    assert not dialog.approve_button.isEnabled()  # someone must approve
    qtbot.keyClicks(dialog.name_edit, "Wethouder Jansen")
    qtbot.keyClicks(dialog.reviewer_edit, "H. de Boer")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    stored = store.get(assessment_id)
    assert stored.state is AssessmentState.FINAL and stored.approved_by == "Wethouder Jansen"
    assert stored.reviewed_by == "H. de Boer"  # printed in the report's sign-off block
    assert page.state_badge.text() == "Final"
    assert page.lock_banner.isVisible() and "Wethouder Jansen" in page.lock_label.text()
    cp = page.checklist_page
    assert all(b.isEnabled() == b.isChecked() for b in cp.option_buttons())  # only the chosen answer reads as active and cp.note_edit.isReadOnly()
    assert not page.approve_button.isVisible() and not page.draft_button.isVisible()
    assert window.menus.revision_action.isEnabled() and not window.menus.details_action.isEnabled()
    history = store.history(assessment_id, "state")
    assert history[-1].actor == "Wethouder Jansen" and (history[-1].old, history[-1].new) == ("review", "final")

    # The list shows the stage; a revision shows its number.
    new_id = window.signoff.new_revision()
    assert window.assessment_page.state_badge.text() == "Draft (revision 2)"
    window.show_list()
    model = window.list_page.model
    stages = {model.summary(r).id: model.index(r, AssessmentListModel.STAGE).data() for r in range(model.rowCount())}
    assert stages == {assessment_id: "Final", new_id: "Draft (revision 2)"}


def test_approval_is_refused_while_questions_are_unanswered(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    checklist = library.active
    answers = all_answered(library)
    skipped = [checklist.questions[4], checklist.questions[9]]
    for q in skipped:
        del answers[q.id]
    new_assessment.answers = answers
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    window.reload_list()
    page = window.open_assessment(assessment_id)

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert kind == "question" and title == "Not every question is answered"
    assert f"2 of the {len(checklist.questions)} questions have no answer" in text and "Don't know" in text
    assert window.dialog is None  # no approval dialog
    assert page.tabs.currentIndex() == page.CHECKLIST_TAB
    assert page.checklist_page.question.id == skipped[0].id  # taken to the first one
    assert store.get(assessment_id).state is AssessmentState.REVIEW


def test_the_store_refusing_approval_is_explained_too(qtbot, window, store, new_assessment, library, dialogs, other):  # type: ignore[no-untyped-def]
    """Another window clears an answer while the approval dialog is open: the store says no."""
    checklist = library.active
    new_assessment.answers = all_answered(library)
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    dialog = window.signoff.approve()
    assert isinstance(dialog, ApproveDialog)
    cleared = checklist.questions[7]
    other.save_answer(assessment_id, cleared.id, None)

    assert dialog.name_edit.text() == "" and not dialog.approve_button.isEnabled()  # no name in the settings
    qtbot.keyClicks(dialog.name_edit, "Hoofd IZ")
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("question", "Not every question is answered")
    assert "one of the" in text and f"({question_number(checklist, cleared.id)})" in text
    assert store.get(assessment_id).state is AssessmentState.REVIEW
    assert page.state_badge.text() == "In review"
    assert page.checklist_page.question.id == checklist.questions[0].id  # "No": stays where it was


# -- compare ------------------------------------------------------------------------------------


def test_compare_with_the_previous_revision_shows_levels_and_answers(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    checklist = library.active
    new_assessment.answers = all_answered(library)
    first_id = store.create(new_assessment)
    store.set_state(first_id, AssessmentState.REVIEW)
    store.set_state(first_id, AssessmentState.FINAL, by="Wethouder")
    second_id = assessments.revise(store, first_id)
    flagged, flag_option = red_flag(checklist)
    store.save_answer(second_id, flagged.id, Answer(flag_option.value, "nieuw gegeven"))
    window.reload_list()
    page = window.open_assessment(second_id)

    page.tabs.setCurrentIndex(page.RESULT_TAB)  # the levels are there, and the way to compare
    qtbot.mouseClick(page.result_page.compare_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, CompareDialog) and dialog.isVisible()
    assert "Wethouder" in dialog.intro_label.text() and "Draft (revision 2)" in dialog.intro_label.text()
    levels = dialog.level_model.texts()
    assert levels[0] == ("Overall level", "Low", "High")
    theme_number = [t.id for t in checklist.themes].index(flagged.theme_id) + 1
    assert (f"{theme_number}. {checklist.theme(flagged.theme_id).title.en}", "Low", "High") in levels
    assert dialog.level_model.index(0, 2).data(Qt.ItemDataRole.DecorationRole) is not None  # symbol, not only colour
    answers = dialog.answer_model.texts()
    assert len(answers) == 1
    question_cell, before, after, note = answers[0]
    assert question_cell == question_title(checklist, flagged, "en", 90)
    assert (before, after, note) == (lowest(flagged).label.en, flag_option.label.en, "changed")

    # Enter on the changed answer goes to that question.
    dialog.answer_table.setCurrentIndex(dialog.answer_model.index(0, 0))
    dialog.answer_table.activated.emit(dialog.answer_model.index(0, 0))
    assert window.assessment_page.checklist_page.question.id == flagged.id
    assert window.dialog is None


def test_compare_says_so_when_there_is_no_previous_assessment(window, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    window.open_assessment(assessment_id)
    assert window.history.compare_with_previous() is None
    kind, title, text = dialogs.last()
    assert (kind, title) == ("information", "Nothing to compare with")
    assert "Gemeente Breda – Yangzhou" in text


# -- the bin ------------------------------------------------------------------------------------


def test_bin_restores_and_empties_after_asking(qtbot, window, store, new_assessment, partnership, dialogs):  # type: ignore[no-untyped-def]
    ids = []
    for name in ("Gemeente Breda", "Gemeente Delft", "Gemeente Zwolle"):
        new_assessment.partnership = replace(partnership, dutch_party=name)
        ids.append(store.create(new_assessment))
    store.delete(ids[1])
    window.reload_list()
    window.list_page.select_id(ids[2])
    assert window.assessments.delete_assessment()  # through the window: asks, then to the bin
    assert window.list_page.model.rowCount() == 1

    qtbot.mouseClick(window.list_page.bin_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, BinDialog) and dialog.isVisible()
    assert sorted(row[0] for row in dialog.model.texts()) == ["Gemeente Delft", "Gemeente Zwolle"]
    dialog.select_id(ids[1])
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in dialog.model.texts()] == ["Gemeente Zwolle"]
    assert window.list_page.model.rowCount() == 2 and window.list_page.selected_id() == ids[1]
    assert store.get(ids[1]).deleted is None

    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("question", "Empty the bin")
    assert "cannot be undone" in text
    assert dialog.count() == 1 and store.exists(ids[2])  # "No" keeps it

    store.delete(ids[0])
    window.assessments.fill_bin(dialog)
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert "Remove the 2 assessments in the bin for good?" in dialogs.last()[2]
    assert dialog.count() == 0 and not dialog.empty_label.isHidden() and not dialog.empty_button.isEnabled()
    assert not store.exists(ids[0]) and not store.exists(ids[2]) and store.exists(ids[1])
    assert not window.menus.undo_delete_action.isEnabled()
    assert "2 assessments removed" in window.statusBar().currentMessage()
