"""The window over a backups folder it cannot write (here a plain file under its name): the
dialog is titled as the backup that was not made, not as a database that cannot be opened,
names the folder, and says nothing was changed, in English and Dutch."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from partnercheck.store.errors import BackupNotMadeError
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.messages import describe


def test_opening_an_older_database_beside_a_file_named_backups_says_the_backup_was_not_made(window, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    old = tmp_path / "oud.sqlite3"
    shutil.copyfile(Path(__file__).parent.parent / "data" / "released-v17.sqlite3", old)
    (tmp_path / "backups").write_text("geen map", encoding="utf-8")
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    assert not window.open_database(old)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Backup not made")
    assert text.startswith("No backup could be made in the folder “backups” (it is a file, not a folder: move or rename that file)")
    assert "nothing was changed" in text and "oud.sqlite3" not in text
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before


def test_the_backup_not_made_in_dutch(qapp, tmp_path):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    try:
        title, text = describe(BackupNotMadeError(tmp_path / "backups", "no permission to write there"))
        assert title == "Reservekopie niet gemaakt"
        assert text.startswith("In de map ‘backups’ kon geen reservekopie worden gemaakt (u mag daar niet schrijven); er is dus niets gewijzigd")
        # A reason PartnerCheck has no words for is the system's own.
        assert "(Input/output error)" in describe(BackupNotMadeError(tmp_path / "backups", "Input/output error"))[1]
    finally:
        remove_translators(qapp, translators)


def test_a_link_named_backups_that_leads_nowhere_is_said_in_the_window(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.store.errors import BACKUP_REASONS

    translators = install_translators(qapp, "nl")
    try:
        text = describe(BackupNotMadeError(tmp_path / "backups", BACKUP_REASONS[3]))[1]
        assert "(het is een koppeling die naar geen map leidt (het doel is weg, of ze verwijst naar zichzelf): verwijder de koppeling)" in text
    finally:
        remove_translators(qapp, translators)
