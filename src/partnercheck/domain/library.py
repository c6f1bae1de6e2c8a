"""All checklist versions PartnerCheck knows, so an old assessment keeps its own version.

The shipped checklists come with the program; a town hall can install newer ones from a file
(see services/checklists.py). The newest version of the newest checklist is active for new
assessments.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .checklist import Checklist, ChecklistError


def version_key(version: str) -> tuple[tuple[int, str], ...]:
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
        newest = max(checklists, key=lambda c: version_key(c.version))
        self.active: Checklist = newest

    @classmethod
    def from_directory(cls, directory: Path) -> ChecklistLibrary:
        return cls.from_directories([directory])

    @classmethod
    def from_directories(cls, directories: Iterable[Path], *, required: int = 1) -> ChecklistLibrary:
        """Every ``*.toml`` in the folders (the first ``required`` must exist and hold one);
        a version found in an earlier folder wins over the same version in a later one."""
        from .checklist_loader import load_checklist  # the TOML parser: only when parsing

        found: dict[tuple[str, str], Checklist] = {}
        for n, directory in enumerate(directories):
            files = sorted(directory.glob("*.toml")) if directory.is_dir() else []
            if n < required and not files:
                raise ChecklistError(str(directory), "", "holds no checklist (*.toml)")
            for file in files:
                checklist = load_checklist(file)
                found.setdefault(checklist.key, checklist)
        return cls(list(found.values()))

    def get(self, checklist_id: str, version: str) -> Checklist | None:
        return self._by_key.get((checklist_id, version))

    def newest(self, checklist_id: str) -> Checklist:
        versions = [c for c in self._by_key.values() if c.id == checklist_id]
        if not versions:
            raise KeyError(checklist_id)
        return max(versions, key=lambda c: version_key(c.version))

    def __iter__(self) -> Iterator[Checklist]:
        return iter(self._by_key.values())
