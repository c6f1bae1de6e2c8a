"""The assessment list's column widths the user set are remembered between sessions (the
window's settings) and given back on the next start; a column never resized keeps fitting
itself around them; a damaged setting is left out, not obeyed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings

from partnercheck.ui.list_columns import COLUMN_KEYS
from partnercheck.ui.list_model import AssessmentListModel
from partnercheck.ui.main_window import MainWindow
from partnercheck.ui.settings import AppSettings


def _next_session(qtbot, path, db_path, width=683):  # type: ignore[no-untyped-def]
    """A new window with the settings read afresh from the file, as the next start reads them."""
    window = MainWindow(AppSettings(QSettings(str(path), QSettings.Format.IniFormat)), "en")
    qtbot.addWidget(window)
    window.resize(width, 480)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_database(db_path)
    table = window.list_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    return window, table


def test_the_widths_the_user_set_come_back_in_the_next_session(qtbot, qapp, make_window, store, new_assessment, app_settings, db_path):  # type: ignore[no-untyped-def]
    assert len(COLUMN_KEYS) == AssessmentListModel.COLUMN_COUNT
    store.create(new_assessment)
    store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, dutch_party="Gemeente 's-Hertogenbosch")))
    window = make_window()
    window.resize(683, 480)  # 1024x768 at 150 %
    table = window.list_page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    fitted_party = header.sectionSize(AssessmentListModel.DUTCH_PARTY)
    header.resizeSection(AssessmentListModel.STATUS, 150)  # as dragging the header's edge does
    header.resizeSection(AssessmentListModel.COUNTERPART, 90)
    qapp.processEvents()
    assert window.close()

    window, table = _next_session(qtbot, app_settings.q.fileName(), db_path)
    header = table.horizontalHeader()
    qapp.processEvents()
    assert header.sectionSize(AssessmentListModel.STATUS) == 150
    assert header.sectionSize(AssessmentListModel.COUNTERPART) == 90
    # The Dutch party was never resized: it still fits, taking the room the others leave.
    assert AssessmentListModel.DUTCH_PARTY not in window.list_page.columns.user_set
    assert fitted_party > header.sectionSize(AssessmentListModel.DUTCH_PARTY) >= window.list_page.columns.name_minimum()
    window.resize(1200, 600)  # and it follows the window; the user's widths stay
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    qapp.processEvents()
    assert header.sectionSize(AssessmentListModel.STATUS) == 150
    assert abs(header.length() - table.viewport().width()) <= 1


def test_a_damaged_setting_is_left_out(qtbot, qapp, make_window, store, new_assessment, app_settings, db_path):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    store.create(new_assessment)
    app_settings.q.setValue("list/column_widths", "stage=80,level=abc,bogus=30,updated=-5,=7,status=99999")
    app_settings.sync()
    assert app_settings.column_widths() == {"stage": 80, "bogus": 30}  # a column this version does not have: ignored below
    window, table = _next_session(qtbot, app_settings.q.fileName(), db_path)
    header = table.horizontalHeader()
    qapp.processEvents()
    assert header.sectionSize(AssessmentListModel.STAGE) == 80
    for column in (AssessmentListModel.LEVEL, AssessmentListModel.UPDATED, AssessmentListModel.STATUS):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)  # fitted to its texts


def test_a_language_switch_keeps_the_widths_the_user_set(qtbot, qapp, window, store, new_assessment) -> None:  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import remove_translators, switch_translators
    from partnercheck.ui.language_switch import switch_window_language

    store.create(new_assessment)
    window.reload_list()
    window.list_page.table.horizontalHeader().resizeSection(AssessmentListModel.LEVEL, 133)
    try:
        switch_window_language(window, "nl")  # the list is made again, in Dutch
        qapp.processEvents()
        assert window.list_page.table.horizontalHeader().sectionSize(AssessmentListModel.LEVEL) == 133
    finally:
        remove_translators(qapp, switch_translators(qapp, "en"))


def _context_menu(qtbot, widget, reason, pick: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of the context menu ``widget`` opens, choosing the item with the letter ``pick``.
    The platform turns the Menu key (and Shift+F10) into this event for the focused widget."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    shown: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and not shown:
            shown.extend(a.text() for a in menu.actions())
            qtbot.keyClick(menu, pick)

    poll = QTimer()
    poll.timeout.connect(choose)
    poll.start(10)
    QApplication.sendEvent(widget, QContextMenuEvent(reason, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5))))
    poll.stop()
    return shown


def test_reset_column_widths_forgets_the_widths_the_user_set(qtbot, qapp, make_window, store, new_assessment, app_settings, db_path, activate):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QContextMenuEvent

    store.create(new_assessment)
    store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, dutch_party="Gemeente 's-Hertogenbosch")))
    window = make_window()
    window.resize(683, 480)
    table = window.list_page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    qapp.processEvents()
    fitted = [header.sectionSize(c) for c in range(header.count())]

    def drag() -> None:  # as dragging the header's edges does
        header.resizeSection(AssessmentListModel.STATUS, 250)
        header.resizeSection(AssessmentListModel.DUTCH_PARTY, 60)
        assert set(app_settings.column_widths()) == {"status", "dutch_party"}

    drag()
    # The Menu key on the list opens its context menu; R chooses "Reset column widths".
    activate(qtbot, window)
    table.setFocus()
    assert _context_menu(qtbot, table, QContextMenuEvent.Reason.Keyboard, "R") == ["&Reset column widths"]
    assert [header.sectionSize(c) for c in range(header.count())] == fitted  # every column fits again
    assert window.list_page.columns.user_set == set() and app_settings.column_widths() == {}
    # A right click on the column titles offers the same.
    drag()
    assert _context_menu(qtbot, header.viewport(), QContextMenuEvent.Reason.Mouse, "R") == ["&Reset column widths"]
    assert [header.sectionSize(c) for c in range(header.count())] == fitted
    # The next session no longer brings the old widths back.
    assert window.close()
    window, table = _next_session(qtbot, app_settings.q.fileName(), db_path)
    qapp.processEvents()
    assert window.list_page.columns.user_set == set()
    assert table.horizontalHeader().sectionSize(AssessmentListModel.STATUS) == fitted[AssessmentListModel.STATUS]
