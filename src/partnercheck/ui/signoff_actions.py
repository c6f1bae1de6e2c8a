"""Sign-off of the open assessment: send for review, back to draft, approve (final and
locked), and a new revision of a final assessment.

The rules are the domain's (domain/signoff.py: which stage follows which, every question
answered and every answer fitting the tie before approval), enforced by the store and reached
through services.assessments; this module asks first, explains a refusal, and offers to go to
the first unanswered question, or the first answer that does not fit the tie.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..domain.assessment import AssessmentState
from ..services import assessments
from ..store.errors import StateError, StoreError
from . import ask
from .messages import show_error

if TYPE_CHECKING:
    from ..domain.answer_fit import Misfit
    from ..domain.checklist import Question
    from .signoff import ApproveDialog
    from .window_port import WindowPort


class SignoffActions(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window

    def change_state(self, state: AssessmentState) -> bool | ApproveDialog | None:
        """Send for review or back to draft once confirmed; approval asks who (see ``approve``)."""
        if state is AssessmentState.FINAL:
            return self.approve()
        w = self.window
        session = w.session
        if session is None or (w.assessment_page is not None and not w.assessment_page.flush()):
            return False
        if not self._confirm_state(state):
            return False
        try:
            session.set_state(state)
        except StoreError as exc:
            self._state_refused(exc)
            return False
        w.update_actions()
        if state is AssessmentState.REVIEW:
            message = self.tr("Sent for review. Approving it (Assessment › Approve) makes it final.")
            missing = len(session.unanswered())
            if missing:
                message += " " + self.tr("%n question(s) still need an answer before it can be approved.", "", missing)
        else:
            message = self.tr("Back to draft: the assessment can be changed again.")
        w.statusBar().showMessage(message, 10000)
        return True

    def _confirm_state(self, state: AssessmentState) -> bool:
        """Ask before a stage change, with a button that names it (Enter takes it, Esc does not)."""
        if state is AssessmentState.REVIEW:
            return ask.confirm(
                self.window,
                self.tr("Send for review?"),
                self.tr("While the assessment is in review its answers, notes, details and action plan are locked. Back to draft unlocks them."),
                self.tr("Send for &review"),
            )
        return ask.confirm(
            self.window,
            self.tr("Back to draft?"),
            self.tr("The assessment leaves review and can be changed again. It must be sent for review again before it can be approved."),
            self.tr("Back to &draft"),
        )

    def approve(self) -> ApproveDialog | None:
        """Ask who approves (and say the assessment will be locked); then make it final."""
        from .signoff import ApproveDialog

        w = self.window
        session = w.session
        if session is None or AssessmentState.FINAL not in session.offered_moves():
            return None
        if w.assessment_page is not None and not w.assessment_page.flush():
            return None
        missing = session.unanswered()
        if missing:
            self._offer_unanswered(missing)
            return None
        found = session.misfits()
        if found:  # asked before the approver's name is typed: the store would refuse it anyway
            self._offer_misfits(found)
            return None
        dialog = ApproveDialog(session.assessment, w)
        dialog.accepted.connect(lambda: self._approve(dialog.approver(), dialog.reviewer()))
        w.show_dialog(dialog)
        return dialog

    def _approve(self, approver: str, reviewer: str = "") -> bool:
        w = self.window
        session = w.session
        if session is None:
            return False
        try:
            if reviewer and reviewer != (session.assessment.reviewed_by or ""):
                session.set_reviewer(reviewer)
            session.set_state(AssessmentState.FINAL, by=approver)
        except StoreError as exc:
            self._state_refused(exc)
            return False
        w.update_actions()
        w.statusBar().showMessage(self.tr("Approved by %1. The assessment is final and locked.").replace("%1", approver), 10000)
        return True

    def new_revision(self) -> int | None:
        """A draft copy of a final assessment to change; the final one stays as it was."""
        w = self.window
        if w.store is None or w.session is None:
            return None
        try:
            new_id = assessments.revise(w.store, w.session.id)
        except StoreError as exc:
            show_error(w, exc)
            return None
        if w.open_assessment(new_id) is not None:
            w.statusBar().showMessage(self.tr("New revision made. The final version is unchanged."), 8000)
        return new_id

    def newer_checklist(self) -> str | None:
        """The newest version of the open assessment's checklist, if it is newer than its own."""
        session = self.window.session
        if session is None or session.assessment.deleted is not None:
            return None
        newest = session.checklist if self.window.store is None else self.window.store.library.newest(session.checklist.id)
        return newest.version if newest.version != session.checklist.version else None

    def upgrade_checklist(self) -> int | None:
        """A new revision of the open assessment on the newest checklist; this one stays as it is."""
        w = self.window
        version = self.newer_checklist()
        if w.store is None or w.session is None or version is None:
            return None
        question = self.tr(
            "Start a new revision on checklist %1? Unchanged questions keep their answers; changed ones start open, the old answer in their note."
        ).replace("%1", version)
        if not ask.confirm(w, self.tr("Upgrade to the newest checklist"), question, self.tr("&Upgrade")):
            return None
        try:
            new_id, summary = assessments.upgrade(w.store, w.session.id)
        except StoreError as exc:
            show_error(w, exc)
            return None
        if w.open_assessment(new_id) is not None:
            QMessageBox.information(w, self.tr("Upgraded to checklist %1").replace("%1", version), "\n".join(summary.lines(w.lang)))
        return new_id

    def _state_refused(self, exc: StoreError) -> None:
        """The store said no: unanswered questions and answers that do not fit the tie get an
        offer to go there; the rest a message."""
        w = self.window
        if isinstance(exc, StateError) and w.session is not None:
            missing = w.session.unanswered()  # re-read by the session when the store refused
            if missing:
                self._offer_unanswered(missing)
                return
            found = w.session.misfits()  # another window may have changed an answer or the tie
            if found:
                self._offer_misfits(found)
                return
        show_error(w, exc)

    def _offer_unanswered(self, missing: list[Question]) -> None:
        from ..domain.numbering import question_number

        w = self.window
        session, page = w.session, w.assessment_page
        if session is None or page is None:
            return
        first = missing[0]
        answer = QMessageBox.question(
            w,
            self.tr("Not every question is answered"),
            self.tr(
                "The assessment cannot be approved yet: %n of the %2 questions have no answer. "
                "Every question needs one; “Don't know” is an answer too.\n\nGo to the first unanswered question (%3)?",
                "",
                len(missing),
            )
            .replace("%2", str(len(session.checklist.questions)))
            .replace("%3", question_number(session.checklist, first.id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            w.go_to_question(first.id)

    def _offer_misfits(self, found: tuple[Misfit, ...]) -> None:
        """Approval waits for answers that contradict the tie: an answer meant for an older tie
        scores milder than the one that fits, so a final verdict could be too mild. Which is
        wrong, the answer or the tie's year, the officer decides; the warning under the answer
        says which it contradicts."""
        from ..domain.numbering import question_numbers

        w = self.window
        if w.session is None or w.assessment_page is None:
            return
        numbers = question_numbers(w.session.checklist)
        answer = QMessageBox.question(
            w,
            self.tr("Not every answer fits the tie"),
            self.tr(
                "The assessment cannot be approved yet: %n answer(s) do not fit the tie (questions %2): each is meant for an "
                "older tie than this one. The answers are locked in review: set the assessment back to draft (Back to draft) "
                "first, then correct the answer(s) or the tie's year and send it for review again; the warning under "
                "each answer says why.\n\nGo to the first of them (%3)?",
                "",
                len(found),
            )
            .replace("%2", ", ".join(numbers[m.question_id] for m in found))
            .replace("%3", numbers[found[0].question_id]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            w.go_to_question(found[0].question_id)
