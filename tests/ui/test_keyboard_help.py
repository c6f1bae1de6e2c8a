"""Help › Keyboard shortcuts (F1) names every key the window has, in the language in use.

The overview once left out Ctrl+O, Ctrl+I, Ctrl+E, Ctrl+T, Ctrl+, and the report preview's
zoom keys: its menu rows are now made from the menus' actions and its zoom rows from the
preview's own list (preview_keys). This test collects every shortcut of the window with an
assessment open (menu actions, the pages' QShortcuts, the report preview's actions, the
overview's own find keys) and finds each in the overview's text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shortcut_helpers import shortcut_keys, window_with_everything_open

from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.question_pane import MAX_NUMBER_KEYS

# How the overview writes a key a person reads (Ctrl+↓, Ctrl+PgDn, Delete) in Qt's spelling.
SPELLED = (("↓", "Down"), ("↑", "Up"), ("PgDn", "PgDown"), ("Delete", "Del"))


@pytest.fixture(params=["en", "nl"])
def lang(request, qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_every_shortcut_of_the_window_is_in_the_overview(qtbot, lang, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    window, preview = window_with_everything_open(make_window, store, new_assessment, lang)
    overview = window.menus.show_shortcuts()
    qtbot.waitExposed(overview)

    keys = shortcut_keys(window, preview)  # the menus', the pages', the preview's and the overview's own
    assert {"Ctrl+O", "Ctrl+I", "Ctrl+E", "Ctrl+T", "Ctrl+,", "Ctrl++", "Ctrl+-", "Ctrl+0", "Ctrl+F", "F1"} <= keys

    text = overview.text.toPlainText()
    for shown, spelled in SPELLED:
        text = text.replace(shown, spelled)
    digits = {k for k in keys if k.isdigit()}
    assert digits == {str(n) for n in range(1, MAX_NUMBER_KEYS + 1)} and f"1 … {MAX_NUMBER_KEYS}" in text
    missing = sorted(k for k in keys - digits if k not in text)
    assert not missing, f"[{lang}] keys the overview does not name: {missing}"
    # Each menu command with a key is named as its menu names it, beside its key.
    rows = dict(overview.sections[0][1])
    assert rows[window.menus.open_db_action.text().replace("&", "")] == "Ctrl+O"
    assert rows[window.menus.settings_action.text().replace("&", "")] == "Ctrl+,"


def test_f1_opens_the_overview_with_the_text_in_focus_and_esc_closes_it(qtbot, window, activate):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overview = window.menus.help_windows["keys"]
    qtbot.waitExposed(overview)
    activate(qtbot, overview)
    assert overview.text.hasFocus() and not overview.isModal(), "read beside the work"
    window.menus.show_shortcuts()
    assert window.menus.help_windows["keys"] is overview, "asked again, the same window comes forward"
    qtbot.keyClick(overview.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "keys" not in window.menus.help_windows)  # closed and gone
    assert QApplication.activeModalWidget() is None


def test_the_overview_finds_with_ctrl_f(qtbot, window, activate):  # type: ignore[no-untyped-def]
    overview = window.menus.show_shortcuts()
    activate(qtbot, overview)
    qtbot.keyClick(overview.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert overview.find_edit.hasFocus()
    qtbot.keyClicks(overview.find_edit, "zoom")
    qtbot.keyClick(overview.find_edit, Qt.Key.Key_Return)
    assert overview.isVisible(), "Enter finds, it does not close the window"
    assert overview.text.textCursor().selectedText().lower() == "zoom"
    overview.find_edit.setText("no such key")
    qtbot.keyClick(overview.find_edit, Qt.Key.Key_Return)
    assert overview.status.isVisible() and "no such key" in overview.status.text()
    overview.close()
