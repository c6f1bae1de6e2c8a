"""What a text editor does with a character it cannot keep: a pasted ESC (terminal output) or
a typed U+202E (right-to-left override) is left out of a note, an action, a review comment and
an event as it lands, the rest of the text stays where it was, the field's message line says
once which character went (with the field's accessible description saying the same), and the
autosave stores the text without it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.ui.i18n import install_translators, remove_translators


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def _paste(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    edit.setFocus()
    edit.paste()


def test_a_pasted_escape_sequence_is_left_out_of_the_note_and_the_note_is_stored_without_it(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    page = window.open_assessment(assessment_id)
    cp = page.checklist_page
    guard = cp.question_pane.note_guard
    assert guard.message_line.isHidden()
    qtbot.keyClicks(cp.note_edit, "Bron: ")
    _paste(cp.note_edit, "\x1b[31mraadsbesluit\x1b[0m 2021\nregel twee\tmet tab")
    assert cp.note_edit.toPlainText() == "Bron: [31mraadsbesluit[0m 2021\nregel twee\tmet tab"
    assert cp.note_edit.textCursor().position() == len(cp.note_edit.toPlainText()), "the cursor stays after the pasted text"
    assert guard.message_line.isVisible() and "U+001B" in guard.message_line.text()
    assert guard.message_line.text().count("U+001B") == 1, "said once, not per character"
    assert cp.note_edit.accessibleDescription() == guard.message_line.text()
    assert cp.flush_note()
    assert store.get(assessment_id).answers[cp.question.id].note == "Bron: [31mraadsbesluit[0m 2021\nregel twee\tmet tab"

    cp.note_edit.undo()  # one step undoes the paste with what was left out of it
    assert cp.note_edit.toPlainText() == "Bron: "
    guard.clear_message()
    assert guard.message_line.isHidden() and cp.note_edit.accessibleDescription() == ""


def test_a_typed_direction_override_is_left_out_where_it_was_typed(qtbot, window, store, new_assessment, type_text):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    page = window.open_assessment(assessment_id)
    cp = page.checklist_page
    cp.note_edit.setFocus()
    type_text(cp.note_edit, "Breda 😀 \u202eadreB")
    assert cp.note_edit.toPlainText() == "Breda 😀 adreB"  # an emoji before it counts as two positions in Qt
    assert "U+202E" in cp.question_pane.note_guard.message_line.text()
    assert cp.flush_note()
    assert store.get(assessment_id).answers[cp.question.id].note == "Breda 😀 adreB"


def test_the_message_is_in_dutch(qtbot, dutch, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window = make_window(lang="nl")
    cp = window.open_assessment(assessment_id).checklist_page
    _paste(cp.note_edit, "a\x00b\u202ec\x07d\x1be")
    assert cp.note_edit.toPlainText() == "abcde"
    # Words first, each code with its kind: an officer can place "U+202E" as a direction mark.
    assert cp.question_pane.note_guard.message_line.text() == (
        "Weggelaten (besturingsteken U+0000, tekstrichtingsteken U+202E, besturingsteken U+0007 …): zulke tekens kunnen "
        "niet in een tekst worden bewaard. De rest van de tekst blijft staan."
    )


def test_an_action_keeps_out_what_the_rule_refuses_and_an_owner_gets_a_space_for_a_line_break(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    page = window.open_assessment(assessment_id)
    page.tabs.setCurrentWidget(page.action_page)
    ap = page.action_page
    qtbot.mouseClick(ap.add_button, Qt.MouseButton.LeftButton)
    dialog = ap.dialog
    _paste(dialog.text_edit, "Raad \x1b]0;titel\x07informeren")
    _paste(dialog.owner_edit, "Team\nInternationaal\u202e")
    assert dialog.owner_edit.text() == "Team Internationaal"
    assert dialog.owner_edit.cursorPosition() == len("Team Internationaal")
    assert "U+202E" in dialog.text_guard.message_line.text() and dialog.text_guard.message_line.isVisible()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    action = store.get(assessment_id).actions[0]
    assert (action.text, action.owner) == ("Raad ]0;titelinformeren", "Team Internationaal")


def test_the_review_comment_and_the_event_keep_them_out_too(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    answered = replace(new_assessment, answers={q.id: Answer(q.options[0].value) for q in library.active.questions})
    assessment_id = store.create(answered)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    page = window.open_assessment(assessment_id)
    page.tabs.setCurrentIndex(page.RESULT_TAB)
    panel = page.result_page.review_panel
    panel.change_radio.setChecked(True)
    _paste(panel.text_edit, "Noem de bron\x1b[0m")
    assert panel.text_edit.text() == "Noem de bron[0m" and "U+001B" in panel.text_guard.message_line.text()
    assert panel.save()
    assert store.get(assessment_id).review_comments[library.active.themes[0].id].text == "Noem de bron[0m"
    panel.set_theme(library.active.themes[1])
    assert panel.text_guard.message_line.isHidden()

    tie = window.ties.open_tie(1)
    _paste(tie.text_edit, "Bezoek \u202eadreB")
    _paste(tie.people_edit, "wethouder\x00")
    assert (tie.text_edit.text(), tie.people_edit.text()) == ("Bezoek adreB", "wethouder")
    assert "U+0000" in tie.event_guards[1].message_line.text()
    tie.record()
    assert [(e.text, e.people) for e in store.events(1)] == [("Bezoek adreB", "wethouder")]
    assert tie.event_guards[0].message_line.isHidden(), "the message went with the event it spoke of"


def test_a_note_that_reaches_the_session_with_one_is_refused_there_and_the_user_is_told(window, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    page = window.open_assessment(assessment_id)
    question_id = page.checklist_page.question.id
    assert not page.session.save_note(question_id, "Zie\x1b[2J")
    assert question_id not in store.get(assessment_id).answers
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Not saved") and "U+001B" in text


def test_the_message_goes_with_the_note_it_spoke_of(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    page = window.open_assessment(store.create(new_assessment))
    cp = page.checklist_page
    _paste(cp.note_edit, "a\x1bb")
    assert cp.question_pane.note_guard.message_line.isVisible()
    cp.go_to(0, 1)
    assert cp.question_pane.note_guard.message_line.isHidden()


def test_the_new_assessment_dialog_keeps_them_out_of_the_names_and_saving_then_works(qtbot, window, store):  # type: ignore[no-untyped-def]
    dialog = window.assessments.new_assessment()
    _paste(dialog.dutch_party_edit, "Gemeente \u202eBreda\x1b[0m")
    _paste(dialog.counterpart_edit, "Yang\x00zhou")
    _paste(dialog.assessor_edit, "\u202eA. de Vries")
    assert (dialog.dutch_party_edit.text(), dialog.counterpart_edit.text()) == ("Gemeente Breda[0m", "Yangzhou")
    assert dialog.assessor_edit.text().endswith("A. de Vries") and "\u202e" not in dialog.assessor_edit.text()
    line = dialog.message_line
    assert line.isVisible() and "U+202E" in line.text() and "text direction mark" in line.text()
    assert dialog.assessor_edit.accessibleDescription() == line.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.error_label.isHidden(), "nothing left for the save-time check to refuse"
    (summary,) = store.list_summaries()
    assert (summary.dutch_party, summary.counterpart) == ("Gemeente Breda[0m", "Yangzhou")


def test_the_details_dialog_keeps_them_out_too(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.open_assessment(assessment_id)
    dialog = window.assessments.edit_details()
    dialog.counterpart_edit.clear()
    _paste(dialog.counterpart_edit, "Yangzhou\u202e\x07")
    assert dialog.counterpart_edit.text() == "Yangzhou" and "U+0007" in dialog.message_line.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert store.get(assessment_id).partnership.counterpart == "Yangzhou"
