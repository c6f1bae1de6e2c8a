"""Retention (Archiefwet): which assessments are records, how long they are kept, and whether
one in the bin may be destroyed now.

PartnerCheck states no retention period of its own: the records manager sets one per record
type from the organisation's selection list; a type without one is kept. Drafts are working
documents and may go at once; a record goes only when its period has ended and no hold is
set. The store asks :func:`judge` inside the transaction that destroys.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from ..catalogs import N_
from .assessment import AssessmentState
from .refusal import Refusal


class RecordType(StrEnum):
    FINAL = "final"  # a decision: counted from the approval date
    REVIEW = "review"  # sent to a reviewer: counted from the last change


class Reason(StrEnum):
    DRAFT = "draft"  # not a record: may be destroyed
    DUE = "due"  # the period has ended: may be destroyed
    HOLD = "hold"  # kept: a hold is set
    NO_PERIOD = "no-period"  # kept: no period set for its type, so it is kept
    NOT_DUE = "not-due"  # kept: the period has not ended

    @property
    def may_destroy(self) -> bool:
        return self in (Reason.DRAFT, Reason.DUE)


@dataclass(frozen=True, slots=True)
class RetentionPeriod:
    record_type: RecordType
    years: int
    basis: str = ""  # e.g. the selection list's category, as the records manager writes it

    def __post_init__(self) -> None:
        if not 0 <= self.years <= 500:
            raise ValueError(f"years: {self.years} is not a retention period in years")


@dataclass(frozen=True, slots=True)
class Hold:
    """A hold on one assessment: since when, and why (a Woo request, an objection, a lawsuit)."""

    since: _dt.datetime
    reason: str = ""


def check_hold_reason(reason: str) -> str:
    """The reason as stored: trimmed, one paragraph at most 500 characters (it is shown in a
    banner and in the history); ValueError for a longer one."""
    reason = " ".join(reason.split())
    if len(reason) > 500:
        raise Refusal(N_("{n} characters; a hold's reason is at most 500"), field="reason", n=len(reason))
    return reason


def check_setting_hold(on: bool, reason: str) -> None:
    """A hold is set with its reason, so whoever later finds the record kept knows why (the
    window asks for it too); lifting one needs none. ValueError ``"reason: ..."`` otherwise,
    also for a control character in it (domain.plain_text: it is one line)."""
    if not on:
        return
    if not reason.strip():
        raise Refusal(N_("say why the hold is set (the Woo request, the objection, the lawsuit); a hold needs a reason"), field="reason")
    from .plain_text import check_lines

    check_lines(reason=reason)


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What the rules need to know about one assessment."""

    id: int
    state: AssessmentState
    approved_on: _dt.date | None
    updated: _dt.date
    hold: bool
    dutch_party: str = ""
    counterpart: str = ""
    revision: int = 1
    in_bin: bool = False
    hold_reason: str = ""  # why it is held (a Woo request, an objection); "" when none was given


@dataclass(frozen=True, slots=True)
class Judgement:
    facts: RecordFacts
    record_type: RecordType | None  # None: a draft
    reason: Reason
    start: _dt.date | None = None
    due: _dt.date | None = None
    period: RetentionPeriod | None = None

    @property
    def id(self) -> int:
        return self.facts.id

    @property
    def may_destroy(self) -> bool:
        return self.reason.may_destroy

    def english(self, show: Callable[[_dt.date], str] = _dt.date.isoformat) -> str:
        """In English; ``show`` writes the date (ISO for machines, the reader's form in text)."""
        if self.reason is Reason.HOLD:
            return "kept: a hold is set" + (f" ({self.facts.hold_reason})" if self.facts.hold_reason else "")
        if self.reason is Reason.NO_PERIOD:
            return f"kept: no retention period is set for {self.record_type} assessments (partnercheck retention --set)"
        if self.reason is Reason.NOT_DUE:
            return f"kept: its retention period ends on {show(self.due) if self.due else self.due}"
        return "may be destroyed" if self.reason is Reason.DUE else "a draft: may be destroyed"


def record_type(state: AssessmentState) -> RecordType | None:
    if state is AssessmentState.FINAL:
        return RecordType.FINAL
    if state is AssessmentState.REVIEW:
        return RecordType.REVIEW
    return None


def add_years(start: _dt.date, years: int) -> _dt.date:
    """``start`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def judge(facts: RecordFacts, periods: dict[RecordType, RetentionPeriod], today: _dt.date) -> Judgement:
    kind = record_type(facts.state)
    if kind is None:
        # A hold protects a draft too: it may be what a Woo request is about.
        return Judgement(facts, None, Reason.HOLD if facts.hold else Reason.DRAFT)
    start = facts.approved_on if kind is RecordType.FINAL and facts.approved_on else facts.updated
    period = periods.get(kind)
    if period is None:
        return Judgement(facts, kind, Reason.HOLD if facts.hold else Reason.NO_PERIOD, start)
    due = add_years(start, period.years)
    if facts.hold:
        reason = Reason.HOLD
    elif today >= due:
        reason = Reason.DUE
    else:
        reason = Reason.NOT_DUE
    return Judgement(facts, kind, reason, start, due, period)


def binned_file_may_go(state: AssessmentState | None, hold: bool) -> bool:
    """May emptying the bin destroy an evidence file that was moved to it? An answer's file is
    locked with its assessment once that is a record (in review or final): it goes when the
    assessment itself is destroyed. A hold keeps it, as it keeps a draft; a tie's file
    (``state`` None) is kept while the tie is on hold."""
    if hold:
        return False
    return state is None or record_type(state) is None


@dataclass(frozen=True, slots=True)
class Emptied:
    """What emptying the bin did (store.RetentionStore.empty_bin_by_rules): destroyed (drafts
    and records that were due) and kept back."""

    destroyed: list[Judgement] = field(default_factory=list)
    kept: list[Judgement] = field(default_factory=list)
    files_destroyed: int = 0  # evidence files in the bin (answers' and ties')
    files_kept: int = 0  # locked with an assessment in review or final, or on hold
