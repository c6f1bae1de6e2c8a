"""A short, stable fingerprint of what an assessment says: the report's "kenmerk".

It is taken over the content parts of the interchange document (docs/interchange.md):
checklist id and version, partnership, assessor, answers with notes, actions, and the scoring
model the levels come from, and who may read them: a note marked public and an action marked
internal change what the public version prints, and the full report marks internal actions,
so a mark is part of the kenmerk (only when set: an assessment without marks keeps the
kenmerk it had before marks counted). It changes when any of those changes, and not when a record is
merely saved again, exported and
imported, stored under another id, or moved through review and approval: a printed draft and
the approved print of the same content carry the same fingerprint. A content field added to
the interchange document later must be added to ``CONTENT`` here.
"""

from __future__ import annotations

import hashlib
import json

from ..domain.assessment import Assessment
from ..domain.interchange import to_document

CONTENT = ("checklist", "partnership", "assessor", "answers", "actions")
HASH_LENGTH = 12


def _answer(record: dict[str, object]) -> dict[str, object]:
    if record.get("basis") == "not-recorded":
        return {k: v for k, v in record.items() if k != "basis"}
    return record


def content_hash(assessment: Assessment) -> str:
    """The first 12 hex digits of SHA-256 over the canonical JSON of the assessment's content."""
    full = to_document(assessment)
    doc = {key: full[key] for key in CONTENT}
    # An answer with neither a value nor a note carries nothing (import drops it too).
    doc["answers"] = {qid: _answer(a) for qid, a in doc["answers"].items() if a["value"] is not None or a["note"]}
    # Who may read a note or an action is printed (the public version leaves out what is not
    # public): "public" and "internal" stay, present only when set. A public mark on an empty
    # note prints nothing, so it does not count.
    doc["answers"] = {qid: {k: v for k, v in a.items() if k != "public" or a["note"]} for qid, a in doc["answers"].items()}
    # What answers rest on is content too (the annex prints it); left out while nothing is
    # recorded, so assessments from before the basis existed keep their fingerprint.
    if full["evidence"]:
        doc["evidence"] = sorted([e["question"], e["name"], e["sha256"]] for e in full["evidence"])
    # The rules the levels come from are part of what the report says. Model 1 is left out so
    # that reprints of assessments approved under it keep their fingerprint.
    if assessment.scoring_model != 1:
        doc["scoring_model"] = assessment.scoring_model
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:HASH_LENGTH]
