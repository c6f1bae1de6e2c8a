"""Every shortcut the window can have, for the tests that hold the F1 overview and the user
guides to it: a window with an assessment and its report preview open (the preview's zoom keys
exist only then), in the language the test asks for."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QShortcut


def portable(sequence: QKeySequence) -> str:
    """Qt's own spelling, in every language (the Dutch native text says "Ctrl+Pijl omlaag")."""
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def window_with_everything_open(make_window: Any, store: Any, new_assessment: Any, lang: str) -> tuple[Any, Any]:
    """(window, report preview) with an assessment open in ``lang``."""
    from partnercheck.ui.report_preview import ReportPreview  # QtPdf: only when a report is shown

    assessment_id = store.create(new_assessment)
    window = make_window(lang=lang)
    page = window.open_assessment(assessment_id)
    assert page is not None
    return window, ReportPreview(page.report_page)


def shortcut_keys(window: Any, preview: Any, leave_out: tuple[QAction, ...] = ()) -> set[str]:
    """The keys of every menu action, page shortcut and preview action, in Qt's spelling."""
    actions = [a for a in window.findChildren(QAction) + preview.actions() if a not in leave_out]
    keys = {portable(k) for a in actions for k in a.shortcuts()} | {portable(s.key()) for s in window.findChildren(QShortcut)}
    keys.discard("")
    return keys
