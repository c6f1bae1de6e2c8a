"""Installing a checklist from a file: how an offline town hall receives a new version.

The file is validated by the same loader as the shipped checklists and copied into the user's
data folder under a name of its own; the newest version becomes active for new assessments.
Existing assessments keep their version until someone upgrades them (a new revision).
"""

from __future__ import annotations

from pathlib import Path

from ..domain.checklist import Checklist
from ..domain.checklist_loader import ChecklistError, checklist_from_bytes
from ..domain.library import ChecklistLibrary
from .files import MIB, read_regular, write_atomically

# The shipped checklists are under 200 KB; the limit keeps a wrong file out of memory.
MAX_CHECKLIST_BYTES = 4 * MIB


def install_checklist(file: Path, library: ChecklistLibrary, target_dir: Path) -> Checklist:
    """Validate ``file`` and keep a copy in ``target_dir``; returns the checklist installed.

    Refused (ChecklistError naming the file and field): anything the loader refuses, and a
    version PartnerCheck already has with other content — a version number means one text.
    Installing the very same file again changes nothing.
    """
    try:
        # A regular file only (a pipe would make the install wait for ever), read once: what
        # is validated is what is kept.
        raw = read_regular(file, MAX_CHECKLIST_BYTES)
    except OSError as exc:
        raise ChecklistError(str(file), "", f"cannot be read ({exc.strerror or exc})") from None
    checklist = checklist_from_bytes(raw, str(file))
    known = library.get(checklist.id, checklist.version)
    if known is not None:
        if known == checklist:
            return known
        raise ChecklistError(
            str(file), "version", f"{checklist.id} {checklist.version} is installed already with other content; give it a new version"
        )
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(target_dir / f"{checklist.id}-{checklist.version}.toml", raw)
    except OSError as exc:
        raise ChecklistError(str(target_dir), "", f"cannot be written ({exc.strerror or exc})") from None
    return checklist
