"""The report preview's zoom commands and their keys, in one list: the preview's actions
(report_preview.py) and the keyboard overview (keyboard_help.py) are both made from it, so
the overview names the keys the preview has. Without QtPdf: F1 does not load the preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def zoom_commands() -> list[tuple[str, str, list[QKeySequence]]]:
    """(the ReportPreview method, its text in the language in use, its keys)."""

    def text(source: str) -> str:
        return QCoreApplication.translate("ReportPreview", source)

    return [
        ("zoom_in", text("Zoom in"), [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]),
        ("zoom_out", text("Zoom out"), [QKeySequence(QKeySequence.StandardKey.ZoomOut)]),
        ("fit_width", text("Fit to width"), [QKeySequence("Ctrl+0")]),
    ]
