"""The report tab's helpers off its page: the worker thread that renders a report, and
printing a previewed PDF page by page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QThread, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ..domain.assessment import Assessment
from ..services.reports import ReportInput, render

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
