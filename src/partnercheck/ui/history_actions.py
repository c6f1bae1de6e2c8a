"""Looking back at the open assessment: the history of one question, of the whole
assessment, and the comparison with the previous assessment of the same partnership.

Each first saves what is on screen (a note being typed belongs in the history too), then
reads from the store and shows a non-blocking dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..store.errors import StoreError
from .messages import show_error

if TYPE_CHECKING:
    from .compare_dialog import CompareDialog
    from .history_dialog import HistoryDialog
    from .window_port import WindowPort


class HistoryActions(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window

    def show_question_history(self, question_id: str | None = None) -> HistoryDialog | None:
        from ..domain.numbering import question_number
        from .history_dialog import HistoryDialog
        from .history_text import describe

        w = self.window
        session, page = w.session, w.assessment_page
        if w.store is None or session is None or page is None:
            return None
        question_id = question_id or page.checklist_page.question.id
        page.checklist_page.flush_note()
        question = session.checklist.question(question_id)
        if question is None:
            return None
        try:
            entries = w.store.history(session.id, question_id)
        except StoreError as exc:
            show_error(w, exc)
            return None
        number = question_number(session.checklist, question_id)
        rows = [describe(e, session.checklist, w.lang) for e in entries]
        dialog = HistoryDialog(
            self.tr("History of question %1").replace("%1", number),
            f"{number} {question.text.get(w.lang)}",
            rows,
            with_subject=False,
            parent=w,
        )
        w.show_dialog(dialog)
        return dialog

    def show_assessment_history(self) -> HistoryDialog | None:
        from .history_dialog import HistoryDialog
        from .history_text import describe

        w = self.window
        session = w.session
        if w.store is None or session is None:
            return None
        if w.assessment_page is not None:
            w.assessment_page.flush()
        try:
            entries = w.store.history(session.id)
        except StoreError as exc:
            show_error(w, exc)
            return None
        p = session.assessment.partnership
        rows = [describe(e, session.checklist, w.lang) for e in entries]
        dialog = HistoryDialog(self.tr("Assessment history"), f"{p.dutch_party} – {p.counterpart}", rows, with_subject=True, parent=w)
        w.show_dialog(dialog)
        return dialog

    def compare_with_previous(self) -> CompareDialog | None:
        from ..domain.compare import compare
        from ..services.reports import previous_assessment
        from .compare_dialog import CompareDialog

        w = self.window
        session = w.session
        if w.store is None or session is None:
            return None
        if w.assessment_page is not None:
            w.assessment_page.flush()
        try:
            previous = previous_assessment(w.store, session.id)  # the one the report compares with
        except StoreError as exc:
            show_error(w, exc)
            return None
        if previous is None:
            p = session.assessment.partnership
            QMessageBox.information(
                w,
                self.tr("Nothing to compare with"),
                self.tr(
                    "There is no previous assessment of %1 – %2 to compare with.\n\n"
                    "A comparison needs an earlier revision of this assessment, or an earlier assessment of the same partnership "
                    "(Assessment › Duplicate for re-assessment starts one)."
                )
                .replace("%1", p.dutch_party)
                .replace("%2", p.counterpart),
            )
            return None
        comparison = compare(session.checklist, previous, session.assessment)
        dialog = CompareDialog(session.checklist, w.lang, previous, session.assessment, comparison, w)

        def go_to(question_id: str) -> None:
            dialog.accept()
            w.go_to_question(question_id)

        dialog.question_requested.connect(go_to)
        w.show_dialog(dialog)
        return dialog
