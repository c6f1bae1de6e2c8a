"""Evidence files: attach one from disk, open one read-only through a temporary copy, to the
bin and back. The window (file dialog, drag and drop, the system's viewer) and
``partnercheck attach`` / ``evidence`` come through here."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.evidence import MAX_EVIDENCE_BYTES, EvidenceItem, EvidenceTooLarge, disk_name, sha256_hex

if TYPE_CHECKING:
    from ..store import AssessmentStore


def read_evidence_file(path: Path) -> bytes:
    """The bytes of a file to attach. EvidenceTooLarge (naming the file) before reading a file
    over the limit; OSError when it cannot be read or is no regular file (a pipe, device or
    folder: reading one would wait or never end)."""
    from .files import read_regular

    size = path.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise EvidenceTooLarge(str(path), size)
    try:
        return read_regular(path, MAX_EVIDENCE_BYTES)
    except OSError as exc:
        if exc.errno == errno.EFBIG:  # it grew after the look at its size
            raise EvidenceTooLarge(str(path), MAX_EVIDENCE_BYTES + 1) from None
        raise


def attach_file(store: AssessmentStore, assessment_id: int, question_id: str, path: str | Path) -> EvidenceItem:
    """Attach the file at ``path`` to an answer (refusals: :func:`read_evidence_file`;
    StoreError when the store refuses)."""
    path = Path(path)
    return store.attach(assessment_id, question_id, path.name, read_evidence_file(path))


def attach_file_to_tie(store: AssessmentStore, tie_id: int, path: str | Path) -> EvidenceItem:
    """Attach the file at ``path`` to a tie as a whole (an agreement, a council decision about
    the partnership). The same refusals as :func:`attach_file`."""
    path = Path(path)
    return store.attach_to_tie(tie_id, path.name, read_evidence_file(path))


def open_copy(store: AssessmentStore, evidence_id: int, folder: str | Path | None = None) -> Path:
    """A read-only copy of an answer's attached file in a fresh temporary folder, under its own
    name (so the system's viewer recognises the kind); checked against its SHA-256. The
    database is never handed to another program. The copy is left for the system's
    temporary-file cleaning: a viewer may still be reading it after PartnerCheck has closed.
    The copy's name is one Windows can hold (domain.evidence.disk_name: no CON.txt, no ``:``),
    the kind kept."""
    _, item = store.evidence_item(evidence_id)
    return _checked_copy(item, store.evidence_content(evidence_id), folder)


def open_tie_copy(store: AssessmentStore, evidence_id: int, folder: str | Path | None = None) -> Path:
    """A read-only copy of a tie's file, as :func:`open_copy` makes one of an answer's."""
    _, item = store.tie_evidence_item(evidence_id)
    return _checked_copy(item, store.tie_evidence_content(evidence_id), folder)


def _checked_copy(item: EvidenceItem, content: bytes, folder: str | Path | None) -> Path:
    where = Path(tempfile.mkdtemp(prefix="partnercheck-evidence-", dir=folder))
    target = where / disk_name(item.name)
    with open(target, "xb") as fh:
        fh.write(content)
    os.chmod(target, stat.S_IRUSR)
    if sha256_hex(target.read_bytes()) != item.sha256:  # what the viewer gets is what was attached
        raise OSError(f"{target}: the copy does not match the attached file")
    return target


def remove(store: AssessmentStore, evidence_id: int) -> None:
    store.remove_evidence(evidence_id)


def restore(store: AssessmentStore, evidence_id: int) -> None:
    store.restore_evidence(evidence_id)


def remove_from_tie(store: AssessmentStore, evidence_id: int) -> None:
    store.remove_tie_evidence(evidence_id)


def restore_to_tie(store: AssessmentStore, evidence_id: int) -> None:
    store.restore_tie_evidence(evidence_id)


def human_size(size: int) -> str:
    """1.2 MB, 340 kB, 12 B: sizes as a reader takes them in (decimal units, like file managers)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} B"
