"""Errors go somewhere: the log, the crash file, and the "Something went wrong" dialog."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from partnercheck import errorlog
from partnercheck.ui import error_dialog
from partnercheck.ui.error_dialog import ErrorDialog


@pytest.fixture
def hook(monkeypatch):  # type: ignore[no-untyped-def]
    """errorlog's hook with the window's reporter, as run_app installs it; removed afterwards."""
    from partnercheck.app import _report_error

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored by monkeypatch
    errorlog.install(_report_error)
    yield errorlog.log_file()
    errorlog.uninstall()


def _error_dialog() -> ErrorDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    return found[-1] if found else None


class Boom(RuntimeError):
    pass


@pytest.mark.qt_no_exception_capture  # pytest-qt would otherwise take the hook for itself
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, window, hook, tmp_path, capfd):  # type: ignore[no-untyped-def]
    def broken_slot() -> None:
        raise Boom("the slot broke (test)")

    window.menus.about_action.triggered.disconnect()
    window.menus.about_action.triggered.connect(broken_slot)
    QTimer.singleShot(0, window.menus.about_action.trigger)  # from the event loop, as a click would
    qtbot.waitUntil(lambda: _error_dialog() is not None)
    dialog = _error_dialog()
    assert dialog is not None
    assert dialog.windowTitle() == "Something went wrong"
    assert "Boom: the slot broke (test)" in dialog.details_edit.toPlainText()
    assert "broken_slot" in dialog.details_edit.toPlainText()
    assert str(hook) in dialog.log_label.text() and hook.parent == tmp_path / "logs"

    log = hook.read_text(encoding="utf-8")
    assert "ERROR partnercheck" in log and "Uncaught exception" in log
    assert "Boom: the slot broke (test)" in log and "Traceback (most recent call last)" in log
    assert "Boom: the slot broke (test)" in capfd.readouterr().err  # a console still sees it

    copy = next(b for b in dialog.findChildren(QPushButton) if b is dialog.copy_button)
    copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "Boom: the slot broke (test)" in copied and str(hook) in copied

    # a second error while the dialog is open is logged, not stacked on top of it
    QTimer.singleShot(0, window.menus.about_action.trigger)
    qtbot.waitUntil(lambda: hook.read_text(encoding="utf-8").count("Uncaught exception") == 2)
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]) == 1
    dialog.reject()
    qtbot.waitUntil(lambda: _error_dialog() is None)


def test_the_dialog_in_dutch(qtbot, qapp, tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "nl")
    try:
        dialog = ErrorDialog("Traceback …", tmp_path / "partnercheck.log")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Er ging iets mis"
        assert dialog.copy_button.text() == "Details &kopiëren"
        assert "logbestand" in dialog.log_label.text()
    finally:
        remove_translators(qapp, translators)


def test_help_menu_opens_the_log_folder(qtbot, window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(error_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert window.menus.log_folder_action in window.menuBar().actions()[-1].menu().actions()
    window.menus.log_folder_action.trigger()
    assert opened == [str(tmp_path / "logs")]
    assert (tmp_path / "logs").is_dir()


def test_the_log_folder_is_platformdirs_own(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """errorlog spells the folder out (start-up does not import platformdirs); it must agree."""
    monkeypatch.delenv("PARTNERCHECK_LOG_DIR")
    assert errorlog.log_dir() == Path(platformdirs.user_log_dir("PartnerCheck", appauthor=False))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert errorlog.log_dir() == Path(platformdirs.user_log_dir("PartnerCheck", appauthor=False))
    monkeypatch.setenv("PARTNERCHECK_LOG_DIR", str(tmp_path / "elsewhere"))
    assert errorlog.log_dir() == tmp_path / "elsewhere"


def test_the_log_rotates(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(errorlog, "MAX_BYTES", 2_000)
    try:
        for i in range(40):
            try:
                raise Boom(f"number {i} " + "x" * 200)
            except Boom as e:
                errorlog.log_exception(Boom, e, e.__traceback__)
    finally:
        errorlog.stop_log()
    files = sorted(p.name for p in errorlog.log_dir().iterdir())
    assert files == ["partnercheck.log", "partnercheck.log.1", "partnercheck.log.2", "partnercheck.log.3"]
    assert "number 39" in errorlog.log_file().read_text(encoding="utf-8")


@pytest.mark.slow  # a process of its own
def test_a_hard_crash_leaves_its_stack_in_the_crash_file(tmp_path):  # type: ignore[no-untyped-def]
    """faulthandler: a segfault runs no Python, but the stack reaches crash.log."""
    script = textwrap.dedent(
        """
        import ctypes
        from partnercheck import errorlog
        errorlog.install()
        def deep_in_the_window():
            ctypes.string_at(0)
        deep_in_the_window()
        """
    )
    env = dict(os.environ, PARTNERCHECK_LOG_DIR=str(tmp_path / "logs"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    crash = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "--- PartnerCheck" in crash and "Fatal Python error" in crash and "deep_in_the_window" in crash


@pytest.mark.slow  # a process of its own
def test_an_uncaught_exception_without_a_window_is_logged(tmp_path):  # type: ignore[no-untyped-def]
    script = "from partnercheck import errorlog\nerrorlog.install()\nraise ValueError('no window here')\n"
    env = dict(os.environ, PARTNERCHECK_LOG_DIR=str(tmp_path / "logs"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "ValueError: no window here" in result.stderr
    assert "ValueError: no window here" in (tmp_path / "logs" / "partnercheck.log").read_text(encoding="utf-8")
