"""How many ties are due for review: the window's notice right after its first screen, while
the user may be typing. Counted by the store in one query under domain.review's rule, so it
builds no portfolio rows and loads only the review rule (not services.portfolio)."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from ..domain.review import due_bounds
from ..store.errors import StoreError

if TYPE_CHECKING:
    from ..store import AssessmentStore


def count_due(store: AssessmentStore | None, today: _dt.date | None = None) -> int:
    """How many ties services.portfolio.due finds on ``today`` (tests/test_due_count.py holds
    them together); 0 without a store or when it cannot be read."""
    if store is None:
        return 0
    today = today or _dt.date.today()
    try:
        policy = store.review_policy()
        return store.count_due_ties(today.isoformat(), due_bounds(policy, today), [k.value for k in policy.triggers])
    except StoreError:
        return 0
