"""Format 2 of the interchange file: the assessment's UUID and the list of its evidence (the
files themselves travel in a review package, see services.package)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .evidence import EvidenceItem, clean_name
from .interchange_parser import _Parser
from .quoting import show as _show

if TYPE_CHECKING:
    from .checklist import Checklist

MAX_EVIDENCE_ITEMS = 10_000


def evidence_record(item: EvidenceItem) -> dict[str, Any]:
    return {
        "question": item.question_id,
        "name": item.name,
        "size": item.size,
        "sha256": item.sha256,
        "added": item.added.isoformat(),
        "added_by": item.added_by,
    }


def parse_uuid(p: _Parser, doc: dict[str, Any]) -> str | None:
    """The assessment's identity, lower case; None for a file without one (format 1). Its form
    (lower-case hex, 8-4-4-4-12) was checked against the schema in document(): read, as text()
    reads, not parsed again by the uuid module, which loads platform (issue 16)."""
    value = doc.get("uuid")
    return value if isinstance(value, str) else None


def parse_evidence(p: _Parser, doc: dict[str, Any], checklist: Checklist | None) -> list[EvidenceItem]:
    """The list under "evidence": an assessment's (each on a question of ``checklist``) or,
    with None, a tie's (on no question: a tie file's, which has no "question" field)."""
    raw = doc.get("evidence", [])
    if len(raw) > MAX_EVIDENCE_ITEMS:
        raise p.fail("evidence", f"lists {len(raw)} files; at most {MAX_EVIDENCE_ITEMS} are read")
    items = []
    for i, entry in enumerate(raw):
        field = f"evidence[{i}]"
        e = p.obj(entry, field)
        question = p.text(e, "question", field, required=checklist is not None)
        if checklist is None:
            if question:
                raise p.fail(f"{field}.question", "a tie's file belongs to no question; leave it out")
        elif checklist.question(question) is None:
            raise p.fail(f"{field}.question", f"{_show(question)} is not a question of checklist {checklist.id} {checklist.version}")
        name = p.text(e, "name", field, required=True)
        if clean_name(name) != name:
            raise p.fail(
                f"{field}.name", f"{_show(name)} is not a plain file name (no folders, no control characters, not only dots, at most 200 bytes)"
            )
        size = e["size"]  # from 0 to the schema's maximum, MAX_EVIDENCE_BYTES (tested)
        digest = p.text(e, "sha256", field, required=True)
        added = p.datetime(e, "added")
        assert added is not None  # required by the schema
        items.append(EvidenceItem(question, name, size, digest, added, p.text(e, "added_by", field, required=False)))
    return items
