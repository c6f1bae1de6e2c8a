"""A database that cannot be written opens read only in the window: a banner says so and why,
nothing that would change it is offered, and a change attempted anyway is explained, not lost
silently; the file stays byte for byte as it was, with nothing beside it.

Whether a file can be written is the store's question (tests/test_read_only.py answers it for
real, without root's permission override); here the answer is given, and the rest is real:
the read-only connection, the refusal of every write, the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from damage_helpers import build_database, fingerprint

from partnercheck.domain.assessment import Answer
from partnercheck.store import database as database_module
from partnercheck.store.errors import ReadOnlyDatabaseError
from partnercheck.store.readonly import ReadOnlyReason
from partnercheck.ui.messages import describe


@pytest.fixture
def read_only_db(tmp_path, new_assessment, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    db = build_database(tmp_path / "usb" / "partnercheck.sqlite3", new_assessment, count=3)
    monkeypatch.setattr(database_module, "why_read_only", lambda real, try_open=True: ReadOnlyReason.MEDIUM)
    return db


def test_a_read_only_database_opens_with_a_banner_and_nothing_to_change(make_window, read_only_db, dialogs):  # type: ignore[no-untyped-def]
    before = fingerprint(read_only_db)
    files = sorted(p.name for p in read_only_db.parent.iterdir())
    window = make_window(read_only_db)
    assert window.store is not None and window.store.read_only is ReadOnlyReason.MEDIUM
    assert window.read_only_banner.isVisible()
    assert window.read_only_label.text().startswith(
        "Read only: this database cannot be changed (the drive, USB stick or network folder is read-only)."
    )
    assert window.list_page.model.rowCount() == 3, "the assessments are read"
    menus = window.menus
    for action in (menus.new_action, menus.import_action, menus.duplicate_action, menus.delete_action, menus.bin_action, menus.backups_action):
        assert not action.isEnabled(), action.text()
    assert menus.export_action.isEnabled(), "exporting writes another file, not the database"
    assert not window.list_page.new_button.isEnabled() and not window.list_page.bin_button.isEnabled()

    page = window.open_assessment(1)
    assert page is not None and window.session is not None
    cp = page.checklist_page
    assert all(not b.isEnabled() or b.isChecked() for b in cp.option_buttons()) and cp.note_edit.isReadOnly()
    assert not page.lock_banner.isVisible(), "the window's banner says it once"
    assert not page.edit_button.isEnabled() and not menus.details_action.isEnabled()
    assert not any(b.isVisible() for b in (page.review_button, page.draft_button, page.approve_button))
    assert not any(a.isEnabled() for a in (menus.review_action, menus.approve_action, menus.revision_action))
    assert menus.history_action.isEnabled() and menus.compare_action.isEnabled()

    # A change attempted anyway: the store refuses it, the window explains it in its own words.
    failures: list[BaseException] = []
    window.session.save_failed.connect(failures.append)
    question = window.session.checklist.questions[0]
    window.session.save_answer(question.id, question.options[-1].value, "")
    [error] = failures
    assert isinstance(error, ReadOnlyDatabaseError) and error.reason is ReadOnlyReason.MEDIUM
    title, text = describe(error)
    assert title == "Database is read only"
    assert "opened read only (the drive, USB stick or network folder is read-only)" in text and str(read_only_db) in text
    with pytest.raises(ReadOnlyDatabaseError):
        window.store.save_answer(1, question.id, Answer(question.options[-1].value, ""))

    window.close()
    assert fingerprint(read_only_db) == before
    assert sorted(p.name for p in read_only_db.parent.iterdir()) == files


def test_the_banner_and_message_are_dutch_in_a_dutch_window(make_window, read_only_db, qapp):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "nl")
    try:
        window = make_window(read_only_db, "nl")
        assert window.read_only_label.text().startswith(
            "Alleen lezen: deze database kan niet worden gewijzigd (de schijf, USB-stick of netwerkmap is alleen-lezen)."
        )
        title, text = describe(ReadOnlyDatabaseError(read_only_db, ReadOnlyReason.FILE))
        assert title == "Database is alleen-lezen" and "(het bestand is alleen-lezen)" in text
    finally:
        remove_translators(qapp, translators)


def test_a_writable_database_has_no_banner(window):  # type: ignore[no-untyped-def]
    assert window.store.read_only is None
    assert not window.read_only_banner.isVisible()
    assert window.menus.new_action.isEnabled() and window.list_page.new_button.isEnabled()
