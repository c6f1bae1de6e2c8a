"""What happens to a tie between two assessments: events with fixed English codes (stored,
typed on the command line, written to files) and Dutch and English labels (shown), amounts in
euro cents."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..catalogs import N_
from .refusal import Refusal


class EventKind(StrEnum):
    AGREEMENT = "agreement"  # agreement signed or changed
    VISIT_OUT = "visit-out"
    VISIT_IN = "visit-in"
    DELEGATION = "delegation"
    GIFT_RECEIVED = "gift-received"  # gift or aid received
    GIFT_GIVEN = "gift-given"
    AWARD = "award"  # prize or award
    INVITATION = "invitation"
    CONFERENCE = "conference"
    EMBASSY_CONTACT = "embassy-contact"  # contact by the embassy or a consulate
    PRESSURE = "pressure"  # a pressure incident
    MEDIA = "media"  # use in Chinese (state) media
    COUNCIL = "council"  # council question or decision
    ENDED = "ended"


class CostCategory(StrEnum):
    TRAVEL = "travel"
    HOSPITALITY = "hospitality"
    GIFT = "gift"
    STAFF_TIME = "staff-time"
    OTHER = "other"


class GiftDisposition(StrEnum):
    KEPT = "kept"
    REGISTERED = "registered"
    RETURNED = "returned"
    PASSED_ON = "passed-on"


KIND_LABELS: dict[EventKind, str] = {
    EventKind.AGREEMENT: N_("Agreement signed or changed"),
    EventKind.VISIT_OUT: N_("Visit to China"),
    EventKind.VISIT_IN: N_("Visit from China"),
    EventKind.DELEGATION: N_("Delegation"),
    EventKind.GIFT_RECEIVED: N_("Gift or aid received"),
    EventKind.GIFT_GIVEN: N_("Gift given"),
    EventKind.AWARD: N_("Prize or award"),
    EventKind.INVITATION: N_("Invitation"),
    EventKind.CONFERENCE: N_("Conference attended"),
    EventKind.EMBASSY_CONTACT: N_("Contact by the embassy or consulate"),
    EventKind.PRESSURE: N_("Pressure incident"),
    EventKind.MEDIA: N_("Use in Chinese media"),
    EventKind.COUNCIL: N_("Council question or decision"),
    EventKind.ENDED: N_("Tie ended"),
}

CATEGORY_LABELS: dict[CostCategory, str] = {
    CostCategory.TRAVEL: N_("Travel"),
    CostCategory.HOSPITALITY: N_("Hospitality"),
    CostCategory.GIFT: N_("Gifts"),
    CostCategory.STAFF_TIME: N_("Staff time"),
    CostCategory.OTHER: N_("Other"),
}

DISPOSITION_LABELS: dict[GiftDisposition, str] = {
    GiftDisposition.KEPT: N_("Kept"),
    GiftDisposition.REGISTERED: N_("Registered"),
    GiftDisposition.RETURNED: N_("Returned"),
    GiftDisposition.PASSED_ON: N_("Passed on"),
}

GIFT_KINDS = (EventKind.GIFT_RECEIVED, EventKind.GIFT_GIVEN)

# 1250.50, 1250,50, 1.250,50, 1,250.50, 1250, € 1.250: the last separator followed by one or
# two digits is the decimal mark; any other separator groups thousands (in threes).
_AMOUNT = re.compile(r"^(?P<int>\d{1,3}(?:(?P<sep>[.,' ])\d{3})*|\d+)(?:(?P<dec>[.,])(?P<frac>\d{1,2}))?$")


def parse_euros(text: str) -> int:
    """An amount in euros as typed (Dutch or English notation) -> euro cents. ValueError with
    the reason for anything else (negative, three decimals, 1.2.3)."""
    cleaned = text.strip().removeprefix("€").removeprefix("EUR").strip()
    match = _AMOUNT.match(cleaned)
    if not match or (match.group("sep") and match.group("sep") == match.group("dec")):
        raise Refusal(N_("{text} is not an amount in euros (write 1250.50 or 1.250,50)"), text=repr(text))
    digits = re.sub(r"\D", "", match.group("int")).lstrip("0")
    if len(digits) > MAX_WHOLE_EUROS_DIGITS:  # before int(): thousands of digits are not even read
        raise AmountTooLarge(N_("{text} is more than PartnerCheck records as one amount (at most 999999999999.99 euros)"), text=repr(text))
    frac = (match.group("frac") or "0").ljust(2, "0")
    return int(digits or "0") * 100 + int(frac)


class AmountTooLarge(Refusal):
    """An amount in euros of more than :data:`MAX_WHOLE_EUROS_DIGITS` digits."""


# Twelve digits of whole euros: far beyond any gift or visit, and the cents stay well inside
# SQLite's 64-bit integers (a larger amount was a traceback when stored) and a float's exact range.
MAX_WHOLE_EUROS_DIGITS = 12


def format_euros(cents: int, lang: str) -> str:
    """Cents as the language writes euros: '1.250,50' (nl), '1,250.50' (en). In whole numbers:
    a float would round a large amount and overflow on a huge one (a database edited by hand)."""
    sign, cents = ("-", -cents) if cents < 0 else ("", cents)
    text = f"{sign}{cents // 100:,}.{cents % 100:02d}"
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def plain_euros(cents: int | None) -> str | None:
    """Cents as a plain decimal for files (CSV, JSON): '1250.50'."""
    return None if cents is None else f"{cents // 100}.{cents % 100:02d}"


@dataclass(frozen=True, slots=True)
class Event:
    date: _dt.date
    kind: EventKind
    text: str
    people: str = ""
    value_cents: int | None = None
    category: CostCategory | None = None
    disposition: GiftDisposition | None = None
    source: str = ""
    id: int | None = None  # assigned by the store
    tie_id: int | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("text: an event needs a description")
        if self.value_cents is not None and self.value_cents < 0:
            raise ValueError("value: an amount is not negative")
        if self.disposition is not None and self.kind not in GIFT_KINDS:
            raise ValueError(f"disposition: only a gift has one (kind {self.kind.value})")

    def as_record(self) -> dict[str, Any]:
        """Plain values under the interchange file's (and events --json's) names."""
        return {
            "date": self.date.isoformat(),
            "kind": self.kind.value,
            "text": self.text,
            "people": self.people,
            "value": plain_euros(self.value_cents),
            "category": self.category.value if self.category else None,
            "disposition": self.disposition.value if self.disposition else None,
            "source": self.source,
        }
