"""What the portfolio of ties reads: per tie its latest assessment, its latest final one, the
open actions and the events since; in a few set-wise queries, never one per tie.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .connection import Database

T = TypeVar("T")

# The latest assessment of every tie (outside the bin); {where} narrows, e.g. to final ones.
_LATEST = """
SELECT partnership_id, id, verdict, state, themes, created, approved_on, updated FROM (
    SELECT partnership_id, id, verdict, state, themes, created, approved_on, updated,
           row_number() OVER (PARTITION BY partnership_id ORDER BY coalesce(created_utc, '') DESC, id DESC) AS rn
    FROM assessment WHERE deleted IS NULL AND partnership_id IS NOT NULL {where}
) WHERE rn = 1
"""


class PortfolioQueries:
    db: Database

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...

    def portfolio_facts(self, today: str, trigger_kinds: Iterable[str]) -> list[dict[str, Any]]:
        """One dict per tie, by number: the tie's columns, ``latest`` and ``final`` (dicts or
        None), ``open_actions`` and ``overdue_actions`` of the latest assessment (due before
        ``today``), ``events_since`` it, and ``triggers``: (id, date, kind, created) of its
        events of ``trigger_kinds``."""
        kinds = sorted(trigger_kinds)

        def run() -> list[dict[str, Any]]:
            ties = {
                r["id"]: {**r, "latest": None, "final": None, "open_actions": 0, "overdue_actions": 0, "events_since": 0, "triggers": []}
                for r in self.db.rows(
                    "SELECT id, uuid, dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, since, ended FROM partnership ORDER BY id"
                )
            }
            for key, where in (("latest", ""), ("final", "AND state = 'final'")):
                for r in self.db.rows(_LATEST.format(where=where)):
                    if r["partnership_id"] in ties:
                        ties[r["partnership_id"]][key] = r
            for tie_id, open_count, overdue in self.db.execute(
                f"WITH latest AS ({_LATEST.format(where='')}) SELECT l.partnership_id, count(*), "
                "sum(x.due IS NOT NULL AND x.due < ?) FROM action x JOIN latest l ON l.id = x.assessment_id "
                "WHERE x.status IN ('open', 'in-progress') GROUP BY l.partnership_id",
                [today],
            ):
                ties[tie_id]["open_actions"], ties[tie_id]["overdue_actions"] = open_count, overdue or 0
            for tie_id, count in self.db.execute(
                f"WITH latest AS ({_LATEST.format(where='')}) SELECT e.partnership_id, count(*) FROM tie_event e "
                "LEFT JOIN latest l ON l.partnership_id = e.partnership_id "
                "WHERE l.id IS NULL OR e.date > coalesce(l.approved_on, substr(l.created, 1, 10)) GROUP BY e.partnership_id"
            ):
                ties[tie_id]["events_since"] = count
            if kinds:
                marks = ", ".join("?" for _ in kinds)
                for tie_id, event_id, date, kind, created in self.db.execute(
                    f"SELECT partnership_id, id, date, kind, created FROM tie_event WHERE kind IN ({marks})", kinds
                ):
                    ties[tie_id]["triggers"].append((event_id, date, kind, created))
            return list(ties.values())

        return self._read(run)
