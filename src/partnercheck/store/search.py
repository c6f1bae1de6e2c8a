"""Search across everything an officer writes: ties, agreements, events, actions and the notes
to answers, through the FTS5 index that schema step 6 keeps current with triggers.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

if TYPE_CHECKING:
    from .connection import Database

T = TypeVar("T")

# The index's rowid is source id * 8 + this number (see db/0011_partnerships.py).
KINDS = ("tie", "event", "agreement", "action", "notes")
_TIE_OF = {
    "tie": "SELECT id FROM partnership WHERE id = ?",
    "event": "SELECT partnership_id FROM tie_event WHERE id = ?",
    "agreement": "SELECT partnership_id FROM agreement WHERE id = ?",
    "action": "SELECT a.partnership_id FROM action x JOIN assessment a ON a.id = x.assessment_id WHERE x.id = ? AND a.deleted IS NULL",
    "notes": "SELECT partnership_id FROM assessment WHERE id = ? AND deleted IS NULL",
}


# A NamedTuple, not a dataclass: this module (a base class of the store) loads at every start
# of the window, where building a dataclass (compiling its generated methods) cost ~0.5 ms.
class SearchHit(NamedTuple):
    """One match of a full-text search, with the tie it belongs to."""

    kind: str  # one of KINDS
    ref: int  # the tie's, event's, agreement's or action's id; the assessment's for notes
    tie_id: int
    snippet: str  # the matching words in [brackets]


def fts_query(text: str) -> str:
    """What the user typed as an FTS5 query: every word must occur, as a word or the start of
    one ('bezoek' finds 'bezoeken'); quoted, so no character of it is FTS syntax."""
    words = [w for w in text.split() if w.strip('"')]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


class SearchQueries:
    db: Database

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """The best matches first (bm25); accents and case do not matter."""
        query = fts_query(text)
        if not query:
            return []

        def run() -> list[SearchHit]:
            rows = self.db.execute(
                "SELECT rowid, snippet(search_index, 0, '[', ']', '…', 12) FROM search_index WHERE search_index MATCH ? "
                "ORDER BY bm25(search_index), rowid LIMIT ?",
                [query, limit * 2],
            ).fetchall()
            hits = []
            for rowid, snippet in rows:
                kind, ref = KINDS[rowid % 8], rowid // 8
                tie = self.db.execute(_TIE_OF[kind], [ref]).fetchone()
                if tie is not None and tie[0] is not None:  # not in the bin, not orphaned
                    hits.append(SearchHit(kind, ref, int(tie[0]), " ".join(snippet.split())))
            return hits[:limit]

        return self._read(run)
