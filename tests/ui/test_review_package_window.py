"""File › Export for review encrypts the review package by default, as File › Export does
(services.export_rule); the import opens it with its passphrase into the same content, and a
wrong passphrase is one message with nothing stored."""

from __future__ import annotations

import zipfile

from partnercheck.domain.interchange import to_document
from partnercheck.services.sealed import is_sealed
from partnercheck.ui.passphrase_dialog import PassphraseDialog

SECRET = "lange wachtwoordzin 2026"
CONTENT = b"%PDF raadsbesluit Oeigoerse Vereniging"


def _export(window, store, new_assessment, library, tmp_path, dialogs, passphrase=SECRET):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    store.attach(assessment_id, library.active.questions[0].id, "besluit.pdf", CONTENT)
    window.reload_list(select_id=assessment_id)
    out = tmp_path / "toetsing.partnercheck"
    dialogs.save_path = str(out)
    dialogs.export_passphrase = passphrase
    window.menus.package_action.trigger()
    assert dialogs.export_kinds == ["review-package"]
    return assessment_id, out


def _document(store, assessment_id):  # type: ignore[no-untyped-def]
    document = to_document(store.get(assessment_id))
    document.pop("updated")
    return document


def test_the_review_package_is_encrypted_and_opens_elsewhere_with_its_passphrase(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    assessment_id, out = _export(window, store, new_assessment, library, tmp_path, dialogs)
    raw = out.read_bytes()
    assert is_sealed(raw) and b"Oeigoerse" not in raw and b"de Vries" not in raw and b"assessment.json" not in raw
    assert window.statusBar().currentMessage() == f"Encrypted review package written to {out} (1 evidence file)"
    original = _document(store, assessment_id)

    assert window.open_database(tmp_path / "toetser.sqlite3")  # the reviewer's PC
    dialogs.open_path = str(out)
    dialogs.import_passphrase = SECRET
    new_id = window.files.import_file()
    assert new_id is not None and dialogs.passphrase_requests[-1] == "toetsing.partnercheck" and not dialogs.messages
    assert window.store is not None and _document(window.store, new_id) == original
    (item,) = window.store.list_evidence(new_id)
    assert window.store.evidence_content(item.id) == CONTENT


def test_a_wrong_passphrase_is_one_message_and_nothing_is_stored(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    _, out = _export(window, store, new_assessment, library, tmp_path, dialogs)
    assert window.open_database(tmp_path / "toetser.sqlite3")
    dialogs.open_path = str(out)
    dialogs.import_passphrase = "niet de goede wachtwoordzin"
    assert window.files.import_file() is None
    assert len(dialogs.messages) == 1
    kind, _, text = dialogs.last()
    assert kind == "warning" and "toetsing.partnercheck" in text and "passphrase is wrong" in text and "Nothing was imported" in text
    assert window.store is not None and window.store.list_summaries() == []


def test_unencrypted_is_a_choice_the_status_bar_repeats(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    _, out = _export(window, store, new_assessment, library, tmp_path, dialogs, passphrase=None)
    with zipfile.ZipFile(out) as zf:
        assert "assessment.json" in zf.namelist()
    assert window.statusBar().currentMessage() == f"Review package written to {out} (1 evidence file), not encrypted"


def test_cancelling_the_passphrase_writes_no_package(window, store, new_assessment, library, tmp_path, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    from partnercheck.ui import passphrase_dialog

    monkeypatch.setattr(passphrase_dialog, "ask_export", lambda parent, kind: None)
    assessment_id = store.create(new_assessment)
    window.reload_list(select_id=assessment_id)
    dialogs.save_path = str(tmp_path / "toetsing.partnercheck")
    assert not window.files.export_for_review()
    assert not (tmp_path / "toetsing.partnercheck").exists()


def test_the_package_dialog_encrypts_unless_unticked_and_says_what_the_package_holds(qtbot, ui_lang):  # type: ignore[no-untyped-def]
    from partnercheck.services.export_rule import Export

    dialog = PassphraseDialog(None, export=True, kind=Export.REVIEW_PACKAGE)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Encrypt the review package"
    assert dialog.encrypt_box.isChecked() and not dialog.go.isEnabled()  # the same rules as the export's
    dialog.first.setText(SECRET)
    dialog.second.setText(SECRET)
    assert dialog.go.isEnabled() and dialog.passphrase() == SECRET
    dialog.encrypt_box.setChecked(False)
    assert dialog.passphrase() is None
    assert dialog.hint.text() == (
        "The package will be written without encryption: anyone who gets it can read the names, notes and attached documents."
    )
