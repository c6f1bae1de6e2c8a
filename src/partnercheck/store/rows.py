"""The store's rows and the domain's records, both ways, and the summary columns the list of
assessments reads. Internal to store/ (hence the leading underscores): the repository and its
query and scoring parts share them."""

from __future__ import annotations

import datetime as _dt
import os
from typing import TYPE_CHECKING, Any

from ..domain.assessment import ActionStatus, Basis, CounterpartKind, DutchPartyKind, PartnershipStatus

if TYPE_CHECKING:
    from sqlite_utils.db import Table

    from ..domain.records import Action, Partnership

# created as a UTC instant, 'YYYY-MM-DD HH:MM:SS.SSS' (migration 0004 fills it the same way).
_CREATED_UTC = "strftime('%Y-%m-%d %H:%M:%f', created)"


def _inserted_id(table: Table) -> int:
    """The id of the row sqlite-utils' ``insert`` just added (its rowid: never None after an insert)."""
    pk = table.last_pk
    assert pk is not None
    return int(pk)


def _new_uuid() -> str:
    """A random (version 4) UUID in its usual lower-case form, as ``str(uuid.uuid4())`` makes
    it. Not through the uuid module: in Python 3.11 it loads platform, about 4 ms of each
    `partnercheck import FILE` a script runs (the first assessment of a partnership gets a new
    tie, and that tie a new uuid)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _os_user() -> str:
    # What getpass.getuser() does (these variables, in this order, then the password database),
    # without importing getpass: it loads termios, ~0.5 ms of every start of the window.
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if user := os.environ.get(name):
            return user
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except ImportError:  # Windows without USERNAME: as getpass says it
        pass
    except (OSError, KeyError):
        return "?"
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


class DamagedValue(ValueError):
    """A stored value PartnerCheck never writes (a time "2025-13-45", a number where a time
    belongs: SQLite keeps any value in any column, so a database edited by hand holds them),
    naming the record and the field. ``_read`` turns it into the damaged database it is, so
    every reader (list, show, report, history, export, the window) gives one message instead
    of a traceback."""

    def __init__(self, record: str, field: str, value: object) -> None:
        super().__init__(f"{record}: {field} {value!r} is not a value PartnerCheck writes")
        self.record = record
        self.field = field
        self.value = value


def _moment(value: object, record: str, field: str, *, local: bool = True) -> _dt.datetime:
    """A stored ISO time (``local``: in the local zone, as the window and CLI show it)."""
    try:
        if type(value) is not str:
            raise TypeError
        moment = _dt.datetime.fromisoformat(value)
        return moment.astimezone() if local else moment
    except (ValueError, TypeError, OverflowError, OSError):
        raise DamagedValue(record, field, value) from None


def _day(value: object, record: str, field: str) -> _dt.date | None:
    """A stored ISO date, or None for none (NULL or empty)."""
    if value is None or value == "":
        return None
    try:
        if type(value) is not str:
            raise TypeError
        return _dt.date.fromisoformat(value)
    except (ValueError, TypeError):
        raise DamagedValue(record, field, value) from None


def _stored_text(value: object, record: str, field: str) -> str:
    """A stored text column; a number or blob there is a hand edit."""
    if type(value) is not str:
        raise DamagedValue(record, field, value)
    return value


def _stamp() -> str:
    """Change times in UTC to the microsecond, so text order is time order (DST included)."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


def _summary_columns(result: Any) -> dict[str, Any]:
    """What the list shows: no level at all before the first answer, never a default 'low'."""
    import json  # here: the window's first screen writes no JSON (the import: ~1 ms)

    return {
        "overall": result.overall.code if result.answered else None,
        "verdict": result.verdict.value,
        "answered": result.answered,
        "total": result.total,
        # Each theme's own verdict, for the portfolio's heat map (read without rescoring).
        "themes": json.dumps({t.theme_id: t.verdict.value for t in result.themes}),
    }


def _score(checklist: Any, answers: Any, model: int) -> Any:
    # Scoring (and the checklist model behind it) loads with the first write: listing the
    # assessments, the window's first screen, reads the stored summary and needs neither.
    from ..domain.scoring import summary

    return summary(checklist, answers, model)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _action_text(action: Action) -> str:
    import json  # here: the window's first screen writes no JSON (the import: ~1 ms)

    return json.dumps(action.as_record(), ensure_ascii=False)


def _partnership_row(p: Partnership) -> dict[str, Any]:
    return p.as_record()


_PARTNERSHIP_COLUMNS = ("dutch_party", "dutch_party_kind", "counterpart", "counterpart_kind", "status", "since")


def _partnership_from_row(row: dict[str, Any]) -> Partnership:
    from ..domain.records import Partnership  # here: the window's first screen builds no record (domain.records: ~4 ms)

    return Partnership(
        dutch_party=row["dutch_party"],
        dutch_party_kind=DutchPartyKind(row["dutch_party_kind"]),
        counterpart=row["counterpart"],
        counterpart_kind=CounterpartKind(row["counterpart_kind"]),
        status=PartnershipStatus(row["status"]),
        since=row["since"],
    )


def _action_row(assessment_id: int, position: int, action: Action, stamp: str) -> dict[str, Any]:
    return {
        "assessment_id": assessment_id,
        "position": position,
        "text": action.text,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status.value,
        "recommendation_id": action.recommendation_id,
        "internal": int(action.internal),
        "updated": stamp,
    }


def _action_from_row(row: dict[str, Any]) -> Action:
    from ..domain.records import Action  # here: the window's first screen builds no record (domain.records: ~4 ms)

    return Action(
        id=row["id"],
        text=row["text"],
        owner=row["owner"],
        due=_day(row["due"], f"action {row['id']}", "due"),
        status=ActionStatus(row["status"]),
        recommendation_id=row["recommendation_id"],
        internal=bool(row["internal"]),
    )


def _basis_column(basis: Basis) -> str | None:
    """NULL for "not recorded": every answer stored before the basis was asked."""
    return None if basis is Basis.NOT_RECORDED else basis.value


def _basis_of(column: str | None) -> Basis:
    return Basis.NOT_RECORDED if column is None else Basis(column)
