"""The window's controller for ties: the portfolio, one tie with its events and registers,
recording an event and the spreadsheet (the "due for review" notice is counted without it:
services.review_due). Reads and writes go through the store's API and services (no SQL here)."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..services import portfolio as portfolio_service
from ..services import tie_history
from ..services import ties as tie_service
from ..store.errors import StoreError, TieConflictError
from .dates import date_text
from .messages import show_error
from .woo_actions import WooActions

if TYPE_CHECKING:
    from pathlib import Path

    from .portfolio_dialog import PortfolioDialog
    from .review_settings import ReviewSettingsDialog
    from .tie_dialog import TieDialog
    from .tie_export import TieExport
    from .window_port import WindowPort


class TieActions(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window
        self.portfolio: PortfolioDialog | None = None
        self.tie_dialog: TieDialog | None = None
        self.woo = WooActions(window)  # holds and the Woo export, for a tie and the open assessment
        self._export: TieExport | None = None  # the tie file, made on first use

    def kind_words(self) -> dict[str, str]:
        return {
            "tie": self.tr("the tie"),
            "event": self.tr("an event"),
            "agreement": self.tr("an agreement"),
            "action": self.tr("an action"),
            "notes": self.tr("notes to answers"),
        }

    # -- the portfolio ------------------------------------------------------------------------

    def show_portfolio(self, *, due_first: bool = False) -> PortfolioDialog | None:
        from .portfolio_dialog import PortfolioDialog

        w = self.window
        if w.store is None:
            return None
        dialog = PortfolioDialog(w)
        dialog.open_tie_requested.connect(self.open_tie)
        dialog.export_requested.connect(self.export_spreadsheet)
        dialog.search_requested.connect(self._search)
        dialog.settings_requested.connect(self.edit_review_settings)
        self.portfolio = dialog
        if not self.refresh_portfolio(due_first=due_first):
            return None
        w.show_dialog(dialog)
        return dialog

    def refresh_portfolio(self, *, due_first: bool = False) -> bool:
        w, dialog = self.window, self.portfolio
        if w.store is None or dialog is None:
            return False
        today = _dt.date.today()
        try:
            rows = portfolio_service.portfolio(w.store, today)
            ids = portfolio_service.theme_ids(w.store, rows)
        except StoreError as exc:
            show_error(w, exc)
            return False
        titles = {t.id: t.title.get(w.lang) for t in w.store.library.active.themes}
        dialog.set_rows(rows, [(t, titles.get(t, t)) for t in ids], today, due_first=due_first)
        return True

    def edit_review_settings(self) -> ReviewSettingsDialog | None:
        from .review_settings import ReviewSettingsDialog

        w = self.window
        if w.store is None:
            return None
        try:
            policy = w.store.review_policy()
        except StoreError as exc:
            show_error(w, exc)
            return None
        dialog = ReviewSettingsDialog(policy, w.lang, self.portfolio or w)
        dialog.accepted.connect(lambda: self._save_policy(dialog))
        dialog.open()
        return dialog

    def _save_policy(self, dialog: ReviewSettingsDialog) -> None:
        w = self.window
        assert w.store is not None
        try:
            w.store.set_review_policy(dialog.policy())
        except StoreError as exc:
            show_error(w, exc)
            return
        self.refresh_portfolio()
        w.update_due_notice()

    def _search(self, text: str) -> None:
        w = self.window
        if w.store is None or self.portfolio is None:
            return
        try:
            hits = w.store.search(text)
        except StoreError as exc:
            show_error(w, exc)
            return
        self.portfolio.set_hits(hits, self.kind_words())

    def export_spreadsheet(self) -> None:
        from ..services.spreadsheet import save_portfolio_xlsx

        w = self.window
        if w.store is None:
            return
        from .save_as import ask_save_path

        target = ask_save_path(self.portfolio or w, self.tr("Export the portfolio"), "portefeuille.xlsx", self.tr("Spreadsheet (*.xlsx)"))
        if target is None:
            return
        name = str(target)
        today = _dt.date.today()
        try:
            rows = portfolio_service.portfolio(w.store, today)
            save_portfolio_xlsx(target, rows, portfolio_service.theme_ids(w.store, rows), today, w.lang)
        except (StoreError, OSError) as exc:
            show_error(w, exc)
            return
        w.statusBar().showMessage(self.tr("Saved %1").replace("%1", name), 5000)

    # -- one tie ------------------------------------------------------------------------------

    def open_tie(self, tie_id: int) -> TieDialog | None:
        from .tie_dialog import TieDialog
        from .tie_evidence import TieEvidenceTab

        w = self.window
        if w.store is None:
            return None
        try:
            tie = w.store.get_tie(tie_id)
        except StoreError as exc:
            show_error(w, exc)
            return None
        try:
            others = [t for t in w.store.list_ties() if t.id != tie_id]
        except StoreError as exc:
            show_error(w, exc)
            return None
        dialog = TieDialog(tie, w.lang, others, self.portfolio or w)
        dialog.event_recorded.connect(lambda event: self._record(dialog, event))
        dialog.merge_requested.connect(lambda other: self._merge(dialog, other))
        dialog.details_saved.connect(lambda changed: self._save_details(dialog, changed))
        dialog.split_requested.connect(lambda assessment: self._split(dialog, assessment))
        dialog.open_assessment_requested.connect(self._open_assessment)
        dialog.hold_requested.connect(lambda: self.woo.edit_tie_hold(tie_id, dialog, lambda: self._fill(dialog)))
        dialog.woo_requested.connect(lambda: self.woo.woo_export(tie_id, dialog))
        dialog.export_requested.connect(lambda: self.export_tie(tie_id, dialog))
        dialog.hold_button.setEnabled(w.store.read_only is None)  # a read-only database: the export only reads
        evidence = TieEvidenceTab(w.store, tie_id)
        evidence.changed.connect(lambda text: w.statusBar().showMessage(text, 5000))
        dialog.add_evidence_tab(evidence)
        self.tie_dialog = dialog
        self._fill(dialog)
        dialog.show()
        dialog.activateWindow()
        dialog.kind_combo.setFocus()  # keyboard first: the form is ready to type into
        return dialog

    def export_tie(self, tie_id: int, parent: TieDialog) -> Path | None:
        """The tie file `partnercheck export-tie` writes (ui.tie_export)."""
        if self._export is None:
            from .tie_export import TieExport

            self._export = TieExport(self.window)
        return self._export.export_tie(tie_id, parent)

    def _fill(self, dialog: TieDialog) -> None:
        w = self.window
        assert w.store is not None and dialog.tie.id is not None
        tie_id = dialog.tie.id
        today = _dt.date.today()
        row = next((r for r in portfolio_service.portfolio(w.store, today) if r.tie == tie_id), None)
        review = ""
        if row is not None and row.review.date is not None:
            if row.review.is_overdue(today):
                review = self.tr("Review due since %1.").replace("%1", date_text(row.review.date))
            elif row.review.is_due(today):
                review = self.tr("Review due now.")
            else:
                review = self.tr("Next review: %1.").replace("%1", date_text(row.review.date))
        dialog.set_contents(w.store.events(tie_id), tie_service.gift_rows(w.store, tie_id, w.lang), tie_service.cost_rows(w.store, tie_id), review)
        dialog.hold_label.setText(self.woo.tie_hold_text(tie_id))
        dialog.history_view.set_entries(tie_history.tie_history(w.store, tie_id), w.lang)

    def _record(self, dialog: TieDialog, event: object) -> None:
        from ..domain.events import Event

        w = self.window
        assert w.store is not None and isinstance(event, Event) and dialog.tie.id is not None
        try:
            tie_service.record_event(w.store, dialog.tie.id, event)
        except StoreError as exc:
            dialog.show_problem(str(exc))
            return
        dialog.clear_form()
        self._fill(dialog)
        self.refresh_portfolio()
        w.update_due_notice()
        w.statusBar().showMessage(self.tr("Event recorded"), 3000)

    def _save_details(self, dialog: TieDialog, changed: object) -> None:
        from ..domain.ties import Tie

        w = self.window
        assert w.store is not None and isinstance(changed, Tie)
        try:
            w.store.update_tie(changed, expected=dialog.details.tie)
        except TieConflictError:
            self._details_conflict(dialog)
            return
        except StoreError as exc:
            dialog.details.show_problem(str(exc))
            return
        dialog.tie = dialog.details.tie = changed
        self._fill(dialog)
        self.refresh_portfolio()
        w.update_due_notice()
        w.statusBar().showMessage(self.tr("Details of tie %1 saved").replace("%1", str(changed.id)), 3000)

    def _details_conflict(self, dialog: TieDialog) -> None:
        """The tie changed elsewhere since the dialog read it: nothing was saved. What the user
        typed stays in the form unless they choose to reload the saved details; kept, the
        fields they did not touch show the saved details, which become the form's base, so
        saving again writes what they typed over the saved details knowingly."""
        from . import ask

        w = self.window
        assert w.store is not None and dialog.tie.id is not None
        try:
            saved = w.store.get_tie(dialog.tie.id)
        except StoreError as exc:
            show_error(w, exc)
            return
        choice = ask.choose(
            dialog,
            self.tr("Changed elsewhere"),
            self.tr(
                "The details of this tie were changed in another window or program in the meantime, so your change was not saved. "
                "Keep what you typed, or reload the saved details (what you typed is then lost)?"
            ),
            self.tr("&Keep what I typed"),
            self.tr("&Reload saved details"),
        )
        dialog.tie = saved
        self._fill(dialog)
        if choice == 1:
            dialog.details.show_tie(saved)
            w.statusBar().showMessage(self.tr("The saved details of tie %1 are shown").replace("%1", str(saved.id)), 5000)
            return
        dialog.details.rebase(saved)
        dialog.details.show_problem(
            self.tr(
                "Not saved: the details were changed elsewhere (see History log). The fields you changed keep what you typed; "
                "the others now show the saved details. Save again to store your change."
            )
        )

    def _merge(self, dialog: TieDialog, other: int) -> None:
        from . import ask

        w = self.window
        assert w.store is not None and dialog.tie.id is not None
        question = self.tr("Merge tie %1 into tie %2? Its assessments, events and agreements move to tie %2; tie %1 goes.")
        if not ask.confirm(dialog, self.tr("Merge ties"), question.replace("%1", str(other)).replace("%2", str(dialog.tie.id)), self.tr("&Merge")):
            return
        try:
            w.store.merge_ties(dialog.tie.id, other)
        except StoreError as exc:
            show_error(w, exc)
            return
        self._reopen(dialog, dialog.tie.id)

    def _split(self, dialog: TieDialog, assessment_id: int) -> None:
        from . import ask

        w = self.window
        assert w.store is not None
        question = self.tr("Move assessment %1 (with its revisions) to a new tie of its own?").replace("%1", str(assessment_id))
        if not ask.confirm(dialog, self.tr("Split a tie"), question, self.tr("Mo&ve")):
            return
        try:
            new_tie = w.store.move_assessment(assessment_id)
        except StoreError as exc:
            show_error(w, exc)
            return
        self._reopen(dialog, new_tie)

    def _reopen(self, dialog: TieDialog, tie_id: int) -> None:
        dialog.close()
        self.refresh_portfolio()
        self.window.update_due_notice()
        self.open_tie(tie_id)

    def _open_assessment(self, assessment_id: int) -> None:
        for dialog in (self.tie_dialog, self.portfolio):
            if dialog is not None:
                dialog.close()
        self.window.open_assessment(assessment_id)
