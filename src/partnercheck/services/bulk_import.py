"""Many interchange files in one run: ``partnercheck import FILE... | FOLDER``.

One process: the database is opened and the checklists are parsed once, and every file goes
through :func:`~partnercheck.services.transfer.import_bytes`, exactly what a single import
does, in its own transaction; the disk is flushed once at the end (store.bulk_writes). A file
that is refused is reported and skipped; the files before and after it are stored. A fault of
the database itself (full disk, read-only, locked) stops the run, because every further file
would meet it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import transfer
from .importing import ImportMode, read_file

if TYPE_CHECKING:
    from ..store import AssessmentStore

SUFFIX = ".json"  # what export writes; a folder's other files are not interchange files


@dataclass(frozen=True, slots=True)
class FileResult:
    path: Path
    id: int | None = None  # the new assessment; None when the file was refused
    error: str | None = None  # one line naming the file and the field
    # The refusal itself, so the command line can say it in its language (cli/explain.py);
    # None for a file that could not be read (the error says why).
    refusal: Exception | None = None


def files_to_import(targets: Iterable[Path]) -> list[Path]:
    """The files as given, in order; a folder gives the ``*.json`` files directly in it, by name."""
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            found += sorted((p for p in target.iterdir() if p.suffix.lower() == SUFFIX and p.is_file()), key=lambda p: p.name)
        else:
            found.append(target)
    return found


def import_many(
    store: AssessmentStore,
    paths: Sequence[Path],
    progress: Callable[[int, FileResult], None] | None = None,
    passphrase: str | None = None,
    mode: ImportMode = ImportMode.REFUSE,
) -> list[FileResult]:
    """Import each file; ``progress(n, result)`` after the n-th. StoreError propagates (see above).
    An encrypted file is opened with ``passphrase`` first; without one it is refused alone."""
    from ..domain.interchange import InterchangeError
    from ..store.bulk_writes import bulk_writes
    from .sealed import SealError, opened

    results = []
    # One disk flush at the end (store.bulk_writes: what a power cut may cost, and why
    # importing the folder again makes up for it).
    with bulk_writes(store):
        for n, path in enumerate(paths, 1):
            try:
                raw = read_file(path)
            except OSError as exc:
                result = FileResult(path, error=f"{path}: cannot be read ({exc.strerror or exc})")
            else:
                try:
                    plain = opened(raw, passphrase, str(path))
                    result = FileResult(path, id=transfer.import_bytes(store, plain, str(path), mode).id)
                except (InterchangeError, SealError) as exc:
                    result = FileResult(path, error=str(exc), refusal=exc)
            results.append(result)
            if progress is not None:
                progress(n, result)
    return results


def refused_before_first_good(paths: Sequence[Path], passphrase: str | None = None) -> list[FileResult]:
    """The files, from the first, that would be refused, up to the first that would be stored:
    checked without a store, so a run whose files are all refused creates no database."""
    from ..domain.interchange import InterchangeError, parse_bytes
    from .importing import load_bytes
    from .sealed import SealError, opened
    from .workspace import checklist_library

    refused = []
    for path in paths:
        try:
            raw = read_file(path)
            parse_bytes(load_bytes(opened(raw, passphrase, str(path)), str(path)).document, str(path), checklist_library())
        except OSError as exc:
            refused.append(FileResult(path, error=f"{path}: cannot be read ({exc.strerror or exc})"))
        except (InterchangeError, SealError) as exc:
            refused.append(FileResult(path, error=str(exc), refusal=exc))
        else:
            break
    return refused
