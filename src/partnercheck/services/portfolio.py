"""The portfolio: every tie with its latest verdict, theme levels, last assessment, next review
and open actions; what is due for review; the same rows for JSON, CSV and a spreadsheet.

One reading of the store (store.portfolio) and the review rules of domain.review; nothing
here is rescored.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.events import EventKind
from ..domain.levels import Verdict
from ..domain.review import ReviewDue, ReviewPolicy, next_review

if TYPE_CHECKING:
    from ..store import AssessmentStore


@dataclass(frozen=True)
class PortfolioRow:
    tie: int
    uuid: str
    dutch_party: str
    counterpart: str
    status: str
    assessment: int | None  # the latest assessment (any stage)
    state: str | None
    verdict: str  # a Verdict value; 'not-started' without any assessment
    last_assessed: _dt.date | None
    review: ReviewDue
    open_actions: int
    overdue_actions: int
    events_since: int
    themes: dict[str, str] = field(default_factory=dict)  # theme id -> Verdict value

    @property
    def label(self) -> str:
        return f"{self.dutch_party} – {self.counterpart}"


FIELDS = (
    "tie",
    "uuid",
    "dutch_party",
    "counterpart",
    "status",
    "assessment",
    "state",
    "verdict",
    "last_assessed",
    "next_review",
    "review_reason",
    "due",
    "overdue",
    "open_actions",
    "overdue_actions",
    "events_since",
)


def _day(text: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(text[:10]) if text else None


def portfolio(store: AssessmentStore, today: _dt.date | None = None, policy: ReviewPolicy | None = None) -> list[PortfolioRow]:
    """Every tie by number, with its review computed for ``today``."""
    today = today or _dt.date.today()
    policy = policy or store.review_policy()
    rows = []
    for facts in store.portfolio_facts(today.isoformat(), [k.value for k in policy.triggers]):
        try:
            rows.append(_row(facts, policy, today))
        except (ValueError, OverflowError, RecursionError) as exc:
            # A value PartnerCheck never writes (an event dated "2025-13-45", a verdict code it
            # does not know: a database edited by hand): the damaged database it is, naming the
            # tie, not a traceback from due and portfolio or the window's portfolio.
            from ..store.errors import DamagedValueError

            raise DamagedValueError(store.path, f"tie {facts['id']}: {exc}") from None
    return rows


def _row(facts: dict[str, Any], policy: ReviewPolicy, today: _dt.date) -> PortfolioRow:
    """One tie's row of the portfolio, its review computed for ``today``."""
    latest, final = facts["latest"], facts["final"]
    # The review runs from the last approved verdict; before any, from the latest draft's.
    basis = final or latest
    assessed_on = _day(basis["approved_on"] or basis["created"]) if basis else None
    verdict = Verdict(basis["verdict"]) if basis and basis["verdict"] else None
    after = final["updated"] if final else None
    events = [(i, _dt.date.fromisoformat(d), EventKind(k), after is not None and created > after) for i, d, k, created in facts["triggers"]]
    review = next_review(policy, ended=facts["status"] == "ended", verdict=verdict, assessed_on=assessed_on, events=events, today=today)
    return PortfolioRow(
        tie=facts["id"],
        uuid=facts["uuid"],
        dutch_party=facts["dutch_party"],
        counterpart=facts["counterpart"],
        status=facts["status"],
        assessment=latest["id"] if latest else None,
        state=latest["state"] if latest else None,
        verdict=(latest["verdict"] or Verdict.NOT_STARTED.value) if latest else Verdict.NOT_STARTED.value,
        last_assessed=_day(latest["approved_on"] or latest["created"]) if latest else None,
        review=review,
        open_actions=facts["open_actions"],
        overdue_actions=facts["overdue_actions"],
        events_since=facts["events_since"],
        themes=json.loads(latest["themes"]) if latest and latest["themes"] else {},
    )


def due(rows: list[PortfolioRow], today: _dt.date) -> list[PortfolioRow]:
    """The ties due or overdue for review on ``today``, the longest overdue first."""
    found = [r for r in rows if r.review.is_due(today)]
    return sorted(found, key=lambda r: (r.review.date or today, r.tie))


def theme_ids(store: AssessmentStore, rows: list[PortfolioRow]) -> list[str]:
    """The theme columns: the active checklist's themes in its order, then any other theme an
    older checklist version had."""
    ordered = [t.id for t in store.library.active.themes]
    extra = sorted({t for r in rows for t in r.themes} - set(ordered))
    return ordered + extra


def as_record(row: PortfolioRow, today: _dt.date) -> dict[str, Any]:
    """A row under the names of ``portfolio --json`` (the CSV and spreadsheet columns, with the
    theme levels in ``themes``)."""
    return {
        "tie": row.tie,
        "uuid": row.uuid,
        "dutch_party": row.dutch_party,
        "counterpart": row.counterpart,
        "status": row.status,
        "assessment": row.assessment,
        "state": row.state,
        "verdict": row.verdict,
        "last_assessed": row.last_assessed.isoformat() if row.last_assessed else None,
        "next_review": row.review.date.isoformat() if row.review.date else None,
        "review_reason": row.review.reason,
        "due": row.review.is_due(today),
        "overdue": row.review.is_overdue(today),
        "open_actions": row.open_actions,
        "overdue_actions": row.overdue_actions,
        "events_since": row.events_since,
        "themes": dict(row.themes),
    }


def flat_record(row: PortfolioRow, today: _dt.date, themes: list[str]) -> dict[str, Any]:
    """A row for CSV and the spreadsheet: one column per theme (``theme:<id>``)."""
    record = as_record(row, today)
    levels = record.pop("themes")
    record.update({f"theme:{t}": levels.get(t) for t in themes})
    return record


def portfolio_pdf(store: AssessmentStore, rows: list[PortfolioRow], today: _dt.date, lang: str) -> bytes:
    """The one- or two-page overview for the college or the council (report.portfolio_report)."""
    from ..report.portfolio_report import build_portfolio

    ids = theme_ids(store, rows)
    titles = {t.id: t.title.get(lang) for t in store.library.active.themes}
    return build_portfolio([as_record(r, today) for r in rows], [(t, titles.get(t, t)) for t in ids], today, lang)
