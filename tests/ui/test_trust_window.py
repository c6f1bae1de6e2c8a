"""Trust in the window: sign-off, history, comparison with the previous assessment, the bin,
a view kept up to date with changes made elsewhere, and restoring a backup."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from partnercheck.domain.assessment import Action, Answer, AssessmentState, PartnershipStatus
from partnercheck.services import assessments
from partnercheck.store.backups import list_backups, make_backup
from partnercheck.ui.backup_dialog import BackupDialog, backup_reason
from partnercheck.ui.bin_dialog import BinDialog
from partnercheck.ui.compare_dialog import CompareDialog
from partnercheck.ui.history_dialog import HistoryDialog
from partnercheck.ui.history_text import question_number, question_title, shorten
from partnercheck.ui.list_model import AssessmentListModel
from partnercheck.ui.signoff import ApproveDialog
from partnercheck.workspace import open_store


def lowest(question):  # type: ignore[no-untyped-def]
    return min(question.options, key=lambda o: o.risk)


def red_flag(checklist):  # type: ignore[no-untyped-def]
    """A question with a red-flag option, and that option."""
    for question in checklist.questions:
        for option in question.options:
            if option.red_flag:
                return question, option
    raise AssertionError("the checklist has no red flag")


def all_answered(library):  # type: ignore[no-untyped-def]
    return {q.id: Answer(lowest(q).value) for q in library.active.questions}


@pytest.fixture
def other(db_path):  # type: ignore[no-untyped-def]
    """A second connection to the window's database: another window, or the command line."""
    s = open_store(db_path)
    s.actor = "Elders"
    yield s
    s.close()


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


# -- a view kept up to date ---------------------------------------------------------------------


def test_list_follows_changes_made_elsewhere(qtbot, window, store, new_assessment, other, partnership):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window.reload_list()
    assert window.watcher.timer.isActive()  # the window is the active one
    assert not window.watcher.check()  # nothing happened: nothing to do

    window.watcher.timer.setInterval(50)  # the real timer, only quicker than every 2 s
    new_assessment.partnership = replace(partnership, dutch_party="Gemeente Delft")
    other.create(new_assessment)
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 2, timeout=3000)  # the poll timer did it
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere"


def test_open_assessment_follows_changes_made_elsewhere_keeping_a_typed_note(qtbot, window, store, new_assessment, library, other, type_text):  # type: ignore[no-untyped-def]
    checklist = library.active
    q0, q1 = checklist.questions[0], checklist.questions[1]
    new_assessment.answers = {}
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    cp = page.checklist_page
    cp.note_edit.setFocus()
    type_text(cp.note_edit, "Nog niet opgeslagen — één zin")
    assert cp.has_unsaved_note

    other.save_answer(assessment_id, q0.id, Answer(q0.options[2].value))
    other.save_answer(assessment_id, q1.id, Answer(q1.options[1].value, "elders geschreven"))
    assert window.watcher.check()
    assert cp.option_buttons()[2].isChecked()  # the other window's answer is shown
    assert cp.note_edit.toPlainText() == "Nog niet opgeslagen — één zin"  # the typed note stays
    assert cp.has_unsaved_note
    assert page.completeness_label.text().startswith("Answered: 2 of")
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere"

    assert cp.flush_note()  # saved on top of the other window's answer, not instead of it
    assert store.get(assessment_id).answers[q0.id] == Answer(q0.options[2].value, "Nog niet opgeslagen — één zin")
    cp.next_question()
    assert cp.note_edit.toPlainText() == "elders geschreven"

    # Approved elsewhere (after the rest was answered): the window locks too.
    for q in checklist.questions[2:]:
        other.save_answer(assessment_id, q.id, Answer(lowest(q).value))
    other.set_state(assessment_id, AssessmentState.REVIEW)
    other.set_state(assessment_id, AssessmentState.FINAL, by="Hoofd IZ")
    assert window.watcher.check()
    assert page.state_badge.text() == "Final" and page.lock_banner.isVisible()
    assert all(b.isEnabled() == b.isChecked() for b in cp.option_buttons())  # only the chosen answer reads as active
    assert window.menus.revision_action.isEnabled()


def test_polling_stops_while_the_window_is_not_active(qtbot, window):  # type: ignore[no-untyped-def]
    assert window.watcher.timer.isActive()
    dialog = window.show_settings()
    qtbot.waitUntil(lambda: not window.watcher.timer.isActive())
    dialog.reject()


# -- backups ------------------------------------------------------------------------------------


def test_restore_a_backup_after_asking(qtbot, window, store, db_path, new_assessment, partnership, dialogs):  # type: ignore[no-untyped-def]
    kept_id = store.create(new_assessment)
    window.reload_list()
    assert window.files.make_backup() is not None
    new_assessment.partnership = replace(partnership, dutch_party="Gemeente Delft")
    later_id = store.create(new_assessment)
    window.reload_list()
    window.open_assessment(later_id)

    window.menus.backups_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    assert [row[1] for row in dialog.model.texts()] == ["Made by hand"]

    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("question", "Restore a backup")
    assert "current state is kept as a backup first" in text
    assert window.session is not None and store.exists(later_id)  # "No": nothing happened

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.store is not None and window.session is None
    assert [window.list_page.model.summary(r).id for r in range(window.list_page.model.rowCount())] == [kept_id]
    assert not store.exists(later_id)  # every connection sees the restored database
    assert [row[1] for row in dialog.model.texts()] == ["Before a backup was restored", "Made by hand"]
    assert "restored" in window.statusBar().currentMessage()
    assert dialogs.kinds() == ["question", "question"]  # no error


def test_backup_dialog_names_the_reasons(qtbot, window, store, db_path):  # type: ignore[no-untyped-def]
    dialog = window.files.show_backups()
    assert dialog.model.rowCount() == 0 and not dialog.empty_label.isHidden() and not dialog.restore_button.isEnabled()
    made = make_backup(store.db.conn, db_path, "v1")
    assert backup_reason(made) == "Before the database was updated (from format 1)"
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert len(list_backups(db_path)) == 2 and dialog.model.rowCount() == 2
    assert dialog.model.texts()[0][1] == "Made by hand"  # newest first
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_open_assessment_deleted_elsewhere_is_locked_then_closed_when_removed(qtbot, window, store, new_assessment, other, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    other.delete(assessment_id)
    assert window.watcher.check()
    assert page.lock_banner.isVisible() and "bin" in page.lock_label.text()
    assert not page.review_button.isVisible() and not page.revision_button.isVisible()
    assert all(b.isEnabled() == b.isChecked() for b in page.checklist_page.option_buttons())

    other.empty_bin()
    assert window.watcher.check()
    assert window.session is None and window.stack.currentWidget() is window.list_page
    assert dialogs.last()[:2] == ("information", "Assessment removed")
