"""Partnerships, assessments, answers and actions: the records an officer builds up, the values
they take (domain.assessment_values) and the list's summary of one assessment.

The records themselves are in :mod:`partnercheck.domain.records` and load on first use (PEP
562): ``from partnercheck.domain.assessment import Assessment`` works as ever, while the
window's start-up, which lists summaries only, does not build their six dataclasses (each
compiles its methods, a slotted one builds its class twice: ~4 ms of every start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from .assessment_values import (
    EARLIEST_SINCE,
    ActionStatus,
    AssessmentState,
    Basis,
    CounterpartKind,
    DutchPartyKind,
    PartnershipStatus,
    ReviewVerdict,
    now,
)

if TYPE_CHECKING:
    import datetime as _dt

    from .records import Action, Answer, Assessment, HistoryEntry, Partnership, ReviewComment

__all__ = [
    "EARLIEST_SINCE",
    "Action",
    "ActionStatus",
    "Answer",
    "Assessment",
    "AssessmentState",
    "AssessmentSummary",
    "Basis",
    "CounterpartKind",
    "DutchPartyKind",
    "HistoryEntry",
    "Partnership",
    "PartnershipStatus",
    "ReviewComment",
    "ReviewVerdict",
    "now",
]


class AssessmentSummary(NamedTuple):
    """One row of the list of assessments: what the list shows, without the answers.

    A NamedTuple, not a dataclass: the window's first screen makes one per row shown, and
    with ListQuery (domain.listing) it is all that would load ``dataclasses`` on its way
    there; building the class, importing that module: ~1.5 ms of every start."""

    id: int
    dutch_party: str
    counterpart: str
    status: PartnershipStatus
    overall: str | None  # a Level code: low | medium | high; None before the first answer
    answered: int
    total: int
    updated: _dt.datetime
    assessor: str = ""
    state: AssessmentState = AssessmentState.DRAFT
    revision: int = 1
    verdict: str = "not-started"  # a levels.Verdict value

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 0.0


_RECORDS = frozenset({"Action", "Answer", "Assessment", "HistoryEntry", "Partnership", "ReviewComment"})


def __getattr__(name: str) -> Any:
    if name not in _RECORDS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import records

    value = getattr(records, name)
    globals()[name] = value  # once: later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_RECORDS})
