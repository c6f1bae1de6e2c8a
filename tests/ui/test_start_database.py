"""A plain start on a shared PC: PartnerCheck says which remembered database it reopens and
offers the user's default one; it never recreates a remembered file that is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from partnercheck import paths
from partnercheck.app import start_database
from partnercheck.ui import ask
from partnercheck.ui.main_window import MainWindow


@pytest.fixture
def default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plain start: no --db, no PARTNERCHECK_DB; the user's default database in tmp_path."""
    monkeypatch.delenv("PARTNERCHECK_DB")
    default = tmp_path / "mine" / "partnercheck.sqlite3"
    monkeypatch.setattr(paths, "default_database_path", lambda: default)
    return default


def test_which_file_a_start_opens(tmp_path, default_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    colleague = tmp_path / "colleague.sqlite3"
    colleague.write_bytes(b"")
    assert start_database(str(colleague)) == (colleague, default_db), "remembered: ask, offering the default"
    assert start_database(str(colleague), explicit=str(tmp_path / "x.sqlite3")) == (tmp_path / "x.sqlite3", None)
    assert start_database("") == (default_db, None), "first run: the default, nothing to ask"
    gone = tmp_path / "usb" / "gone.sqlite3"
    assert start_database(str(gone)) == (default_db, None), "a remembered file that is gone is not recreated"
    assert not gone.parent.exists()
    default_db.parent.mkdir()
    default_db.write_bytes(b"")
    assert start_database(str(default_db)) == (default_db, None), "the default itself: nothing to offer"
    monkeypatch.setenv("PARTNERCHECK_DB", str(tmp_path / "env.sqlite3"))
    assert start_database(str(colleague)) == (tmp_path / "env.sqlite3", None)


@pytest.mark.parametrize("choice", [0, 1])
def test_the_window_names_the_remembered_file_and_offers_the_default(qtbot, app_settings, ui_lang, tmp_path, default_db, monkeypatch, choice) -> None:  # type: ignore[no-untyped-def]
    colleague = tmp_path / "shared" / "colleague.sqlite3"
    asked: list[str] = []

    def choose(parent, title, text, first, second):  # type: ignore[no-untyped-def]
        asked.append(text)
        return choice

    monkeypatch.setattr(ask, "choose", choose)
    window = MainWindow(app_settings, ui_lang)
    qtbot.addWidget(window)
    window.show()
    window.open_initial_database(colleague, default_db)
    qtbot.waitUntil(lambda: window.store is not None)
    assert str(colleague) in asked[0] and str(default_db) in asked[0]
    opened = colleague if choice == 0 else default_db
    assert window.store.path == opened
    assert window.database_label.text() == f"Database: {opened}"


@pytest.mark.parametrize(("key", "expected"), [(Qt.Key.Key_Return, 0), (Qt.Key.Key_Escape, 0), (Qt.Key.Key_D, 1)])
def test_enter_reopens_and_d_takes_the_default(qtbot, ui_lang, key, expected) -> None:  # type: ignore[no-untyped-def]
    seen: list[QMessageBox] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        QTest.keyClick(box, key)  # a message box takes its buttons' letters without Alt too

    QTimer.singleShot(0, press)
    assert ask.choose(None, "Which database?", "text", "&Reopen the last database", "Open the &default database") == expected
    assert seen
