"""The assessment list at 1024x768 and 150 % (683 logical pixels wide): the two names were
"Gem…" and "Y…" while the short columns kept fixed widths (640 pixels together). Measured in
logical pixels, so no scale factor is needed here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.list_columns import share_out
from partnercheck.ui.list_model import AssessmentListModel

WIDTH_AT_150 = 1024 * 2 // 3 + 1  # 683, as the window opens on such a screen


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def _list_at_150(qtbot, qapp, make_window, store, new_assessment, lang):  # type: ignore[no-untyped-def]
    names = (("Gemeente Breda", "Yangzhou"), ("Gemeente 's-Hertogenbosch", "Shaoxing"), ("Provincie Noord-Brabant", "Jiangsu"))
    for dutch_party, counterpart in names:
        store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, dutch_party=dutch_party, counterpart=counterpart)))
    window = make_window(lang=lang)
    window.resize(WIDTH_AT_150, 480)
    table = window.list_page.table
    qtbot.waitUntil(lambda: window.width() <= WIDTH_AT_150 and table.model().rowCount() == 3)
    qapp.processEvents()
    return window, table


def _shown_whole(table, column: int, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The column is wide enough for ``text`` as the table draws it (with the cell's margins)."""
    needed = table.fontMetrics().horizontalAdvance(text) + 8
    return table.horizontalHeader().sectionSize(column) >= needed


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_150_percent_the_names_are_readable_and_the_list_does_not_scroll_sideways(qtbot, qapp, request, make_window, store, new_assessment, lang):  # type: ignore[no-untyped-def]
    if lang == "nl":
        request.getfixturevalue("dutch")
    window, table = _list_at_150(qtbot, qapp, make_window, store, new_assessment, lang)
    header = table.horizontalHeader()
    assert _shown_whole(table, AssessmentListModel.DUTCH_PARTY, "Gemeente Breda")
    assert _shown_whole(table, AssessmentListModel.COUNTERPART, "Yangzhou") and _shown_whole(table, AssessmentListModel.COUNTERPART, "Shaoxing")
    assert header.sectionSize(AssessmentListModel.DUTCH_PARTY) >= 110
    assert header.length() <= table.viewport().width(), "every column in view: no sideways scrolling"
    # The short columns still show their texts whole (no "30 van 6…").
    for column in (AssessmentListModel.STATUS, AssessmentListModel.COMPLETENESS, AssessmentListModel.UPDATED):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)


def test_a_cut_name_is_whole_in_its_tooltip(qtbot, qapp, dutch, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window, table = _list_at_150(qtbot, qapp, make_window, store, new_assessment, "nl")
    model = table.model()
    tips = [model.index(row, AssessmentListModel.DUTCH_PARTY).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())]
    assert any(tip.startswith("Gemeente 's-Hertogenbosch\n") for tip in tips)
    assert all("Beoordelaar: A. de Vries" in tip for tip in tips)


def test_a_column_the_user_resized_keeps_its_width_when_the_window_grows(qtbot, qapp, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    window, table = _list_at_150(qtbot, qapp, make_window, store, new_assessment, "en")
    header = table.horizontalHeader()
    header.resizeSection(AssessmentListModel.STATUS, 150)  # as dragging the header's edge does
    window.resize(1200, 600)
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    qapp.processEvents()
    assert header.sectionSize(AssessmentListModel.STATUS) == 150
    # The names took the new room.
    assert header.sectionSize(AssessmentListModel.DUTCH_PARTY) >= table.fontMetrics().horizontalAdvance("Gemeente 's-Hertogenbosch")
    assert header.length() <= table.viewport().width() + 1


def test_sharing_out_the_room_for_the_names() -> None:
    # Room for both: each its widest name, the rest in proportion.
    assert share_out(300, {0: 150, 1: 50}, 100) == {0: 225, 1: 75}
    # Too little: the narrower name whole first, the wider the rest.
    assert share_out(200, {0: 190, 1: 70}, 100) == {1: 70, 0: 130}
    # Far too little: neither under the floor; the table then scrolls.
    assert share_out(120, {0: 190, 1: 150}, 100) == {0: 100, 1: 100}
