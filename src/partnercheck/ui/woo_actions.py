"""Holds and the Woo export in the window: the hold on the open assessment or on a tie (with
its reason), and every record of a tie gathered in a folder for a Woo request.

The same services as the command line (services.retention.hold / hold_tie,
services.woo.woo_export); no SQL here. The export runs on the GUI thread with a progress
dialog that keeps the window painting and can cancel it: the store's connection belongs to
this thread, and a cancelled export leaves nothing behind (the service writes whole or not at all).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..services import retention
from ..store.errors import StoreError
from .messages import show_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..services.woo import WooExport
    from .hold_dialog import HoldDialog
    from .window_port import WindowPort


class WooActions(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window
        self.last_summary = ""  # the result summary last shown (tests read it)

    # -- holds --------------------------------------------------------------------------------

    def edit_assessment_hold(self) -> HoldDialog | None:
        """The hold on the open assessment: set it with a reason, change the reason, lift it."""
        from .hold_dialog import HoldDialog

        w = self.window
        store = w.store
        if w.session is None or store is None:
            return None
        assessment_id = w.session.id
        try:
            hold = store.hold_of(assessment_id)
        except StoreError as exc:
            show_error(w, exc)
            return None
        dialog = HoldDialog(self.tr("assessment %1").replace("%1", str(assessment_id)), hold.reason if hold else None, w)
        dialog.accepted.connect(
            lambda: self._apply(dialog, lambda on, reason: retention.hold(store, assessment_id, on, reason), self._after_assessment)
        )
        w.show_dialog(dialog)
        return dialog

    def _after_assessment(self, on: bool) -> None:
        page = self.window.assessment_page
        if page is not None:
            page.show_hold()
        self.window.statusBar().showMessage(self.tr("Hold set.") if on else self.tr("Hold lifted."), 5000)

    def edit_tie_hold(self, tie_id: int, parent: QWidget, done: Callable[[], object] | None = None) -> HoldDialog | None:
        """The hold on every assessment of a tie (the bin included), as ``hold --tie``."""
        from .hold_dialog import HoldDialog

        w = self.window
        store = w.store
        if store is None:
            return None
        try:
            holds = store.tie_holds(tie_id)
        except StoreError as exc:
            show_error(parent, exc)
            return None
        reasons = [h.reason for h in holds.values() if h is not None]
        what = self.tr("tie %1 and its %n assessment(s)", "", len(holds)).replace("%1", str(tie_id))
        dialog = HoldDialog(what, reasons[0] if reasons else None, parent)

        def after(on: bool) -> None:
            page = w.assessment_page
            if page is not None:
                page.show_hold()
            if done is not None:
                done()
            said = self.tr("Hold set on tie %1.") if on else self.tr("Hold on tie %1 lifted.")
            w.statusBar().showMessage(said.replace("%1", str(tie_id)), 5000)

        dialog.accepted.connect(lambda: self._apply(dialog, lambda on, reason: retention.hold_tie(store, tie_id, on, reason), after))
        dialog.open()
        return dialog

    def _apply(self, dialog: HoldDialog, write: Callable[[bool, str], object], after: Callable[[bool], None]) -> bool:
        on = dialog.choice == dialog.SET
        try:
            write(on, dialog.reason() if on else "")
        except StoreError as exc:
            show_error(dialog.parentWidget() or self.window, exc)
            return False
        after(on)
        return True

    def tie_hold_text(self, tie_id: int) -> str:
        """What the tie's Details tab says about its hold."""
        store = self.window.store
        if store is None:
            return ""
        try:
            holds = store.tie_holds(tie_id)
        except StoreError:
            return ""
        held = [h for h in holds.values() if h is not None]
        if not held:
            return self.tr("No hold.")
        text = self.tr("Hold on %1 of the %n assessment(s) since %2.", "", len(holds)).replace("%1", str(len(held)))
        from .dates import date_text

        text = text.replace("%2", date_text(min(h.since for h in held).date()))
        reasons = sorted({h.reason for h in held if h.reason})
        if reasons:
            text += " " + self.tr("Reason: “%1”.").replace("%1", "; ".join(reasons))
        return text

    # -- the Woo export -----------------------------------------------------------------------

    def woo_export(self, tie_id: int, parent: QWidget, folder: str | None = None) -> WooExport | None:
        """Ask for a folder and gather every record of the tie in it, with a progress dialog;
        then say where, how many and what to review. An empty folder is used as it is;
        otherwise a new folder ``woo-tie-N-DATE`` is made inside the chosen one."""
        from ..services.woo import WooCancelled, WooError, woo_export

        w = self.window
        if w.store is None:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(parent, self.tr("Choose the folder for the Woo export"), str(w.store.path.parent))
        if not folder:
            return None
        target = Path(folder)
        if target.is_dir() and any(target.iterdir()):
            target = target / f"woo-tie-{tie_id}-{_dt.date.today().isoformat()}"
        progress = QProgressDialog(self.tr("Gathering the records of tie %1…").replace("%1", str(tie_id)), self.tr("Cancel"), 0, 1, parent)
        progress.setWindowTitle(self.tr("Woo export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()
            if progress.wasCanceled():
                raise WooCancelled

        try:
            result = woo_export(w.store, tie_id, target, w.lang, step)
        except WooCancelled:
            w.statusBar().showMessage(self.tr("Woo export cancelled; nothing was written."), 8000)
            return None
        except WooError:
            text = self.tr("“%1” is not an empty folder, and nothing is overwritten. Choose a new or empty folder.")
            self._problem(parent, text.replace("%1", str(target)))
            return None
        except StoreError as exc:
            show_error(parent, exc)
            return None
        except OSError as exc:
            text = self.tr("The Woo export could not be written to “%1” (%2). Nothing was left behind; choose another folder.")
            self._problem(parent, text.replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return None
        finally:
            progress.close()
        self.last_summary = self._summary(result)
        QMessageBox.information(parent, self.tr("Woo export"), self.last_summary)
        return result

    def _problem(self, parent: QWidget, text: str) -> None:
        self.last_summary = text
        QMessageBox.warning(parent, self.tr("Woo export not written"), text)

    def _summary(self, result: WooExport) -> str:
        lines = [
            self.tr("Written to %1:").replace("%1", str(result.folder)),
            self.tr("%n document(s); index.csv lists them.", "", len(result.documents)),
            self.tr("Tie %1 with %n assessment(s), revisions and the bin included.", "", len(result.assessments)).replace("%1", str(result.tie)),
            self.tr("%n publication decision(s) with who, when and the weighing (publication-decisions.csv).", "", result.decisions),
            self.tr("redaction.csv names %n passage(s) with personal data to review,", "", result.passages)
            + " "
            + self.tr("and %n possible name(s) in free text, each with the passage around it.", "", result.names),
            self.tr("Nothing was redacted: weighing each passage is the officer's decision."),
            self.tr("A Woo request is a reason to set a hold on the tie (Legal hold… on its Details tab)."),
        ]
        return "\n\n".join(lines)
