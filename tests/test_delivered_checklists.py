"""A delivered checklist never changes, not even its wording: an assessment approved on it must
keep the text it was approved with (docs/checklist-format.md), and town halls that received the
file hold it as it was. A correction, however small, is a new version. These are the files as
they were delivered, byte for byte; when a version ships, add its hash here."""

from __future__ import annotations

import hashlib

from partnercheck.resources import checklist_dir
from partnercheck.workspace import checklist_library

DELIVERED = {
    "2026.1": "50a18e29e0559b709143219984d8e25847564ddce28fc012b4378019ee8dd91e",
    "2026.2": "59b7032e6a3eafa7243ca02dc5aaa75bd5a8c334ae1e3f6dfaff6d195014e37c",
    "2026.3": "1285d98176bdf4cf0ddf8bd256873a740db477e8abda8acbea92b0d0d0038c1e",
    # As shipped at the release (aff5723); corrected in place for a day, restored: its
    # corrections are 2026.5.
    "2026.4": "7cd5a07577d5f1552123ae3da2f3c616a04239e7badf04890d7138bf2e855a7d",
}


def test_every_delivered_checklist_is_the_file_that_was_delivered():
    found = {v: hashlib.sha256((checklist_dir() / f"china-partnerships-{v}.toml").read_bytes()).hexdigest() for v in DELIVERED}
    assert found == DELIVERED


def test_only_the_active_checklist_may_still_be_undelivered():
    """An older version than the active one has gone out with a release: it must be pinned above."""
    library = checklist_library()
    shipped = {path.stem.removeprefix("china-partnerships-") for path in checklist_dir().glob("china-partnerships-*.toml")}
    assert shipped - set(DELIVERED) <= {library.active.version}
    assert all(library.get("china-partnerships", v) is not None for v in DELIVERED)
