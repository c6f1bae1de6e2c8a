"""The window's export offers encryption by default (the passphrase twice); import recognises an
encrypted file and asks for its passphrase; a wrong one is one message and nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnercheck.services.sealed import MIN_PASSPHRASE, is_sealed
from partnercheck.ui.passphrase_dialog import PassphraseDialog

SECRET = "lange wachtwoordzin 2026"


def _export(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list(select_id=assessment_id)
    out = tmp_path / "export.json"
    dialogs.save_path = str(out)
    dialogs.export_passphrase = SECRET
    assert window.files.export_file()
    assert dialogs.passphrase_requests == ["export"]
    return out


def test_an_encrypted_export_imports_with_its_passphrase(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    out = _export(window, store, new_assessment, tmp_path, dialogs)
    assert is_sealed(out.read_bytes()) and b"de Vries" not in out.read_bytes()
    dialogs.open_path = str(out)
    dialogs.import_passphrase = SECRET
    new_id = window.files.import_file()
    assert new_id is not None and dialogs.passphrase_requests[-1] == "export.json"
    assert store.get(new_id).assessor == new_assessment.assessor
    assert not dialogs.messages


def test_a_wrong_passphrase_is_one_message_and_nothing_is_stored(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    out = _export(window, store, new_assessment, tmp_path, dialogs)
    before = len(store.list_summaries())
    dialogs.open_path = str(out)
    dialogs.import_passphrase = "niet de goede wachtwoordzin"
    assert window.files.import_file() is None
    kind, title, text = dialogs.last()
    assert kind == "warning" and "export.json" in text and "passphrase is wrong" in text and "Nothing was imported" in text
    assert len(store.list_summaries()) == before


def test_cancelling_the_passphrase_imports_nothing_and_says_nothing(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    out = _export(window, store, new_assessment, tmp_path, dialogs)
    dialogs.open_path = str(out)
    dialogs.import_passphrase = None
    assert window.files.import_file() is None
    assert not dialogs.messages and len(store.list_summaries()) == 1


def test_the_export_dialog_encrypts_unless_unticked_and_wants_the_passphrase_twice(qtbot, ui_lang):  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(None, export=True)
    qtbot.addWidget(dialog)
    assert dialog.encrypt_box.isChecked() and not dialog.go.isEnabled()
    dialog.first.setText("x" * (MIN_PASSPHRASE - 1))
    dialog.second.setText("x" * (MIN_PASSPHRASE - 1))
    assert not dialog.go.isEnabled() and str(MIN_PASSPHRASE) in dialog.hint.text()
    for padded in (" " * (MIN_PASSPHRASE + 2), "  short  " + " " * MIN_PASSPHRASE):  # the rule --passphrase-file has
        dialog.first.setText(padded)
        dialog.second.setText(padded)
        assert not dialog.go.isEnabled() and str(MIN_PASSPHRASE) in dialog.hint.text()
    dialog.first.setText(SECRET)
    dialog.second.setText(SECRET + "!")
    assert not dialog.go.isEnabled() and "not the same" in dialog.hint.text()
    dialog.second.setText(SECRET)
    assert dialog.go.isEnabled() and dialog.passphrase() == SECRET and dialog.go.isDefault()
    dialog.encrypt_box.setChecked(False)
    assert dialog.go.isEnabled() and dialog.passphrase() is None and "without encryption" in dialog.hint.text()
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password


def test_the_import_dialog_asks_once(qtbot, ui_lang):  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(None, export=False, file_name="pakket.json")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "pakket.json" in dialog.findChildren(type(dialog.hint))[0].text()
    assert not dialog.second.isVisible() and not dialog.encrypt_box.isVisible()
    assert not dialog.go.isEnabled()
    qtbot.keyClicks(dialog.first, "a")
    assert dialog.go.isEnabled()
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.passphrase() == "a"


def test_the_window_warns_when_other_users_can_read_the_database(make_window, tmp_path):  # type: ignore[no-untyped-def]
    import os
    import shutil
    import tempfile
    from pathlib import Path

    from partnercheck.workspace import open_store

    folder = Path(tempfile.mkdtemp(prefix="partnercheck-exposure-"))
    try:
        folder.chmod(0o755)
        path = folder / "gedeeld.sqlite3"
        open_store(path).close()
        window = make_window(path)
        assert not window.exposure_banner.isVisible()
        path.chmod(0o644)
        window.open_database(path)
        if os.name != "posix":
            return  # Windows ACLs are not checked (docs/privacy.md)
        assert window.exposure_banner.isVisible()
        assert str(path) in window.exposure_label.text() and "not encrypted" in window.exposure_label.text()
    finally:
        shutil.rmtree(folder)


def test_emptying_the_bin_keeps_a_final_assessment_and_says_why(window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from partnercheck.domain.assessment import Answer, AssessmentState
    from partnercheck.domain.dates import format_short_date
    from partnercheck.domain.retention import RecordType, add_years
    from partnercheck.services import assessments

    final_id = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(final_id, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, final_id, AssessmentState.REVIEW)
    assessments.change_state(store, final_id, AssessmentState.FINAL, by="B. Baas")
    draft_id = store.create(new_assessment)
    store.delete(final_id)
    store.delete(draft_id)
    store.set_retention_period(RecordType.FINAL, 10, "Selectielijst")
    bin_dialog = window.assessments.show_bin()
    fates = [row[-1] for row in bin_dialog.model.texts()]
    assert sorted(fates) == ["destroyed (a draft)", f"kept until {format_short_date(add_years(dt.date.today(), 10), 'en')}"]
    bin_dialog.reject()
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.assessments.empty_bin() == 1
    question = [m for m in dialogs.messages if m[0] == "question"][-1]
    assert "retention period" in question[2]
    kind, title, text = dialogs.last()
    assert (kind, title) == ("information", "Kept in the bin") and "Yangzhou" in text and "retention period ends on" in text
    assert store.exists(final_id) and not store.exists(draft_id)


def test_the_records_manager_sets_periods_and_saves_the_destruction_list_from_the_bin(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    from partnercheck.domain.retention import RecordType
    from partnercheck.ui.retention_dialog import RetentionDialog

    store.delete(store.create(new_assessment))
    bin_dialog = window.assessments.show_bin()
    bin_dialog.periods_button.click()
    dialog = window.dialog
    assert isinstance(dialog, RetentionDialog)
    box, years, basis = dialog.rows[RecordType.FINAL]
    assert not box.isChecked() and not years.isEnabled()  # PartnerCheck proposes no period
    box.setChecked(True)
    years.setValue(10)
    basis.setText("Selectielijst gemeenten 2020, 1.1.2")
    dialog.save_button.click()
    periods = store.retention_periods()
    assert (
        set(periods) == {RecordType.FINAL} and periods[RecordType.FINAL].years == 10 and periods[RecordType.FINAL].basis.startswith("Selectielijst")
    )

    dialogs.save_path = str(tmp_path / "lijst")
    bin_dialog.list_button.click()
    assert (tmp_path / "lijst.pdf").read_bytes()[:5] == b"%PDF-"
    assert "Destruction list saved" in window.statusBar().currentMessage()
