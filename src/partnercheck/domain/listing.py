"""What the start screen asks of the list: a filter, a sort order and a window of rows.

The store answers it in SQL (``store/listing.py``), so the window holds only the rows it shows
and the cost of a filter does not grow with the number of assessments.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from .assessment import PartnershipStatus


class SortKey(IntEnum):
    """The list's columns that sort, in column order (the window's column numbers)."""

    DUTCH_PARTY = 0
    COUNTERPART = 1
    STATUS = 2
    VERDICT = 3
    COMPLETENESS = 4
    STAGE = 5
    UPDATED = 6


class ListQuery(NamedTuple):
    """Which assessments, in which order. ``text``: every word must occur in the Dutch party,
    the counterpart or the assessor (case-insensitive); ``verdict``: a Verdict value.

    A NamedTuple, not a dataclass, as AssessmentSummary is: the start screen builds it."""

    text: str = ""
    status: PartnershipStatus | None = None
    verdict: str | None = None
    sort: SortKey = SortKey.UPDATED
    descending: bool = True

    @property
    def words(self) -> list[str]:
        return self.text.casefold().split()

    @property
    def is_filtering(self) -> bool:
        return bool(self.words) or self.status is not None or self.verdict is not None
