"""Fixtures for the window tests: headless Qt, a fresh database and settings file per test,
English UI unless a test asks for Dutch, and message boxes, confirmations (``ask.confirm``) and
file dialogs replaced by stubs."""

from __future__ import annotations

import os
import shutil

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from partnercheck.ui import ask, passphrase_dialog
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.main_window import MainWindow
from partnercheck.ui.settings import AppSettings


@dataclass
class Dialogs:
    """Stands in for QMessageBox and QFileDialog's static methods; records what was shown."""

    messages: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    open_path: str = ""
    save_path: str = ""
    # Answers of save dialogs opened again after a refused name (ui.save_as), in order; with
    # none left the user cancels the reopened dialog.
    save_again: list[str] = field(default_factory=list)
    save_starts: list[str] = field(default_factory=list)  # where each save dialog opened
    save_answers: list[str] = field(default_factory=list)
    folder_path: str = ""  # what QFileDialog.getExistingDirectory answers ("": cancelled)
    file_requests: list[str] = field(default_factory=list)
    # The passphrase dialogs: None exports in the clear (by choice) / cancels an import.
    export_passphrase: str | None = None
    import_passphrase: str | None = None
    passphrase_requests: list[str] = field(default_factory=list)  # "export" or the file's name
    export_kinds: list[str] = field(default_factory=list)  # services.export_rule.Export of each export asked

    def kinds(self) -> list[str]:
        return [m[0] for m in self.messages]

    def last(self) -> tuple[str, str, str]:
        assert self.messages, "no message was shown"
        return self.messages[-1]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    rec = Dialogs()

    def recorder(kind: str):  # type: ignore[no-untyped-def]
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            rec.messages.append((kind, title, text))
            return rec.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))

    def get_open(parent: Any, caption: str = "", directory: str = "", filter: str = "", *a: Any, **k: Any) -> tuple[str, str]:
        rec.file_requests.append(caption)
        return rec.open_path, ""

    def get_save(parent: Any, caption: str = "", directory: str = "", filter: str = "", *a: Any, **k: Any) -> tuple[str, str]:
        rec.file_requests.append(caption)
        # Opened again on the name just answered (with a suffix the window added): a refusal.
        again = bool(rec.save_answers) and rec.save_answers[-1] != "" and directory.startswith(rec.save_answers[-1])
        rec.save_starts.append(directory)
        answer = (rec.save_again.pop(0) if rec.save_again else "") if again else rec.save_path
        rec.save_answers.append(answer)
        return answer, ""

    def confirm(parent: Any, title: str, text: str, action: str) -> bool:
        rec.messages.append(("question", title, text))
        return rec.answer == QMessageBox.StandardButton.Yes

    def ask_export(parent: Any, kind: str = "assessment-file") -> passphrase_dialog.ExportChoice:
        rec.passphrase_requests.append("export")
        rec.export_kinds.append(str(kind))
        return passphrase_dialog.ExportChoice(rec.export_passphrase)

    def ask_import(parent: Any, file_name: str) -> str | None:
        rec.passphrase_requests.append(file_name)
        return rec.import_passphrase

    monkeypatch.setattr(ask, "confirm", confirm)
    monkeypatch.setattr(passphrase_dialog, "ask_export", ask_export)
    monkeypatch.setattr(passphrase_dialog, "ask_import", ask_import)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)

    def get_folder(parent: Any, caption: str = "", directory: str = "", *a: Any, **k: Any) -> str:
        rec.file_requests.append(caption)
        return rec.folder_path

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", get_folder)
    return rec


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ui_lang(qapp: Any) -> Any:
    """English UI (the source language); Qt's own strings too."""
    translators = install_translators(qapp, "en")
    yield "en"
    remove_translators(qapp, translators)


@pytest.fixture
def make_window(qtbot: Any, app_settings: AppSettings, ui_lang: str, db_path: Path, _template_database: Path):  # type: ignore[no-untyped-def]
    """Build a shown main window on a database (default: this test's fresh file)."""

    def make(path: Path | None = None, lang: str | None = None) -> MainWindow:
        if path is None and not db_path.exists():
            # A new database, copied from the run's template as the ``store`` fixture does:
            # the same file as creating it step by step, for the cost of a copy.
            shutil.copy(_template_database, db_path)
        window = MainWindow(app_settings, lang or ui_lang)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_database(path or db_path)
        _activate(qtbot, window)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window()


def _activate(qtbot: Any, window: QWidget) -> None:
    """Make the window the active one, as a window manager would (keyboard shortcuts need it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def activate():  # type: ignore[no-untyped-def]
    return _activate


def _type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def type_text():  # type: ignore[no-untyped-def]
    """Type any text, one character at a time (qtbot.keyClicks aborts on non-ASCII)."""
    return _type_text
