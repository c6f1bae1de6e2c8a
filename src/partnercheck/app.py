"""Bootstrap of the window: settings, database location, QApplication, translators, window.

Environment:
  PARTNERCHECK_DB            the database file (else the last one opened, else the default)
  PARTNERCHECK_SETTINGS      an ini file to keep settings in (tests, demos); else Qt's default
  PARTNERCHECK_STARTUP_MARK  "1": print ``PARTNERCHECK_SHOWN <unix time>`` once the window is
                             shown with its list filled; "exit": print it and quit (benchmark)
  PARTNERCHECK_LOG_DIR       the folder for the error log and crash file (see errorlog)

``partnercheck-gui`` (and ``partnercheck`` without a command) end up in :func:`main`:
``[--db FILE] [-V|--version] [-h|--help] [-- QT_OPTIONS…]``. Uncaught exceptions are logged
and shown (:mod:`partnercheck.errorlog`, :mod:`partnercheck.ui.error_dialog`).

Only Qt core/gui/widgets, the store and the domain load at start-up: reportlab, QtPdf and
QtPrintSupport are imported when a report is first made; the assessment pages, dialogs,
import/export and the reference list of partnerships when first used.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .catalogs import N_  # loaded by a normal start anyway (the domain's tables of words)

DB_ENV = "PARTNERCHECK_DB"  # paths.DB_ENV, spelled out: importing paths loads platformdirs (~4 ms)
SETTINGS_ENV = "PARTNERCHECK_SETTINGS"
STARTUP_MARK_ENV = "PARTNERCHECK_STARTUP_MARK"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The refusals of an argument; said in the run's language by window_words (with the usage).
NEEDS_FILE = N_("--db needs a FILE")
UNKNOWN_OPTION = N_("unknown option {option} (Qt's own options go after --)")


class WindowUsageError(Exception):
    """A refused argument: the catalog's msgid (window_words) and its values, said in the run's
    language only when it is printed (English in ``str()``, for a log)."""

    def __init__(self, msgid: str, **values: object) -> None:
        super().__init__(msgid.format(**values))
        self.msgid = msgid
        self.values = values


def parse_window_args(args: Sequence[str]) -> tuple[str | None, bool, bool, list[str]]:
    """``(db, version, help, qt_args)``; argparse is not needed for three options and would
    cost the window's start-up its import."""
    db: str | None = None
    show_version = show_help = False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            return db, show_version, show_help, rest
        if arg in ("-V", "--version"):
            show_version = True
        elif arg in ("-h", "--help"):
            show_help = True
        elif arg == "--db":
            if not rest or not rest[0] or rest[0] == "--":
                raise WindowUsageError(NEEDS_FILE)
            db = rest.pop(0)
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
            if not db:
                raise WindowUsageError(NEEDS_FILE)
        else:
            raise WindowUsageError(UNKNOWN_OPTION, option=repr(arg))
    return db, show_version, show_help, []


def _say(text: str, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is not None:  # the Windows gui-script has no console
        print(text, file=stream)


def main(argv: Sequence[str] | None = None) -> int:
    """``partnercheck-gui``: the window, on ``--db FILE`` if given."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        db, show_version, show_help, qt_args = parse_window_args(args)
    except WindowUsageError as e:
        from . import window_words  # the catalog: only when there is something to say

        _say(window_words.refusal(window_words.run_language(), e.msgid, **e.values), error=True)
        return 2
    if show_help:
        from . import window_words

        _say(window_words.usage(window_words.run_language()))
        return 0
    if show_version:
        _say(f"PartnerCheck {__version__}")
        return 0
    program = sys.argv[0] if sys.argv and sys.argv[0] else "partnercheck"
    return run_app([program, *qt_args], db=db)


def database_path(remembered: str, explicit: str | None = None) -> Path:
    """``--db``, else ``PARTNERCHECK_DB``, else the database opened last time, else the default location."""
    if explicit:
        return Path(explicit).expanduser()
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    if remembered:
        return Path(remembered)
    from .paths import default_database_path  # platformdirs: only when nothing else says where

    return default_database_path()


def start_database(remembered: str, explicit: str | None = None) -> tuple[Path, Path | None]:
    """The database to open at start-up and, when it is only the one remembered from last
    time, the user's default database to offer instead (None: nothing to offer).

    On a shared town-hall PC the remembered file may be a colleague's: a plain start says
    which file it reopens and offers the default one. A remembered file that is gone is not
    recreated empty, and one that is no longer a file (a folder, a pipe, a device) is not
    offered: the default one opens."""
    path = database_path(remembered, explicit)
    if explicit or os.environ.get(DB_ENV) or not remembered:
        return path, None
    from .paths import default_database_path

    default = default_database_path()
    if not path.is_file():  # gone, or a folder, pipe or device put in its place: never a database
        return default, None
    return path, (None if _same_file(path, default) else default)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


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
    from .services import exposure, files, workspace  # noqa: F401  # files, exposure: as the database opens


def _quicker_feature_scan() -> None:
    """PySide6 looks at every module imported after it for the word "PySide6" (which modules
    its ``__feature__`` switches apply to) through ``inspect.getsource``: ~0.1 ms a module,
    5-8 ms over the ~60 the window imports after Qt (its own and the standard library's again,
    at each ``from typing import ...``). The same question asked of the file's bytes gives the
    same answer in a fraction of that; a module without a readable .py file is asked as before.
    Nothing here changes when PySide6 lacks that hook (another version): it is then left alone."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quicker", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]  # tests compare the two
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def _collect_again() -> None:
    """Start-up runs without the cyclic garbage collector (gc.disable in run_app and in the
    command line's window path): it would run some 60 times over the ~45,000 objects the
    imports make (PySide6's types and enums, the store's classes), 10-14 ms of CPU that the
    first screen waited for, and find a few hundred objects to free. Once the list is shown
    those objects move to the oldest generation (``freeze`` then ``unfreeze``, as the gc
    documentation describes), so the young generations do not scan them again, and the
    collector runs as always: what is garbage among them goes at the next full collection."""
    gc.freeze()
    gc.unfreeze()
    gc.enable()


def _report_error(details: str, log_path: Path) -> None:
    """errorlog's reporter for the window: the dialog module loads only when an error happens."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from .ui.error_dialog import report_error

    report_error(details, log_path)


def _set_window_icon(app: object) -> None:
    """The PNG sizes rendered from resources/icons/partnercheck.svg (PNG: no SVG plugin
    needed, so a trimmed bundle works too; Qt picks the size each place needs)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from .resources import icon_dir

    icon = QIcon()
    folder = icon_dir()
    for size in ICON_SIZES:  # with its size, Qt reads a file only when that size is drawn
        icon.addFile(str(folder / f"partnercheck-{size}.png"), QSize(size, size))
    app.setWindowIcon(icon)  # type: ignore[attr-defined]


def run_app(argv: Sequence[str] | None = None, db: str | None = None) -> int:
    gc.disable()  # until the first screen is up: _collect_again
    try:
        return _run_window(argv, db)
    finally:
        gc.enable()  # also when the start-up failed before its first screen


def _run_window(argv: Sequence[str] | None, db: str | None) -> int:
    from . import errorlog

    errorlog.install(_report_error)  # first: a failing start-up is logged too
    _skip_numpy()
    _import_before_qt()
    from PySide6.QtCore import QTimer

    _quicker_feature_scan()  # first: from here on every import is looked at
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import install_translators, resolve_language
    from .ui.settings import open_settings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(sys.argv if argv is None else argv))
    app.setOrganizationName("PartnerCheck")
    app.setApplicationName("PartnerCheck")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nl.partnercheck.PartnerCheck")  # Wayland and taskbars match it to the .desktop file
    # Before the window is shown: set afterwards it saves ~1 ms offscreen but costs more on X11
    # (the window's icon property is sent again), and the taskbar would show Qt's icon first.
    _set_window_icon(app)

    settings = open_settings(os.environ.get(SETTINGS_ENV))  # a pipe in their place is never read
    lang = resolve_language(settings.language)
    translators = install_translators(app, lang)

    from .ui.main_window import MainWindow

    window = MainWindow(settings, lang)
    from .ui.screen_fit import restore_geometry

    restore_geometry(window, settings.geometry())  # kept on a screen, whatever settings.ini says
    window.show()
    window.open_initial_database(*start_database(settings.database_path, db))
    QTimer.singleShot(0, _collect_again)  # after the open above: the list is filled
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
