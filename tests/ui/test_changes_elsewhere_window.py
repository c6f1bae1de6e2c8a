"""A view kept up to date with changes made elsewhere (another window, the command line): the
list and an open assessment follow them, a typed note is kept, polling rests while the window
is not active, and an assessment deleted elsewhere is locked, then closed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from trust_helpers import lowest, second_store

from partnercheck.domain.assessment import Answer, AssessmentState


@pytest.fixture
def other(db_path):  # type: ignore[no-untyped-def]
    """A second connection to the window's database: another window, or the command line."""
    yield from second_store(db_path)


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
