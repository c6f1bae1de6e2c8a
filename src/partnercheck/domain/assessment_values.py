"""The values an assessment's records take apart from free text: the kinds of the two parties,
a tie's and an action's status, the stage, the basis of an answer, a reviewer's verdict; the
earliest year a tie can date from and the time a record is stamped with.

Imported through :mod:`partnercheck.domain.assessment`; here, apart from the records
(domain.records), so that each can import them without importing the other.
"""

from __future__ import annotations

import datetime as _dt
from enum import StrEnum


class DutchPartyKind(StrEnum):
    MUNICIPALITY = "municipality"
    PROVINCE = "province"


class CounterpartKind(StrEnum):
    CITY = "city"
    PROVINCE = "province"
    DISTRICT = "district"


class PartnershipStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


class AssessmentState(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    FINAL = "final"


class Basis(StrEnum):
    """What an answer rests on. NOT_RECORDED: given before PartnerCheck asked (stored as NULL)."""

    DOCUMENT = "document"
    CONVERSATION = "conversation"
    PUBLIC_SOURCE = "public-source"
    ASSUMPTION = "assumption"
    NOT_RECORDED = "not-recorded"

    @property
    def is_supported(self) -> bool:
        """A document, a conversation or a public source: something a reviewer can check."""
        return self not in (Basis.ASSUMPTION, Basis.NOT_RECORDED)


EARLIEST_SINCE = 1949  # the People's Republic; no tie can be older


class ReviewVerdict(StrEnum):
    """What the reviewer says of one theme while the assessment is in review."""

    OK = "ok"  # akkoord
    CHANGE = "change"  # aanpassen


def now() -> _dt.datetime:
    """The local time with its UTC offset, to the second: what a record should show."""
    return _dt.datetime.now().astimezone().replace(microsecond=0)
