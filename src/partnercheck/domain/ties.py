"""A tie (a partnership followed over the years): its parties, status, agreements, contacts
and notes. Assessments and events belong to a tie; each assessment keeps a snapshot of the
tie's status and start year as they were when it was assessed (``Assessment.partnership``).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..catalogs import N_
from .assessment import EARLIEST_SINCE, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from .refusal import Refusal

_SPACE = re.compile(r"\s+")


def normalised_name(name: str) -> str:
    """A party's name as compared when grouping: Unicode compatibility forms unified (NFKC),
    case folded the Unicode way ('Straße' = 'STRASSE'), runs of white space made one."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())).strip()


def match_key(dutch_party: str, counterpart: str) -> str:
    """Assessments whose parties have the same key belong to the same tie (unless the officer
    moved them); the database's migration to ties grouped them by this rule."""
    return f"{normalised_name(dutch_party)}\x1f{normalised_name(counterpart)}"


@dataclass(frozen=True, slots=True)
class Agreement:
    """An agreement of a tie: its title, and when it was signed (if known)."""

    title: str
    signed: _dt.date | None = None

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise Refusal(N_("an agreement needs a title"), field="agreements")

    def as_record(self) -> dict[str, Any]:
        return {"title": self.title, "signed": self.signed.isoformat() if self.signed else None}


@dataclass(frozen=True, slots=True)
class Tie:
    """A partnership over the years: its parties and their details, and its assessments."""

    dutch_party: str
    dutch_party_kind: DutchPartyKind
    counterpart: str
    counterpart_kind: CounterpartKind
    status: PartnershipStatus
    since: int | None = None
    ended: int | None = None  # the year it ended
    agreements: tuple[Agreement, ...] = ()
    contacts: str = ""  # contact persons, one a line
    notes: str = ""
    uuid: str = ""  # assigned by the store when empty
    id: int | None = None  # the tie's number, assigned by the store
    assessments: tuple[int, ...] = field(default=(), compare=False)  # ids, oldest first

    def __post_init__(self) -> None:
        if not self.dutch_party.strip():
            raise Refusal(N_("must not be empty"), field="dutch_party")
        if not self.counterpart.strip():
            raise Refusal(N_("must not be empty"), field="counterpart")
        last = _dt.date.today().year + 1
        for name in ("since", "ended"):
            year = getattr(self, name)
            if year is not None and not EARLIEST_SINCE <= year <= last:
                raise Refusal(N_("{year} is not a plausible year"), field=name, year=year)
        if self.since is not None and self.ended is not None and self.ended < self.since:
            raise Refusal(N_("{ended} is before the tie began ({since})"), field="ended", ended=self.ended, since=self.since)

    @property
    def key(self) -> str:
        return match_key(self.dutch_party, self.counterpart)

    @property
    def label(self) -> str:
        return f"{self.dutch_party} – {self.counterpart}"

    def snapshot(self) -> Partnership:
        """The tie as an assessment made today records it."""
        return Partnership(self.dutch_party, self.dutch_party_kind, self.counterpart, self.counterpart_kind, self.status, self.since)

    @classmethod
    def from_partnership(cls, p: Partnership) -> Tie:
        return cls(p.dutch_party, p.dutch_party_kind, p.counterpart, p.counterpart_kind, p.status, p.since)

    def as_record(self) -> dict[str, Any]:
        """Plain values under the interchange file's names."""
        return {
            "uuid": self.uuid,
            "dutch_party": self.dutch_party,
            "dutch_party_kind": self.dutch_party_kind.value,
            "counterpart": self.counterpart,
            "counterpart_kind": self.counterpart_kind.value,
            "status": self.status.value,
            "since": self.since,
            "ended": self.ended,
            "agreements": [a.as_record() for a in self.agreements],
            "contacts": self.contacts,
            "notes": self.notes,
        }


_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(.+)$")


def agreement_from_line(line: str) -> Agreement:
    """``2012-04-02 Vriendschapsovereenkomst`` (the date it was signed, then the title) or a
    title alone. ValueError ("agreements: ...") when the date is not a date or the title empty."""
    line = line.strip()
    match = _DATED.match(line)
    if not match:
        return Agreement(line)
    try:
        signed = _dt.date.fromisoformat(match.group(1))
    except ValueError:
        raise Refusal(N_("{text} is not a date (YYYY-MM-DD)"), field="agreements", text=repr(match.group(1))) from None
    return Agreement(match.group(2).strip(), signed)
