"""The report's preview: QtPdf's view with the page fitted to the pane's width.

At 1024×768 and 150 % the pane is about 600 pixels wide and a page at its actual size is
about 800: at a fixed zoom the preview scrolled sideways and showed a strip of the page. The
page now follows the pane's width, up to its actual size (a wide window shows the page as
large as it is printed, not twice that: fitting alone would blow it up at 1366 pixels).
Ctrl++ and Ctrl+- (and Ctrl+wheel) zoom in and out; Ctrl+0 fits the width again; the same in
the preview's context menu.

Imported with QtPdf when the first report is previewed, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QResizeEvent, QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from .preview_keys import zoom_commands

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
POINTS_PER_INCH = 72.0


class ReportPreview(QPdfView):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.fitting = True  # the zoom follows the pane's width until the user zooms
        # Our own fit rather than QPdfView's FitToWidth, to stop at the actual size.
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name, text, keys in zoom_commands():  # the keyboard overview lists the same (preview_keys)
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, name))
            self.addAction(action)
        self.viewport().installEventFilter(self)

    def width_factor(self) -> float:
        """The zoom at which the first page fills the pane's width, at most its actual size."""
        document = self.document()
        page = document.pagePointSize(0) if document is not None and document.pageCount() else None
        if page is None or page.width() <= 0:
            return 1.0
        margins = self.documentMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        # QPdfView draws a page of 72 points an inch at the screen's logical dots per inch.
        actual = page.width() * self.logicalDpiX() / POINTS_PER_INCH
        return max(ZOOM_RANGE[0], min(1.0, room / actual))

    def page_fraction_in_view(self) -> float:
        """How much of a page's height the pane shows at the present zoom (1.0: a whole page)."""
        document = self.document()
        page = document.pagePointSize(0) if document is not None and document.pageCount() else None
        if page is None or page.height() <= 0:
            return 1.0
        return self.viewport().height() / (page.height() * self.logicalDpiY() / POINTS_PER_INCH * self.zoomFactor())

    def fit_width(self) -> None:
        self.fitting = True
        self._apply(self.width_factor())

    def zoom_in(self) -> None:
        self._zoom(self.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.fitting = False
        self._apply(min(ZOOM_RANGE[1], max(ZOOM_RANGE[0], factor)))

    def _apply(self, factor: float) -> None:
        if abs(factor - self.zoomFactor()) > 1e-3:
            self.setZoomFactor(factor)

    def refit(self) -> None:
        """After a new document is loaded: fitted, unless the user has zoomed."""
        if self.fitting:
            self._apply(self.width_factor())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The viewport's own resize: a vertical scroll bar appearing narrows it too.
        if watched is self.viewport() and event.type() == QEvent.Type.Resize and self.fitting:
            self._apply(self.width_factor())
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.angleDelta().y():
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)
