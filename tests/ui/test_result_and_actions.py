"""Result view (levels, red flags, recommendations) and the action plan, through the window."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from partnercheck.domain.advice import measure_text
from partnercheck.domain.assessment import ActionStatus
from partnercheck.ui.action_dialog import ActionDialog
from partnercheck.ui.assessment_page import AssessmentPage


def open_new(window, store, new_assessment) -> AssessmentPage:  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    assert page is not None
    return page


def red_flag_spot(checklist):  # type: ignore[no-untyped-def]
    """(theme index, question index, option index) of some red-flag option."""
    for ti, theme in enumerate(checklist.themes):
        for qi, question in enumerate(theme.questions):
            for oi, option in enumerate(question.options):
                if option.red_flag and option.recommendations:
                    return ti, qi, oi
    raise AssertionError("the checklist has no red-flag option with a recommendation")


def test_result_shows_levels_red_flags_and_recommendations(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    page = open_new(window, store, new_assessment)
    checklist = library.active
    ti, qi, oi = red_flag_spot(checklist)
    cp = page.checklist_page
    cp.go_to(ti, qi)
    button = cp.option_buttons()[oi]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    type_note = "Zie raadsbrief"
    cp.note_edit.setFocus()
    qtbot.keyClicks(cp.note_edit, type_note)
    cp.flush_note()

    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.result_page)
    rp = page.result_page
    assert "High" in rp.overall_label.text() and "■" in rp.overall_label.text()  # word and symbol, not only colour
    assert "Verdict" in page.level_label.text() and "High" in page.level_label.text()
    assert rp.theme_model.index(ti, rp.theme_model.LEVEL).data() == "High"
    question = checklist.themes[ti].questions[qi]
    assert rp.flag_model.rowCount() == 1
    assert rp.flag_model.index(0, rp.flag_model.QUESTION).data() == question.text.en
    assert rp.flag_model.index(0, rp.flag_model.ANSWER).data() == question.options[oi].label.en
    assert rp.flag_model.index(0, rp.flag_model.NOTE).data() == type_note
    # One red flag decides "high" with questions still open: the draft is said, but not "no
    # verdict" beside the verdict it shows.
    assert "draft" in rp.completeness_label.text() and "no verdict" not in rp.completeness_label.text()
    rec_ids = {rp.rec_model.recommendation(r).id for r in range(rp.rec_model.rowCount())}
    assert set(question.options[oi].recommendations) <= rec_ids

    # A red flag leads back to its question.
    rp.flag_view.activated.emit(rp.flag_model.index(0, 0))
    assert page.tabs.currentWidget() is cp and cp.position == (ti, qi)


def test_recommendation_becomes_action_then_edit_and_delete(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    page = open_new(window, store, new_assessment)
    checklist = library.active
    ti, qi, oi = red_flag_spot(checklist)
    page.checklist_page.go_to(ti, qi)
    page.checklist_page.choose_option(oi)
    page.tabs.setCurrentWidget(page.result_page)
    rp = page.result_page
    rp.rec_view.selectRow(0)
    recommendation = rp.rec_model.recommendation(0)

    qtbot.mouseClick(rp.action_button, Qt.MouseButton.LeftButton)
    ap = page.action_page
    assert page.tabs.currentWidget() is ap
    dialog = ap.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    # Worded for this tie: an active one gets the wording about its existing text.
    assert dialog.text_edit.toPlainText() == measure_text(recommendation, new_assessment.partnership, "en")
    qtbot.keyClicks(dialog.owner_edit, "Team Internationaal")
    qtbot.mouseClick(dialog.due_check, Qt.MouseButton.LeftButton, pos=QPoint(6, dialog.due_check.height() // 2))
    assert dialog.due_edit.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.IN_PROGRESS.value))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    actions = store.get(page.session.id).actions
    assert len(actions) == 1
    action = actions[0]
    assert (action.owner, action.status, action.recommendation_id) == ("Team Internationaal", ActionStatus.IN_PROGRESS, recommendation.id)
    assert action.due is not None and action.due > _dt.date.today()
    assert ap.model.rowCount() == 1
    page.tabs.setCurrentWidget(rp)  # the result view refreshes when shown
    assert rp.rec_model.index(0, rp.rec_model.IN_PLAN).data() == "Yes (1)"
    page.tabs.setCurrentWidget(ap)

    # Edit by double-click: a new owner, no due date.
    ap.view.selectRow(0)
    ap.view.activated.emit(ap.model.index(0, 0))
    dialog = ap.dialog
    assert dialog is not None and dialog.owner_edit.text() == "Team Internationaal"
    dialog.owner_edit.clear()
    qtbot.keyClicks(dialog.owner_edit, "Griffie")
    dialog.due_check.setChecked(False)
    dialog.accept()
    action = store.get(page.session.id).actions[0]
    assert (action.owner, action.due) == ("Griffie", None)
    assert ap.model.index(0, ap.model.OWNER).data() == "Griffie"

    # A plain action, added by hand.
    qtbot.mouseClick(ap.add_button, Qt.MouseButton.LeftButton)
    dialog = ap.dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # an action needs a description
    qtbot.keyClicks(dialog.text_edit, "Raad informeren")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert [a.text for a in store.get(page.session.id).actions] == [measure_text(recommendation, new_assessment.partnership, "en"), "Raad informeren"]

    # Delete asks first; "No" keeps it.
    ap.view.selectRow(0)
    dialogs.answer = dialogs.answer.No
    qtbot.mouseClick(ap.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["question"]
    assert len(store.get(page.session.id).actions) == 2
    dialogs.answer = dialogs.answer.Yes
    ap.view.selectRow(0)
    qtbot.mouseClick(ap.delete_button, Qt.MouseButton.LeftButton)
    assert [a.text for a in store.get(page.session.id).actions] == ["Raad informeren"]
    assert ap.model.rowCount() == 1
