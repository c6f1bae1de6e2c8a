"""The window's part of the audiences: the report tab's version and format, the file names,
the public-note box, the internal action, the names and roles, publication and the register."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import docx
import pypdf

from partnercheck.cli import main
from partnercheck.domain.assessment import Action, Answer, AssessmentState
from partnercheck.services import assessments
from partnercheck.ui.action_dialog import ActionDialog


def _final(store, new_assessment, library):  # type: ignore[no-untyped-def]
    checklist = library.active
    answers = {q.id: Answer(q.options[-1].value, f"Intern {i}: gesprek met A. de Vries") for i, q in enumerate(checklist.questions)}
    assessment_id = store.create(replace(new_assessment, answers=answers, actions=[Action("Raad informeren", owner="A. de Vries")]))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    return assessment_id


def test_the_report_tab_makes_each_version_as_the_command_line_does(qtbot, window, store, db_path, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = _final(store, new_assessment, library)
    store.set_role("A. de Vries", "beleidsadviseur internationale zaken")
    window.reload_list(select_id=assessment_id)
    page = window.open_assessment(assessment_id)
    rp = page.report_page
    page.tabs.setCurrentWidget(rp)
    rp.lang_combo.setCurrentIndex(rp.lang_combo.findData("nl"))
    for variant in ("summary", "public"):
        rp.variant_combo.setCurrentIndex(rp.variant_combo.findData(variant))
        with qtbot.waitSignal(rp.report_ready, timeout=60000):
            rp.generate()
        qtbot.waitUntil(lambda: not rp.busy)
        out = tmp_path / f"{variant}.pdf"
        assert main(["report", str(assessment_id), "--variant", variant, "--out", str(out), "--db", str(db_path), "--lang", "nl"]) == 0
        assert rp.pdf == out.read_bytes(), variant
        name = rp.suggested_file_name()
        assert name.startswith("Breda-Yangzhou_") and name.endswith(".pdf")
        assert {"samenvatting": "summary", "openbaar": "public"}[name.split("_")[1]] == variant
        assert "_nl_rev1_" in name
    assert rp.page_count > 2  # the public version is the whole report
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "public.pdf").pages)
    assert "A. de Vries" not in text and "Intern 3" not in text and "beleidsadviseur internationale zaken" in text

    # Word: the save button says so and saves the draft of the chosen version.
    rp.format_combo.setCurrentIndex(rp.format_combo.findData("docx"))
    assert "Word" in rp.save_button.text() and rp.save_button.isEnabled()
    assert rp.suggested_file_name("docx").endswith(".docx")
    dialogs.save_path = str(tmp_path / "concept")
    assert rp.save()
    document = docx.Document(str(tmp_path / "concept.docx"))
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    assert "A. de Vries" not in " ".join(p.text for p in document.paragraphs)


def test_a_note_is_let_into_the_public_version_with_its_box(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list(select_id=assessment_id)
    page = window.open_assessment(assessment_id)
    checklist_page = page.checklist_page
    box = checklist_page.question_pane.note_public_check
    assert not box.isEnabled() and not box.isChecked(), "nothing to publish without a note"
    checklist_page.note_edit.setPlainText("Uit het jaarverslag 2025")
    assert checklist_page.flush_note()
    assert box.isEnabled() and not box.isChecked(), "a note is internal until the officer says otherwise"
    box.setChecked(True)
    question = checklist_page.question.id
    assert store.get(assessment_id).public_notes == {question}
    checklist_page.next_question()
    assert not box.isChecked()
    checklist_page.previous_question()
    assert box.isChecked()


def test_a_note_stored_with_a_refused_character_is_not_let_into_the_public_version(qtbot, window, store, new_assessment, library, db_path, dialogs):  # type: ignore[no-untyped-def]
    """A note an older PartnerCheck stored with a direction override: the box refuses it, as
    `partnercheck mark` does (services.answers.set_note_public), naming the character."""
    import sqlite3

    question = library.active.questions[0].id
    new_assessment.answers = {question: Answer(None, "Zie bijlage")}
    assessment_id = store.create(new_assessment)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE answer SET note = ? WHERE assessment_id = ?", ["Zie \u202eegaljib", assessment_id])
    conn.close()
    window.reload_list(select_id=assessment_id)
    box = window.open_assessment(assessment_id).checklist_page.question_pane.note_public_check
    box.setChecked(True)
    assert not box.isChecked() and store.get(assessment_id).public_notes == frozenset()
    assert [m for m in dialogs.messages if "U+202E" in m[2]], dialogs.messages


def test_an_action_can_be_marked_internal(qtbot):  # type: ignore[no-untyped-def]
    dialog = ActionDialog(Action("Contact met de ambassade", owner="X"))
    qtbot.addWidget(dialog)
    assert not dialog.action().internal
    dialog.internal_check.setChecked(True)
    assert dialog.action().internal
    from partnercheck.ui.result_models import ActionTableModel

    model = ActionTableModel()
    model.set_actions([dialog.action(), Action("Raad informeren")])
    texts = [model.data(model.index(row, ActionTableModel.TEXT)) for row in range(2)]
    assert texts == ["Contact met de ambassade (internal)", "Raad informeren"], "the plan shows what the public version leaves out"


def test_publication_is_approved_and_the_register_published_from_the_window(qtbot, window, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    assessment_id = _final(store, new_assessment, library)
    window.reload_list(select_id=assessment_id)
    window.open_assessment(assessment_id)
    window.menus.update()
    assert window.menus.publication_action.isEnabled()
    dialog = window.publication.approve_publication()
    assert dialog is not None
    dialog.by_edit.setText("M. Burgemeester")
    dialog.weighing_edit.setPlainText("Het belang van openbaarheid weegt zwaarder")
    dialog.accept()
    assert [d.decided_by for d in store.publication_decisions()] == ["M. Burgemeester"]
    target = window.publication.publish_register(str(tmp_path / "register"))
    assert target == tmp_path / "register.sqlite3" and (tmp_path / "metadata.json").is_file()
    rows = sqlite3.connect(target).execute("SELECT dutch_party, counterpart, verdict FROM ties").fetchall()
    assert rows == [("Gemeente Breda", "Yangzhou", "high")]


def test_a_publication_decision_with_a_refused_character_is_explained_not_stored(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    """The dialog's fields as typed: the service refuses what no field may hold, the window
    says which character (the same rule as `partnercheck approve-publication`)."""
    assessment_id = _final(store, new_assessment, library)
    window.reload_list(select_id=assessment_id)
    window.open_assessment(assessment_id)
    dialog = window.publication.approve_publication()
    assert dialog is not None
    dialog.by_edit.setText("M. Burgemeester\u202e")
    dialog.weighing_edit.setPlainText("Gewogen")
    dialog.accept()
    assert store.publication_decisions() == []
    assert [m for m in dialogs.messages if "U+202E" in m[2]], dialogs.messages
