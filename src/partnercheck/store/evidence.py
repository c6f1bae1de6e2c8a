"""Evidence files in the database: attach, list, read, to the bin and back.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). The
content lives in ``evidence_blob``, once per SHA-256; an ``evidence`` row attaches it to one
answer. Listing reads the ``evidence`` rows only: no query that lists or scores ever touches
``evidence_blob.content``. An attachment is one transaction (blob and row together, or
neither), so a process killed while attaching leaves the whole file or nothing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import StoreError
from .rows import _moment, _stamp
from .tie_files import TieFileStore

if TYPE_CHECKING:
    from ..domain.checklist import Checklist
    from ..domain.evidence import BinnedEvidence, EvidenceItem
    from .connection import Database

T = TypeVar("T")


class UnknownEvidenceError(StoreError):
    def __init__(self, evidence_id: object) -> None:
        super().__init__(f"evidence {evidence_id}: no such attached file in this database")
        self.evidence_id = evidence_id


class DamagedEvidenceError(StoreError):
    def __init__(self, name: str, sha256: str) -> None:
        super().__init__(f"{name}: the stored file no longer matches its SHA-256 {sha256[:12]}…; restore a backup")
        self.name = name


_COLUMNS = "id, question_id, name, size, sha256, added, added_by"
_ORDER = "ORDER BY question_id, id"


def _item(row: tuple[Any, ...]) -> EvidenceItem:
    from ..domain.evidence import EvidenceItem  # here, not at the top: importing the store must not load it

    return EvidenceItem(
        id=int(row[0]),
        question_id=str(row[1]),
        name=str(row[2]),
        size=int(row[3]),
        sha256=str(row[4]),
        added=_moment(row[5], f"evidence {row[0]}", "added"),
        added_by=str(row[6]),
    )


class EvidenceStore(TieFileStore):
    db: Database
    actor: str

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Database]: ...
        def _read(self, fn: Callable[[], T]) -> T: ...
        def _require(self, assessment_id: int) -> None: ...
        def _require_editable(self, assessment_id: int) -> None: ...
        def _checklist_of(self, assessment_id: int) -> Checklist: ...
        def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None: ...
        def _touch(self, assessment_id: int, stamp: str) -> None: ...
        def _log_tie(self, db: Database, tie_id: int, stamp: str, subject: str, old: str | None, new: str | None) -> None: ...

    def attach(self, assessment_id: int, question_id: str, name: str, content: bytes) -> EvidenceItem:
        """Attach ``content`` (a file called ``name``) to the answer to ``question_id``; the
        bytes are stored once however often they are attached. Refused for a final (or
        binned) assessment, a question not in its checklist and a file over the limit."""
        from ..domain.evidence import (  # here, not at the top: importing the store must not load it
            MAX_EVIDENCE_BYTES,
            EvidenceItem,
            EvidenceTooLarge,
            clean_name,
            sha256_hex,
        )

        name = clean_name(name)
        if len(content) > MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge(name, len(content))
        if self._checklist_of(assessment_id).question(question_id) is None:
            raise StoreError(f"question {question_id!r} is not part of the checklist of assessment {assessment_id}")
        digest = sha256_hex(content)
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            self._store_blob(db, digest, content)
            cursor = db.execute(
                "INSERT INTO evidence (assessment_id, question_id, sha256, name, size, added, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [assessment_id, question_id, digest, name, len(content), stamp, self.actor],
            )
            evidence_id = int(cursor.lastrowid or 0)
            self._log(assessment_id, stamp, f"evidence:{question_id}", None, f"{name} ({digest[:12]})")
            self._touch(assessment_id, stamp)
        return EvidenceItem(question_id, name, len(content), digest, _dt.datetime.fromisoformat(stamp).astimezone(), self.actor, evidence_id)

    def attach_to_tie(self, tie_id: int, name: str, content: bytes) -> EvidenceItem:
        """Attach ``content`` (a file called ``name``) to a tie as a whole; its question_id is
        "" (it belongs to no answer). One transaction, like :meth:`attach`."""
        from ..domain.evidence import (  # here, not at the top: importing the store must not load it
            MAX_EVIDENCE_BYTES,
            EvidenceItem,
            EvidenceTooLarge,
            clean_name,
            sha256_hex,
        )
        from ..domain.tie_history import evidence_line  # here, not at the top: importing the store must not load it
        from .errors import UnknownTieError

        name = clean_name(name)
        if len(content) > MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge(name, len(content))
        digest = sha256_hex(content)
        stamp = _stamp()
        with self._write() as db:
            if db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
                raise UnknownTieError(tie_id)
            self._store_blob(db, digest, content)
            cursor = db.execute(
                "INSERT INTO tie_evidence (partnership_id, sha256, name, size, added, added_by) VALUES (?, ?, ?, ?, ?, ?)",
                [tie_id, digest, name, len(content), stamp, self.actor],
            )
            evidence_id = int(cursor.lastrowid or 0)
            self._log_tie(db, tie_id, stamp, f"evidence:{evidence_id}", None, evidence_line(name, digest))
        return EvidenceItem("", name, len(content), digest, _dt.datetime.fromisoformat(stamp).astimezone(), self.actor, evidence_id)

    def tie_evidence(self, tie_id: int, *, in_bin: bool = False) -> list[EvidenceItem]:
        """The files attached to a tie (with ``in_bin``: those moved to the bin), in the order
        they were attached, without their content."""
        where = "deleted IS NOT NULL" if in_bin else "deleted IS NULL"
        rows = self._read(
            lambda: self.db.execute(
                f"SELECT id, '', name, size, sha256, added, added_by FROM tie_evidence WHERE partnership_id = ? AND {where} ORDER BY id",
                [tie_id],
            ).fetchall()
        )
        return [_item(r) for r in rows]

    @staticmethod
    def _store_blob(db: Database, digest: str, content: bytes) -> None:
        # The UNIQUE index answers "stored already?" without reading any content.
        db.execute("INSERT OR IGNORE INTO evidence_blob (sha256, size, content) VALUES (?, ?, ?)", [digest, len(content), content])

    def _insert_evidence(self, db: Database, assessment_id: int, items: list[EvidenceItem], blobs: Mapping[str, bytes], stamp: str) -> None:
        """Attach ``items`` to a new assessment inside the caller's transaction (a revision
        shares its source's blobs; an imported package brings its own in ``blobs``)."""
        for digest, content in blobs.items():
            self._store_blob(db, digest, content)
        for item in items:
            db.execute(
                "INSERT INTO evidence (assessment_id, question_id, sha256, name, size, added, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [assessment_id, item.question_id, item.sha256, item.name, item.size, item.added.isoformat(), item.added_by],
            )

    def has_blobs(self, digests: list[str]) -> set[str]:
        """Which of these SHA-256 hashes the database holds content for."""

        def query() -> set[str]:
            return {d for d in digests if self.db.execute("SELECT 1 FROM evidence_blob WHERE sha256 = ?", [d]).fetchone()}

        return self._read(query)

    def list_evidence(self, assessment_id: int, *, in_bin: bool = False) -> list[EvidenceItem]:
        """The files attached to an assessment's answers (in question order of attaching),
        without their content; with ``in_bin`` those removed into the bin."""
        self._require(assessment_id)
        if not in_bin:
            return self._read(lambda: self._attached(assessment_id))
        where = "deleted IS NOT NULL"
        rows = self._read(
            lambda: self.db.execute(f"SELECT {_COLUMNS} FROM evidence WHERE assessment_id = ? AND {where} {_ORDER}", [assessment_id]).fetchall()
        )
        return [_item(r) for r in rows]

    def binned_evidence(self) -> list[BinnedEvidence]:
        """Every file removed into the bin from an answer of an assessment that is itself not
        in the bin (that one's files come back with it), last removed first."""
        from ..domain.evidence import BinnedEvidence  # here, not at the top: importing the store must not load it

        columns = ", ".join(f"e.{c.strip()}" for c in _COLUMNS.split(","))
        rows = self._read(
            lambda: self.db.execute(
                f"SELECT a.id, a.dutch_party, a.counterpart, a.checklist_id, a.checklist_version, e.deleted, {columns}"
                " FROM evidence e JOIN assessment a ON a.id = e.assessment_id"
                " WHERE e.deleted IS NOT NULL AND a.deleted IS NULL ORDER BY e.deleted DESC, e.id DESC"
            ).fetchall()
        )
        return [
            BinnedEvidence(int(r[0]), str(r[1]), str(r[2]), (str(r[3]), str(r[4])), _item(r[6:]), _moment(r[5], f"evidence {r[0]}", "deleted"))
            for r in rows
        ]

    def _attached(self, assessment_id: int) -> list[EvidenceItem]:
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM evidence WHERE assessment_id = ? AND deleted IS NULL {_ORDER}", [assessment_id])
        return [_item(r) for r in rows.fetchall()]

    def evidence_item(self, evidence_id: int) -> tuple[int, EvidenceItem]:
        """(assessment id, the attachment) of ``evidence_id``."""
        row = self._read(lambda: self.db.execute(f"SELECT assessment_id, {_COLUMNS} FROM evidence WHERE id = ?", [evidence_id]).fetchone())
        if row is None:
            raise UnknownEvidenceError(evidence_id)
        return int(row[0]), _item(row[1:])

    def evidence_content(self, evidence_id: int) -> bytes:
        """The attached file's bytes, checked against its SHA-256."""
        _, item = self.evidence_item(evidence_id)
        return self.blob(item.sha256, item.name)

    def blob(self, digest: str, name: str = "") -> bytes:
        from ..domain.evidence import sha256_hex  # here, not at the top: importing the store must not load it

        row = self._read(lambda: self.db.execute("SELECT content FROM evidence_blob WHERE sha256 = ?", [digest]).fetchone())
        if row is None:
            raise DamagedEvidenceError(name or digest, digest)
        content = bytes(row[0])
        if sha256_hex(content) != digest:
            raise DamagedEvidenceError(name or digest, digest)
        return content

    def remove_evidence(self, evidence_id: int) -> None:
        """Into the bin: no longer listed, restorable until the bin is emptied."""
        assessment_id, item = self.evidence_item(evidence_id)
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            db.execute("UPDATE evidence SET deleted = ? WHERE id = ? AND deleted IS NULL", [stamp, evidence_id])
            self._log(assessment_id, stamp, f"evidence:{item.question_id}", f"{item.name} ({item.short_hash})", None)
            self._touch(assessment_id, stamp)

    def restore_evidence(self, evidence_id: int) -> None:
        assessment_id, item = self.evidence_item(evidence_id)
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            db.execute("UPDATE evidence SET deleted = NULL WHERE id = ?", [evidence_id])
            self._log(assessment_id, stamp, f"evidence:{item.question_id}", "bin", f"{item.name} ({item.short_hash})")
            self._touch(assessment_id, stamp)

    def evidence_bytes(self) -> int:
        """The size of all stored evidence content (each file once)."""
        return int(self._read(lambda: self.db.execute("SELECT coalesce(sum(size), 0) FROM evidence_blob").fetchone()[0]))

    def _vacuum(self) -> None:
        """Give the space of removed content back to the file system (outside a transaction;
        rewrites the file, so only after emptying the bin)."""
        if self.db.read_only is None:
            self._read(lambda: self.db.execute("VACUUM"))

    def _drop_unused_blobs(self, db: Database) -> None:
        """Content no attachment uses any more (emptying the bin has deleted the rows it may)."""
        db.execute("DELETE FROM evidence_blob WHERE sha256 NOT IN (SELECT sha256 FROM evidence UNION SELECT sha256 FROM tie_evidence)")
