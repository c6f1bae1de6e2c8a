"""A tie's evidence in the window: the tie dialog's Evidence tab adds a file (file dialog or
drag and drop), opens a checked read-only copy, moves it to the bin with Delete; File › Bin
lists it with its tie and restores it; Empty bin works when the bin holds only files."""

from __future__ import annotations

import hashlib
import stat
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from partnercheck.domain.assessment import Answer, AssessmentState


def open_tie_evidence(window, store, new_assessment):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    dialog = window.ties.open_tie(tie)
    assert dialog is not None
    dialog.tabs.setCurrentWidget(dialog.evidence)
    return tie, dialog, dialog.evidence


def test_add_open_bin_and_restore_a_tie_file(qtbot, window, store, new_assessment, tmp_path, monkeypatch, activate):  # type: ignore[no-untyped-def]
    from partnercheck.ui import evidence_panel  # where the copy is handed to the viewer

    opened: list[str] = []
    monkeypatch.setattr(evidence_panel.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    tie, dialog, tab = open_tie_evidence(window, store, new_assessment)
    assert tab.count() == 0 and "No files attached" in tab.count_label.text()
    assert not tab.open_button.isEnabled() and not tab.remove_button.isEnabled()

    besluit = tmp_path / "Raadsbesluit 2012.pdf"
    besluit.write_bytes(b"%PDF raadsbesluit" * 50)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(besluit)], ""))
    tab.add_button.click()
    (item,) = store.tie_evidence(tie)
    assert item.name == "Raadsbesluit 2012.pdf" and tab.count() == 1
    name, size, added, by = tab.model.texts()[0]
    assert (name, size, by) == ("Raadsbesluit 2012.pdf", "850 B", item.added_by) and added
    assert tab.count_label.text() == "One file attached to this tie."
    assert window.statusBar().currentMessage() == "One file attached to the tie."

    # Enter on the row opens a read-only copy whose content is what was attached.
    activate(qtbot, dialog)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    (copy,) = opened
    assert hashlib.sha256(Path(copy).read_bytes()).hexdigest() == item.sha256
    assert not Path(copy).stat().st_mode & stat.S_IWUSR, "read-only"

    # Delete moves it to the bin; it is no longer listed with the tie.
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert store.tie_evidence(tie) == [] and tab.count() == 0
    assert [b.item.name for b in store.binned_tie_evidence()] == ["Raadsbesluit 2012.pdf"]

    bin_dialog = window.assessments.show_bin()
    files = bin_dialog.files
    assert files.count() == 1
    row = files.model.texts()[0]
    assert row[0] == f"Tie {tie}: Gemeente Breda – Yangzhou" and row[1:4] == ("—", "Raadsbesluit 2012.pdf", "850 B")
    assert files.selected_key() == ("tie", item.id) and files.restore_button.isEnabled()
    files.restore_button.click()
    assert [i.name for i in store.tie_evidence(tie)] == ["Raadsbesluit 2012.pdf"] and files.count() == 0
    assert window.statusBar().currentMessage() == "Evidence file restored."
    tab.refresh()  # as when the tie dialog is active again
    assert tab.count() == 1


def test_dropping_files_on_the_tab_attaches_them_to_the_tie(window, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    tie, _dialog, tab = open_tie_evidence(window, store, new_assessment)
    files = [tmp_path / "overeenkomst.pdf", tmp_path / "foto bezoek.jpg"]
    for f in files:
        f.write_bytes(f.name.encode() * 3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    tab.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert [i.name for i in store.tie_evidence(tie)] == ["overeenkomst.pdf", "foto bezoek.jpg"]
    assert tab.count() == 2 and tab.count_label.text() == "2 files attached to this tie."


def test_empty_bin_is_offered_and_works_when_the_bin_holds_only_files(window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    q = library.active.questions[0]
    draft = store.create(new_assessment)
    tie = store.tie_of(draft)
    store.remove_evidence(store.attach(draft, q.id, "brief.pdf", b"brief van de partner").id)
    tie_file = store.attach_to_tie(tie, "foto.jpg", b"foto van het bezoek")
    store.remove_tie_evidence(tie_file.id)
    # A file of an assessment that became final is locked with it: it stays.
    final = store.create(replace(new_assessment, answers={x.id: Answer(x.options[0].value) for x in library.active.questions}))
    locked = store.attach(final, q.id, "besluit.pdf", b"besluit van het college")
    store.remove_evidence(locked.id)
    store.set_state(final, AssessmentState.REVIEW)
    store.set_state(final, AssessmentState.FINAL, by="Hoofd IZ")

    dialog = window.assessments.show_bin()
    assert dialog.count() == 0 and dialog.files.count() == 3
    assert dialog.empty_button.isEnabled(), "files alone are reason enough to empty the bin"
    assert dialog.empty_label.text() == "No assessments in the bin."

    dialog.empty_button.click()
    kind, title, text = dialogs.messages[0]
    assert (kind, title) == ("question", "Empty the bin") and "Remove the 3 evidence files in the bin for good?" in text
    assert "assessment(s)" not in text and "in review or final" in text
    assert store.list_evidence(draft, in_bin=True) == [] and store.binned_tie_evidence() == []
    assert [e.name for e in store.list_evidence(final, in_bin=True)] == ["besluit.pdf"], "locked with the final assessment"
    assert store.blob(locked.sha256) == b"besluit van het college"
    assert window.statusBar().currentMessage().endswith("Evidence files removed for good: 2; kept: 1.")
    assert dialog.files.count() == 1

    # A hold on the tie keeps its binned files too.
    kept = store.attach_to_tie(tie, "akkoord.pdf", b"akkoord")
    store.remove_tie_evidence(kept.id)
    store.set_tie_hold(tie, True)
    window.assessments.fill_bin(dialog)
    dialog.empty_button.click()
    assert [b.item.name for b in store.binned_tie_evidence()] == ["akkoord.pdf"]


def test_nothing_in_the_bin_leaves_empty_bin_greyed(window):  # type: ignore[no-untyped-def]
    dialog = window.assessments.show_bin()
    assert dialog.count() == 0 and dialog.files.count() == 0 and not dialog.empty_button.isEnabled()
    assert dialog.empty_label.text() == "The bin is empty."


def test_on_a_read_only_database_a_tie_file_opens_but_nothing_is_added_or_moved(make_window, tmp_path, new_assessment, monkeypatch):  # type: ignore[no-untyped-def]
    from damage_helpers import build_database

    from partnercheck.services.workspace import open_store
    from partnercheck.store import database as database_module
    from partnercheck.store.readonly import ReadOnlyReason
    from partnercheck.ui import evidence_panel  # where the copy is handed to the viewer

    db = build_database(tmp_path / "usb" / "partnercheck.sqlite3", new_assessment, count=1)
    writer = open_store(db)
    item = writer.attach_to_tie(writer.tie_of(1), "overeenkomst.pdf", b"%PDF overeenkomst")
    writer.close()
    monkeypatch.setattr(database_module, "why_read_only", lambda real, try_open=True: ReadOnlyReason.MEDIUM)
    monkeypatch.setattr(evidence_panel.QDesktopServices, "openUrl", lambda url: True)
    window = make_window(db)
    tab = window.ties.open_tie(window.store.tie_of(1)).evidence
    assert tab.count() == 1 and tab.selected_id() == item.id
    assert tab.open_button.isEnabled() and not tab.add_button.isEnabled() and not tab.remove_button.isEnabled()
    assert tab.open_selected() is not None
    (tmp_path / "x.pdf").write_bytes(b"x")
    assert tab.add([str(tmp_path / "x.pdf")]) == 0 and not tab.remove_selected()
