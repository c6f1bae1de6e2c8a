"""The notice of ties due for review is said above the list of assessments, with its button,
and not over an open assessment (whose tabs use every letter of the button as an Alt key);
it follows a language switch."""

from __future__ import annotations

import pytest

from partnercheck.ui.i18n import remove_translators, switch_translators


@pytest.fixture
def back_to_english(qapp):  # type: ignore[no-untyped-def]
    yield
    remove_translators(qapp, switch_translators(qapp, "en"))


def test_the_notice_is_above_the_list_only_and_in_the_language_in_use(qtbot, make_window, store, new_assessment, back_to_english):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)  # never assessed to the end: its tie is due now
    window = make_window()
    qtbot.waitUntil(window.due_banner.isVisible)
    assert window.due_label.text() == "Ties due for review: 1." and window.due_button.text() == "Sho&w ties due"

    window.open_assessment(assessment_id)
    assert not window.due_banner.isVisible(), "not over an open assessment"
    window.update_due_notice()  # an import or an event counts again: still not over the assessment
    assert not window.due_banner.isVisible()

    dialog = window.show_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    dialog.accept()
    assert window.assessment_page is not None and not window.due_banner.isVisible()

    window.show_list()
    assert window.due_banner.isVisible()
    assert window.due_label.text() == "Banden toe aan herbeoordeling: 1." and window.due_button.text() == "Banden &tonen"
    window.due_button.click()
    assert window.ties.portfolio is not None and window.ties.portfolio.due_check.isChecked()
