"""The assessment list at 683 logical pixels (1024x768 at 150 %) on a realistic database: the
short columns ("59 van 59 (100%)", "30-11-2026 07:24") took 470 pixels, the names 110 each
("Gemeente Em…") and "Gewijzigd" was cut off behind a sideways scroll bar. Now the time and the
percentage give way (whole in their tooltips) and nothing scrolls sideways."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from partnercheck.domain.assessment import Answer
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.list_model import AssessmentListModel

NAMES = (
    ("Gemeente Emmen", "Ningbo"),
    ("Gemeente Sittard-Geleen", "Zhangzhou"),
    ("Provincie Overijssel", "Hunan"),
    ("Gemeente Capelle aan den IJssel", "Changzhou"),
)


def _realistic_list(qtbot, qapp, make_window, store, new_assessment, library, lang, width):  # type: ignore[no-untyped-def]
    answers = {q.id: Answer(q.options[0].value) for q in library.active.questions}  # "59 van 59 (100%)"
    for dutch_party, counterpart in NAMES:
        partnership = replace(new_assessment.partnership, dutch_party=dutch_party, counterpart=counterpart)
        store.create(replace(new_assessment, partnership=partnership, answers=answers))
    window = make_window(lang=lang)
    window.resize(width, 480)
    table = window.list_page.table
    qtbot.waitUntil(lambda: window.width() <= width and table.model().rowCount() == len(NAMES))
    qapp.processEvents()
    return window, table


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_683_pixels_a_realistic_list_does_not_scroll_sideways(qtbot, qapp, make_window, store, new_assessment, library, lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, lang)
    try:
        window, table = _realistic_list(qtbot, qapp, make_window, store, new_assessment, library, lang, 683)
        header = table.horizontalHeader()
        assert table.horizontalScrollBar().maximum() == 0
        assert header.length() <= table.viewport().width()
        needed = table.fontMetrics().horizontalAdvance("Gemeente Breda") + 8  # with the cell's margins
        assert header.sectionSize(AssessmentListModel.DUTCH_PARTY) >= needed
        # The Chinese names are shorter: that column is as wide as a short municipality's name,
        # or as its widest name and its title if those need less (the rest goes to the Dutch names).
        counterpart = AssessmentListModel.COUNTERPART
        assert header.sectionSize(counterpart) >= min(needed, max(table.sizeHintForColumn(counterpart), header.sectionSizeHint(counterpart)))
        # Every short column shows its (shorter) text whole; what it leaves out is in the tooltip.
        for column in range(AssessmentListModel.STATUS, AssessmentListModel.UPDATED + 1):
            assert header.sectionSize(column) >= table.sizeHintForColumn(column)
        assert AssessmentListModel.UPDATED in window.list_page.columns.compact
        cell = table.model().index(0, AssessmentListModel.UPDATED)
        assert ":" in cell.data(Qt.ItemDataRole.ToolTipRole), "the time of the change is in the tooltip"
        answered = table.model().index(0, AssessmentListModel.COMPLETENESS).data(Qt.ItemDataRole.ToolTipRole)
        assert "(100%)" in answered
    finally:
        remove_translators(qapp, translators)


def test_a_wide_window_shows_every_text_whole_again(qtbot, qapp, make_window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    window, table = _realistic_list(qtbot, qapp, make_window, store, new_assessment, library, "en", 683)
    columns = window.list_page.columns
    assert columns.compact
    window.resize(1200, 600)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    qapp.processEvents()
    assert not columns.compact
    header = table.horizontalHeader()
    whole = table.model().index(0, AssessmentListModel.UPDATED).data()
    assert ":" in whole and header.sectionSize(AssessmentListModel.UPDATED) >= table.fontMetrics().horizontalAdvance(whole)
    assert table.horizontalScrollBar().maximum() == 0


def test_a_short_column_sorted_by_has_room_for_its_title_and_the_sort_arrow(qtbot, qapp, make_window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    """A short column's title leaves out the room for the arrow, which only the sorted column draws."""
    window, table = _realistic_list(qtbot, qapp, make_window, store, new_assessment, library, "en", 683)
    header = table.horizontalHeader()
    answered = AssessmentListModel.COMPLETENESS
    assert answered in window.list_page.columns.compact
    narrow = header.sectionSize(answered)
    assert narrow < header.sectionSizeHint(answered)
    table.sortByColumn(answered, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: header.sectionSize(answered) >= header.sectionSizeHint(answered))
    assert table.horizontalScrollBar().maximum() == 0
