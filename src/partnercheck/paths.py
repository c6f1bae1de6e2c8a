"""Where the user's database lives (platformdirs), unless ``--db`` or ``$PARTNERCHECK_DB`` says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "PartnerCheck"
DB_ENV = "PARTNERCHECK_DB"
DB_FILENAME = "partnercheck.sqlite3"
CHECKLISTS_ENV = "PARTNERCHECK_CHECKLISTS"


def default_database_path() -> Path:
    """``PARTNERCHECK_DB`` if set, else the embedded database in the user's data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return _user_data_dir() / DB_FILENAME


def resolve_database_path(explicit: str | os.PathLike[str] | None) -> Path:
    return Path(explicit).expanduser() if explicit else default_database_path()


def installed_checklist_dir() -> Path:
    """Checklists installed from a file (``PARTNERCHECK_CHECKLISTS`` if set): in the user's
    data folder, so they survive a reinstall of the program and need no administrator."""
    override = os.environ.get(CHECKLISTS_ENV)
    if override:
        return Path(override).expanduser()
    return _user_data_dir() / "checklists"


CACHE_ENV = "PARTNERCHECK_CACHE_DIR"


def cache_dir() -> Path:
    """Where what can be derived again is kept between runs (parsed checklists and fonts):
    ``$PARTNERCHECK_CACHE_DIR``, else the user's cache folder."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def _user_data_dir() -> Path:
    # platformdirs loads only when no environment variable names the place: the window's
    # start-up opens the database, and reads the schema cache, without it (tests/ui/test_app.py).
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
