"""A database on a network share (store.network) in the window: a banner says it is held
exclusively, and opening the same file again does not wait for the window's own lock."""

from __future__ import annotations

import time

import pytest

from partnercheck.store import network


@pytest.fixture
def on_a_share(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(network, "network_share", lambda real: "smb3")


def test_the_window_says_the_database_is_held_on_the_share(make_window, db_path, on_a_share):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.store is not None and window.store.network == "smb3"
    assert window.network_banner.isVisible() and not window.read_only_banner.isVisible()
    text = window.network_label.text()
    assert text.startswith("Network folder: this database is on a network share (smb3).") and "one PC at a time" in text
    started = time.monotonic()
    assert window.open_database(db_path), "the same file again: it is already open here"
    assert time.monotonic() - started < 1, "no waiting for its own exclusive lock"
    assert window.store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_local_database_has_no_network_banner(window):  # type: ignore[no-untyped-def]
    assert window.store is not None and window.store.network is None
    assert not window.network_banner.isVisible()


def test_the_banner_is_dutch_in_a_dutch_window(make_window, qapp, on_a_share):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "nl")
    try:
        window = make_window(lang="nl")
        assert window.network_label.text().startswith("Netwerkmap: deze database staat op een netwerkschijf (smb3).")
    finally:
        remove_translators(qapp, translators)
