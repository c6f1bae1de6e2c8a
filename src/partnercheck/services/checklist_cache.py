"""The parsed checklists kept between runs, so a command that stores one file does not parse
the TOML checklists (~70 ms) every time it starts.

The cache is a pickle of the :class:`ChecklistLibrary` in the user's cache folder, named by a
hash of every checklist file's bytes and of the code that reads them: a changed, added or
removed checklist, or another PartnerCheck, misses it and parses afresh. The folder is the
user's own (anyone who can write there can already run code as the user), and any fault in
reading or writing the cache only means parsing as before.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.library import ChecklistLibrary

from ..paths import CACHE_ENV, cache_dir  # noqa: F401 - where tests and callers look for them


def _key(directories: Sequence[Path]) -> str:
    from .. import __version__, domain

    digest = hashlib.sha256(__version__.encode())
    for name in ("checklist.py", "checklist_loader.py", "library.py", "text.py"):  # the shape of what is pickled
        source = Path(domain.__file__ or "").parent / name  # stat, not import: the loader loads tomllib
        stat = source.stat()
        digest.update(f"{source.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    for directory in directories:
        for file in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
            digest.update(f"\0{directory}/{file.name}\0".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:32]


def load_library(directories: Sequence[Path]) -> ChecklistLibrary:
    """``ChecklistLibrary.from_directories(directories)``, from the cache when it is current."""
    from ..domain.library import ChecklistLibrary

    try:
        target = cache_dir() / f"checklists-{_key(directories)}.pickle"
    except OSError:
        return ChecklistLibrary.from_directories(directories)
    try:
        with target.open("rb") as cached:
            found = pickle.load(cached)
        if isinstance(found, ChecklistLibrary):
            return found
    except Exception:  # noqa: BLE001 - missing, stale or damaged: parse as before
        pass
    fresh = ChecklistLibrary.from_directories(directories)  # a bad checklist raises here, as ever
    try:
        from .files import write_atomically

        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob("checklists-*.pickle"):
            old.unlink(missing_ok=True)
        write_atomically(target, pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError):
        pass
    return fresh
