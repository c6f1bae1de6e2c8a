"""Known partnerships shipped as reference data, for suggestions when an assessment starts.

The file (``resources/reference/partnerships.toml``) holds ``[[partnerships]]`` tables with
``dutch_party``, ``dutch_party_kind``, ``counterpart``, ``counterpart_kind``, ``status`` (one of
the partnership statuses, or ``"unknown"``), optionally ``since``, ``note_nl``/``note_en``,
``status_inferred`` (true when no source states the status: it was read from the context),
``source`` and ``as_of``. It may also hold ``[[sources]]`` tables (``code``, ``title``,
``publisher``, ``date``, optionally ``url``) for sources that only the reference data cites; an
entry citing one of those carries a readable description of it in ``source_title``. Codes not
described there belong to the checklist's bibliography. Pure Python (tomllib); no Qt.

Suggestions are a convenience: an entry that does not fit is skipped, not fatal, and a
missing file simply gives no suggestions.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .assessment import CounterpartKind, DutchPartyKind, PartnershipStatus
from .text import LocalText


@dataclass(frozen=True, slots=True)
class KnownPartnership:
    dutch_party: str
    dutch_party_kind: DutchPartyKind
    counterpart: str
    counterpart_kind: CounterpartKind
    status: PartnershipStatus | None  # None where the reference says "unknown"
    since: int | None = None
    note: LocalText = LocalText("", "")
    source: str = ""
    as_of: str = ""
    status_inferred: bool = False  # no source states the status; it was inferred from the context
    source_title: str = ""  # publisher and title, for a source described in the reference file itself

    @property
    def label(self) -> str:
        """One line that names the partnership, e.g. for a completer."""
        return f"{self.dutch_party} – {self.counterpart}"


def _source_titles(entries: Any) -> dict[str, str]:
    """Code -> "publisher, “title”" for the sources described in the reference file."""
    titles: dict[str, str] = {}
    if not isinstance(entries, list):
        return titles
    for d in entries:
        if not isinstance(d, dict):
            continue
        code = str(d.get("code", "")).strip()
        title = str(d.get("title", "")).strip()
        if not code or not title:
            continue
        publisher = str(d.get("publisher", "")).strip()
        titles[code] = f"{publisher}, “{title}”" if publisher else f"“{title}”"
    return titles


def _entry(d: Any, source_titles: dict[str, str]) -> KnownPartnership | None:
    if not isinstance(d, dict):
        return None
    try:
        dutch_party = str(d["dutch_party"]).strip()
        counterpart = str(d["counterpart"]).strip()
        if not dutch_party or not counterpart:
            return None
        status_text = str(d.get("status", "unknown"))
        status = None if status_text == "unknown" else PartnershipStatus(status_text)
        since = d.get("since")
        if since is not None and (not isinstance(since, int) or isinstance(since, bool)):
            since = None
        source = str(d.get("source", "")).strip()
        return KnownPartnership(
            dutch_party=dutch_party,
            dutch_party_kind=DutchPartyKind(d.get("dutch_party_kind", "municipality")),
            counterpart=counterpart,
            counterpart_kind=CounterpartKind(d.get("counterpart_kind", "city")),
            status=status,
            since=since,
            note=LocalText(str(d.get("note_nl", "")).strip(), str(d.get("note_en", "")).strip()),
            source=source,
            as_of=str(d.get("as_of", "")),
            status_inferred=d.get("status_inferred", False) is True,
            source_title=source_titles.get(source, ""),
        )
    except (KeyError, ValueError, TypeError):
        return None


def parse_reference(data: dict[str, Any]) -> list[KnownPartnership]:
    entries = data.get("partnerships", [])
    if not isinstance(entries, list):
        return []
    source_titles = _source_titles(data.get("sources", []))
    found = [e for e in (_entry(d, source_titles) for d in entries) if e is not None]
    return sorted(found, key=lambda e: (e.dutch_party.casefold(), e.counterpart.casefold()))


def load_reference(path: Path) -> list[KnownPartnership]:
    """The known partnerships in ``path``; an empty list when it is missing or unreadable."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []
    return parse_reference(data)
