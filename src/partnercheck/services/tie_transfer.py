"""Ties in and out of tie files (a tie with its events and every assessment of it), apart from
services.transfer so the single-assessment import stays as it is: a caller asks
:func:`tie_file_in` whether the bytes it was given are a tie file, and imports them here if so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import AssessmentStore


@dataclass(frozen=True, slots=True)
class ImportedTie:
    tie_id: int
    assessment_ids: list[int]
    events: int


def tie_file_in(raw: bytes) -> Any | None:
    """The parsed document when ``raw`` is a tie file, else None (then it is for the
    single-assessment import, which reports whatever is wrong with it)."""
    from ..domain.tie_interchange import is_tie_document

    if b'"partnercheck-tie"' not in raw:  # cheap: most files are single assessments
        return None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if is_tie_document(data) else None


def import_tie(store: AssessmentStore, data: Any, source: str) -> ImportedTie:
    """Validate a tie file's document (``source`` names it in errors) and store the tie, its
    events and its assessments. InterchangeError for a bad file, StoreError when it cannot be
    stored (the tie is already there)."""
    from ..domain.tie_interchange import parse_tie_document

    parsed = parse_tie_document(data, source, store.library)
    tie_id, ids = store.import_tie(parsed.tie, parsed.events, parsed.assessments, parsed.previous)
    return ImportedTie(tie_id, ids, len(parsed.events))


def export_tie_text(store: AssessmentStore, tie_id: int) -> str:
    from ..domain.tie_interchange import dumps_tie

    tie = store.get_tie(tie_id)
    return dumps_tie(tie, store.events(tie_id), [store.get(i) for i in tie.assessments])


def export_tie_file(store: AssessmentStore, tie_id: int, path: str | Path, passphrase: str | None = None) -> None:
    """Write the tie file whole or not at all, encrypted when a passphrase is given."""
    from .sealed import write_file

    write_file(path, export_tie_text(store, tie_id).encode("utf-8"), passphrase)
