"""A read-only database changed on disk by its owner while the window shows it: the window's
poll notices and shows the new state (the store reopens the file; tests/test_read_only_changes.py)."""

from __future__ import annotations

import sqlite3

from damage_helpers import build_database

from partnercheck.store import database as database_module
from partnercheck.store.readonly import ReadOnlyReason


def test_the_list_shows_what_the_owner_changed(make_window, tmp_path, new_assessment, monkeypatch):  # type: ignore[no-untyped-def]
    db = build_database(tmp_path / "gedeeld" / "partnercheck.sqlite3", new_assessment, count=2)
    monkeypatch.setattr(database_module, "why_read_only", lambda real, try_open=True: ReadOnlyReason.FILE)
    window = make_window(db)
    assert window.list_page.model.rowCount() == 2 and window.read_only_banner.isVisible()
    owner = sqlite3.connect(db, isolation_level=None)
    owner.execute("UPDATE assessment SET counterpart = 'Suzhou' WHERE id = 1")
    owner.close()
    assert window.watcher.check(), "the change was noticed"
    names = {window.list_page.model.summary(r).counterpart for r in range(window.list_page.model.rowCount())}
    assert "Suzhou" in names
    assert window.read_only_banner.isVisible()
