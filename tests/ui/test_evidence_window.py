"""The basis (one key) and the evidence files in the window, and File › Export for review."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from partnercheck.domain.assessment import Answer, AssessmentState, Basis


def open_new(window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    return assessment_id, window.open_assessment(assessment_id)


def test_one_key_records_the_basis_of_the_answer(qtbot, window, store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id, page = open_new(window, store, new_assessment)
    cp = page.checklist_page
    panel = cp.evidence_panel
    assert not any(b.isEnabled() for b in panel.basis_buttons.values())  # no answer, no basis yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    assert all(b.isEnabled() for b in panel.basis_buttons.values())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C)
    stored = store.get(assessment_id).answers[cp.question.id]
    assert stored.basis is Basis.CONVERSATION and stored.value == cp.question.options[0].value
    assert panel.basis_buttons[Basis.CONVERSATION].isChecked()
    # Choosing another option keeps the basis; a letter typed in the note stays in the note.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert store.get(assessment_id).answers[cp.question.id].basis is Basis.CONVERSATION
    cp.note_edit.setFocus()
    qtbot.keyClick(cp.note_edit, Qt.Key.Key_A)
    cp.flush_note()
    stored = store.get(assessment_id).answers[cp.question.id]
    assert stored.basis is Basis.CONVERSATION and stored.note == "a"


def test_attach_open_and_remove_from_the_panel(qtbot, window, store, new_assessment, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from partnercheck.ui import evidence_panel

    opened = []
    monkeypatch.setattr(evidence_panel.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assessment_id, page = open_new(window, store, new_assessment)
    panel = page.checklist_page.evidence_panel
    scan = tmp_path / "brief wethouder.pdf"
    scan.write_bytes(b"%PDF letter" * 100)
    assert panel.attach([str(scan)]) == 1
    assert panel.files.count() == 1 and "brief wethouder.pdf" in panel.files.item(0).text()
    panel.files.setCurrentRow(0)
    copy = panel.open_selected()
    assert opened == [str(copy)] and hashlib.sha256(copy.read_bytes()).hexdigest() == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert panel.remove_selected()
    assert panel.files.count() == 0 and len(store.list_evidence(assessment_id, in_bin=True)) == 1
    assert panel.restore_button.isVisibleTo(panel)
    assert panel.restore_last_removed()
    assert panel.files.count() == 1 and not panel.restore_button.isVisibleTo(panel)


def test_a_final_assessment_shows_its_evidence_locked(qtbot, window, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    new_assessment.answers = {q.id: Answer(q.options[0].value) for q in library.active.questions}
    assessment_id = store.create(new_assessment)
    scan = tmp_path / "besluit.pdf"
    scan.write_bytes(b"besluit")
    store.attach(assessment_id, library.active.questions[0].id, scan.name, scan.read_bytes())
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="B. Jansen")
    window.reload_list()
    panel = window.open_assessment(assessment_id).checklist_page.evidence_panel
    assert panel.files.count() == 1
    panel.files.setCurrentRow(0)
    assert not panel.attach_button.isEnabled() and not panel.remove_button.isEnabled() and panel.open_button.isEnabled()
    assert not any(b.isEnabled() for b in panel.basis_buttons.values())


def test_file_menu_exports_a_review_package(qtbot, window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    store.attach(assessment_id, library.active.questions[0].id, "besluit.pdf", b"besluit")
    window.reload_list(select_id=assessment_id)
    out = tmp_path / "review.partnercheck"
    dialogs.save_path = str(out)
    assert window.menus.package_action.isEnabled()
    window.menus.package_action.trigger()
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist())[0] == "assessment.json" and any(n.endswith("/besluit.pdf") for n in zf.namelist())


def test_history_tells_basis_and_evidence_changes(window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.ui.history_text import describe

    checklist = library.active
    q = checklist.questions[0]
    assessment_id = store.create(new_assessment)
    store.save_answer(assessment_id, q.id, Answer(q.options[0].value, "", Basis.ASSUMPTION))
    store.attach(assessment_id, q.id, "besluit.pdf", b"besluit")
    rows = [describe(e, checklist, "en") for e in store.history(assessment_id)]
    changes = [r.change for r in rows]
    assert "Basis: Set to Assumption" in changes
    assert any(c.startswith("Evidence attached: besluit.pdf") for c in changes)
    assert rows[-1].subject == rows[-2].subject != "evidence:" + q.id  # the question, not the code


def test_window_import_of_a_changed_assessment_asks_and_imports_a_copy(window, store, new_assessment, library, tmp_path, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    from partnercheck.services import transfer
    from partnercheck.ui import ask

    assessment_id = store.create(new_assessment)
    out = tmp_path / "sent.json"
    transfer.export_file(store.get(assessment_id), out)
    q = library.active.questions[0]
    store.save_answer(assessment_id, q.id, Answer(q.options[0].value))  # changed here since
    window.reload_list()
    dialogs.open_path = str(out)
    offered: list[list[str]] = []
    picks = iter([None, 0])
    monkeypatch.setattr(ask, "pick", lambda parent, title, text, actions: offered.append(list(actions)) or next(picks))
    assert window.files.import_file() is None, "Cancel imports nothing"
    assert len(store.list_summaries()) == 1
    assert offered[0] == ["Import as a &copy", "&Replace the draft…"], "a draft here: replacing it is offered too"
    copy_id = window.files.import_file()
    assert copy_id not in (None, assessment_id) and len(store.list_summaries()) == 2
    assert store.get(copy_id).uuid != store.get(assessment_id).uuid


def test_dropping_files_on_the_panel_attaches_them(window, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    assessment_id, page = open_new(window, store, new_assessment)
    panel = page.checklist_page.evidence_panel
    files = [tmp_path / "a.png", tmp_path / "b.docx"]
    for f in files:
        f.write_bytes(f.name.encode() * 10)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert sorted(e.name for e in store.list_evidence(assessment_id)) == ["a.png", "b.docx"]
    assert panel.files.count() == 2


def test_file_bin_lists_removed_evidence_and_restores_it(window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    """A file removed from an answer shows in File › Bin too, with its assessment, question
    number and name; restoring it there attaches it to the answer again (and the open answer
    lists it)."""
    from partnercheck.domain.numbering import question_number

    assessment_id, page = open_new(window, store, new_assessment)
    q = page.checklist_page.question
    kept = store.attach(assessment_id, q.id, "raadsbesluit.pdf", b"besluit 2012-114")
    removed = store.attach(assessment_id, q.id, "brief.pdf", b"brief van de partner")
    store.remove_evidence(removed.id)
    page.checklist_page.evidence_panel.show_question(q.id)
    assert page.checklist_page.evidence_panel.files.count() == 1

    dialog = window.assessments.show_bin()
    assert dialog is not None and dialog.count() == 0, "no assessment in the bin"
    files = dialog.files
    assert files.isVisibleTo(dialog) and files.count() == 1
    row = [files.model.index(0, c).data() for c in range(5)]
    assert row[:4] == ["Gemeente Breda – Yangzhou", question_number(library.active, q.id), "brief.pdf", "20 B"]
    assert files.selected_id() == removed.id and files.restore_button.isEnabled()

    files.restore_button.click()
    assert sorted(e.name for e in store.list_evidence(assessment_id)) == ["brief.pdf", kept.name]
    assert files.count() == 0 and files.empty_label.isVisibleTo(dialog)
    assert page.checklist_page.evidence_panel.files.count() == 2, "the open answer lists it again"
    assert window.statusBar().currentMessage() == "Evidence file restored."


def test_window_import_replaces_a_draft_after_naming_it(window, store, new_assessment, library, tmp_path, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    """As ``partnercheck import --replace``: the draft here takes the file's content, keeps its
    id; the confirmation names the draft; the open draft shows the file's answers; a final
    assessment here is never offered for replacing."""
    from PySide6.QtWidgets import QMessageBox

    from partnercheck.services import transfer
    from partnercheck.ui import ask

    q = library.active.questions[0]
    assessment_id = store.create(new_assessment)
    store.save_answer(assessment_id, q.id, Answer(q.options[0].value, "van collega"))
    out = tmp_path / "terug van collega.json"
    transfer.export_file(store.get(assessment_id), out)
    store.save_answer(assessment_id, q.id, Answer(q.options[-1].value, "eigen werk"))  # changed here since
    window.reload_list(select_id=assessment_id)
    page = window.open_assessment(assessment_id)
    page.checklist_page.go_to_question(q.id)
    dialogs.open_path = str(out)
    monkeypatch.setattr(ask, "pick", lambda parent, title, text, actions: 1)

    dialogs.answer = QMessageBox.StandardButton.No  # the confirmation: Cancel
    assert window.files.import_file() is None
    title, text = dialogs.last()[1:]
    assert title == "Replace the draft"
    assert f"“Gemeente Breda – Yangzhou” (assessment {assessment_id}, revision 1," in text and "terug van collega.json" in text
    assert store.get(assessment_id).answers[q.id].note == "eigen werk", "nothing replaced without the confirmation"

    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.files.import_file() == assessment_id
    assert store.get(assessment_id).answers[q.id].note == "van collega" and len(store.list_summaries()) == 1
    assert window.session is not None and window.session.id == assessment_id, "the draft is open again"
    assert window.assessment_page.checklist_page.note_edit.toPlainText() == "van collega"
    assert window.statusBar().currentMessage() == "Replaced the draft Gemeente Breda – Yangzhou with the file."

    final = replace(new_assessment, answers={x.id: Answer(x.options[0].value) for x in library.active.questions})
    final_id = store.create(final)
    store.set_state(final_id, AssessmentState.REVIEW)
    store.set_state(final_id, AssessmentState.FINAL, by="K. de Boer")
    sent = tmp_path / "final.json"
    doc = store.get(final_id)
    transfer.export_file(replace(doc, state=AssessmentState.DRAFT, approved_by=None, approved_on=None), sent)
    offered: list[list[str]] = []
    monkeypatch.setattr(ask, "pick", lambda parent, title, text, actions: offered.append(list(actions)) and None)
    dialogs.open_path = str(sent)
    assert window.files.import_file() is None
    assert offered == [["Import as a &copy"]], "a final assessment is not replaced"


@pytest.mark.parametrize(("lang", "keys"), [("en", "D/C/P/A its basis"), ("nl", "D/G/O/A de onderbouwing")])
def test_the_key_hint_line_names_the_basis_keys(qapp, make_window, store, new_assessment, lang, keys):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, lang)
    try:
        window = make_window(lang=lang)
        page = window.open_assessment(store.create(new_assessment))
        assert keys in page.checklist_page.question_pane.keys_hint.text()
    finally:
        remove_translators(qapp, translators)
