"""What the portfolio of ties reads: per tie its latest assessment, its latest final one, the
open actions, the events since, and the first event that may make a review due; in one
set-wise query, never one per tie (2,000 ties stay well under the 200 ms target).

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .connection import Database

T = TypeVar("T")

_ASSESSMENT = ("id", "verdict", "state", "themes", "created", "approved_on", "updated")

# The latest assessment of a tie and its latest final one are found through the index on
# (partnership_id, created_utc), newest first (the rowid breaks ties, as id DESC does
# elsewhere): a few index steps per tie, no sorting of every assessment. The day a tie's
# review runs from is its latest final assessment's approval, else its latest assessment's
# start (domain.review decides the rest; here only the first candidate event is picked: one of
# a trigger kind dated after that day or recorded after the final verdict, earliest by date).
_BASE = """
WITH picked AS (
    SELECT p.*,
           (SELECT a.id FROM assessment a WHERE a.partnership_id = p.id AND a.deleted IS NULL
            ORDER BY a.created_utc DESC, a.id DESC LIMIT 1) AS latest_id,
           (SELECT a.id FROM assessment a WHERE a.partnership_id = p.id AND a.deleted IS NULL AND a.state = 'final'
            ORDER BY a.created_utc DESC, a.id DESC LIMIT 1) AS final_id
    FROM partnership p
),
base AS (
    SELECT p.id AS tie, p.uuid, p.dutch_party, p.dutch_party_kind, p.counterpart, p.counterpart_kind, p.status, p.since, p.ended,
           l.id AS l_id, l.verdict AS l_verdict, l.state AS l_state, l.themes AS l_themes, l.created AS l_created,
           l.approved_on AS l_approved_on, l.updated AS l_updated,
           f.id AS f_id, f.verdict AS f_verdict, f.state AS f_state, f.themes AS f_themes, f.created AS f_created,
           f.approved_on AS f_approved_on, f.updated AS f_updated,
           CASE WHEN f.id IS NOT NULL THEN f.approved_on ELSE coalesce(l.approved_on, substr(l.created, 1, 10)) END AS basis_day,
           coalesce(l.approved_on, substr(l.created, 1, 10)) AS latest_day,
           -- what domain.review.next_review runs from: the final assessment, else the latest
           CASE WHEN f.id IS NOT NULL THEN nullif(f.verdict, '') ELSE nullif(l.verdict, '') END AS basis_verdict,
           CASE WHEN f.id IS NOT NULL THEN substr(coalesce(nullif(f.approved_on, ''), f.created), 1, 10)
                ELSE substr(coalesce(nullif(l.approved_on, ''), l.created), 1, 10) END AS assessed_on
    FROM picked p LEFT JOIN assessment l ON l.id = p.latest_id LEFT JOIN assessment f ON f.id = p.final_id
)
"""

# The first event of a trigger kind since the tie's last verdict (at most one per tie).
_TRIGGER = """LEFT JOIN tie_event t ON t.id = (
    SELECT e.id FROM tie_event e
    WHERE e.partnership_id = b.tie AND e.kind IN ({kinds}) AND (e.date > b.basis_day OR e.created > b.f_updated)
    ORDER BY e.date, e.id LIMIT 1
)"""

_QUERY = (
    _BASE
    + """SELECT b.*,
       (SELECT count(*) FROM action x WHERE x.assessment_id = b.l_id AND x.status IN ('open', 'in-progress')) AS open_actions,
       (SELECT count(*) FROM action x WHERE x.assessment_id = b.l_id AND x.status IN ('open', 'in-progress') AND x.due < :today) AS overdue_actions,
       (SELECT count(*) FROM tie_event e WHERE e.partnership_id = b.tie AND e.date > coalesce(b.latest_day, '')) AS events_since,
       t.id AS t_id, t.date AS t_date, t.kind AS t_kind, t.created AS t_created
FROM base b """
    + _TRIGGER
    + """
ORDER BY b.tie
"""
)

# domain.review.next_review's "due on or before today", as SQL: a tie not ended that was never
# given a verdict; or whose verdict is at least its period old (``:v_*``: the last day a verdict
# of that value may have been given, from domain.review.due_bounds); or whose first trigger
# event since the verdict (dated after it, or recorded after the final one) has come.
_DUE = (
    _BASE
    + "SELECT count(*) FROM base b "
    + _TRIGGER
    + """
WHERE b.status IS NOT 'ended' AND (
    b.basis_verdict IS NULL
    OR b.assessed_on <= CASE b.basis_verdict {verdicts} ELSE :today END
    OR (t.id IS NOT NULL AND (t.date > b.assessed_on OR t.created > b.f_updated) AND max(t.date, b.assessed_on) <= :today)
)
"""
)


class PortfolioQueries:
    db: Database

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...

    def portfolio_facts(self, today: str, trigger_kinds: Iterable[str]) -> list[dict[str, Any]]:
        """One dict per tie, by number: the tie's columns, ``latest`` and ``final`` (dicts of
        the assessment's id, verdict, state, themes, created, approved_on, updated; or None),
        ``open_actions`` and ``overdue_actions`` of the latest assessment (due before
        ``today``), ``events_since`` it, and ``triggers``: at most one (id, date, kind,
        created), the first event of ``trigger_kinds`` since the tie's last verdict."""
        kinds = sorted(trigger_kinds)
        params: dict[str, Any] = {"today": today, **{f"k{i}": k for i, k in enumerate(kinds)}}
        sql = _QUERY.format(kinds=", ".join(f":k{i}" for i in range(len(kinds))) or "NULL")

        def run() -> list[dict[str, Any]]:
            facts = []
            for r in self.db.rows(sql, params):
                fact = {
                    name: r[name]
                    for name in ("uuid", "dutch_party", "dutch_party_kind", "counterpart", "counterpart_kind", "status", "since", "ended")
                }
                fact["id"] = r["tie"]
                fact["latest"] = {n: r[f"l_{n}"] for n in _ASSESSMENT} if r["l_id"] is not None else None
                fact["final"] = {n: r[f"f_{n}"] for n in _ASSESSMENT} if r["f_id"] is not None else None
                fact["open_actions"], fact["overdue_actions"], fact["events_since"] = r["open_actions"], r["overdue_actions"], r["events_since"]
                fact["triggers"] = [(r["t_id"], r["t_date"], r["t_kind"], r["t_created"])] if r["t_id"] is not None else []
                facts.append(fact)
            return facts

        return self._read(run)

    def count_due_ties(self, today: str, bounds: dict[str, str], trigger_kinds: Iterable[str]) -> int:
        """How many ties are due for review on ``today``, counted in SQLite (as many as
        portfolio_facts and domain.review find due; tests/test_due_count.py holds them to it).
        ``bounds``: per verdict value, the last day such a verdict may have been given and be due
        (domain.review.due_bounds)."""
        kinds = sorted(trigger_kinds)
        params: dict[str, Any] = {"today": today, **{f"k{i}": k for i, k in enumerate(kinds)}}
        params.update({f"v{i}": day for i, day in enumerate(bounds.values())})
        verdicts = " ".join(f"WHEN :w{i} THEN :v{i}" for i in range(len(bounds)))
        params.update({f"w{i}": verdict for i, verdict in enumerate(bounds)})
        sql = _DUE.format(kinds=", ".join(f":k{i}" for i in range(len(kinds))) or "NULL", verdicts=verdicts)
        return int(self._read(lambda: self.db.execute(sql, params).fetchone()[0]))
