"""All checklist versions PartnerCheck knows, so an old assessment keeps its own version."""

from __future__ import annotations

from pathlib import Path

from .checklist import Checklist
from .checklist_loader import ChecklistError, load_checklist


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.replace("-", ".").split("."))


class ChecklistLibrary:
    def __init__(self, checklists: list[Checklist]) -> None:
        if not checklists:
            raise ValueError("a checklist library needs at least one checklist")
        self._by_key: dict[tuple[str, str], Checklist] = {}
        for checklist in checklists:
            if checklist.key in self._by_key:
                raise ChecklistError(checklist.id, "version", f"{checklist.version!r} is shipped twice")
            self._by_key[checklist.key] = checklist
        newest = max(checklists, key=lambda c: _version_key(c.version))
        self.active: Checklist = newest

    @classmethod
    def from_directory(cls, directory: Path) -> ChecklistLibrary:
        files = sorted(directory.glob("*.toml"))
        if not files:
            raise ChecklistError(str(directory), "", "holds no checklist (*.toml)")
        return cls([load_checklist(f) for f in files])

    def get(self, checklist_id: str, version: str) -> Checklist | None:
        return self._by_key.get((checklist_id, version))

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_key.values())
