"""When a tie is next reviewed: months after its last verdict (per level, changeable in
Settings), and at once after an event of a kind that calls for it (also changeable)."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field

from ..catalogs import N_
from .events import EventKind
from .levels import Verdict

DEFAULT_MONTHS: dict[Verdict, int] = {
    Verdict.HIGH: 6,
    Verdict.MEDIUM: 12,
    Verdict.LOW: 24,
    Verdict.INCOMPLETE: 0,
    Verdict.NOT_STARTED: 0,
}
# A new or changed agreement, a pressure incident, a prize or award, use in Chinese media.
DEFAULT_TRIGGERS = frozenset({EventKind.AGREEMENT, EventKind.PRESSURE, EventKind.AWARD, EventKind.MEDIA})


@dataclass(frozen=True)
class ReviewPolicy:
    months: dict[Verdict, int] = field(default_factory=lambda: dict(DEFAULT_MONTHS))
    triggers: frozenset[EventKind] = DEFAULT_TRIGGERS

    def to_json(self) -> str:
        return json.dumps(
            {"months": {v.value: m for v, m in self.months.items()}, "triggers": sorted(k.value for k in self.triggers)}, sort_keys=True
        )

    @classmethod
    def from_json(cls, text: str | None) -> ReviewPolicy:
        """The stored policy; what is missing or no longer known falls back to the defaults."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
            months = dict(DEFAULT_MONTHS)
            for code, value in dict(data.get("months", {})).items():
                if code in Verdict._value2member_map_ and isinstance(value, int) and 0 <= value <= 120:
                    months[Verdict(code)] = value
            triggers = frozenset(EventKind(k) for k in data.get("triggers", []) if k in EventKind._value2member_map_)
            return cls(months, triggers if "triggers" in data else DEFAULT_TRIGGERS)
        except (ValueError, TypeError, AttributeError, RecursionError):  # RecursionError: JSON nested thousands deep
            return cls()


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day ``months`` later; the month's last day when it is shorter (31 Aug + 6 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    # The month's length from the next month's first day (not calendar.monthrange: the window's
    # due notice loads this module right after its first screen, and calendar loads locale).
    length = 31 if month == 12 else (_dt.date(year, month + 1, 1) - _dt.date(year, month, 1)).days
    return _dt.date(year, month, min(day.day, length))


def latest_start_due(today: _dt.date, months: int) -> _dt.date:
    """The last day a period of ``months`` may start and be over by ``today``: the largest
    ``day`` with ``add_months(day, months) <= today`` (add_months never decreases as the day
    grows, so every earlier day is over too). Lets the store compare days instead of adding
    months in SQL, where SQLite rolls 31 Aug + 6 months over into March."""
    day = add_months(today, -months)
    while add_months(day + _dt.timedelta(days=1), months) <= today:  # at most 3 steps: a short month's end
        day += _dt.timedelta(days=1)
    return day


def due_bounds(policy: ReviewPolicy, today: _dt.date) -> dict[str, str]:
    """Per verdict value, the last day a verdict may have been given and be due for review on
    ``today`` (next_review's rule for the verdict, as days the store compares); a verdict
    without a period of its own is due on its day, as ``policy.months.get(verdict, 0)``."""
    return {v.value: latest_start_due(today, policy.months.get(v, 0)).isoformat() for v in Verdict}


@dataclass(frozen=True, slots=True)
class ReviewDue:
    """Why and when a tie is due; ``date`` None: never (an ended tie)."""

    date: _dt.date | None
    reason: str  # 'never-assessed' | 'verdict' | 'event'
    verdict: Verdict | None = None
    event_id: int | None = None

    def is_due(self, today: _dt.date) -> bool:
        return self.date is not None and self.date <= today

    def is_overdue(self, today: _dt.date) -> bool:
        return self.date is not None and self.date < today


def next_review(
    policy: ReviewPolicy,
    *,
    ended: bool,
    verdict: Verdict | None,
    assessed_on: _dt.date | None,
    events: list[tuple[int, _dt.date, EventKind, bool]],
    today: _dt.date,
) -> ReviewDue:
    """The tie's next review from its last verdict (``assessed_on``: the day it was given) and
    the events since: (id, date, kind, recorded after the verdict was given). An event dated
    after the verdict counts, and so does one recorded after it (an earlier visit written down
    late was not known to the assessor); it makes the review due on its date, at the earliest
    the verdict's day."""
    if ended:
        return ReviewDue(None, "ended", verdict)
    if verdict is None or assessed_on is None:
        return ReviewDue(today, "never-assessed")
    due = ReviewDue(add_months(assessed_on, policy.months.get(verdict, 0)), "verdict", verdict)
    for event_id, day, kind, recorded_after in sorted(events, key=lambda e: (e[1], e[0])):
        if kind in policy.triggers and (day > assessed_on or recorded_after):
            when = max(day, assessed_on)
            if due.date is None or when < due.date:
                due = ReviewDue(when, "event", verdict, event_id)
            break
    return due


REASON_LABELS = {
    "never-assessed": N_("not assessed yet"),
    "verdict": N_("period after the last verdict"),
    "event": N_("event since the last assessment"),
    "ended": N_("tie ended"),
}
