"""A tie's events in the database: record, change, remove, list; the review settings.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import StoreError, UnknownTieError
from .rows import DamagedValue, _day, _stamp

if TYPE_CHECKING:
    from pathlib import Path

    from ..domain.events import Event
    from ..domain.review import ReviewPolicy
    from .connection import Database

T = TypeVar("T")
E = TypeVar("E")

_REVIEW_POLICY = "review_policy"


def _event_from_row(row: dict[str, Any]) -> Event:
    from ..domain.events import CostCategory, Event, EventKind, GiftDisposition  # here: a store opened to import or list does not load it

    record = f"event {row['id']}"
    if row["value_cents"] is not None and type(row["value_cents"]) is not int:  # SQLite keeps any type; CHECK (>= 0) lets text by
        raise DamagedValue(record, "value_cents", row["value_cents"])
    date = _day(row["date"], record, "date")
    if date is None:  # every event has a date
        raise DamagedValue(record, "date", row["date"])
    return Event(
        id=row["id"],
        tie_id=row["partnership_id"],
        date=date,
        kind=_member(EventKind, row, "kind", record),
        text=row["text"],
        people=row["people"],
        value_cents=row["value_cents"],
        category=_member(CostCategory, row, "category", record) if row["category"] else None,
        disposition=_member(GiftDisposition, row, "disposition", record) if row["disposition"] else None,
        source=row["source"],
    )


def _member(kind: Callable[[Any], E], row: dict[str, Any], field: str, record: str) -> E:
    """A stored code of one of the domain's kinds; one PartnerCheck does not know is a hand edit."""
    try:
        return kind(row[field])
    except ValueError:
        raise DamagedValue(record, field, row[field]) from None


def _event_columns(event: Event) -> dict[str, Any]:
    return {
        "date": event.date.isoformat(),
        "kind": event.kind.value,
        "text": event.text,
        "people": event.people,
        "value_cents": event.value_cents,
        "category": event.category.value if event.category else None,
        "disposition": event.disposition.value if event.disposition else None,
        "source": event.source,
    }


class EventStore:
    db: Database
    path: Path

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...
        def _write(self) -> AbstractContextManager[Database]: ...
        def _log_tie(self, db: Database, tie_id: int, stamp: str, subject: str, old: str | None, new: str | None) -> None: ...

    def add_event(self, tie_id: int, event: Event) -> int:
        with self._write() as db:
            return self._insert_event(db, tie_id, event, _stamp())

    def add_events(self, tie_id: int, events: list[Event]) -> list[int]:
        stamp = _stamp()
        with self._write() as db:
            return [self._insert_event(db, tie_id, e, stamp) for e in events]

    def _insert_event(self, db: Database, tie_id: int, event: Event, stamp: str) -> int:
        from ..domain.tie_history import event_line  # here: a store opened to import or list does not load it

        if db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
            raise UnknownTieError(tie_id)
        columns = {**_event_columns(event), "partnership_id": tie_id, "created": stamp}
        names = ", ".join(columns)
        cursor = db.execute(f"INSERT INTO tie_event ({names}) VALUES ({', '.join(':' + n for n in columns)})", columns)
        event_id = int(cursor.lastrowid or 0)
        self._log_tie(db, tie_id, stamp, f"event:{event_id}", None, event_line(event))
        return event_id

    def update_event(self, event: Event) -> None:
        from ..domain.tie_history import event_line  # here: a store opened to import or list does not load it

        if event.id is None:
            raise ValueError("update_event needs a stored event (with an id)")
        stamp = _stamp()
        with self._write() as db:
            rows = db.rows("SELECT * FROM tie_event WHERE id = ?", [event.id])
            if not rows:
                raise StoreError(f"event {event.id}: no such event")
            before = _event_from_row(rows[0])
            columns = _event_columns(event)
            assignments = ", ".join(f"{n} = :{n}" for n in columns)
            db.execute(f"UPDATE tie_event SET {assignments} WHERE id = :id", {**columns, "id": event.id})
            if event_line(before) != event_line(event):
                self._log_tie(db, int(rows[0]["partnership_id"]), stamp, f"event:{event.id}", event_line(before), event_line(event))

    def delete_event(self, event_id: int) -> None:
        from ..domain.tie_history import event_line  # here: a store opened to import or list does not load it

        stamp = _stamp()
        with self._write() as db:
            rows = db.rows("SELECT * FROM tie_event WHERE id = ?", [event_id])
            db.execute("DELETE FROM tie_event WHERE id = ?", [event_id])
            if rows:
                self._log_tie(db, int(rows[0]["partnership_id"]), stamp, f"event:{event_id}", event_line(_event_from_row(rows[0])), None)

    def events(self, tie_id: int | None = None) -> list[Event]:
        """A tie's events (or every tie's with None), oldest first, in the order recorded on a day."""
        if tie_id is None:
            return self._read(lambda: self._events_from(self.db.rows("SELECT * FROM tie_event ORDER BY partnership_id, date, id")))

        def query() -> list[Event]:
            if self.db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
                raise UnknownTieError(tie_id)
            return self._events_from(self.db.rows("SELECT * FROM tie_event WHERE partnership_id = ? ORDER BY date, id", [tie_id]))

        return self._read(query)

    def _events_from(self, rows: list[dict[str, Any]]) -> list[Event]:
        """The events of ``rows``; a value PartnerCheck never writes (a date "2025-13-45", text as
        an amount: a database edited by hand) is the damaged database it is, naming the event, not
        a traceback from due, portfolio, events, gifts and costs."""
        from .errors import DamagedValueError

        events = []
        for row in rows:
            try:
                events.append(_event_from_row(row))
            except DamagedValue as exc:  # the record and the field, to say in the run's language
                raise DamagedValueError(self.path, str(exc), (exc.record, exc.field, exc.value)) from None
            except ValueError as exc:  # the domain's own refusal of the event as a whole
                raise DamagedValueError(self.path, f"event {row['id']}: {exc}") from None
        return events

    # -- settings ---------------------------------------------------------------------------

    def review_policy(self) -> ReviewPolicy:
        """The review periods and the events that make a review due, as set (else the defaults)."""
        from ..domain.review import ReviewPolicy  # here: a store opened to import or list does not load it

        row = self._read(lambda: self.db.execute("SELECT value FROM setting WHERE key = ?", [_REVIEW_POLICY]).fetchone())
        return ReviewPolicy.from_json(row[0] if row else None)

    def set_review_policy(self, policy: ReviewPolicy) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", [_REVIEW_POLICY, policy.to_json()])
