"""The advice report: generated in a worker thread (the window never freezes), previewed with
QtPdf, saved as PDF or printed.

reportlab (through ``partnercheck.report``), QtPdf and QtPrintSupport are imported only when a
report is made, previewed or printed: none of them is on the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.reports import ReportOptions, render_word_draft, report_file_name, report_input, save_report
from ..store.errors import StoreError
from .flow_layout import FlowLayout, group
from .report_options import ReportOptionsFold
from .report_print import ReportJob, choose_printer, print_document
from .save_as import ask_save_path
from .session import AssessmentSession

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

__all__ = ["ReportJob", "ReportPage", "choose_printer", "print_document"]


class ReportPage(QWidget):
    report_ready = Signal()
    report_failed = Signal(str)
    file_error = Signal(object)  # OSError while saving

    def __init__(self, session: AssessmentSession, report_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: ReportJob | None = None
        self._focus_back = False  # the Generate button had the focus when the job began
        self.pdf: bytes | None = None
        self.pdf_lang = report_lang  # the language of self.pdf, for the proposed file name
        self.made_variant = "full"  # the version of the previewed PDF
        self.document: QPdfDocument | None = None
        self.view: QWidget | None = None
        self._buffer: QBuffer | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        # The choices (which report) above, then a row with the actions and what was made. At
        # 1024x768 and 150 % the choices wrap to two rows and the three rows left the preview a
        # fifth of a page: once a report is in view there, they fold away (ui/report_options.py).
        self.options_panel = QWidget()
        bar = FlowLayout(self.options_panel)  # wraps on a narrow window: one row is about 890 pixels
        lang_label = QLabel(self.tr("Report &language:"))
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Report language"))
        self.lang_combo.addItem("Nederlands", "nl")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(report_lang)))
        lang_label.setBuddy(self.lang_combo)
        bar.addWidget(group(lang_label, self.lang_combo))
        # Who reads it: the whole report, the mayor's two pages, or the public version.
        variant_label = QLabel(self.tr("Versi&on:"))
        self.variant_combo = QComboBox()
        self.variant_combo.setAccessibleName(self.tr("Report version"))
        self.variant_combo.addItem(self.tr("Full report"), "full")
        self.variant_combo.addItem(self.tr("Summary for the board"), "summary")
        self.variant_combo.addItem(self.tr("Public version"), "public")
        variant_label.setBuddy(self.variant_combo)
        bar.addWidget(group(variant_label, self.variant_combo))
        format_label = QLabel(self.tr("For&mat:"))
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.format_combo.addItem("PDF", "pdf")
        self.format_combo.addItem(self.tr("Word draft"), "docx")
        format_label.setBuddy(self.format_combo)
        bar.addWidget(group(format_label, self.format_combo))
        self.roles_button = QPushButton(self.tr("&Names and roles…"))
        self.roles_button.setToolTip(self.tr("The role printed instead of each official's name in the public version"))
        self.roles_button.clicked.connect(self.edit_roles)
        bar.addWidget(self.roles_button)
        layout.addWidget(self.options_panel)
        self.generate_button = QPushButton(self.tr("&Generate report"))
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.save_button = QPushButton(self.tr("Sav&e as PDF…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.clicked.connect(self.print_report)
        self.variant_combo.currentIndexChanged.connect(self._mark_outdated)
        self.format_combo.currentIndexChanged.connect(self._update_buttons)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.options_fold = ReportOptionsFold(self.options_panel, (self.lang_combo, self.variant_combo, self.format_combo), self)
        actions = QHBoxLayout()
        for widget in (self.generate_button, self.progress, self.save_button, self.print_button):
            actions.addWidget(widget)
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.options_fold.button)
        layout.addLayout(actions)

        self.stack = QStackedWidget()
        self.placeholder = QLabel(
            self.tr(
                "Generate the advice report to preview it here. It contains the levels per theme, the red flags, "
                "the recommended measures, your notes and the action plan."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(40)
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.stack, 1)
        self._update_buttons()
        session.answer_changed.connect(self._mark_outdated)
        session.actions_changed.connect(self._mark_outdated)
        session.partnership_changed.connect(self._mark_outdated)

    # -- generating -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def generate(self) -> ReportJob | None:
        if self.job is not None:
            return self.job
        lang = self.lang_combo.currentData()
        self.made_variant = self.variant_combo.currentData()
        # Read here, on the GUI thread, with the options the command line uses too; the job
        # gets its own copies: later edits cannot change a report being made, and the worker
        # never touches the database.
        try:
            request = report_input(self.session.store, self.session.assessment, self.options())
        except StoreError as exc:
            self._failed(str(exc))
            return None
        job = ReportJob(request, self)
        self.job = job
        # Disabling the focused button or language (Alt+G leaves the focus where it was) hands
        # the focus to the report's version, where an arrow key would change it: the finished
        # report takes the focus (keys then scroll the preview), a failed one gives it to the
        # button. Focus elsewhere stays where it is.
        focus = QApplication.focusWidget()
        self._focus_back = focus is not None and self.isAncestorOf(focus)
        job.progressed.connect(self.progress.setValue)
        job.succeeded.connect(lambda data: self._finished(data, lang))
        job.failed.connect(self._failed)
        job.finished.connect(self._job_done)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.state_label.setText(self.tr("Making the report…"))
        self._update_buttons()
        self.setCursor(Qt.CursorShape.BusyCursor)
        job.start()
        return job

    def options(self) -> ReportOptions:
        """The report as chosen on the tab: the command line's options, the same report."""
        return ReportOptions(lang=self.lang_combo.currentData(), variant=self.variant_combo.currentData())

    def _job_done(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.progress.hide()
        self.unsetCursor()
        self._update_buttons()
        if self._focus_back:
            self._focus_back = False
            self.generate_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished(self, data: bytes, lang: str) -> None:
        self.pdf, self.pdf_lang = data, lang
        self._show_preview(data)
        self.state_label.setText(self._ready_text(word=self.format_combo.currentData() == "docx"))
        if self._focus_back and self.view is not None:
            self._focus_back = False
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.report_ready.emit()

    def _ready_text(self, *, word: bool) -> str:
        """What to do with the report just made, in the format chosen: a Word draft is made
        from the assessment when it is saved; printing prints the preview."""
        lang = "Nederlands" if self.pdf_lang == "nl" else "English"
        if word:
            return self.tr("Report ready (%1). Save it as a Word draft to edit it, or print this preview.").replace("%1", lang)
        return self.tr("Report ready (%1). Save it as PDF or print it.").replace("%1", lang)

    def _failed(self, message: str) -> None:
        self.state_label.setText(self.tr("The report could not be made."))
        self.report_failed.emit(message)

    def _mark_outdated(self) -> None:
        if self.pdf is not None:
            self.state_label.setText(self.tr("The assessment has changed since this report was made. Generate it again."))

    def wait_for_job(self, msecs: int = 30000) -> None:
        """Let a running job finish (used when the window closes)."""
        if self.job is not None:
            self.job.wait(msecs)

    # -- preview ----------------------------------------------------------------------------

    def _show_preview(self, data: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        from .report_preview import ReportPreview

        if self.document is None:
            self.document = QPdfDocument(self)
            # The page fits the pane's width, up to its actual size; Ctrl++/Ctrl+- zoom.
            view = ReportPreview(self)
            view.setAccessibleName(self.tr("Report preview"))
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setPageSpacing(12)
            view.setDocument(self.document)
            self.view = view
            self.stack.addWidget(view)
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()
        assert isinstance(self.view, ReportPreview)
        self.stack.setCurrentWidget(self.view)
        self.view.refit()
        self.options_fold.fold_for(self.view)  # on a short window the page gets the choices' room

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    # -- saving and printing ----------------------------------------------------------------

    def suggested_file_name(self, fmt: str = "pdf") -> str:
        """Parties, version, language, revision and date (services.reports, as the command line)."""
        if fmt == "pdf":  # the PDF on screen
            return report_file_name(self.session.assessment, self.pdf_lang, self.made_variant)
        return report_file_name(self.session.assessment, self.lang_combo.currentData(), self.variant_combo.currentData(), fmt=fmt)

    def save(self) -> bool:
        return self.save_word() if self.format_combo.currentData() == "docx" else self.save_pdf()

    def save_pdf(self) -> bool:
        if self.pdf is None:
            return False
        target = ask_save_path(
            self, self.tr("Save report as PDF"), self.suggested_file_name(), self.tr("PDF documents (*.pdf)"), complete=_with(".pdf")
        )
        return self._write(target, lambda: self.pdf or b"")

    def save_word(self) -> bool:
        """The Word draft of the chosen version and language: made now, from the stored assessment."""
        title = self.tr("Save as Word draft")
        target = ask_save_path(self, title, self.suggested_file_name("docx"), self.tr("Word documents (*.docx)"), complete=_with(".docx"))
        return self._write(target, lambda: render_word_draft(report_input(self.session.store, self.session.assessment, self.options())))

    def _write(self, target: Path | None, make: Callable[[], bytes]) -> bool:
        if target is None:
            return False
        try:
            save_report(target, make())
        except StoreError as exc:
            self._failed(str(exc))
            return False
        except OSError as exc:
            self.file_error.emit(exc)
            return False
        self.state_label.setText(self.tr("Saved as %1").replace("%1", str(target)))
        return True

    def print_report(self) -> int:
        if self.document is None or self.pdf is None:
            return 0
        printer = choose_printer(self)
        if printer is None:
            return 0
        # Rendering a page at print resolution takes a moment; a modal progress dialog keeps the
        # window painting (it runs the event loop between pages) and lets the officer cancel.
        busy = QProgressDialog(self.tr("Printing the report…"), self.tr("Cancel"), 0, self.document.pageCount(), self)
        busy.setWindowTitle(self.tr("Printing"))
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)

        def step(done: int, total: int) -> bool:
            busy.setLabelText(self.tr("Printing page %1 of %2…").replace("%1", str(min(done + 1, total))).replace("%2", str(total)))
            busy.setValue(done)
            return not busy.wasCanceled()

        try:
            pages = print_document(self.document, printer, step)
        except OSError as exc:
            self.file_error.emit(exc)
            return 0
        finally:
            busy.close()
        if pages < self.document.pageCount():
            self.state_label.setText(self.tr("Printing cancelled after %1 pages.").replace("%1", str(pages)))
        else:
            self.state_label.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))
        return pages

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.generate_button.setEnabled(not busy)
        self.lang_combo.setEnabled(not busy)
        word = self.format_combo.currentData() == "docx"
        if self.pdf is not None and self.state_label.text() == self._ready_text(word=not word):
            self.state_label.setText(self._ready_text(word=word))  # the hint follows the format
        self.save_button.setText(self.tr("Sav&e as Word draft…") if word else self.tr("Sav&e as PDF…"))
        # A Word draft is made when it is saved; a PDF is saved as it was previewed.
        self.save_button.setEnabled(not busy and (word or self.pdf is not None))
        self.print_button.setEnabled(not busy and self.pdf is not None)

    def edit_roles(self) -> None:
        from .roles_dialog import edit_roles

        if edit_roles(self, self.session.store, self.session.assessment):
            self._mark_outdated()


def _with(suffix: str) -> Callable[[str], Path]:
    """The chosen name with ``suffix`` added when the user left it out."""
    return lambda name: Path(name if name.lower().endswith(suffix) else name + suffix)
