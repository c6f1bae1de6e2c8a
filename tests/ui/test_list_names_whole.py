"""A long Dutch name is cut in a narrow list (683 logical pixels, 1024x768 at 150 %); its tooltip
and what a screen reader reads of the row still carry the whole text, also of the columns
shown short ("59/59", the day only)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from partnercheck.ui.list_model import COMPACT_ROLE, AssessmentListModel

LONG = "Gemeente Súdwest-Fryslân en Gemeente Waadhoeke (gezamenlijk)"


def test_a_cut_name_is_whole_in_its_tooltip_and_for_a_screen_reader(qtbot, qapp, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, dutch_party=LONG, counterpart="Xi'an")))
    window = make_window()
    window.resize(683, 480)
    table = window.list_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qapp.processEvents()
    header = table.horizontalHeader()
    column = AssessmentListModel.DUTCH_PARTY
    assert header.sectionSize(column) < table.fontMetrics().horizontalAdvance(LONG)  # cut on screen
    index = table.model().index(0, column)
    assert index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == LONG
    # What the screen reader reads: each cell's accessible name, the whole text.
    QAccessible.setActive(True)
    try:
        view = QAccessible.queryAccessibleInterface(table)
        children = [view.child(i) for i in range(view.childCount())]
        cells = [c for c in children if c.role() == QAccessible.Role.Cell]
        names = [c.text(QAccessible.Text.Name) for c in cells]
        descriptions = [c.text(QAccessible.Text.Description) for c in cells]
    finally:
        QAccessible.setActive(False)
    texts = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert names[column] == LONG and names[AssessmentListModel.COUNTERPART] == "Xi'an"
    assert names[AssessmentListModel.LEVEL]  # the verdict in words, not only its icon
    # And what a tooltip says, as the cell's description: the assessor, the answered questions.
    assert descriptions[column] == LONG + "\nAssessor: A. de Vries"
    assert descriptions[AssessmentListModel.COMPLETENESS].startswith("0 of ")
    assert window.list_page.columns.compact
    for short in window.list_page.columns.compact:  # shown short, read whole
        assert names[short] == texts[short] != table.model().index(0, short).data(COMPACT_ROLE)
