"""The report's preview on a small screen (1024×768 at 150 %: the window is 683 pixels wide):
the page fits the pane's width, so nothing scrolls sideways; it follows the pane; Ctrl++ and
Ctrl+- zoom, Ctrl+0 fits again; a wide window shows the page at its actual size, not larger."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_preview_fits_the_page_to_the_panes_width(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from test_report_page import open_report_page

    window.resize(683, 512)  # 1024×768 at 150 %
    page, rp = open_report_page(window, store, new_assessment, library)
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        rp.generate()
    qtbot.waitUntil(lambda: not rp.busy)
    view = rp.view
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)  # was 160 pixels at actual size
    fitted = view.zoomFactor()
    assert 0.5 < fitted < 1.0
    margins = view.documentMargins()
    page_width = view.document().pagePointSize(0).width() * view.logicalDpiX() / 72 * fitted
    assert abs(page_width - (view.viewport().width() - margins.left() - margins.right())) < 2  # the whole width

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() > fitted * 1.2 and view.horizontalScrollBar().maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < fitted
    window.resize(800, 512)  # zoomed by hand: the zoom stays
    qtbot.waitUntil(lambda: view.viewport().width() > 700)
    assert view.zoomFactor() < fitted
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # fitted again, and follows the pane
    assert view.zoomFactor() > fitted
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: view.zoomFactor() == 1.0)  # the actual size, not blown up to the width
    assert [a.text() for a in view.actions()] == ["Zoom in", "Zoom out", "Fit to width"]  # also in its context menu


def test_on_a_short_window_the_choices_fold_away_for_the_page_and_come_back_by_keyboard(qtbot, window, store, new_assessment, library, activate):  # type: ignore[no-untyped-def]
    from test_report_page import open_report_page

    window.resize(683, 480)  # 1024×768 at 150 %
    page, rp = open_report_page(window, store, new_assessment, library)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: rp.options_panel.isVisible())
    choices = rp.options_panel.height()
    rp.generate_button.setFocus()
    qtbot.waitUntil(rp.generate_button.hasFocus)
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        qtbot.keyClick(rp.generate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not rp.busy)
    # The choices (two rows here) give their room to the page; saving and printing stay.
    assert not rp.options_panel.isVisible()
    assert rp.save_button.isVisible() and rp.print_button.isVisible() and rp.generate_button.isVisible()
    assert rp.view.hasFocus()  # the keys scroll and zoom the page
    qtbot.waitUntil(lambda: rp.view.page_fraction_in_view() > 0.25)
    assert choices > 2 * rp.save_button.height()
    assert "English · Full report · PDF" in rp.options_fold.button.toolTip()  # what is chosen, also folded
    # A choice's own Alt key shows them again and goes to it.
    qtbot.keyClick(rp.view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert rp.options_panel.isVisible() and rp.lang_combo.hasFocus()
    # The user's choice holds: shown, they stay shown for the next report. Alt+P folds and unfolds.
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        rp.generate()
    qtbot.waitUntil(lambda: not rp.busy)
    assert rp.options_panel.isVisible()
    qtbot.keyClick(rp.view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not rp.options_panel.isVisible())  # a button's Alt key presses it after a moment
    qtbot.keyClick(rp.view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(rp.options_panel.isVisible)


def test_on_a_large_window_the_choices_stay(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from test_report_page import open_report_page

    window.resize(1366, 900)
    page, rp = open_report_page(window, store, new_assessment, library)
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        rp.generate()
    qtbot.waitUntil(lambda: not rp.busy)
    assert rp.options_panel.isVisible() and rp.view.page_fraction_in_view() >= 1 / 3
