"""Partnerships, assessments, answers and actions: the records an officer builds up. Imported
through :mod:`partnercheck.domain.assessment`, which loads this module on first use."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

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
from .levels import CURRENT_MODEL

if TYPE_CHECKING:
    from .evidence import EvidenceItem


@dataclass(frozen=True, slots=True)
class Partnership:
    """The two parties of the partnership assessed, what kind each is, and where it stands."""

    dutch_party: str
    dutch_party_kind: DutchPartyKind
    counterpart: str
    counterpart_kind: CounterpartKind
    status: PartnershipStatus
    since: int | None = None

    def __post_init__(self) -> None:
        if not self.dutch_party.strip():
            raise ValueError("dutch_party: must not be empty")
        if not self.counterpart.strip():
            raise ValueError("counterpart: must not be empty")
        if self.since is not None and not EARLIEST_SINCE <= self.since <= _dt.date.today().year + 1:
            raise ValueError(f"since: {self.since} is not a plausible year")

    @property
    def is_signed(self) -> bool:
        """An agreement exists (the tie is active, dormant or ended): advice speaks of the
        existing text instead of what to do before signing."""
        return self.status is not PartnershipStatus.PROPOSED

    def as_record(self) -> dict[str, Any]:
        """Plain values under the interchange file's names (also the store's columns)."""
        return {
            "dutch_party": self.dutch_party,
            "dutch_party_kind": self.dutch_party_kind.value,
            "counterpart": self.counterpart,
            "counterpart_kind": self.counterpart_kind.value,
            "status": self.status.value,
            "since": self.since,
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer to one question. ``value`` None means only a note has been written so far."""

    value: str | None
    note: str = ""
    basis: Basis = Basis.NOT_RECORDED

    @property
    def is_answered(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True)
class Action:
    """A follow-up action: what, who, by when, and how far it is."""

    text: str
    owner: str = ""
    due: _dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    recommendation_id: str | None = None
    id: int | None = None  # assigned by the store
    # Left out of the public version (see domain.publication); actions are public by default.
    internal: bool = False

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("text: an action needs a description")

    def as_record(self) -> dict[str, Any]:
        """Plain values under the interchange file's names."""
        return {
            "text": self.text,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status.value,
            "recommendation": self.recommendation_id,
            # Only when set: an action is public by default (and files from before the field stay alike).
            **({"internal": True} if self.internal else {}),
        }


@dataclass(frozen=True, slots=True)
class ReviewComment:
    """A reviewer's word on one theme (as the CNIL PIA tool has per section): the assessor
    reads it, the history keeps every one, the report prints the last in its sign-off."""

    theme_id: str
    verdict: ReviewVerdict
    text: str = ""
    reviewer: str = ""
    at: _dt.datetime | None = None


@dataclass(slots=True)
class Assessment:
    """One assessment of one partnership against one checklist version: answers, actions, stage."""

    partnership: Partnership
    checklist_id: str
    checklist_version: str
    assessor: str = ""
    created: _dt.datetime = field(default_factory=lambda: now())
    updated: _dt.datetime | None = None
    answers: dict[str, Answer] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)
    id: int | None = None  # assigned by the store
    state: AssessmentState = AssessmentState.DRAFT
    revision: int = 1
    previous_id: int | None = None  # the revision this one continues
    reviewed_by: str | None = None
    approved_by: str | None = None
    approved_on: _dt.date | None = None
    deleted: _dt.datetime | None = None  # when it was moved to the bin
    # The scoring rules its levels were computed with (see domain/scoring.py): a final
    # assessment keeps these; a draft is rescored when the rules change.
    scoring_model: int = CURRENT_MODEL
    # Per theme id, the reviewer's last comment in this revision (a new revision starts without).
    review_comments: dict[str, ReviewComment] = field(default_factory=dict)
    # Question ids whose note may appear in the public version: notes are internal unless the
    # officer says otherwise (they often name people or repeat what was said in confidence).
    public_notes: frozenset[str] = frozenset()
    # The stable identity across databases (interchange format 2); None until stored.
    uuid: str | None = None
    # The files attached to its answers, without their content (domain.evidence).
    evidence: list[EvidenceItem] = field(default_factory=list)
    # The tie (domain.ties) it assesses; None: the store finds it by the parties' names, or
    # makes one. ``partnership`` is the snapshot of the tie as it was when assessed.
    partnership_id: int | None = None

    @property
    def is_final(self) -> bool:
        return self.state is AssessmentState.FINAL

    def with_id(self, assessment_id: int) -> Assessment:
        return replace(self, id=assessment_id)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change: what (subject), old and new value, when and by whom."""

    at: _dt.datetime
    actor: str
    subject: str
    old: str | None
    new: str | None
