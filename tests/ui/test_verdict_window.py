"""The window never shows an incomplete assessment as green or as "low" alone: the header, the
result page say "Incomplete – no verdict yet" with the provisional level in words; the list says
"Incomplete", and the full sentence in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnercheck.domain.assessment import Answer
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.labels import LEVEL_COLOURS
from partnercheck.ui.list_model import AssessmentListModel
from partnercheck.ui.main_window import MainWindow

GREEN = LEVEL_COLOURS[min(LEVEL_COLOURS)]


def lowest(question):  # type: ignore[no-untyped-def]
    return min((o for o in question.options if not o.red_flag), key=lambda o: o.risk).value


def open_page(qtbot, window, assessment_id):  # type: ignore[no-untyped-def]
    window.reload_list()
    page = window.open_assessment(assessment_id)
    assert page is not None
    return page


def level_cell(window, assessment_id):  # type: ignore[no-untyped-def]
    model = window.list_page.model
    row = model.row_of(assessment_id)
    return model.index(row, AssessmentListModel.LEVEL)


def test_one_good_answer_is_no_verdict_and_nothing_is_green(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    checklist = library.active
    assessment_id = store.create(new_assessment)
    page = open_page(qtbot, window, assessment_id)
    assert "Not started" in page.level_label.text()
    # Answer the first question with its best option, by keyboard: digit 1 is the first option.
    page.checklist_page.go_to(0, 0)
    first = checklist.questions[0]
    index = [o.value for o in first.options].index(lowest(first)) + 1
    page.checklist_page.option_buttons()[0].setFocus()
    qtbot.keyClick(page.checklist_page.option_buttons()[0], getattr(Qt.Key, f"Key_{index}"))
    qtbot.waitUntil(lambda: store.get(assessment_id).answers.get(first.id) is not None)

    header = page.level_label
    assert "Incomplete – no verdict yet" in header.text() and "provisionally low" in header.text()
    assert "Low" not in header.text().replace("provisionally low", "")
    assert GREEN not in header.styleSheet()
    assert not page.level_icon.isVisible()

    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.result_page)
    rp = page.result_page
    assert "Incomplete – no verdict yet" in rp.overall_label.text()
    assert GREEN not in rp.overall_label.styleSheet() and GREEN not in rp.banner.styleSheet()
    assert "No verdict yet" in rp.advice_label.text()

    window.reload_list()
    cell = level_cell(window, assessment_id)
    assert cell.data() == "Incomplete"
    assert "Incomplete – no verdict yet" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None and cell.data(Qt.ItemDataRole.DecorationRole) is None


def test_every_answer_given_shows_the_level_in_its_colour(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    checklist = library.active
    assessment_id = store.create(new_assessment)
    for q in checklist.questions:
        store.save_answer(assessment_id, q.id, Answer(lowest(q)))
    page = open_page(qtbot, window, assessment_id)
    assert "Low" in page.level_label.text() and GREEN in page.level_label.styleSheet()
    assert level_cell(window, assessment_id).data() == "Low"


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield "nl"
    remove_translators(qapp, translators)


def test_in_dutch_it_says_onvolledig(qtbot, dutch, app_settings, db_path, store, new_assessment, library):  # type: ignore[no-untyped-def]
    first = library.active.questions[0]
    assessment_id = store.create(new_assessment)
    store.save_answer(assessment_id, first.id, Answer(lowest(first)))
    window = MainWindow(app_settings, "nl")
    qtbot.addWidget(window)
    window.resize(1366, 740)  # wide: the verdict beside the parties, in full (narrow: short, whole in its tooltip)
    window.show()
    assert window.open_database(db_path)
    page = open_page(qtbot, window, assessment_id)
    assert page.level_label.text() == "Oordeel: ◌ Onvolledig – nog geen oordeel (voorlopig laag)"
    assert level_cell(window, assessment_id).data() == "Onvolledig"
