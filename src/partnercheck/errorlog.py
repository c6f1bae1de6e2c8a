"""Where errors go: a rotating log file, a crash file for faulthandler, and ``sys.excepthook``.

An uncaught exception (PySide6 passes exceptions raised in slots to ``sys.excepthook`` too)
is written with its traceback to ``partnercheck.log``; when a window is running, the hook
also asks the window to show it (see :mod:`partnercheck.ui.error_dialog`). A hard crash
(a segfault in Qt, an abort) cannot run Python code: ``faulthandler`` writes every thread's
stack to ``crash.log`` instead. Both live in the log folder:

- ``PARTNERCHECK_LOG_DIR`` when set (tests, IT departments that want logs elsewhere);
- else ``%LOCALAPPDATA%\\PartnerCheck\\Logs`` on Windows, ``$XDG_STATE_HOME/PartnerCheck/log``
  (``~/.local/state/PartnerCheck/log``) on Linux: ``platformdirs.user_log_dir("PartnerCheck",
  appauthor=False)``, spelled out so that the window's start-up need not import platformdirs
  (a test holds the two equal); platformdirs itself on other systems.

No Qt here: the command line and the report worker may use it too. Nothing leaves the machine.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from . import __version__

LOG_DIR_ENV = "PARTNERCHECK_LOG_DIR"
APP_NAME = "PartnerCheck"  # paths.APP_NAME, spelled out like app.DB_ENV
LOG_NAME = "partnercheck.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000  # per log file; with BACKUPS old ones, at most ~4 MB in all
BACKUPS = 3

logger = logging.getLogger("partnercheck")

ErrorReporter = Callable[[str, Path], None]  # (details, log file) -> shows them to the user

_reporter: ErrorReporter | None = None
_crash_file: IO[str] | None = None
_file_handler: logging.Handler | None = None


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "").strip()
        if base:
            return Path(base) / APP_NAME / "Logs"
    elif sys.platform.startswith("linux"):
        state = os.environ.get("XDG_STATE_HOME", "").strip()
        return Path(state or os.path.expanduser("~/.local/state")) / APP_NAME / "log"
    import platformdirs  # macOS, and a Windows without LOCALAPPDATA

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def crash_file() -> Path:
    return log_dir() / CRASH_NAME


def start_log() -> Path | None:
    """Attach the rotating log file to the ``partnercheck`` logger (once); None when the log
    folder cannot be written (a read-only profile must not stop the program)."""
    global _file_handler
    path = log_file()
    if _file_handler is not None:
        return path
    from logging.handlers import RotatingFileHandler

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(path) and not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a pipe there would make the first message wait for a reader for ever
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _file_handler = handler
    return path


def stop_log() -> None:
    """Detach the log file and the crash file (tests; the end of a run)."""
    global _file_handler, _crash_file
    if _file_handler is not None:
        logger.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    if _crash_file is not None:
        if faulthandler.is_enabled():
            faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def enable_crash_file() -> Path | None:
    """faulthandler into ``crash.log`` (appended; started afresh beyond MAX_BYTES). Without a
    console (the Windows gui-script) there is no stderr, so this is the only place it can go."""
    global _crash_file
    path = crash_file()
    if _crash_file is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_NONBLOCK: a pipe planted as crash.log would make the open wait for a reader for
        # ever, before the window shows; only a regular file is kept.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o666)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        if os.fstat(fd).st_size > MAX_BYTES:
            os.ftruncate(fd, 0)
        _crash_file = open(fd, "a", encoding="utf-8")  # noqa: SIM115 - open for the life of the process
        _crash_file.write(f"--- PartnerCheck {__version__} started {time.strftime('%Y-%m-%d %H:%M:%S')} pid {os.getpid()}\n")
        _crash_file.flush()
    except OSError:
        _crash_file = None
        return None
    faulthandler.enable(file=_crash_file, all_threads=True)
    return path


def log_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Write the traceback to the log (starting it if need be); returns the text."""
    import platform
    import traceback

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    start_log()
    where = f"PartnerCheck {__version__}, Python {platform.python_version()}, {platform.platform()}"
    logger.error("Uncaught exception (%s)\n%s", where, details.rstrip())
    return details


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, report: bool = True) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        details = log_exception(exc_type, exc, tb)
    except Exception:  # the log must never hide the error itself
        details = f"{exc_type.__name__}: {exc}"
    stderr = sys.__stderr__
    if stderr is not None:  # a console, if there is one, sees it as before
        try:
            stderr.write(details)
            stderr.flush()
        except (OSError, ValueError):
            pass
    if report and _reporter is not None:
        try:
            _reporter(details, log_file())
        except Exception:
            logger.exception("The error could not be shown")


def install(reporter: ErrorReporter | None = None) -> None:
    """Route uncaught exceptions (main thread, slots, other threads) to the log and to
    ``reporter``. Opens the crash file now; the log file itself only when first written to."""
    global _reporter
    _reporter = reporter
    sys.excepthook = excepthook

    import threading

    def thread_hook(args: threading.ExceptHookArgs) -> None:  # logged, not shown (no widgets off the GUI thread)
        excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, report=False)

    threading.excepthook = thread_hook
    enable_crash_file()


def uninstall() -> None:
    global _reporter
    import threading

    _reporter = None
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    stop_log()
