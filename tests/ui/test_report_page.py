"""The advice report from the window: made in a worker, previewed, saved, printed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from partnercheck.ui import report_page as report_module


def open_report_page(window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    question = library.active.questions[0]
    new_assessment.answers = {}
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    page.checklist_page.go_to_question(question.id)
    page.checklist_page.choose_option(0)
    page.checklist_page.note_edit.setPlainText("Noot met <b> & één")
    page.checklist_page.flush_note()
    page.tabs.setCurrentWidget(page.report_page)
    return page, page.report_page


def test_report_is_made_in_a_worker_previewed_and_saved(qtbot, window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    page, rp = open_report_page(window, store, new_assessment, library)
    assert rp.document is None and not rp.save_button.isEnabled() and not rp.print_button.isEnabled()
    rp.lang_combo.setCurrentIndex(rp.lang_combo.findData("en"))

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        qtbot.mouseClick(rp.generate_button, Qt.MouseButton.LeftButton)
        assert rp.busy and not rp.generate_button.isEnabled() and rp.progress.isVisible()
    timer.stop()
    assert ticks, "the event loop kept running while the report was made"
    qtbot.waitUntil(lambda: not rp.busy)
    assert rp.pdf is not None and rp.pdf.startswith(b"%PDF")
    assert rp.page_count >= 1
    assert rp.stack.currentWidget() is rp.view
    assert not rp.progress.isVisible() and rp.save_button.isEnabled()
    assert rp.state_label.text() == "Report ready (English). Save it as PDF or print it."
    rp.format_combo.setCurrentIndex(rp.format_combo.findData("docx"))
    word_hint = "Report ready (English). Save it as a Word draft to edit it, or print this preview."
    assert rp.state_label.text() == word_hint, "the hint follows the format"
    assert rp.save_button.text() == "Sav&e as Word draft…"
    rp.format_combo.setCurrentIndex(rp.format_combo.findData("pdf"))
    assert rp.state_label.text() == "Report ready (English). Save it as PDF or print it."

    target = tmp_path / "advies"
    dialogs.save_path = str(target)
    qtbot.mouseClick(rp.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "advies.pdf"
    assert saved.read_bytes() == rp.pdf
    assert not dialogs.messages

    # A change after the report marks the preview as outdated.
    page.checklist_page.choose_option(1)
    assert "changed" in rp.state_label.text()


def test_report_prints_every_page_on_a_printer(qtbot, window, store, new_assessment, library, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    page, rp = open_report_page(window, store, new_assessment, library)
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        rp.generate()
    qtbot.waitUntil(lambda: not rp.busy)
    out = tmp_path / "printed.pdf"

    def pdf_printer(parent):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(report_module, "choose_printer", pdf_printer)
    pages = rp.print_report()
    assert pages == rp.page_count
    assert out.read_bytes().startswith(b"%PDF")
    assert rp.state_label.text() == f"Sent {pages} pages to the printer."
    monkeypatch.setattr(report_module, "choose_printer", lambda parent: None)
    assert rp.print_report() == 0  # cancelled in the print dialog

    # Cancelled in the progress dialog after two pages: those two went, the rest did not.
    seen = []

    def cancel_after_two(done, total):  # type: ignore[no-untyped-def]
        seen.append((done, total))
        return done < 2

    assert report_module.print_document(rp.document, pdf_printer(None), cancel_after_two) == 2
    assert seen[0] == (0, rp.page_count) and seen[-1] == (2, rp.page_count)


def test_report_failure_is_shown_in_plain_words(qtbot, window, store, new_assessment, library, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    import partnercheck.report

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("font missing")

    monkeypatch.setattr(partnercheck.report, "render_report", broken)
    page, rp = open_report_page(window, store, new_assessment, library)
    with qtbot.waitSignal(rp.report_failed, timeout=30000):
        rp.generate()
    qtbot.waitUntil(lambda: not rp.busy)
    kind, title, text = dialogs.last()
    assert kind == "warning" and title == "Report not made"
    assert "font missing" in text and "unchanged" in text
    assert rp.pdf is None and not rp.save_button.isEnabled()


def test_a_reassessment_report_is_compared_with_the_previous_one(qtbot, window, store, new_assessment, library):  # type: ignore[no-untyped-def]
    original = store.create(new_assessment)
    window.reload_list(select_id=original)
    copy_id = window.assessments.duplicate()
    rp = window.assessment_page.report_page
    job = rp.generate()
    assert job is not None and job.previous is not None and job.previous.id == original
    with qtbot.waitSignal(rp.report_ready, timeout=30000):
        pass
    qtbot.waitUntil(lambda: not rp.busy)
    assert rp.pdf is not None and copy_id != original
