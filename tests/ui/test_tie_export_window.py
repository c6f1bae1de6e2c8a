"""Export as tie file… in the tie dialog: the file `partnercheck export-tie TIE --out FILE`
writes, written by the same service, for a colleague municipality or a data team; it imports
back; a read-only target is refused and kept; a final assessment that another PartnerCheck
would refuse is warned about, as `export-tie` warns on stderr."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from PySide6.QtWidgets import QApplication

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer
from partnercheck.domain.events import CostCategory, Event, EventKind, GiftDisposition
from partnercheck.services import assessments
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.workspace import open_store


def _tie(store, new_assessment, library):  # type: ignore[no-untyped-def]
    """Tie 1: contact persons, notes, a gift, a cost and a final assessment with a revision."""
    new_assessment.answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in library.active.questions}
    first = store.create(new_assessment)
    assessments.change_state(store, first, assessments.AssessmentState.REVIEW)
    assessments.change_state(store, first, assessments.AssessmentState.FINAL, by="Burgemeester")
    assessments.revise(store, first)
    store.update_tie(dataclasses.replace(store.get_tie(1), contacts="M. de Boer", notes="Actief"))
    store.add_event(1, Event(dt.date(2025, 6, 1), EventKind.GIFT_RECEIVED, "Vaas", value_cents=30000, disposition=GiftDisposition.REGISTERED))
    store.add_event(1, Event(dt.date(2025, 7, 1), EventKind.VISIT_OUT, "Reis", people="Wethouder", value_cents=240000, category=CostCategory.TRAVEL))


def test_the_window_writes_what_export_tie_writes_and_it_imports_back(window, store, new_assessment, library, tmp_path, dialogs, run):  # type: ignore[no-untyped-def]
    _tie(store, new_assessment, library)
    dialog = window.ties.open_tie(1)
    assert dialog.export_button.isVisible() and dialog.export_button.isEnabled()
    assert dialog.export_button.text() == "Export as tie &file…"
    out = tmp_path / "band.json"
    dialogs.save_path = str(out)
    dialog.export_button.click()
    assert dialogs.file_requests[-1] == "Export as tie file"
    assert dialogs.passphrase_requests == ["export"]  # names and notes: the officer chooses to write it in the clear
    assert dialogs.export_kinds == ["tie-file"]  # its own rule (services.export_rule), not the assessment file's
    code, _, _ = run("export-tie", "1", "--out", str(tmp_path / "cli.json"))
    assert code == 0
    assert out.read_bytes() == (tmp_path / "cli.json").read_bytes()  # no timestamp in it: byte for byte
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["tie"]["contacts"] == "M. de Boer" and [e["text"] for e in doc["events"]] == ["Vaas", "Reis"]
    assert len(doc["assessments"]) == 2
    assert window.statusBar().currentMessage() == f"Tie 1 written to {out} (a tie file). Not encrypted."
    assert "warning" not in dialogs.kinds()
    # Another database takes it in with `partnercheck import`, the tie with its events and assessments.
    other = tmp_path / "elders.sqlite3"
    assert main(["import", "--db", str(other), str(out)]) == 0
    there = open_store(other)
    try:
        (listed,) = there.list_ties()
        tie = there.get_tie(listed.id)
        assert (tie.contacts, len(tie.assessments), len(there.events(tie.id))) == ("M. de Boer", 2, 2)
    finally:
        there.close()


def test_a_read_only_target_is_refused_and_kept(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    _tie(store, new_assessment, library)
    out = tmp_path / "band.json"
    out.write_text("eerder", encoding="utf-8")
    out.chmod(0o444)
    dialogs.save_path = str(out)
    assert window.ties.export_tie(1, window.ties.open_tie(1)) is None
    assert out.read_text(encoding="utf-8") == "eerder"
    kind, _, text = dialogs.last()
    assert kind == "warning" and "band.json" in text and "read-only" in text, text
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_final_assessment_another_partnercheck_refuses_is_warned_about(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    from tests.ui.test_export_misfit_window import _final_misfit

    assessment_id, numbered = _final_misfit(store, new_assessment, library)
    dialogs.save_path = str(tmp_path / "band.json")
    assert window.ties.export_tie(store.tie_of(assessment_id), window.ties.open_tie(store.tie_of(assessment_id))) is not None
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Export as tie file")
    assert text.startswith("“band.json” is written, but another PartnerCheck will refuse it on import, with all its assessments")
    assert text.endswith(f"Assessment {assessment_id}: question {numbered}")


def test_dutch_and_encrypted(qtbot, make_window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    _tie(store, new_assessment, library)
    translators = install_translators(QApplication.instance(), "nl")
    try:
        window = make_window(lang="nl")
        dialog = window.ties.open_tie(1)
        assert dialog.export_button.text() == "A&ls bandbestand exporteren…"
        out = tmp_path / "band.json"
        dialogs.save_path = str(out)
        dialogs.export_passphrase = "een lange wachtwoordzin"
        dialog.export_button.click()
        assert dialogs.file_requests[-1] == "Als bandbestand exporteren"
        assert window.statusBar().currentMessage() == f"Band 1 geschreven naar {out} (een bandbestand). Versleuteld."
        # The window's own import opens it with the passphrase: the same tie, already here.
        from partnercheck.services import sealed

        assert sealed.is_sealed(out.read_bytes())
        assert json.loads(sealed.unseal(out.read_bytes(), "een lange wachtwoordzin", str(out)))["tie"]["notes"] == "Actief"
    finally:
        remove_translators(QApplication.instance(), translators)


def test_a_tie_with_evidence_is_offered_as_a_package_and_imported(window, store, new_assessment, library, tmp_path, dialogs, monkeypatch, run):  # type: ignore[no-untyped-def]
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    from partnercheck.services import evidence

    _tie(store, new_assessment, library)
    (tmp_path / "verdrag.txt").write_bytes("Vriendschapsverdrag 友好".encode())
    evidence.attach_file_to_tie(store, 1, tmp_path / "verdrag.txt")
    out = tmp_path / "band.partnercheck"
    offered = []

    def save(parent, caption, directory, filter, *a, **k):  # type: ignore[no-untyped-def]
        offered.append((directory, filter))
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.ties.open_tie(1).export_button.click()
    assert offered == [("Breda-Yangzhou-tie.partnercheck", "PartnerCheck tie packages (*.partnercheck)")]
    assert window.statusBar().currentMessage() == f"Tie 1 written to {out} (a tie package with one evidence file). Not encrypted."
    assert run("export-tie", "1", "--out", str(tmp_path / "cli.partnercheck"))[0] == 0
    with zipfile.ZipFile(out) as ours, zipfile.ZipFile(tmp_path / "cli.partnercheck") as theirs:  # the same entries, byte for byte
        assert [(i.filename, ours.read(i)) for i in ours.infolist()] == [(i.filename, theirs.read(i)) for i in theirs.infolist()]
    # The window's own import, on another database, takes the tie in with its file.
    assert window.open_database(tmp_path / "elders.sqlite3")
    dialogs.open_path = str(out)
    window.files.import_file()
    assert window.statusBar().currentMessage() == "Imported tie 1 with its events and 2 assessments."
    assert [e.name for e in window.store.tie_evidence(1)] == ["verdrag.txt"]


def test_the_tie_file_is_encrypted_by_default_and_its_dialog_says_what_it_holds(qtbot, ui_lang):  # type: ignore[no-untyped-def]
    from partnercheck.services.export_rule import Export, encrypted_by_default
    from partnercheck.ui.passphrase_dialog import PassphraseDialog

    assert encrypted_by_default(Export.TIE_FILE)
    dialog = PassphraseDialog(None, export=True, kind=Export.TIE_FILE)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Encrypt the tie file"
    assert dialog.encrypt_box.isChecked() and not dialog.go.isEnabled()
    dialog.encrypt_box.setChecked(False)
    assert dialog.passphrase() is None and dialog.go.isEnabled()
    assert dialog.hint.text() == (
        "The tie file will be written without encryption: anyone who gets it can read the names, notes and any attached documents."
    )
