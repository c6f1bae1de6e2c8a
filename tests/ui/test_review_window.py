"""The reviewer's word per theme in the window: given on the result page while in review, by
keyboard; read by the assessor after the assessment went back to draft."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from partnercheck.domain.assessment import Answer, AssessmentState, ReviewVerdict


def test_a_reviewer_marks_a_theme_and_the_assessor_reads_it(qtbot, window, store, new_assessment, library, type_text) -> None:  # type: ignore[no-untyped-def]
    answered = replace(new_assessment, answers={q.id: Answer(q.options[0].value) for q in library.active.questions})
    assessment_id = store.create(answered)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    page = window.open_assessment(assessment_id)
    page.tabs.setCurrentIndex(page.RESULT_TAB)
    result = page.result_page
    panel = result.review_panel
    assert panel.isVisible() and panel.editor.isVisible()
    assert panel.theme is library.active.themes[0], "the first theme is selected"
    result.theme_view.setFocus()
    qtbot.keyClick(result.theme_view, Qt.Key.Key_Down)
    theme = library.active.themes[1]
    assert panel.theme is theme

    qtbot.keyClick(result.theme_view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Change &needed
    qtbot.waitUntil(panel.change_radio.isChecked)  # a mnemonic clicks with a short animation
    assert not panel.save_button.isEnabled(), "a change needs a comment"
    panel.text_edit.setFocus()
    type_text(panel.text_edit, "Noem de bron van de toezegging")
    assert panel.save_button.isEnabled()
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return)
    stored = store.get(assessment_id).review_comments[theme.id]
    assert (stored.verdict, stored.text) == (ReviewVerdict.CHANGE, "Noem de bron van de toezegging")
    assert "Change needed" in panel.comment_label.text() and "Noem de bron" in panel.comment_label.text()
    assert panel.summary_label.text() == f"Reviewed: 1 of {len(library.active.themes)} themes (0 agreed, 1 change needed). To change: theme 2."
    assert window.save_indicator.text(), "the status bar says it was saved"
    model, review = result.theme_model, result.theme_model.REVIEW
    assert not result.theme_view.isColumnHidden(review)
    assert model.headerData(review, Qt.Orientation.Horizontal) == "Review"
    assert model.index(1, review).data() == "✎ Change needed", "word and symbol in the row, not colour alone"
    assert model.index(1, review).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Change needed — ")
    assert model.index(1, review).data(Qt.ItemDataRole.AccessibleTextRole).endswith(": Noem de bron van de toezegging")
    assert model.index(0, review).data() == "" and model.index(0, review).data(Qt.ItemDataRole.AccessibleTextRole) == "Not reviewed yet"
    result.theme_view.setFocus()
    qtbot.keyClick(result.theme_view, Qt.Key.Key_Up)
    assert panel.theme is library.active.themes[0]
    panel.ok_radio.click()
    panel.save()
    assert model.index(0, review).data() == "✓ Agreed", "the row is marked as soon as it is saved"

    window.signoff.change_state(AssessmentState.DRAFT)  # the assessor takes it back (confirmed by the stub)
    assert window.session.assessment.state is AssessmentState.DRAFT
    page = window.assessment_page
    page.tabs.setCurrentIndex(page.RESULT_TAB)
    panel = page.result_page.review_panel
    page.result_page.theme_view.selectRow(1)
    assert panel.isVisible() and not panel.editor.isVisible(), "read, not changed, outside review"
    assert "Noem de bron van de toezegging" in panel.comment_label.text()


def test_no_panel_in_a_draft_nobody_reviewed(window, store, new_assessment) -> None:  # type: ignore[no-untyped-def]
    page = window.open_assessment(store.create(new_assessment))
    page.tabs.setCurrentIndex(page.RESULT_TAB)
    assert not page.result_page.review_panel.isVisible()
    assert page.result_page.theme_view.isColumnHidden(page.result_page.theme_model.REVIEW), "no empty review column"


def test_the_history_reads_the_comments(store, new_assessment, library) -> None:  # type: ignore[no-untyped-def]
    from partnercheck.services import assessments
    from partnercheck.ui.history_text import describe

    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    theme = library.active.themes[0]
    assessments.comment_on_theme(store, assessment_id, theme.id, ReviewVerdict.CHANGE, "Bron ontbreekt", by="J. Jansen")
    entry = [h for h in store.history(assessment_id) if h.subject.startswith("review:")][-1]
    row = describe(entry, library.active, "en")
    assert (row.subject, row.change, row.who) == (f"Review of {theme.title.en}", "Change needed: Bron ontbreekt", "J. Jansen")


def test_save_as_pdf_proposes_parties_language_revision_and_date(window, store, new_assessment, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtWidgets import QFileDialog

    proposed: list[str] = []

    def get_save(parent, caption="", directory="", filter="", *a, **k):  # type: ignore[no-untyped-def]
        proposed.append(directory)
        return "", ""  # the user cancels: only the proposal matters here

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    page = window.open_assessment(store.create(new_assessment))
    report = page.report_page
    report.pdf, report.pdf_lang = b"%PDF-1.4 test", "en"  # as a finished English report leaves them
    assert not report.save_pdf()
    assert proposed == [f"Breda-Yangzhou_advice_en_rev1_{dt.date.today().isoformat()}.pdf"]
