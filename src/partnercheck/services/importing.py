"""One import for every kind of file: recognised by its content, not its name.

:data:`RECOGNISERS` is the dispatch: each entry looks at the first bytes of the file and, if
it is its kind, loads it into a :class:`Loaded` (the interchange JSON and any evidence
content). A new kind of file (a folder of files, an encrypted export, a tie export) adds an
entry here; storing is the same for all (:func:`store_loaded`).

An assessment whose UUID the database already holds: identical content → nothing changes and
the existing id is reported; different → refused (:class:`ImportConflict`), unless the mode
is ``AS_NEW`` (stored as a copy with a new UUID) or ``REPLACE`` (the local draft takes the
imported content, or one in review a file in review: :func:`replaceable`; never a final
assessment). A file that is the assessment back from a review on another PC brings its
comments in without a mode (domain.review_return).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.interchange_parser import InterchangeError

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..store import AssessmentStore


# The largest review package (services.package.MAX_PACKAGE_BYTES) with room for its ZIP
# directory. An interchange or tie file (JSON) has the limit of a package's assessment.json,
# an encrypted file services.sealed.MAX_SEALED_BYTES: each checked before the file is read.
MAX_PACKAGE_FILE_BYTES = 1024 * 1024 * 1024 + 16 * 1024 * 1024


class ImportMode(StrEnum):
    REFUSE = "refuse"  # an existing uuid with other content is a conflict
    AS_NEW = "as-new"
    REPLACE = "replace"


class ImportConflict(InterchangeError):
    """The database holds this assessment (same uuid) with other content; ``existing`` is its
    id there (the window names that draft before it offers to replace it)."""

    def __init__(self, file: str, field: str, message: str, existing: int | None = None) -> None:
        super().__init__(file, field, message)
        self.existing = existing


@dataclass(frozen=True, slots=True)
class Loaded:
    kind: str  # "json" | "package"
    document: bytes
    blobs: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportResult:
    id: int
    assessment: Assessment
    kind: str
    outcome: str  # "new" | "unchanged" | "replaced" | "reviewed"
    left_out: int = 0  # evidence entries whose content neither the file nor the database has
    taken: tuple[str, ...] = ()  # "reviewed": the themes whose review comment came in


def _load_package(raw: bytes, source: str) -> Loaded:
    from .package import read_package

    package = read_package(io.BytesIO(raw), source)
    if package.document_name != "assessment.json":
        raise InterchangeError(source, package.document_name, "is a tie package; import it on its own ('partnercheck import FILE', File › Import)")
    return Loaded("package", package.document, package.blobs)


def _load_json(raw: bytes, source: str) -> Loaded:
    return Loaded("json", raw)


def _is_zip(head: bytes) -> bool:
    if not head.startswith(b"PK"):  # every zip starts so: a JSON file does not load zipfile (issue 16)
        return False
    from .package import is_package

    return is_package(head)


# (do these first bytes look like my kind?, load it): the first that says yes loads.
RECOGNISERS: list[tuple[Callable[[bytes], bool], Callable[[bytes, str], Loaded]]] = [
    (_is_zip, _load_package),
    (lambda head: True, _load_json),  # anything else is read as an interchange JSON file
]


def load_bytes(raw: bytes, source: str) -> Loaded:
    """Recognise and read (a package: verify whole) a file's bytes; ``source`` names it in
    errors. Raises InterchangeError (PackageError) for a bad file, or for a JSON file (one that
    came out of an encrypted file) over the limit of its kind."""
    from .package import MAX_DOCUMENT_BYTES

    if not _is_zip(raw[:8]) and len(raw) > MAX_DOCUMENT_BYTES:
        mib = MAX_DOCUMENT_BYTES // 1024 // 1024
        raise InterchangeError(source, "", f"holds {len(raw)} bytes of JSON, more than the {mib} MiB an assessment or tie file may have")
    for matches, loader in RECOGNISERS:
        if matches(raw[:8]):
            return loader(raw, source)
    raise InterchangeError(source, "", "is not a file PartnerCheck can import")  # pragma: no cover - the last one matches all


def limit_for(head: bytes) -> tuple[int, str, str]:
    """(the most bytes PartnerCheck reads, what the file is in English and Dutch) for a file
    to import that starts with ``head``."""
    from .package import MAX_DOCUMENT_BYTES
    from .sealed import MAX_SEALED_BYTES, is_sealed

    if is_sealed(head):
        return MAX_SEALED_BYTES, "an encrypted file", "een versleuteld bestand"
    if _is_zip(head[:8]):
        return MAX_PACKAGE_FILE_BYTES, "a review package", "een reviewpakket"
    return MAX_DOCUMENT_BYTES, "an assessment or tie file (JSON)", "een beoordelings- of bandbestand (JSON)"


def read_file(path: str | Path) -> bytes:
    """The bytes of a file to import: a regular file within the limit of its kind
    (:func:`limit_for`, by its first bytes). OSError naming it otherwise: a pipe or device is
    never waited on or read without end, a huge file never read into memory."""
    from .files import read_regular

    return read_regular(path, limit_for)


def import_path(store: AssessmentStore, path: str | Path, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
    """:func:`store_loaded` of the file at ``path``; OSError when it cannot be read."""
    return store_loaded(store, load_bytes(read_file(path), str(path)), str(path), mode)


def store_loaded(store: AssessmentStore, loaded: Loaded, source: str, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
    from ..domain.interchange import parse_bytes

    assessment = parse_bytes(loaded.document, source, store.library)
    for i, item in enumerate(assessment.evidence):
        content = loaded.blobs.get(item.sha256)
        if content is not None and len(content) != item.size:  # the list and the report would show a false size
            raise InterchangeError(source, f"evidence[{i}].size", f"says {item.size} bytes; the file in the package has {len(content)}")
    held = store.has_blobs(sorted({e.sha256 for e in assessment.evidence} - set(loaded.blobs)))
    missing = [e for e in assessment.evidence if e.sha256 not in loaded.blobs and e.sha256 not in held]
    if missing and loaded.kind == "package":
        raise InterchangeError(source, "evidence", f"{missing[0].name}: the package does not hold this file")
    assessment.evidence = [e for e in assessment.evidence if e not in missing]
    blobs = {d: c for d, c in loaded.blobs.items() if any(e.sha256 == d for e in assessment.evidence)}
    existing = store.id_of_uuid(assessment.uuid) if assessment.uuid else None
    if existing is not None:
        local = store.get(existing)
        if _same(local, assessment):
            return ImportResult(existing, assessment, loaded.kind, "unchanged", len(missing))
        if mode is ImportMode.REFUSE and (returned := _review_return(store, existing, local, assessment, source)) is not None:
            return ImportResult(existing, assessment, loaded.kind, "reviewed" if returned else "unchanged", len(missing), returned)
        if mode is ImportMode.REFUSE:
            raise ImportConflict(
                source,
                "uuid",
                f"assessment {existing} in this database is this assessment with other content; "
                "import with --as-new (a copy with a new uuid) or --replace (a draft or one in review takes the file's content)",
                existing,
            )
        if mode is ImportMode.REPLACE:
            _replace(store, existing, assessment, blobs, source)
            return ImportResult(existing, assessment, loaded.kind, "replaced", len(missing))
        assessment.uuid = None  # AS_NEW: a copy, under a new identity
    return ImportResult(store.create(assessment, blobs), assessment, loaded.kind, "new", len(missing))


def _review_return(store: AssessmentStore, existing: int, local: Assessment, incoming: Assessment, source: str) -> tuple[str, ...] | None:
    """The file is this assessment back from a review on another PC (domain.review_return):
    its newer comments are taken into the assessment here; the themes they are on (none: all
    were here already). None when the file is another version of the assessment."""
    from ..domain.review_return import returned_comments

    comments = returned_comments(local, incoming)
    if comments is None:
        return None
    if comments:
        store.take_review_comments(existing, comments, Path(source).name)
    return tuple(sorted(comments))


def replaceable(local: Assessment, incoming: Assessment) -> bool:
    """Whether ``incoming`` may replace ``local`` (``--replace``, the window's *Replace…*): a
    draft takes a draft file; an assessment in review takes a file in review, a newer version
    sent for review again (the reviewer's copy on another PC, second round); on the same
    checklist version, never in the bin. A final assessment is never replaced."""
    from ..domain.assessment import AssessmentState

    return (
        local.deleted is None
        and local.state is incoming.state
        and local.state in (AssessmentState.DRAFT, AssessmentState.REVIEW)
        and (local.checklist_id, local.checklist_version) == (incoming.checklist_id, incoming.checklist_version)
    )


def _replace(store: AssessmentStore, existing: int, assessment: Assessment, blobs: dict[str, bytes], source: str) -> None:
    from ..domain.assessment import AssessmentState

    local = store.get(existing)
    if local.deleted is not None or local.state is AssessmentState.FINAL:
        where = "in the bin" if local.deleted is not None else local.state.value
        raise ImportConflict(
            source,
            "uuid",
            f"--replace: assessment {existing} is {where}; only a draft is replaced, or one in review by a file in review (use --as-new)",
        )
    if assessment.state is not local.state:
        raise ImportConflict(
            source,
            "signoff.state",
            f"--replace: this file is {assessment.state.value} and assessment {existing} {local.state.value}; "
            "a draft takes a draft file, one in review a file in review (use --as-new)",
        )
    if not replaceable(local, assessment):
        raise ImportConflict(source, "checklist.version", f"--replace: assessment {existing} is on checklist {local.checklist_version}")
    store.replace_content(existing, assessment, blobs, Path(source).name, local.state)


def _same(local: Assessment, incoming: Assessment) -> bool:
    """The same content as far as the file says (the time of the last save aside)."""
    from ..domain.interchange import to_document

    a, b = to_document(local), to_document(incoming)
    for doc in (a, b):
        doc.pop("updated", None)
        doc["evidence"] = sorted((e["question"], e["sha256"], e["name"]) for e in doc["evidence"])
    return a == b
