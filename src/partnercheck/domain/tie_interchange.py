"""The tie file: a tie with its events and all its assessments, to move it to another database
(described in docs/interchange.md). Each assessment inside is a v1 assessment document, read
by domain.interchange with the same checks; errors name the file and the field
(``assessments[1].answers.q3``)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import uuid as _uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .assessment import Assessment, CounterpartKind, DutchPartyKind, PartnershipStatus
from .events import AmountTooLarge, CostCategory, Event, EventKind, GiftDisposition, parse_euros
from .interchange import MisfitImportError, parse_document, to_document
from .interchange_evidence import evidence_record, parse_evidence
from .interchange_parser import InterchangeError, _Parser
from .quoting import show as _show
from .ties import Agreement, Tie

if TYPE_CHECKING:
    from .evidence import EvidenceItem
    from .library import ChecklistLibrary

FORMAT = "partnercheck-tie"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class TieFile:
    tie: Tie
    events: list[Event]
    assessments: list[Assessment]
    previous: list[int | None]  # per assessment: the index of the one it is a revision of
    evidence: list[EvidenceItem] = dataclasses.field(default_factory=list)  # the tie's own files (a tie package)


def tie_document(tie: Tie, events: list[Event], assessments: list[Assessment], evidence: list[EvidenceItem] | None = None) -> dict[str, Any]:
    """``assessments`` oldest first; a revision points at its predecessor by index. The tie's
    own files are listed (``evidence``) only in a tie package, which carries their content."""
    index = {a.id: i for i, a in enumerate(assessments)}
    docs = []
    for a in assessments:
        doc = to_document(a)
        doc["previous"] = index.get(a.previous_id) if a.previous_id is not None else None
        docs.append(doc)
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "tie": tie.as_record(),
        "events": [e.as_record() for e in events],
        "assessments": docs,
    }
    if evidence:
        doc["evidence"] = [{k: v for k, v in evidence_record(item).items() if k != "question"} for item in evidence]
    return doc


def dumps_tie(tie: Tie, events: list[Event], assessments: list[Assessment], evidence: list[EvidenceItem] | None = None) -> str:
    return json.dumps(tie_document(tie, events, assessments, evidence), ensure_ascii=False, indent=2) + "\n"


def is_tie_document(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def parse_tie_document(data: Any, file: str, library: ChecklistLibrary) -> TieFile:
    p = _Parser(file)
    doc = p.document(data, FORMAT, FORMAT_VERSION, "tie file")
    tie = _tie(p, p.obj(doc.get("tie"), "tie"))
    events = [_event(p, p.obj(raw, f"events[{i}]"), f"events[{i}]") for i, raw in enumerate(doc.get("events", []))]
    assessments, previous = [], []
    for i, raw in enumerate(doc.get("assessments", [])):
        field = f"assessments[{i}]"
        sub = p.obj(raw, field)
        before = sub.get("previous")
        if before is not None and not before < i:  # a whole number from 0 (schema), earlier in the list
            raise p.fail(f"{field}.previous", "must be the index of an earlier assessment in this file, or null")
        try:
            assessment = parse_document({k: v for k, v in sub.items() if k != "previous"}, file, library)
        except MisfitImportError as exc:  # keeps its kind: the front ends say it in their own words
            raise exc.at(f"{field}.{exc.field}") from None
        except InterchangeError as exc:
            raise p.fail(f"{field}.{exc.field}" if exc.field else field, exc.message) from None
        assessments.append(assessment)
        previous.append(before)
    return TieFile(tie, events, assessments, previous, parse_evidence(p, doc, None))


def _tie(p: _Parser, d: dict[str, Any]) -> Tie:
    f = "tie"
    tie_uuid = str(_uuid.UUID(p.text(d, "uuid", f, required=True)))  # its form checked by the schema
    agreements = []
    for i, raw in enumerate(d.get("agreements", [])):
        field = f"{f}.agreements[{i}]"
        a = p.obj(raw, field)
        agreements.append(Agreement(p.text(a, "title", field, required=True), _date(p, a, "signed", field, required=False)))
    try:
        return Tie(
            uuid=tie_uuid,
            dutch_party=p.text(d, "dutch_party", f, required=True),
            dutch_party_kind=p.enum(d, "dutch_party_kind", f, DutchPartyKind),
            counterpart=p.text(d, "counterpart", f, required=True),
            counterpart_kind=p.enum(d, "counterpart_kind", f, CounterpartKind),
            status=p.enum(d, "status", f, PartnershipStatus),
            since=d.get("since"),
            ended=d.get("ended"),
            agreements=tuple(agreements),
            contacts=p.text(d, "contacts", f, required=False),
            notes=p.text(d, "notes", f, required=False),
        )
    except ValueError as exc:
        name, _, message = str(exc).partition(": ")
        raise p.fail(f"{f}.{name}", message) from None


def _date(p: _Parser, d: dict[str, Any], name: str, field: str, *, required: bool) -> _dt.date | None:
    value = d.get(name)
    if value is None:
        if required:
            raise p.fail(f"{field}.{name}", "is missing")
        return None
    try:
        if len(value) != len("YYYY-MM-DD") or not value.isascii():  # the schema's \d allows other digits
            raise ValueError
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise p.fail(f"{field}.{name}", f"{_show(value)} is not a date (YYYY-MM-DD)") from None


def _event(p: _Parser, d: dict[str, Any], field: str) -> Event:
    value = d.get("value")
    cents = None
    if value is not None:
        try:
            cents = parse_euros(value)
        except AmountTooLarge as exc:
            raise p.fail(f"{field}.value", str(exc)) from None
        except ValueError:
            raise p.fail(f"{field}.value", f'{_show(value)} is not an amount in euros such as "1250.50"') from None
    category = p.enum(d, "category", field, CostCategory) if d.get("category") is not None else None
    disposition = p.enum(d, "disposition", field, GiftDisposition) if d.get("disposition") is not None else None
    date = _date(p, d, "date", field, required=True)
    assert date is not None
    try:
        return Event(
            date=date,
            kind=p.enum(d, "kind", field, EventKind),
            text=p.text(d, "text", field, required=True),
            people=p.text(d, "people", field, required=False),
            value_cents=cents,
            category=category,
            disposition=disposition,
            source=p.text(d, "source", field, required=False),
        )
    except ValueError as exc:
        name, _, message = str(exc).partition(": ")
        raise p.fail(f"{field}.{name}", message) from None
