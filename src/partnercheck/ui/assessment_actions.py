"""Making and removing assessments: new, edit details, duplicate for a re-assessment, delete
(to the bin), undo delete, and the bin itself (restore, empty for good).

Delete, undo and the bin share one piece of state: the assessment deleted last, which
Undo delete brings back until it is restored or the bin is emptied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.retention import Judgement, Reason
from ..services import assessments
from ..store.errors import StoreError
from .dates import date_text, short_date_text
from .messages import show_error
from .records_actions import RecordsActions

if TYPE_CHECKING:
    from ..domain.evidence import BinnedEvidence
    from ..domain.reference import KnownPartnership
    from .bin_dialog import BinDialog
    from .partnership_dialog import PartnershipDialog
    from .window_port import WindowPort


class AssessmentActions(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window
        self.last_deleted: int | None = None
        self._reference: list[KnownPartnership] | None = None
        self.records = RecordsActions(window)  # retention periods and the destruction list, from the bin

    # -- new and changed --------------------------------------------------------------------

    def reference(self) -> list[KnownPartnership]:
        """The known partnerships the new-assessment dialog suggests; read when first asked for."""
        if self._reference is None:
            from ..domain.reference import load_reference
            from ..resources import reference_file

            self._reference = load_reference(reference_file())
        return self._reference

    def new_assessment(self) -> PartnershipDialog | None:
        from .partnership_dialog import PartnershipDialog

        w = self.window
        if w.store is None:
            return None
        try:
            ties = w.store.list_ties()
        except StoreError as exc:
            show_error(w, exc)
            return None
        dialog = PartnershipDialog(self.reference(), w.lang, assessor=w.settings.assessor, ties=ties, parent=w)
        dialog.accepted.connect(lambda: self._create_assessment(dialog))
        w.show_dialog(dialog)
        return dialog

    def _create_assessment(self, dialog: PartnershipDialog) -> None:
        w = self.window
        assert w.store is not None
        assessor = dialog.assessor()
        w.settings.assessor = assessor
        w.sync_actor()
        try:
            new_id = assessments.create(w.store, dialog.partnership(), assessor, tie_id=dialog.tie_id())
        except StoreError as exc:
            show_error(w, exc)
            return
        w.reload_list(select_id=new_id)
        w.open_assessment(new_id)

    def edit_details(self) -> PartnershipDialog | None:
        from .partnership_dialog import PartnershipDialog

        w = self.window
        session = w.session
        if session is None:
            return None
        dialog = PartnershipDialog([], w.lang, assessor=session.assessment.assessor, initial=session.assessment.partnership, parent=w)
        seen = (session.assessment.partnership, session.assessment.assessor)  # what the user starts editing from
        dialog.accepted.connect(lambda: session.update_partnership(dialog.partnership(), dialog.assessor(), expected=seen))
        w.show_dialog(dialog)
        return dialog

    def duplicate(self) -> int | None:
        w = self.window
        assessment_id = w.current_id()
        if w.store is None or assessment_id is None:
            return None
        if w.assessment_page is not None and not w.assessment_page.flush():
            return None
        try:
            new_id = assessments.duplicate(w.store, assessment_id, assessor=w.settings.assessor or None)
        except StoreError as exc:
            show_error(w, exc)
            return None
        page = w.open_assessment(new_id)
        if page is not None:
            w.statusBar().showMessage(self.tr("This is a copy for the re-assessment. The original is unchanged."), 8000)
        return new_id

    # -- delete and undo --------------------------------------------------------------------

    def delete_assessment(self) -> bool:
        w = self.window
        assessment_id = w.current_id()
        if w.store is None or assessment_id is None:
            return False
        try:
            p = w.store.get(assessment_id).partnership
        except StoreError as exc:
            show_error(w, exc)
            return False
        answer = QMessageBox.question(
            w,
            self.tr("Delete assessment"),
            self.tr("Delete the assessment of %1 – %2?\n\nIt is moved to the bin; Assessment › Undo delete or File › Bin brings it back.")
            .replace("%1", p.dutch_party)
            .replace("%2", p.counterpart),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if w.session is not None and w.session.id == assessment_id:
            w.close_assessment()
            w.stack.setCurrentWidget(w.list_page)
        try:
            assessments.move_to_bin(w.store, assessment_id)
        except StoreError as exc:
            show_error(w, exc)
            return False
        self.last_deleted = assessment_id
        w.reload_list()
        w.update_actions()
        w.statusBar().showMessage(self.tr("Assessment deleted. Assessment › Undo delete or File › Bin brings it back."), 10000)
        return True

    def undo_delete(self) -> bool:
        w = self.window
        if w.store is None or self.last_deleted is None:
            return False
        assessment_id, self.last_deleted = self.last_deleted, None
        try:
            assessments.restore(w.store, assessment_id)
        except StoreError as exc:
            show_error(w, exc)
            return False
        if w.session is None:
            w.reload_list(select_id=assessment_id)
        w.update_actions()
        w.statusBar().showMessage(self.tr("Assessment restored."), 5000)
        return True

    # -- the bin ----------------------------------------------------------------------------

    def show_bin(self) -> BinDialog | None:
        from .bin_dialog import BinDialog

        w = self.window
        if w.store is None:
            return None
        dialog = BinDialog(w)
        dialog.restore_requested.connect(lambda assessment_id: self.restore_from_bin(assessment_id, dialog))
        dialog.empty_requested.connect(lambda: self.empty_bin(dialog))
        dialog.periods_requested.connect(lambda: self.records.edit_periods(dialog, lambda: self.fill_bin(dialog)))
        dialog.destruction_list_requested.connect(lambda: self.records.save_destruction_list(dialog))
        dialog.file_restore_requested.connect(lambda evidence_id: self.restore_file_from_bin(evidence_id, dialog))
        dialog.tie_file_restore_requested.connect(lambda evidence_id: self.restore_tie_file_from_bin(evidence_id, dialog))
        if not self.fill_bin(dialog):
            dialog.deleteLater()
            return None
        w.show_dialog(dialog)
        return dialog

    def fill_bin(self, dialog: BinDialog) -> bool:
        w = self.window
        if w.store is None:
            return False
        import datetime as _dt

        try:
            fates = {j.id: self._fate(j) for j in w.store.judgements(_dt.date.today(), in_bin=True)}
            dialog.set_summaries(w.store.list_summaries(in_bin=True), fates)
            dialog.set_binned_files(*self._binned_files(), w.store.binned_tie_evidence())
        except StoreError as exc:
            show_error(w, exc)
            return False
        return True

    def restore_from_bin(self, assessment_id: int, dialog: BinDialog | None = None) -> bool:
        w = self.window
        if w.store is None:
            return False
        try:
            assessments.restore(w.store, assessment_id)
        except StoreError as exc:
            show_error(dialog or w, exc)
            return False
        if self.last_deleted == assessment_id:
            self.last_deleted = None
        if dialog is not None:
            self.fill_bin(dialog)
        if w.session is None:
            w.reload_list(select_id=assessment_id)
        w.update_actions()
        w.statusBar().showMessage(self.tr("Assessment restored."), 5000)
        return True

    def _binned_files(self) -> tuple[list[BinnedEvidence], dict[tuple[int, str], str]]:
        """The evidence files in the bin and their questions' numbers (3.2) in their checklists."""
        from ..domain.numbering import question_numbers

        store = self.window.store
        assert store is not None
        files = store.binned_evidence()
        numbers: dict[tuple[int, str], str] = {}
        for key in {f.checklist for f in files}:
            checklist = store.library.get(*key)
            if checklist is not None:
                by_id = question_numbers(checklist)
                numbers.update({(f.assessment_id, f.item.question_id): by_id.get(f.item.question_id, "") for f in files if f.checklist == key})
        return files, numbers

    def restore_file_from_bin(self, evidence_id: int, dialog: BinDialog | None = None) -> bool:
        """Attach a binned file to its answer again (only while the assessment may change)."""
        from ..services import evidence

        w = self.window
        if w.store is None:
            return False
        try:
            assessment_id, _ = w.store.evidence_item(evidence_id)
            evidence.restore(w.store, evidence_id)
        except StoreError as exc:
            show_error(dialog or w, exc)
            return False
        if dialog is not None:
            self.fill_bin(dialog)
        page = w.assessment_page
        if w.session is not None and w.session.id == assessment_id and page is not None:
            panel = page.checklist_page.evidence_panel
            if panel.question_id is not None:
                panel.show_question(panel.question_id)  # the open answer lists it again
        w.statusBar().showMessage(self.tr("Evidence file restored."), 5000)
        return True

    def restore_tie_file_from_bin(self, evidence_id: int, dialog: BinDialog | None = None) -> bool:
        """Attach a binned file to its tie again (an open tie dialog lists it when next active)."""
        from ..services import evidence

        w = self.window
        if w.store is None:
            return False
        try:
            evidence.restore_to_tie(w.store, evidence_id)
        except StoreError as exc:
            show_error(dialog or w, exc)
            return False
        if dialog is not None:
            self.fill_bin(dialog)
        w.statusBar().showMessage(self.tr("Evidence file restored."), 5000)
        return True

    def empty_bin(self, dialog: BinDialog | None = None) -> int:
        """Remove what is in the bin for good, after asking; returns how many went."""
        w = self.window
        if w.store is None:
            return 0
        try:
            count = len(w.store.list_summaries(in_bin=True))
            files = len(w.store.binned_evidence()) + len(w.store.binned_tie_evidence())
        except StoreError as exc:
            show_error(dialog or w, exc)
            return 0
        if count == 0 and files == 0:
            return 0
        what = []
        if count:
            what.append(self.tr("Remove the %n assessment(s) in the bin for good? This cannot be undone.", "", count))
        if files:
            what.append(self.tr("Remove the %n evidence file(s) in the bin for good? This cannot be undone.", "", files))
        answer = QMessageBox.question(
            dialog or w,
            self.tr("Empty the bin"),
            "\n".join(what)
            + "\n\n"
            + self.tr(
                "Drafts are destroyed at once. Assessments in review or final are records: they are destroyed only when their "
                "retention period has ended and no hold is set, and then put on the destruction list; the others stay in the bin."
            )
            + "\n\n"
            + self.tr("An evidence file stays in the bin while its assessment is in review or final (it goes with it) or on hold."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        from ..services import retention

        try:
            emptied = retention.empty_bin(w.store)
        except StoreError as exc:
            show_error(dialog or w, exc)
            return 0
        removed = len(emptied.destroyed)
        self.last_deleted = None
        if dialog is not None:
            self.fill_bin(dialog)
        w.update_actions()
        done = self.tr("The bin is empty: %n assessment(s) removed for good.", "", removed)
        if emptied.kept:
            done = self.tr("Removed for good: %1. Kept in the bin: %2.").replace("%1", str(removed)).replace("%2", str(len(emptied.kept)))
        if emptied.files_destroyed or emptied.files_kept:
            done += " " + self.tr("Evidence files removed for good: %1; kept: %2.").replace("%1", str(emptied.files_destroyed)).replace(
                "%2", str(emptied.files_kept)
            )
        w.statusBar().showMessage(done, 8000)
        if emptied.kept:
            self._say_kept(dialog or w, emptied.kept)
        return removed

    def _why_kept(self, j: Judgement) -> str:
        if j.reason is Reason.HOLD:
            return self.tr("a hold is set")
        if j.reason is Reason.NO_PERIOD:
            return self.tr("no retention period is set for this kind of record, so it is kept")
        return self.tr("its retention period ends on %1").replace("%1", date_text(j.due) if j.due else "?")

    def _fate(self, j: Judgement) -> str:
        """What emptying the bin would do to it, for the bin's table."""
        if j.reason is Reason.DRAFT:
            return self.tr("destroyed (a draft)")
        if j.reason is Reason.DUE:
            return self.tr("destroyed (period ended)")
        if j.reason is Reason.HOLD:
            return self.tr("kept: hold")
        if j.reason is Reason.NO_PERIOD:
            return self.tr("kept: no retention period set")
        return self.tr("kept until %1").replace("%1", short_date_text(j.due) if j.due else "?")

    def _say_kept(self, parent: QWidget, kept: list[Judgement]) -> None:
        """Name each assessment the retention rules kept in the bin, and why."""
        lines = []
        for j in kept:
            why = self._why_kept(j)
            lines.append(f"• {j.facts.dutch_party} – {j.facts.counterpart}: {why}")
        QMessageBox.information(
            parent,
            self.tr("Kept in the bin"),
            self.tr("These records were not destroyed and stay in the bin:") + "\n\n" + "\n".join(lines),
        )
