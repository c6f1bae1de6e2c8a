"""The start screen's list, a page at a time: count, a window of rows, where one row is.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). Filter
and order are SQL over the partial indexes of ``db/0006_list_paging.sql``: the first page in
the default order (last change first) is an index walk that stops after ``limit`` matches, so
showing the list costs the same at 50 and at 100,000 assessments.

The text filter: every word must occur in the Dutch party, the counterpart or the assessor,
ignoring case. Words of three letters or more are looked up in a trigram full-text index
(``assessment_search``) when it has few candidates; otherwise SQLite's LIKE walks the list,
which ignores the case of ASCII letters only, so a word with a letter beyond ASCII (ürk) goes
through the index alone. A one- or two-letter word beyond ASCII matches its own case only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.assessment import AssessmentState, AssessmentSummary, PartnershipStatus
from .rows import _moment

if TYPE_CHECKING:
    from ..domain.listing import ListQuery, SortKey
    from .connection import Database

T = TypeVar("T")

RARE = 2000  # candidates from the full-text index up to which a filtered page is read through it
SUMMARY_COLUMNS = "id, dutch_party, counterpart, status, overall, answered, total, updated, assessor, state, revision, verdict"


def _rank(column: str, values: Sequence[str]) -> str:
    """An SQL expression numbering ``column``'s values in the order the domain lists them."""
    return "CASE " + column + " " + " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(values)) + " ELSE 99 END"


_SHARE = "(CASE WHEN total > 0 THEN answered * 1.0 / total ELSE 0.0 END)"


@cache
def _order() -> dict[SortKey, tuple[str, ...]]:
    """Each sort key as SQL, ties broken by id so that pages never overlap or skip a row. The
    Python keys the window reports (list_model.sort_key) follow the same order. Built on the
    first listing: a store opened to import a file does not load the listing's query types."""
    from ..domain.levels import Verdict
    from ..domain.listing import SortKey

    return {
        SortKey.DUTCH_PARTY: ("dutch_party COLLATE NOCASE", "counterpart COLLATE NOCASE"),
        SortKey.COUNTERPART: ("counterpart COLLATE NOCASE", "dutch_party COLLATE NOCASE"),
        SortKey.STATUS: (_rank("status", [s.value for s in PartnershipStatus]), "dutch_party COLLATE NOCASE"),
        SortKey.VERDICT: (_rank("coalesce(verdict, 'not-started')", [v.value for v in Verdict]), _SHARE),
        SortKey.COMPLETENESS: (_SHARE, "answered"),
        SortKey.STAGE: (_rank("state", [s.value for s in AssessmentState]), "revision"),
        SortKey.UPDATED: ("updated",),
    }


def summary_from_row(r: Sequence[Any]) -> AssessmentSummary:
    """A row of ``SUMMARY_COLUMNS`` as the domain's summary."""
    return AssessmentSummary(
        id=r[0],
        dutch_party=r[1],
        counterpart=r[2],
        status=PartnershipStatus(r[3]),
        overall=r[4],
        answered=r[5],
        total=r[6],
        updated=_moment(r[7], f"assessment {r[0]}", "updated"),
        assessor=r[8],
        state=AssessmentState(r[9]),
        revision=r[10],
        verdict=r[11] or "not-started",
    )


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _match(words: Sequence[str]) -> str | None:
    """The full-text query for the words the trigram index can look up (three letters or more)."""
    phrases = ['"' + word.replace('"', '""') + '"' for word in words if len(word) >= 3]
    return " AND ".join(phrases) if phrases else None


def where_clause(query: ListQuery, *, indexed: bool = False) -> tuple[str, list[Any]]:
    """The WHERE of ``query`` (always ``deleted IS NULL`` first, so the partial indexes apply).

    ``indexed`` adds the full-text index's candidates; the LIKE tests stay in either way, so
    both forms select the same rows and only the work differs.
    """
    parts = ["deleted IS NULL"]
    params: list[Any] = []
    if query.status is not None:
        parts.append("status = ?")
        params.append(query.status.value)
    if query.verdict is not None:
        parts.append("coalesce(verdict, 'not-started') = ?")
        params.append(query.verdict)
    # A word with a letter beyond ASCII goes only through the index, whose case folding knows
    # every alphabet (LIKE's knows only ASCII); from three letters on that is exact.
    beyond_ascii = [word for word in query.words if not word.isascii() and len(word) >= 3]
    ascii_words = [word for word in query.words if word not in beyond_ascii]
    for words in (beyond_ascii, ascii_words if indexed else []):
        if (match := _match(words)) is not None:
            parts.append("id IN (SELECT rowid FROM assessment_search WHERE assessment_search MATCH ?)")
            params.append(match)
    for word in ascii_words:
        n = len(params) + 1  # one parameter, used for all three columns
        parts.append(f"(dutch_party LIKE ?{n} ESCAPE '\\' OR counterpart LIKE ?{n} ESCAPE '\\' OR assessor LIKE ?{n} ESCAPE '\\')")
        params.append(_like(word))
    return " AND ".join(parts), params


def order_clause(query: ListQuery) -> str:
    direction = " DESC" if query.descending else ""
    return ", ".join(f"{expression}{direction}" for expression in (*_order()[query.sort], "id"))


class AssessmentListing:
    db: Database

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...

    def _rare(self, query: ListQuery) -> bool:
        """True when the full-text index finds at most RARE candidates for the text: then reading
        those beats walking the list in order until a page of matches has turned up. Asking
        costs under a millisecond: the index stops after RARE + 1."""
        match = _match(query.words)
        if match is None:
            return False
        sql = "SELECT count(*) FROM (SELECT rowid FROM assessment_search WHERE assessment_search MATCH ? LIMIT ?)"
        return int(self._read(lambda: self.db.execute(sql, [match, RARE + 1]).fetchone()[0])) <= RARE

    def count_listed(self, query: ListQuery | None = None) -> int:
        """How many assessments outside the bin ``query`` lets through."""
        from ..domain.listing import ListQuery  # here, not at the top: importing the store must not load it

        where, params = where_clause(query or ListQuery(), indexed=True)
        return int(self._read(lambda: self.db.execute(f"SELECT count(*) FROM assessment WHERE {where}", params).fetchone()[0]))

    def list_page(self, query: ListQuery, offset: int, limit: int) -> list[AssessmentSummary]:
        """Rows ``offset`` to ``offset + limit`` of the list ``query`` describes."""
        where, params = where_clause(query, indexed=self._rare(query))
        sql = f"SELECT {SUMMARY_COLUMNS} FROM assessment WHERE {where} ORDER BY {order_clause(query)} LIMIT ? OFFSET ?"
        # Mapped inside _read: a hand-edited value is the damaged database it is (DamagedValue).
        return self._read(lambda: [summary_from_row(r) for r in self.db.execute(sql, [*params, limit, offset]).fetchall()])

    def position_listed(self, query: ListQuery, assessment_id: int) -> int | None:
        """The row number of ``assessment_id`` in that list; None when it is not in it."""
        where, params = where_clause(query, indexed=True)
        sql = f"SELECT n FROM (SELECT id, row_number() OVER (ORDER BY {order_clause(query)}) - 1 AS n FROM assessment WHERE {where}) WHERE id = ?"
        row = self._read(lambda: self.db.execute(sql, [*params, assessment_id]).fetchone())
        return int(row[0]) if row is not None else None
