"""The advice report: generated in a worker thread (the window never freezes), previewed with
QtPdf, saved as PDF or printed.

reportlab (through ``partnercheck.report``), QtPdf and QtPrintSupport are imported only when a
report is made, previewed or printed: none of them is on the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QThread, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import Assessment
from ..services.reports import ReportInput, ReportOptions, render, report_file_name, report_input, save_report
from ..store.errors import StoreError
from .session import AssessmentSession

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


class ReportJob(QThread):
    """Renders the report off the GUI thread from a ``ReportInput`` read beforehand (plain
    domain objects: no database access here), with ``services.reports.render``, the same
    call the command line makes."""

    progressed = Signal(int)  # percent
    succeeded = Signal(object)  # the PDF as bytes
    failed = Signal(str)

    def __init__(self, request: ReportInput, parent: Any = None) -> None:
        super().__init__(parent)
        self.request = request

    @property
    def previous(self) -> Assessment | None:
        return self.request.previous

    def _progress(self, *args: Any) -> None:
        try:
            if len(args) >= 2 and args[1]:
                percent = 100 * float(args[0]) / float(args[1])
            elif args:
                value = float(args[0])
                percent = value * 100 if value <= 1 else value
            else:
                return
        except (TypeError, ValueError):
            return
        self.progressed.emit(max(0, min(100, int(percent))))

    def run(self) -> None:
        try:
            data = render(self.request, progress=self._progress)
        except Exception as exc:  # noqa: BLE001 - any failure is shown to the user, not raised in a thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(bytes(data))


def choose_printer(parent: QWidget) -> QPrinter | None:
    """Ask for a printer with Qt's print dialog; None when cancelled. Tests replace this."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_document(document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], bool] | None = None) -> int:
    """Render every page onto the printer, on white (QtPdf renders transparent). Pages printed.

    ``progress(done, total)`` is called before each page and at the end; returning False stops
    (the pages sent so far stay sent)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    total = document.pageCount()
    try:
        device_dpi = max(1, printer.resolution())
        for page in range(total):
            if progress is not None and not progress(page, total):
                break
            if page:
                printer.newPage()
            viewport = painter.viewport()
            points = document.pagePointSize(page)
            if points.width() <= 0 or points.height() <= 0:
                continue
            scale = min(viewport.width() / points.width(), viewport.height() / points.height())
            width, height = int(points.width() * scale), int(points.height() * scale)
            # Render at most PRINT_DPI: enough for text, and an A4 page stays ~35 MB.
            render_scale = min(1.0, PRINT_DPI / device_dpi)
            image = document.render(page, QSize(max(1, int(width * render_scale)), max(1, int(height * render_scale))))
            target = viewport.adjusted(0, 0, 0, 0)
            target.setSize(QSize(width, height))
            painter.fillRect(target, QColor("white"))
            painter.drawImage(target, image)
            printed += 1
        if progress is not None:
            progress(printed, total)
    finally:
        painter.end()
    return printed


class ReportPage(QWidget):
    report_ready = Signal()
    report_failed = Signal(str)
    file_error = Signal(object)  # OSError while saving

    def __init__(self, session: AssessmentSession, report_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: ReportJob | None = None
        self.pdf: bytes | None = None
        self.pdf_lang = report_lang  # the language of self.pdf, for the proposed file name
        self.document: QPdfDocument | None = None
        self.view: QWidget | None = None
        self._buffer: QBuffer | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        lang_label = QLabel(self.tr("Report &language:"))
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Report language"))
        self.lang_combo.addItem("Nederlands", "nl")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(report_lang)))
        lang_label.setBuddy(self.lang_combo)
        bar.addWidget(lang_label)
        bar.addWidget(self.lang_combo)
        self.generate_button = QPushButton(self.tr("&Generate report"))
        self.generate_button.clicked.connect(self.generate)
        bar.addWidget(self.generate_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        bar.addWidget(self.progress)
        bar.addStretch(1)
        self.save_button = QPushButton(self.tr("Sav&e as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.clicked.connect(self.print_report)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)

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
        # Read here, on the GUI thread, with the options the command line uses too; the job
        # gets its own copies: later edits cannot change a report being made, and the worker
        # never touches the database.
        try:
            request = report_input(self.session.store, self.session.assessment, ReportOptions(lang=lang))
        except StoreError as exc:
            self._failed(str(exc))
            return None
        job = ReportJob(request, self)
        self.job = job
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

    def _job_done(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.progress.hide()
        self.unsetCursor()
        self._update_buttons()

    def _finished(self, data: bytes, lang: str) -> None:
        self.pdf, self.pdf_lang = data, lang
        self._show_preview(data)
        self.state_label.setText(self.tr("Report ready (%1). Save it as PDF or print it.").replace("%1", "Nederlands" if lang == "nl" else "English"))
        self.report_ready.emit()

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

        if self.document is None:
            self.document = QPdfDocument(self)
            view = QPdfView(self)
            view.setAccessibleName(self.tr("Report preview"))
            view.setPageMode(QPdfView.PageMode.MultiPage)
            # Actual size (readable, a page at a glance) rather than fit-to-width, which at
            # 1366 px blows a page up to twice its size.
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(1.0)
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
        assert self.view is not None
        self.stack.setCurrentWidget(self.view)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    # -- saving and printing ----------------------------------------------------------------

    def suggested_file_name(self) -> str:
        return report_file_name(self.session.assessment, self.pdf_lang)

    def save_pdf(self) -> bool:
        if self.pdf is None:
            return False
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save report as PDF"), self.suggested_file_name(), self.tr("PDF documents (*.pdf)"))
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        target = Path(path)
        try:
            save_report(target, self.pdf)
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
        self.save_button.setEnabled(not busy and self.pdf is not None)
        self.print_button.setEnabled(not busy and self.pdf is not None)
