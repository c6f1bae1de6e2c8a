"""Bootstrap of the window: settings, database location, QApplication, translators, window.

Environment:
  PARTNERCHECK_DB            the database file (else the last one opened, else the default)
  PARTNERCHECK_SETTINGS      an ini file to keep settings in (tests, demos); else Qt's default
  PARTNERCHECK_STARTUP_MARK  "1": print ``PARTNERCHECK_SHOWN <unix time>`` once the window is
                             shown with its list filled; "exit": print it and quit (benchmark)

Only Qt core/gui/widgets, the store and the domain load at start-up: reportlab, QtPdf and
QtPrintSupport are imported when a report is first made; the assessment pages, dialogs,
import/export and the reference list of partnerships when first used.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__

DB_ENV = "PARTNERCHECK_DB"  # paths.DB_ENV, spelled out: importing paths loads platformdirs (~4 ms)
SETTINGS_ENV = "PARTNERCHECK_SETTINGS"
STARTUP_MARK_ENV = "PARTNERCHECK_STARTUP_MARK"


def database_path(remembered: str) -> Path:
    """``PARTNERCHECK_DB``, else the database opened last time, else the default location."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    if remembered:
        return Path(remembered)
    from .paths import default_database_path  # platformdirs: only when nothing else says where

    return default_database_path()


def _skip_numpy() -> None:
    """sqlite-utils imports numpy when it is installed, only to map numpy column types, which
    PartnerCheck never stores: ~50 ms of start-up. Unless something loaded it already, make
    that optional import fail quickly in the window's process."""
    if "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]


def _import_before_qt() -> None:
    """Import the Qt-free part of the start-up path (the store, the domain, the standard
    library they use) before PySide6. PySide6 installs an import hook that reads the source
    of every module imported after it, looking for its ``__feature__`` switches: ~0.1 ms a
    module, ~5 ms for these. The window needs them before its list can be shown anyway."""
    from . import resources  # noqa: F401
    from .services import workspace  # noqa: F401


def run_app(argv: Sequence[str] | None = None) -> int:
    _skip_numpy()
    _import_before_qt()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import install_translators, resolve_language
    from .ui.settings import AppSettings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(sys.argv if argv is None else argv))
    app.setOrganizationName("PartnerCheck")
    app.setApplicationName("PartnerCheck")
    app.setApplicationVersion(__version__)

    ini = os.environ.get(SETTINGS_ENV)
    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat) if ini else QSettings())
    lang = resolve_language(settings.language)
    translators = install_translators(app, lang)

    from .ui.main_window import MainWindow

    window = MainWindow(settings, lang)
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show()
    window.open_initial_database(database_path(settings.database_path))

    mark = os.environ.get(STARTUP_MARK_ENV)
    if mark:

        def shown() -> None:
            print(f"PARTNERCHECK_SHOWN {time.time():.6f}", flush=True)
            if mark == "exit":
                window.close()
                app.quit()

        QTimer.singleShot(0, shown)  # after the database has been opened and the list filled

    try:
        return app.exec()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
