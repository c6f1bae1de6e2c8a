"""Ties as the window and the command line use them: name one, make one, record an event,
list events as rows for a file."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from typing import TYPE_CHECKING, Any

from ..domain.events import CATEGORY_LABELS, DISPOSITION_LABELS, KIND_LABELS, Event, plain_euros

if TYPE_CHECKING:
    from ..domain.ties import Tie
    from ..store import AssessmentStore


def new_tie(store: AssessmentStore, tie: Tie) -> int:
    return store.create_tie(tie)


def record_event(store: AssessmentStore, tie: str | int, event: Event) -> int:
    """Record ``event`` on the tie named by its number or UUID; returns the event's id."""
    tie_id = tie if isinstance(tie, int) else store.resolve_tie(tie)
    return store.add_event(tie_id, event)


EVENT_FIELDS = (
    "id",
    "tie",
    "date",
    "kind",
    "kind_label",
    "text",
    "people",
    "value",
    "category",
    "category_label",
    "disposition",
    "disposition_label",
    "source",
)


def event_row(event: Event, lang: str = "nl") -> dict[str, Any]:
    """One event under the names of ``events --json`` and the columns of ``events --csv``."""
    record = event.as_record()
    return {
        "id": event.id,
        "tie": event.tie_id,
        "date": record["date"],
        "kind": record["kind"],
        "kind_label": KIND_LABELS[event.kind][lang],
        "text": event.text,
        "people": event.people,
        "value": plain_euros(event.value_cents),
        "category": record["category"],
        "category_label": CATEGORY_LABELS[event.category][lang] if event.category else None,
        "disposition": record["disposition"],
        "disposition_label": DISPOSITION_LABELS[event.disposition][lang] if event.disposition else None,
        "source": event.source,
    }


def as_csv(rows: list[dict[str, Any]], fields: tuple[str, ...]) -> str:
    """Rows as CSV (comma, double quotes, CRLF as the csv module writes; empty for None)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else row[k]) for k in fields})
    return out.getvalue()


def today() -> _dt.date:
    return _dt.date.today()
