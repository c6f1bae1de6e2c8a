"""Ties as the window and the command line use them: name one, make one, record an event,
list events as rows for a file."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from ..catalogs import translate
from ..domain.events import CATEGORY_LABELS, DISPOSITION_LABELS, KIND_LABELS, CostCategory, Event, plain_euros
from ..domain.registers import costs_per_year, gifts

if TYPE_CHECKING:
    from ..domain.ties import Tie
    from ..store import AssessmentStore


def new_tie(store: AssessmentStore, tie: Tie) -> int:
    return store.create_tie(tie)


def record_event(store: AssessmentStore, tie: str | int, event: Event) -> int:
    """Record ``event`` on the tie named by its number or UUID; returns the event's id.
    ValueError ("people: contains ...") for a field that holds what a line may not."""
    from ..domain.plain_text import check_lines

    check_lines(text=event.text, people=event.people, source=event.source)
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
        "kind_label": translate(lang, KIND_LABELS[event.kind]),
        "text": event.text,
        "people": event.people,
        "value": plain_euros(event.value_cents),
        "category": record["category"],
        "category_label": translate(lang, CATEGORY_LABELS[event.category]) if event.category else None,
        "disposition": record["disposition"],
        "disposition_label": translate(lang, DISPOSITION_LABELS[event.disposition]) if event.disposition else None,
        "source": event.source,
    }


def as_csv(rows: list[dict[str, Any]], fields: tuple[str, ...]) -> str:
    """Rows as CSV (comma, double quotes, CRLF as the csv module writes; empty for None). A
    text a spreadsheet would run as a formula gets the apostrophe services.csv_files gives it:
    ``gifts --csv > gifts.csv`` is opened in Excel as much as the files PartnerCheck writes."""
    from .csv_files import safe_cell

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(row.get(k)) for k in fields})
    return out.getvalue()


GIFT_FIELDS = ("tie", "event", "date", "direction", "text", "value", "disposition", "disposition_label", "people", "source")
COST_FIELDS = ("tie", "year", *(c.value for c in CostCategory), "total")


def gift_rows(store: AssessmentStore, tie_id: int | None, lang: str = "nl") -> list[dict[str, Any]]:
    """The gifts register of one tie (or of all with None) as rows for a table or a file."""
    rows = []
    for tie, events in _events_by_tie(store, tie_id):
        for g in gifts(events):
            e = g.event
            rows.append(
                {
                    "tie": tie,
                    "event": e.id,
                    "date": e.date.isoformat(),
                    "direction": "received" if g.received else "given",
                    "text": e.text,
                    "value": plain_euros(e.value_cents),
                    "disposition": e.disposition.value if e.disposition else None,
                    "disposition_label": translate(lang, DISPOSITION_LABELS[e.disposition]) if e.disposition else None,
                    "people": e.people,
                    "source": e.source,
                }
            )
    return rows


def cost_rows(store: AssessmentStore, tie_id: int | None) -> list[dict[str, Any]]:
    """Costs per tie per year per category (euros as plain decimals), a row per tie and year."""
    rows = []
    for tie, events in _events_by_tie(store, tie_id):
        for year in costs_per_year(events):
            row: dict[str, Any] = {"tie": tie, "year": year.year}
            row.update({c.value: plain_euros(year.cents[c]) for c in CostCategory})
            row["total"] = plain_euros(year.total)
            rows.append(row)
    return rows


def _events_by_tie(store: AssessmentStore, tie_id: int | None) -> list[tuple[int, list[Event]]]:
    events = store.events(tie_id)
    by_tie: dict[int, list[Event]] = {}
    for e in events:
        by_tie.setdefault(e.tie_id or 0, []).append(e)
    return sorted(by_tie.items()) if tie_id is None else [(tie_id, events)]
