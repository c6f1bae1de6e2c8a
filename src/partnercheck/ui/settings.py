"""The user's preferences (QSettings): UI language, assessor name, last database, the window's
geometry and the widths of the list's columns the user set."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE_AUTO = ""


class AppSettings:
    """Typed access to the few settings PartnerCheck keeps. Tests pass an ini file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings()

    def _text(self, key: str) -> str:
        value = self.q.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def language(self) -> str:
        """The UI language: "nl", "en", or "" for the system's language."""
        value = self._text("ui/language")
        return value if value in ("nl", "en") else LANGUAGE_AUTO

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    @property
    def assessor(self) -> str:
        return self._text("assessment/assessor")

    @assessor.setter
    def assessor(self, value: str) -> None:
        self.q.setValue("assessment/assessor", value.strip())

    @property
    def database_path(self) -> str:
        return self._text("database/path")

    @database_path.setter
    def database_path(self, value: str) -> None:
        self.q.setValue("database/path", value)

    RECENT_COUNT = 6

    @property
    def recent_databases(self) -> list[str]:
        """Databases opened before, most recent first (File › Recent databases)."""
        value = self.q.value("database/recent", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
            value = [value]
        return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []

    def remember_database(self, path: str) -> None:
        recent = [path, *(p for p in self.recent_databases if p != path)][: self.RECENT_COUNT]
        self.q.setValue("database/path", path)
        self.q.setValue("database/recent", recent)

    @property
    def report_language(self) -> str:
        value = self._text("report/language")
        return value if value in ("nl", "en") else ""

    @report_language.setter
    def report_language(self, value: str) -> None:
        self.q.setValue("report/language", value)

    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    def column_widths(self) -> dict[str, int]:
        """The assessment list's columns the user resized, by column key (ui/list_columns.py):
        their widths in pixels. A damaged entry is left out: that column fits itself."""
        widths: dict[str, int] = {}
        for item in self._text("list/column_widths").split(","):
            key, _, width = item.partition("=")
            # At most five ASCII digits: "²" is a digit to str.isdigit and int("²") raises, as
            # int() does for a number of more than 4300 digits.
            if key and len(width) <= 5 and width.isascii() and width.isdigit() and 0 < int(width) <= 10000:
                widths[key] = int(width)
        return widths

    def set_column_widths(self, widths: dict[str, int]) -> None:
        self.q.setValue("list/column_widths", ",".join(f"{key}={width}" for key, width in widths.items()))

    def sync(self) -> None:
        self.q.sync()


def open_settings(ini: str | None = None) -> AppSettings:
    """The user's settings: the ini file ``ini`` ($PARTNERCHECK_SETTINGS), else Qt's own place for
    them. A pipe or device in that place is never read: QSettings reads its file as it is made,
    and reading a pipe waited for a writer for ever, so the window never came. Then this session
    starts from the defaults and keeps nothing (written to the log for IT)."""
    import os
    import stat

    path = ini or _native_file()
    try:
        mode = os.stat(path).st_mode if path else stat.S_IFREG
    except OSError:
        mode = stat.S_IFREG  # absent (made when written) or unreadable: QSettings copes
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):  # a folder is read as empty and never blocks
        return AppSettings(QSettings(ini, QSettings.Format.IniFormat) if ini else QSettings())
    import tempfile

    from ..errorlog import logger, start_log

    start_log()  # the log is otherwise opened by the first error only
    logger.warning("settings file %s is not a regular file (a pipe or device): not read; the settings start from the defaults", path)
    return AppSettings(QSettings(os.path.join(tempfile.mkdtemp(prefix="partnercheck-settings-"), "settings.ini"), QSettings.Format.IniFormat))


def _native_file() -> str | None:
    """Where QSettings() keeps them as a file: $XDG_CONFIG_HOME/ORG/APP.conf on Linux and other
    Unix systems; None where it is no file of its own (the Windows registry, macOS's plist: their
    readers do not block)."""
    import sys

    if sys.platform.startswith(("win", "darwin")):
        return None
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return f"{folder}/{QCoreApplication.organizationName()}/{QCoreApplication.applicationName()}.conf"
