"""A damaged or hand-edited settings.ini (the window's QSettings): no value in it may stop the
window from starting or put it where it cannot be used. Each case here once did one of those,
or was tried and is held: a width written with a digit Python reads but int() does not, a
geometry stored tiny in a screen's corner, a remembered database that is now a pipe."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication

from partnercheck import paths
from partnercheck.app import start_database
from partnercheck.ui.main_window import MainWindow
from partnercheck.ui.screen_fit import placed, restore_geometry
from partnercheck.ui.settings import AppSettings


def _settings(tmp_path: Path, raw: bytes) -> AppSettings:
    ini = tmp_path / "settings.ini"
    ini.write_bytes(raw)
    return AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))


@pytest.mark.parametrize(
    "value",
    [
        "dutch_party=\u00b2",  # a superscript two: str.isdigit says yes, int() raised at start-up
        "dutch_party=\u0663",  # an Arabic-Indic three
        "dutch_party=" + "0" * 5000 + "80",  # int() refuses more than 4300 digits
        "dutch_party=99999999999999999999",
        "dutch_party=-80",
        "dutch_party=0x50",
    ],
)
def test_a_damaged_column_width_is_left_out_and_the_rest_kept(tmp_path, value) -> None:  # type: ignore[no-untyped-def]
    settings = _settings(tmp_path, f'[list]\ncolumn_widths="{value},stage=80"\n'.encode())
    assert settings.column_widths() == {"stage": 80}


def test_bytes_that_are_no_utf8_in_the_settings_start_the_window(qtbot, tmp_path, ui_lang, db_path, _template_database) -> None:  # type: ignore[no-untyped-def]
    import shutil

    shutil.copy(_template_database, db_path)
    settings = _settings(tmp_path, b'[list]\ncolumn_widths="dutch_party=\xff\xfe,stage=\xc2\xb2"\n[ui]\nlanguage=\xff\n[window]\ngeometry=\xfe\n')
    assert settings.column_widths() == {} and settings.language == "" and settings.geometry() is None
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(db_path)


def _geometry(rect: tuple[int, int, int, int]) -> QByteArray:
    """What QWidget.saveGeometry writes (format 3): the frame, the normal geometry, the screen's
    number, maximized, full screen, the screen's width, the geometry; rectangles as x1 y1 x2 y2."""
    data = struct.pack(">IHH", 0x1D9D0CB, 3, 0) + struct.pack(">iiii", *rect) * 2
    return QByteArray(data + struct.pack(">iBBi", 0, 0, 0, 800) + struct.pack(">iiii", *rect))


@pytest.mark.parametrize(
    "rect",
    [
        (2**31 - 10, 2**31 - 10, 2**31 - 1, 2**31 - 1),  # tiny, in the far corner: Qt put it there, then grew it off the screen
        (0, 0, -500, -500),
        (30000, 30000, 30800, 30600),
        (-50000, -50000, 50000, 50000),
    ],
)
def test_a_stored_geometry_never_puts_the_window_off_the_screen(qtbot, app_settings, ui_lang, rect) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(app_settings, "en")
    qtbot.addWidget(window)
    restore_geometry(window, _geometry(rect))
    window.show()
    area = QApplication.primaryScreen().availableGeometry()
    assert area.contains(window.geometry()), (window.geometry(), area)


def test_a_window_larger_than_the_screen_is_shrunk_to_it_and_placed_at_its_corner() -> None:
    area = QRect(0, 0, 1024, 768)
    assert placed(QRect(5000, -300, 2000, 300), area, 600, 440) == QRect(0, 0, 1024, 440)
    assert placed(QRect(900, 700, 600, 440), area, 600, 440) == QRect(424, 328, 600, 440)
    assert placed(QRect(10, 10, 600, 440), area) == QRect(10, 10, 600, 440)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["pipe", "folder", "device"])
def test_a_remembered_database_that_is_no_longer_a_file_is_not_offered(tmp_path, monkeypatch, kind) -> None:  # type: ignore[no-untyped-def]
    """It was offered ("Which database?"), and reopening it said "cannot be opened ... check that
    the folder exists", at every start; now the default database opens, as for one that is gone."""
    monkeypatch.delenv("PARTNERCHECK_DB")
    default = tmp_path / "mine" / "partnercheck.sqlite3"
    monkeypatch.setattr(paths, "default_database_path", lambda: default)
    remembered = tmp_path / "db.sqlite3"
    if kind == "pipe":
        os.mkfifo(remembered)
    elif kind == "folder":
        remembered.mkdir()
    else:
        remembered = Path(os.devnull)
    assert start_database(str(remembered)) == (default, None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_opening_a_pipe_or_folder_as_the_database_says_what_it_is(window, tmp_path, dialogs, kind) -> None:  # type: ignore[no-untyped-def]
    """From --db, $PARTNERCHECK_DB or File › Recent: it said "check that the folder exists and
    that you may write to it", which is not what is wrong."""
    target = tmp_path / "elders.sqlite3"
    os.mkfifo(target) if kind == "pipe" else target.mkdir()
    before = window.store.path
    assert not window.open_database(target)
    kind_shown, title, text = dialogs.last()
    assert (kind_shown, title) == ("warning", "Database cannot be opened")
    assert text.startswith("“elders.sqlite3” is not a database file: it is a folder, a pipe or a device. Nothing was opened or changed.")
    assert "may write" not in text and window.store.path == before


@pytest.mark.slow  # a process of its own: a hang is a failure, not a stuck suite
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("where", ["PARTNERCHECK_SETTINGS", "XDG_CONFIG_HOME"])
def test_a_pipe_in_place_of_the_settings_file_does_not_stop_the_window(tmp_path, where) -> None:  # type: ignore[no-untyped-def]
    """QSettings reads its file as it is made: a pipe there waited for a writer for ever, and
    the window never came. Now the window starts on the defaults and the pipe stays unread."""
    import subprocess
    import sys

    config = tmp_path / "config"
    pipe = config / "PartnerCheck" / "PartnerCheck.conf" if where == "XDG_CONFIG_HOME" else tmp_path / "settings.ini"
    pipe.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(pipe)
    logs = tmp_path / "logs"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERCHECK_DB=str(tmp_path / "s.sqlite3"), PARTNERCHECK_STARTUP_MARK="exit")
    env["PARTNERCHECK_LOG_DIR"] = str(logs)
    env.pop("PARTNERCHECK_SETTINGS", None)
    env.update({"PARTNERCHECK_SETTINGS": str(pipe)} if where == "PARTNERCHECK_SETTINGS" else {"XDG_CONFIG_HOME": str(config)})
    try:
        result = subprocess.run([sys.executable, "-m", "partnercheck"], env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the window waited for a writer to the settings pipe")
    assert result.returncode == 0 and "PARTNERCHECK_SHOWN" in result.stdout, result.stderr
    logged = (logs / "partnercheck.log").read_text(encoding="utf-8")
    assert f"settings file {pipe} is not a regular file (a pipe or device): not read; the settings start from the defaults" in logged
    assert pipe.is_fifo()


def test_the_settings_file_looked_at_is_the_one_qsettings_reads(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from partnercheck.ui.settings import _native_file

    if sys.platform.startswith(("win", "darwin")):
        pytest.skip("no settings file of its own there")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("PartnerCheck")
    qapp.setApplicationName("PartnerCheck")
    try:
        assert _native_file() == QSettings().fileName() == f"{tmp_path}/PartnerCheck/PartnerCheck.conf"
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
