"""Ties in and out of tie files (a tie with its events and every assessment of it), apart from
services.transfer so the single-assessment import stays as it is: a caller asks
:func:`tie_in` whether the bytes it was given are a tie file or a tie package, and imports them
here if so.

A tie with evidence (its own files, or files attached to its assessments) is written as a tie
package: services.package's ZIP with ``tie.json`` (the tie file, listing the tie's files) in
place of ``assessment.json``, every file once under ``evidence/<sha256>/<name>`` and the
manifest of their hashes; read back by the same :func:`~.package.read_package`, which verifies
the whole package before anything is stored.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import AssessmentStore


@dataclass(frozen=True, slots=True)
class ImportedTie:
    """What a tie import stored: the tie, its assessments, how many events and files."""

    tie_id: int
    assessment_ids: list[int]
    events: int
    evidence: int = 0  # files stored with it (the tie's and its assessments')
    left_out: int = 0  # files listed whose content neither the file nor the database has


@dataclass(frozen=True, slots=True)
class TieIn:
    """A tie file's parsed document, and the files a tie package carried (sha256 -> content)."""

    document: Any
    blobs: dict[str, bytes] = field(default_factory=dict)
    package: bool = False


def tie_in(raw: bytes, source: str) -> TieIn | None:
    """A tie file or a tie package (verified whole: PackageError naming the entry if any of
    it is wrong), else None: the bytes are for the single-assessment import."""
    if (document := tie_file_in(raw)) is not None:
        return TieIn(document)
    if not raw.startswith(b"PK") or not _holds_tie_document(raw):
        return None
    from ..domain.interchange_parser import InterchangeError
    from .package import TIE_DOCUMENT, read_package

    package = read_package(io.BytesIO(raw), source)
    document = tie_file_in(package.document)
    if document is None:
        raise InterchangeError(source, TIE_DOCUMENT, "is not a tie file (format partnercheck-tie)")
    return TieIn(document, package.blobs, package=True)


def _holds_tie_document(raw: bytes) -> bool:
    """Only the ZIP's directory is read: an assessment's package is verified once, later."""
    import zipfile

    from .package import TIE_DOCUMENT

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            return TIE_DOCUMENT in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # the package import says what is wrong with it


def tie_file_in(raw: bytes) -> Any | None:
    """The parsed document when ``raw`` is a tie file, else None (then it is for the
    single-assessment import, which reports whatever is wrong with it)."""
    if b'"partnercheck-tie"' not in raw:  # cheap: most files are single assessments
        return None
    # Only now: the tie format's parser loads the events, the ties and uuid (issue 16).
    from ..domain.interchange_parser import RepeatedKeyError, load_json
    from ..domain.tie_interchange import is_tie_document

    try:
        data = load_json(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError, RepeatedKeyError):
        return None  # the single-assessment import's reading says what is wrong
    return data if is_tie_document(data) else None


def import_tie(store: AssessmentStore, data: Any, source: str, blobs: dict[str, bytes] | None = None, *, package: bool = False) -> ImportedTie:
    """Validate a tie file's document (``source`` names it in errors) and store the tie, its
    events, its assessments and (from a package, ``blobs``) every file, in one transaction.
    A package must hold every file it lists; a plain tie file leaves out the files whose
    content the database does not hold already. InterchangeError for a bad file, StoreError
    when it cannot be stored (the tie is already there)."""
    from ..domain.interchange_parser import InterchangeError
    from ..domain.tie_interchange import parse_tie_document

    parsed = parse_tie_document(data, source, store.library)
    blobs = blobs or {}
    listed = [("evidence", parsed.evidence)] + [(f"assessments[{i}].evidence", a.evidence) for i, a in enumerate(parsed.assessments)]
    held = store.has_blobs(sorted({e.sha256 for _, items in listed for e in items} - set(blobs)))
    left_out = 0
    for where, items in listed:
        for i, item in enumerate(items):
            content = blobs.get(item.sha256)
            if content is not None and len(content) != item.size:
                raise InterchangeError(source, f"{where}[{i}].size", f"says {item.size} bytes; the file in the package has {len(content)}")
            if content is None and item.sha256 not in held:
                if package:
                    raise InterchangeError(source, f"{where}[{i}]", f"{item.name}: the package does not hold this file")
                left_out += 1
        items[:] = [e for e in items if e.sha256 in blobs or e.sha256 in held]
    used = {e.sha256 for _, items in listed for e in items}
    stored = {d: c for d, c in blobs.items() if d in used}
    tie_id, ids = store.import_tie(parsed.tie, parsed.events, parsed.assessments, parsed.previous, parsed.evidence, stored)
    return ImportedTie(tie_id, ids, len(parsed.events), sum(len(items) for _, items in listed), left_out)


def export_tie_text(store: AssessmentStore, tie_id: int) -> str:
    """The tie file (JSON): without the tie's own files, whose content it cannot carry."""
    from ..domain.tie_interchange import dumps_tie

    tie = store.get_tie(tie_id)
    return dumps_tie(tie, store.events(tie_id), [store.get(i) for i in tie.assessments])


def evidence_count(store: AssessmentStore, tie_id: int) -> int:
    """The files of a tie and of its assessments: any, and `export-tie` writes a package."""
    tie = store.get_tie(tie_id)
    return len(store.tie_evidence(tie_id)) + sum(len(store.get(i).evidence) for i in tie.assessments)


def export_tie_file(store: AssessmentStore, tie_id: int, path: str | Path, passphrase: str | None = None) -> int:
    """Write the tie file whole or not at all, encrypted when a passphrase is given: a tie
    package when the tie or one of its assessments has evidence, else the JSON tie file.
    Returns the number of evidence files written (0: the JSON file)."""
    from .sealed import write_file

    if evidence_count(store, tie_id) == 0:
        write_file(path, export_tie_text(store, tie_id).encode("utf-8"), passphrase)
        return 0
    from ..domain.tie_interchange import dumps_tie
    from .package import TIE_DOCUMENT, write_entries

    tie = store.get_tie(tie_id)
    assessments = [store.get(i) for i in tie.assessments]
    own = store.tie_evidence(tie_id)
    document = dumps_tie(tie, store.events(tie_id), assessments, own).encode("utf-8")
    evidence = [*own, *(item for a in assessments for item in a.evidence)]
    # Sealing takes the whole package in memory, as services.package does; so does this, with
    # the same caps: what the import would refuse is not written.
    from .package import MAX_PACKAGE_BYTES
    from .sealed import MAX_SEALED_CONTENT

    buffer = io.BytesIO()
    count = write_entries(store, buffer, path, TIE_DOCUMENT, document, evidence, MAX_PACKAGE_BYTES if passphrase is None else MAX_SEALED_CONTENT)
    write_file(path, buffer.getvalue(), passphrase)
    return count
