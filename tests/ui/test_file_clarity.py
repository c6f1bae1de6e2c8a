"""The file being edited is always clear: its full path in the title bar and the status bar,
and the databases opened before under File › Recent databases, with their full paths."""

from __future__ import annotations

from partnercheck.ui.main_window import MainWindow


def test_the_full_path_is_in_view_and_recent_databases_reopen(qtbot, app_settings, ui_lang, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    first, second = tmp_path / "ede" / "partnercheck.sqlite3", tmp_path / "breda" / "partnercheck.sqlite3"
    window = MainWindow(app_settings, ui_lang)
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(first)
    assert window.open_database(second)
    # Two files with the same name: the folder tells them apart, in the title and the status bar.
    assert window.windowTitle() == f"partnercheck.sqlite3 ({second.parent}) — PartnerCheck"
    assert window.database_label.text() == f"Database: {second}"
    assert app_settings.recent_databases == [str(second), str(first)]
    entries = {a.text(): a for a in window.menus.recent_menu.actions()}
    assert set(entries) == {str(first), str(second)}
    assert not entries[str(second)].isEnabled(), "the open one is not offered again"
    entries[str(first)].trigger()
    assert window.store is not None and window.store.path == first
    assert str(first.parent) in window.windowTitle()
