"""Format 2 of the interchange file: the assessment's UUID and the list of its evidence (the
files themselves travel in a review package, see services.package)."""

from __future__ import annotations

import re
import uuid as _uuid
from typing import TYPE_CHECKING, Any

from .evidence import MAX_EVIDENCE_BYTES, EvidenceItem, clean_name
from .interchange_parser import _Parser, _show

if TYPE_CHECKING:
    from .checklist import Checklist

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
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
    """The assessment's identity, lower case; None for a file without one (format 1)."""
    value = doc.get("uuid")
    if value is None:
        return None
    if not isinstance(value, str):
        raise p.fail("uuid", "must be a UUID text, e.g. 0b8e4d4e-5b1f-4c55-9e0a-2f0c4c1d2e3f")
    try:
        parsed = _uuid.UUID(value)
    except ValueError:
        raise p.fail("uuid", f"{_show(value)} is not a UUID") from None
    if str(parsed) != value.lower() or not value.strip():
        raise p.fail("uuid", f"{_show(value)} is not a UUID in its usual form (8-4-4-4-12 hex digits)")
    return str(parsed)


def parse_evidence(p: _Parser, doc: dict[str, Any], checklist: Checklist | None) -> list[EvidenceItem]:
    """The list under "evidence": an assessment's (each on a question of ``checklist``) or,
    with None, a tie's (on no question: a tie file's, which has no "question" field)."""
    raw = doc.get("evidence", [])
    if not isinstance(raw, list):
        raise p.fail("evidence", "must be a JSON list")
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
        size = e.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_EVIDENCE_BYTES:
            raise p.fail(f"{field}.size", f"must be a whole number of bytes from 0 to {MAX_EVIDENCE_BYTES}")
        digest = p.text(e, "sha256", field, required=True)
        if not _SHA256.match(digest):
            raise p.fail(f"{field}.sha256", f"{_show(digest)} is not a SHA-256 in lower-case hex (64 digits)")
        added = p.datetime(e, "added")
        if added is None:
            raise p.fail(f"{field}.added", "is missing")
        items.append(EvidenceItem(question, name, size, digest, added, p.text(e, "added_by", field, required=False)))
    return items
