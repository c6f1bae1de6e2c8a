"""1024×768 in Dutch: every theme name whole and all twelve themes in view; a final
assessment shows its chosen answer in full colour (the others grey)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.main_window import MainWindow
from partnercheck.ui.theme_models import ThemeProgressModel


def test_the_themes_fit_at_1024_by_768_in_dutch(qtbot, qapp, app_settings, db_path, store, new_assessment, library):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    try:
        window = MainWindow(app_settings, "nl")
        qtbot.addWidget(window)
        window.resize(1024, 700)  # 768 less the task bar and the title bar
        window.show()
        qtbot.waitExposed(window)
        assert window.open_database(db_path)
        new_assessment.answers = {q.id: Answer(q.options[0].value) for q in library.active.questions}
        assessment_id = store.create(new_assessment)
        store.set_state(assessment_id, AssessmentState.REVIEW)
        store.set_state(assessment_id, AssessmentState.FINAL, by="Hoofd IZ")
        window.reload_list()
        page = window.open_assessment(assessment_id)
        cp = page.checklist_page
        qtbot.waitUntil(lambda: cp.theme_view.viewport().height() > 0)
        view, model = cp.theme_view, cp.theme_model
        assert not cp.guidance.isVisible()  # too narrow for three panes: the names get the room
        metrics = QFontMetrics(view.font())
        width = view.columnWidth(ThemeProgressModel.THEME)
        for row in range(model.rowCount()):
            for word in model.index(row, ThemeProgressModel.THEME).data().split():
                assert metrics.horizontalAdvance(word) < width, word  # no word is cut
            assert view.rowViewportPosition(row) + view.rowHeight(row) <= view.viewport().height(), f"theme {row + 1} out of view"
        buttons = cp.option_buttons()
        assert buttons[0].isChecked() and buttons[0].isEnabled() and not any(b.isEnabled() for b in buttons[1:])
    finally:
        remove_translators(qapp, translators)
