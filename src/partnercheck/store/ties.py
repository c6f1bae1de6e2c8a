"""Ties (partnerships followed over the years) in the database: find or make the tie of a new
assessment, read, change, merge wrongly grouped ties and split one off.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). Each
write is one short transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.assessment import CounterpartKind, DutchPartyKind, PartnershipStatus
from .errors import StoreError, TieConflictError, UnknownAssessmentError, UnknownTieError
from .rows import _day, _new_uuid, _stamp, _stored_text
from .tie_history import TieHistoryLog

if TYPE_CHECKING:
    from ..domain.assessment import Assessment, Partnership
    from ..domain.events import Event
    from ..domain.evidence import EvidenceItem
    from ..domain.ties import Agreement, Tie
    from .connection import Database

T = TypeVar("T")

_UUID_LENGTH = 36


def _tie_from_row(row: dict[str, Any], agreements: tuple[Agreement, ...] = (), assessments: tuple[int, ...] = ()) -> Tie:
    from ..domain.ties import Tie  # here, not at the top: importing the store must not load it

    return Tie(
        id=row["id"],
        uuid=row["uuid"],
        dutch_party=row["dutch_party"],
        dutch_party_kind=DutchPartyKind(row["dutch_party_kind"]),
        counterpart=row["counterpart"],
        counterpart_kind=CounterpartKind(row["counterpart_kind"]),
        status=PartnershipStatus(row["status"]),
        since=row["since"],
        ended=row["ended"],
        contacts=row["contacts"],
        notes=row["notes"],
        agreements=agreements,
        assessments=assessments,
    )


def _tie_columns(tie: Tie) -> dict[str, Any]:
    return {
        "dutch_party": tie.dutch_party,
        "dutch_party_kind": tie.dutch_party_kind.value,
        "counterpart": tie.counterpart,
        "counterpart_kind": tie.counterpart_kind.value,
        "status": tie.status.value,
        "since": tie.since,
        "ended": tie.ended,
        "contacts": tie.contacts,
        "notes": tie.notes,
        "match_key": tie.key,
    }


class TieStore(TieHistoryLog):
    db: Database

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...
        def _write(self) -> AbstractContextManager[Database]: ...
        def _insert(self, db: Database, assessment: Assessment, stamp: str, blobs: Mapping[str, bytes] | None = None) -> int: ...
        def _insert_event(self, db: Database, tie_id: int, event: Event, stamp: str) -> int: ...
        def _tie_hold_reason(self, db: Database, tie_id: int) -> str | None: ...
        def _extend_tie_hold(self, db: Database, tie_id: int, reason: str | None, assessment_ids: Iterable[int], stamp: str) -> list[int]: ...

    # -- reading ----------------------------------------------------------------------------

    def get_tie(self, tie_id: int) -> Tie:
        return self._read(lambda: self._get_tie(tie_id))

    def _get_tie(self, tie_id: int) -> Tie:
        from ..domain.ties import Agreement  # here, not at the top: importing the store must not load it

        rows = self.db.rows("SELECT * FROM partnership WHERE id = ?", [tie_id])
        if not rows:
            raise UnknownTieError(tie_id)
        agreements = tuple(
            Agreement(_stored_text(r[1], f"tie {tie_id}: agreement {r[0]}", "title"), _day(r[2], f"tie {tie_id}: agreement {r[0]}", "signed"))
            for r in self.db.execute("SELECT id, title, signed FROM agreement WHERE partnership_id = ? ORDER BY position, id", [tie_id])
        )
        assessments = tuple(
            r[0]
            for r in self.db.execute(
                "SELECT id FROM assessment WHERE partnership_id = ? AND deleted IS NULL ORDER BY coalesce(created_utc, ''), id", [tie_id]
            )
        )
        return _tie_from_row(rows[0], agreements, assessments)

    def list_ties(self) -> list[Tie]:
        """Every tie by number, without agreements and assessments (the portfolio reads those)."""
        return self._read(lambda: [_tie_from_row(r) for r in self.db.rows("SELECT * FROM partnership ORDER BY id")])

    def resolve_tie(self, text: str) -> int:
        """A tie named as the portfolio shows it (its number) or by its UUID -> its number."""
        text = text.strip()
        if text.isdigit():
            row = self._read(lambda: self.db.execute("SELECT id FROM partnership WHERE id = ?", [int(text)]).fetchone())
        elif len(text) == _UUID_LENGTH:
            row = self._read(lambda: self.db.execute("SELECT id FROM partnership WHERE uuid = ?", [text.lower()]).fetchone())
        else:
            row = None
        if row is None:
            raise UnknownTieError(text)
        return int(row[0])

    def tie_of(self, assessment_id: int) -> int:
        row = self._read(lambda: self.db.execute("SELECT partnership_id FROM assessment WHERE id = ?", [assessment_id]).fetchone())
        if row is None:
            raise UnknownAssessmentError(assessment_id)
        return int(row[0])

    def tie_records(self, tie_id: int) -> list[int]:
        """Every assessment of the tie, those in the bin too (a Woo request or a hold covers
        every record still held), oldest id first."""

        def query() -> list[int]:
            if self.db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
                raise UnknownTieError(tie_id)
            return [int(r[0]) for r in self.db.execute("SELECT id FROM assessment WHERE partnership_id = ? ORDER BY id", [tie_id])]

        return self._read(query)

    def tie_by_uuid(self, uuid: str) -> int | None:
        row = self._read(lambda: self.db.execute("SELECT id FROM partnership WHERE uuid = ?", [uuid]).fetchone())
        return int(row[0]) if row else None

    # -- writing ----------------------------------------------------------------------------

    def create_tie(self, tie: Tie) -> int:
        with self._write() as db:
            return self._insert_tie(db, tie, _stamp())

    def _insert_tie(self, db: Database, tie: Tie, stamp: str, subject: str = "created") -> int:
        tie_uuid = tie.uuid or _new_uuid()
        try:
            cursor = db.execute(
                "INSERT INTO partnership (uuid, dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, since, ended, "
                "contacts, notes, match_key, created, updated) VALUES (:uuid, :dutch_party, :dutch_party_kind, :counterpart, "
                ":counterpart_kind, :status, :since, :ended, :contacts, :notes, :match_key, :created, :created)",
                {**_tie_columns(tie), "uuid": tie_uuid, "created": stamp},
            )
        except sqlite3.IntegrityError as exc:
            if "partnership.uuid" in str(exc):
                raise StoreError(f"tie {tie_uuid}: a tie with this UUID is already in this database") from None
            raise
        tie_id = int(cursor.lastrowid or 0)
        self._write_agreements(db, tie_id, tie.agreements)
        self._log_tie(db, tie_id, stamp, subject, None, tie.label)
        return tie_id

    def _write_agreements(self, db: Database, tie_id: int, agreements: tuple[Agreement, ...]) -> None:
        db.execute("DELETE FROM agreement WHERE partnership_id = ?", [tie_id])
        db.conn.executemany(
            "INSERT INTO agreement (partnership_id, position, title, signed) VALUES (?, ?, ?, ?)",
            [(tie_id, i, a.title, a.signed.isoformat() if a.signed else None) for i, a in enumerate(agreements)],
        )

    def update_tie(self, tie: Tie, *, expected: Tie | None = None) -> None:
        """Change a tie's details, agreements, contacts and notes. Its assessments keep the
        snapshot they were made with. With ``expected`` (the tie as the caller read it), a
        change made meanwhile elsewhere raises :class:`TieConflictError` and nothing is
        written: compared inside the write transaction, field by field (an event or an
        assessment added meanwhile is no conflict; its own details changed are)."""
        if tie.id is None:
            raise ValueError("update_tie needs a stored tie (with an id)")
        stamp = _stamp()
        with self._write() as db:
            before = self._get_tie(tie.id)  # UnknownTieError when it went meanwhile
            if expected is not None and before != expected:
                raise TieConflictError(tie.id)
            columns = _tie_columns(tie)
            assignments = ", ".join(f"{name} = :{name}" for name in columns)
            db.execute(f"UPDATE partnership SET {assignments}, updated = :updated WHERE id = :id", {**columns, "updated": stamp, "id": tie.id})
            self._write_agreements(db, tie.id, tie.agreements)
            self._log_tie_changes(db, tie.id, stamp, before, tie)

    def _tie_for(self, db: Database, partnership: Partnership, stamp: str) -> int:
        """The tie a new assessment without one joins: the first with the same parties' names,
        else a new tie made from the assessment's details."""
        from ..domain.ties import Tie, match_key  # here, not at the top: importing the store must not load it

        row = db.execute(
            "SELECT id FROM partnership WHERE match_key = ? ORDER BY id LIMIT 1", [match_key(partnership.dutch_party, partnership.counterpart)]
        ).fetchone()
        if row is not None:
            return int(row[0])
        return self._insert_tie(db, Tie.from_partnership(partnership), stamp)

    def _follow_tie(self, db: Database, assessment_id: int, row: dict[str, Any]) -> None:
        """Details changed in the tie's latest assessment are the tie's current details."""
        from ..domain.ties import match_key  # here, not at the top: importing the store must not load it

        latest = db.execute(
            "SELECT a.partnership_id FROM assessment a WHERE a.id = ? AND NOT EXISTS (SELECT 1 FROM assessment b WHERE "
            "b.partnership_id = a.partnership_id AND b.deleted IS NULL AND (coalesce(b.created_utc, '') > coalesce(a.created_utc, '') "
            "OR (coalesce(b.created_utc, '') = coalesce(a.created_utc, '') AND b.id > a.id)))",
            [assessment_id],
        ).fetchone()
        if latest is None:
            return
        before = self._get_tie(int(latest[0]))
        names = [n for n in ("dutch_party", "dutch_party_kind", "counterpart", "counterpart_kind", "status", "since") if n in row]
        values: dict[str, Any] = {n: row[n] for n in names}
        values["match_key"] = match_key(str(row["dutch_party"]), str(row["counterpart"]))
        assignments = ", ".join(f"{n} = :{n}" for n in values)
        db.execute(f"UPDATE partnership SET {assignments} WHERE id = :id", {**values, "id": latest[0]})
        self._log_tie_changes(db, int(latest[0]), _stamp(), before, self._get_tie(int(latest[0])))

    def merge_ties(self, keep: int, other: int) -> None:
        """Two ties that are one: ``other``'s assessments, events and agreements move to
        ``keep``, and ``other`` goes."""
        if keep == other:
            raise StoreError(f"tie {keep}: cannot be merged with itself")
        stamp = _stamp()
        with self._write() as db:
            for tie_id in (keep, other):
                if db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
                    raise UnknownTieError(tie_id)
            gone = self._get_tie(other)
            # A hold on either tie covers the merged one: the other's assessments take it over.
            held = {tie_id: self._tie_hold_reason(db, tie_id) for tie_id in (keep, other)}
            ids = {tie_id: [r[0] for r in db.execute("SELECT id FROM assessment WHERE partnership_id = ?", [tie_id])] for tie_id in (keep, other)}
            # The history of the tie that goes is part of the record of the one that stays.
            db.execute("UPDATE tie_history SET partnership_id = ? WHERE partnership_id = ?", [keep, other])
            self._log_tie(db, keep, stamp, "merged", f"tie {other}: {gone.label}", f"tie {keep}")
            offset = db.execute("SELECT coalesce(max(position) + 1, 0) FROM agreement WHERE partnership_id = ?", [keep]).fetchone()[0]
            db.execute("UPDATE agreement SET partnership_id = ?, position = position + ? WHERE partnership_id = ?", [keep, offset, other])
            db.execute("UPDATE assessment SET partnership_id = ? WHERE partnership_id = ?", [keep, other])
            db.execute("UPDATE tie_event SET partnership_id = ? WHERE partnership_id = ?", [keep, other])
            db.execute("UPDATE tie_evidence SET partnership_id = ? WHERE partnership_id = ?", [keep, other])
            db.execute("DELETE FROM partnership WHERE id = ?", [other])
            kept, gone_hold = held[keep], held[other]
            if kept is not None:
                self._extend_tie_hold(db, keep, kept, ids[other], stamp)
            elif gone_hold is not None:  # the merged tie's latest "hold" entry says so (keep's may be a later lift)
                self._log_tie(db, keep, stamp, "hold", None, f"on: {gone_hold}" if gone_hold else "on")
                self._extend_tie_hold(db, keep, gone_hold, ids[keep], stamp)

    def move_assessment(self, assessment_id: int, tie_id: int | None = None) -> int:
        """Move an assessment (with its revisions) to another tie, or with None to a new tie
        made from its details (a split); returns the tie it is now in."""
        from ..domain.ties import Tie  # here, not at the top: importing the store must not load it

        stamp = _stamp()
        with self._write() as db:
            rows = db.rows("SELECT * FROM assessment WHERE id = ?", [assessment_id])
            if not rows:
                raise UnknownAssessmentError(assessment_id)
            source = int(rows[0]["partnership_id"])
            moved = f"assessment {assessment_id}"
            if tie_id is None:
                from .rows import _partnership_from_row

                tie_id = self._insert_tie(db, Tie.from_partnership(_partnership_from_row(rows[0])), stamp)
                self._log_tie(db, tie_id, stamp, "split-from", f"tie {source}", moved)
                self._log_tie(db, source, stamp, "split-off", moved, f"tie {tie_id}")
            elif db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
                raise UnknownTieError(tie_id)
            elif tie_id != source:
                self._log_tie(db, tie_id, stamp, "moved-in", f"tie {source}", moved)
                self._log_tie(db, source, stamp, "moved-out", moved, f"tie {tie_id}")
            # The revisions of one assessment stay together.
            chain = [
                int(r[0])
                for r in db.execute(
                    "WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT a.id FROM assessment a JOIN chain ON a.previous_id = chain.id "
                    "UNION SELECT a.previous_id FROM assessment a JOIN chain ON a.id = chain.id WHERE a.previous_id IS NOT NULL) "
                    "SELECT id FROM chain",
                    [assessment_id],
                )
            ]
            reason = self._tie_hold_reason(db, tie_id) if tie_id != source else None  # before they join it
            db.conn.executemany("UPDATE assessment SET partnership_id = ? WHERE id = ?", [(tie_id, i) for i in chain])
            self._extend_tie_hold(db, tie_id, reason, chain, stamp)
        return tie_id

    def import_tie(
        self,
        tie: Tie,
        events: list[Event],
        assessments: list[Assessment],
        previous: list[int | None],
        evidence: Sequence[EvidenceItem] = (),
        blobs: Mapping[str, bytes] | None = None,
    ) -> tuple[int, list[int]]:
        """A tie from a tie file with its events, assessments and (from a tie package) the
        tie's own files, in one transaction: all of it or nothing. ``previous``: per
        assessment, the index of the one it revises; ``blobs``: the files' content by SHA-256
        (each file either there or already in the database). Returns the tie's number and the
        assessments' ids."""
        import dataclasses

        from ..domain.tie_history import evidence_line

        stamp = _stamp()
        with self._write() as db:
            existing = db.execute("SELECT id FROM partnership WHERE uuid = ?", [tie.uuid]).fetchone()
            if existing is not None:
                raise StoreError(f"tie {tie.uuid}: is already in this database as tie {existing[0]}; nothing was imported")
            tie_id = self._insert_tie(db, tie, stamp, "imported")
            for digest, content in (blobs or {}).items():  # once, before the rows that name them
                db.execute("INSERT OR IGNORE INTO evidence_blob (sha256, size, content) VALUES (?, ?, ?)", [digest, len(content), content])
            for event in events:
                self._insert_event(db, tie_id, event, stamp)
            ids: list[int] = []
            for assessment, before in zip(assessments, previous, strict=True):
                linked = dataclasses.replace(assessment, partnership_id=tie_id, previous_id=ids[before] if before is not None else None)
                ids.append(self._insert(db, linked, stamp))
            for item in evidence:  # as attached where the file came from: its name, time and who
                cursor = db.execute(
                    "INSERT INTO tie_evidence (partnership_id, sha256, name, size, added, added_by) VALUES (?, ?, ?, ?, ?, ?)",
                    [tie_id, item.sha256, item.name, item.size, item.added.isoformat(), item.added_by],
                )
                self._log_tie(db, tie_id, stamp, f"evidence:{cursor.lastrowid}", None, evidence_line(item.name, item.sha256))
        return tie_id, ids
