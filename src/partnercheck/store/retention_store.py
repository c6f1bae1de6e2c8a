"""Retention periods, holds, emptying the bin by the retention rules, and the destruction list.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). The
rules are domain.retention's; this module asks them inside the transaction that destroys,
so a hold set by another window a moment earlier is honoured.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.assessment import AssessmentState
from .errors import StoreError, UnknownAssessmentError, UnknownTieError
from .rows import _day, _moment, _stamp

if TYPE_CHECKING:
    from ..domain.retention import Emptied, Hold, Judgement, RecordFacts, RecordType, RetentionPeriod
    from .connection import Database

DESTRUCTION_COLUMNS = (
    "assessment_id",
    "dutch_party",
    "counterpart",
    "state",
    "revision",
    "approved_on",
    "record_type",
    "years",
    "basis",
    "retention_start",
    "due",
    "destroyed_at",
    "destroyed_by",
    "reports_sha256",
)

T = TypeVar("T")

# What _facts reads, in its order.
_FACT_COLUMNS = "id, state, approved_on, updated, hold, dutch_party, counterpart, revision, deleted, hold_reason"


class RetentionStore:
    db: Database
    actor: str

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Database]: ...
        def _read(self, fn: Callable[[], T]) -> T: ...
        def _require(self, assessment_id: int) -> None: ...
        def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None: ...
        def _log_tie(self, db: Database, tie_id: int, stamp: str, subject: str, old: str | None, new: str | None) -> None: ...
        def _drop_unused_blobs(self, db: Database) -> None: ...
        def _empty_binned_files(self, db: Database) -> tuple[int, int]: ...
        def _vacuum(self) -> None: ...

    def retention_periods(self) -> dict[RecordType, RetentionPeriod]:
        from ..domain.retention import RecordType, RetentionPeriod  # here, not at the top: importing the store must not load it

        rows = self.db.execute("SELECT record_type, years, basis FROM retention_period").fetchall()
        return {RecordType(r[0]): RetentionPeriod(RecordType(r[0]), int(r[1]), r[2]) for r in rows}

    def set_retention_period(self, record_type: RecordType, years: int | None, basis: str = "") -> None:
        """Set the period for a record type (None: no period, so such records are kept)."""
        from ..domain.retention import RetentionPeriod  # here, not at the top: importing the store must not load it

        with self._write() as db:
            if years is None:
                db.execute("DELETE FROM retention_period WHERE record_type = ?", [record_type.value])
            else:
                RetentionPeriod(record_type, years, basis)  # refuses an impossible period
                db.execute(
                    "INSERT OR REPLACE INTO retention_period (record_type, years, basis, set_by, set_at) VALUES (?, ?, ?, ?, ?)",
                    [record_type.value, years, basis, self.actor, _stamp()],
                )

    def set_hold(self, assessment_id: int, on: bool, reason: str = "") -> None:
        """Set or lift a hold; while set, nothing destroys the assessment. Recorded in its
        history (the reason as the new value). Setting it again with another reason replaces
        the reason and keeps the date it was first set."""
        reason = _reason(reason) if on else ""
        stamp = _stamp()
        with self._write() as db:
            self._require(assessment_id)
            old, old_reason = db.execute("SELECT hold, hold_reason FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            self._change_hold(db, assessment_id, old, old_reason, on, reason, stamp)

    def set_tie_hold(self, tie_id: int, on: bool, reason: str = "") -> list[int]:
        """A hold on a tie: set or lifted on every assessment of it, the bin included, in one
        transaction (the retention rules judge per assessment, so that is where it lives).
        Each change is recorded in that assessment's history. An assessment that joins the tie
        later takes the hold over (``_extend_tie_hold``). Returns the assessments' ids."""
        reason = _reason(reason) if on else ""
        stamp = _stamp()
        with self._write() as db:
            if db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
                raise UnknownTieError(tie_id)
            rows = db.execute("SELECT id, hold, hold_reason FROM assessment WHERE partnership_id = ? ORDER BY id", [tie_id]).fetchall()
            before = _held_before(self._tie_hold_reason(db, tie_id), [] if on else rows)
            changed = [self._change_hold(db, assessment_id, old, old_reason, on, reason, stamp) for assessment_id, old, old_reason in rows]
            if any(changed):  # the tie's own history says it once, for all of them, as each assessment's does
                self._log_tie(db, tie_id, stamp, "hold", before, _said(reason) if on else None)
        return [int(r[0]) for r in rows]

    def _change_hold(self, db: Database, assessment_id: int, old: str | None, old_reason: str | None, on: bool, reason: str, stamp: str) -> bool:
        """Set or lift one assessment's hold and log it; False when nothing changed."""
        if not on:
            if old is None:
                return False
            db.execute("UPDATE assessment SET hold = NULL, hold_reason = NULL WHERE id = ?", [assessment_id])
            self._log(assessment_id, stamp, "hold", _said(old_reason), None)
            return True
        if old is not None and (old_reason or "") == reason:
            return False
        db.execute("UPDATE assessment SET hold = ?, hold_reason = ? WHERE id = ?", [old or stamp, reason, assessment_id])
        self._log(assessment_id, stamp, "hold", None if old is None else _said(old_reason), _said(reason))
        return True

    def _tie_hold_reason(self, db: Database, tie_id: int) -> str | None:
        """The reason of the hold on the tie as a whole, or None when it has none: the tie's
        latest "hold" entry set it (``set_tie_hold``) and an assessment of it still holds it
        with that reason (a hold on one assessment alone, or lifted one by one, is not the tie's)."""
        row = db.execute("SELECT new FROM tie_history WHERE partnership_id = ? AND subject = 'hold' ORDER BY id DESC LIMIT 1", [tie_id]).fetchone()
        if row is None or row[0] is None:
            return None
        reason = _unsaid(row[0])
        held = db.execute(
            "SELECT 1 FROM assessment WHERE partnership_id = ? AND hold IS NOT NULL AND coalesce(hold_reason, '') = ? LIMIT 1", [tie_id, reason]
        ).fetchone()
        return reason if held else None

    def _extend_tie_hold(self, db: Database, tie_id: int, reason: str | None, assessment_ids: Iterable[int], stamp: str) -> list[int]:
        """Inside the caller's transaction: assessments that joined a tie on hold (``reason``
        from ``_tie_hold_reason``, None: not on hold) take its hold, recorded in their history
        and the tie's, so the records manager's hold covers what is added to the tie later.
        One with a hold of its own keeps it. Returns the ids that took it."""
        if reason is None:
            return []
        extended: list[int] = []
        for assessment_id in assessment_ids:
            row = db.execute("SELECT hold FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            if row is None or row[0] is not None:
                continue
            self._change_hold(db, assessment_id, None, None, True, reason, stamp)
            self._log_tie(db, tie_id, stamp, "hold-extended", None, f"assessment {assessment_id}: {_said(reason)}")
            extended.append(assessment_id)
        return extended

    def hold_of(self, assessment_id: int) -> Hold | None:
        """The hold on an assessment (since when, why), or None."""
        row = self.db.execute("SELECT hold, hold_reason FROM assessment WHERE id = ?", [assessment_id]).fetchone()
        if row is None:
            raise UnknownAssessmentError(assessment_id)
        return self._read(lambda: _hold(row[0], row[1], f"assessment {assessment_id}"))

    def tie_holds(self, tie_id: int) -> dict[int, Hold | None]:
        """Per assessment of the tie (the bin included), its hold or None."""
        if self.db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
            raise UnknownTieError(tie_id)
        rows = self.db.execute("SELECT id, hold, hold_reason FROM assessment WHERE partnership_id = ? ORDER BY id", [tie_id]).fetchall()
        return self._read(lambda: {int(r[0]): _hold(r[1], r[2], f"assessment {r[0]}") for r in rows})

    def record_facts(self, *, in_bin: bool | None = None) -> list[RecordFacts]:
        """Every assessment's retention facts (only those in the bin, or only those outside it)."""
        where = "" if in_bin is None else "WHERE deleted IS NOT NULL" if in_bin else "WHERE deleted IS NULL"
        rows = self.db.execute(f"SELECT {_FACT_COLUMNS} FROM assessment {where} ORDER BY id").fetchall()
        return self._read(lambda: [_facts(r) for r in rows])

    def judgements(self, today: _dt.date, *, in_bin: bool | None = None) -> list[Judgement]:
        from ..domain.retention import judge  # here, not at the top: importing the store must not load it

        periods = self.retention_periods()
        return [judge(f, periods, today) for f in self.record_facts(in_bin=in_bin)]

    def empty_bin_by_rules(self, today: _dt.date) -> Emptied:
        """Destroy what in the bin may be destroyed (drafts; records whose period has ended and
        that have no hold), writing a destruction-list entry for each record; keep the rest."""
        from ..domain.retention import Emptied, judge  # here, not at the top: importing the store must not load it

        stamp = _stamp()
        destroyed: list[Judgement] = []
        kept: list[Judgement] = []
        with self._write() as db:
            periods = self.retention_periods()
            rows = db.execute(f"SELECT {_FACT_COLUMNS} FROM assessment WHERE deleted IS NOT NULL ORDER BY id").fetchall()
            for row in rows:
                judgement = judge(_facts(row), periods, today)
                if not judgement.may_destroy:
                    kept.append(judgement)
                    continue
                if judgement.record_type is not None:
                    self._list_destruction(db, judgement, stamp)
                db.execute("DELETE FROM assessment WHERE id = ?", [judgement.id])
                destroyed.append(judgement)
            # Evidence removed into the bin goes too (by the rules), then content no attachment uses.
            files_destroyed, files_kept = self._empty_binned_files(db)
            self._drop_unused_blobs(db)
        self._vacuum()  # the file shrinks by what the evidence took
        return Emptied(destroyed, kept, files_destroyed, files_kept)

    def _list_destruction(self, db: Database, j: Judgement, stamp: str) -> None:
        assert j.period is not None and j.due is not None and j.start is not None and j.record_type is not None
        hashes = [r[0] for r in db.execute("SELECT lang || ':' || sha256 FROM approved_report WHERE assessment_id = ? ORDER BY lang", [j.id])]
        approved = db.execute("SELECT approved_on FROM assessment WHERE id = ?", [j.id]).fetchone()[0]
        values = [
            j.id,
            j.facts.dutch_party,
            j.facts.counterpart,
            j.facts.state.value,
            j.facts.revision,
            approved,
            j.record_type.value,
            j.period.years,
            j.period.basis,
            j.start.isoformat(),
            j.due.isoformat(),
            stamp,
            self.actor,
            " ".join(hashes),
        ]
        db.execute(f"INSERT INTO destruction ({', '.join(DESTRUCTION_COLUMNS)}) VALUES ({', '.join('?' * len(values))})", values)

    def destruction_list(self) -> list[dict[str, Any]]:
        """The destruction list, oldest first: one dict per destroyed record."""
        rows = self.db.execute(f"SELECT {', '.join(DESTRUCTION_COLUMNS)} FROM destruction ORDER BY id").fetchall()
        return [dict(zip(DESTRUCTION_COLUMNS, r, strict=True)) for r in rows]


def _facts(row: Any) -> RecordFacts:
    from ..domain.retention import RecordFacts  # here, not at the top: importing the store must not load it

    return RecordFacts(
        id=int(row[0]),
        state=AssessmentState(row[1]),
        approved_on=_day(row[2], f"assessment {row[0]}", "approved_on"),
        updated=_date(row[3], f"assessment {row[0]}"),
        hold=row[4] is not None,
        dutch_party=row[5],
        counterpart=row[6],
        revision=int(row[7]),
        in_bin=row[8] is not None,
        hold_reason=(row[9] or "") if row[4] is not None else "",
    )


def _reason(reason: str) -> str:
    from ..domain.retention import check_hold_reason  # here, not at the top: importing the store must not load it

    try:
        return check_hold_reason(reason)
    except ValueError as exc:
        raise StoreError(str(exc)) from None


def _said(reason: str | None) -> str:
    """The history's value for a hold: "on", or "on: the reason"."""
    return f"on: {reason}" if reason else "on"


def _held_before(tie_reason: str | None, rows: list[tuple[int, str | None, str | None]]) -> str | None:
    """The tie's history's old value for a hold change: the hold the tie had, with its reason
    ("on: Woo-verzoek 5", as an assessment's history says it); when lifting (``rows``: its
    assessments) without one on the tie as a whole, the reasons of the holds it lifted. None
    when there was none."""
    if tie_reason is not None:
        return _said(tie_reason)
    reasons = list(dict.fromkeys(reason or "" for _id, since, reason in rows if since is not None))
    if not reasons:
        return None
    return _said("; ".join(r for r in reasons if r))


def _unsaid(said: str) -> str:
    """The reason in a history's "on" or "on: the reason"."""
    return said.removeprefix("on").removeprefix(": ")


def _hold(since: str | None, reason: str | None, record: str) -> Hold | None:
    from ..domain.retention import Hold  # here, not at the top: importing the store must not load it

    if since is None:
        return None
    moment = _moment(since, record, "hold", local=False)
    return Hold(moment.astimezone() if moment.tzinfo is not None else moment, reason or "")


def _date(text: str, record: str) -> _dt.date:
    """A stored change time (ISO, UTC or with its offset) as the local calendar date."""
    moment = _moment(text, record, "updated", local=False)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date()
