"""The window and the command line make the same report: one use case (services.reports),
the same options, the same bytes.

A final assessment with a recorded approval and a previous revision is the case that once
differed (the window formatted the approval date itself: "op 2026-11-30" against the
report's "op 30 november 2026"), so that is the one made here, both ways, and compared.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.services import assessments


def _all_answered(assessment, checklist, pick):  # type: ignore[no-untyped-def]
    answers = {q.id: Answer(q.options[pick(i, len(q.options))].value, f"Noot {i} & één") for i, q in enumerate(checklist.questions)}
    return replace(assessment, answers=answers)


def _approve(store, assessment_id, approver):  # type: ignore[no-untyped-def]
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by=approver)


@pytest.mark.parametrize("lang", ["nl", pytest.param("en", marks=pytest.mark.slow)])  # English: the same check, in the full run
def test_window_and_command_line_write_byte_identical_reports(qtbot, window, store, db_path, new_assessment, library, tmp_path, dialogs, lang):  # type: ignore[no-untyped-def]
    checklist = library.active
    first = store.create(_all_answered(new_assessment, checklist, lambda i, n: 0))
    _approve(store, first, "B. Baas (burgemeester)")
    second = assessments.revise(store, first)
    changed = checklist.questions[0]
    store.save_answer(second, changed.id, Answer(changed.options[-1].value, "Herzien"))
    _approve(store, second, "C. Chef (wethouder)")
    final = store.get(second)
    assert final.is_final and final.approved_by and final.approved_on is not None and final.previous_id == first

    # The window: open it, make the report on the report tab, save it as PDF.
    window.reload_list(select_id=second)
    page = window.open_assessment(second)
    rp = page.report_page
    page.tabs.setCurrentWidget(rp)
    rp.lang_combo.setCurrentIndex(rp.lang_combo.findData(lang))
    with qtbot.waitSignal(rp.report_ready, timeout=60000):
        job = rp.generate()
    qtbot.waitUntil(lambda: not rp.busy)
    assert job is not None and job.previous is not None and job.previous.id == first
    dialogs.save_path = str(tmp_path / "window.pdf")
    assert rp.save_pdf()
    from_window = (tmp_path / "window.pdf").read_bytes()
    assert from_window == rp.pdf  # the preview is what is saved

    # The command line, on the same database, with the same (default) options.
    out = tmp_path / "cli.pdf"
    assert main(["report", str(second), "--out", str(out), "--lang", lang, "--db", str(db_path)]) == 0
    from_cli = out.read_bytes()

    assert from_cli == from_window
    # And it is the approved print: no draft mark, the approver named.
    from pypdf import PdfReader

    cover = PdfReader(str(out)).pages[0].extract_text()
    assert "C. Chef" in cover
    assert final.approved_on.isoformat() not in cover  # the date in words, as the report writes it
