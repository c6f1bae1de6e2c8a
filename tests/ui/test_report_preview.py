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
