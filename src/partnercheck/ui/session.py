"""One open assessment: the store's records plus Qt signals, shared by the assessment's pages.

Every change goes to the store at once (one short transaction each); the in-memory copy is
only updated once the store has accepted it, so what the window shows is what the database
holds. Store errors become a ``save_failed`` signal, never a lost change: the caller keeps the
user's input and may try again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..domain import signoff
from ..domain.answer_fit import Misfit, misfits
from ..domain.assessment import Action, Answer, Assessment, AssessmentState, Basis, Partnership, ReviewVerdict
from ..domain.checklist import Checklist, Question
from ..domain.plain_text import TextRefused
from ..domain.scoring import Score, score_assessment
from ..services import answers as answer_service
from ..services import assessments
from ..store.errors import ConflictError, StoreError

if TYPE_CHECKING:
    from ..store import AssessmentStore


class AssessmentSession(QObject):
    saved = Signal()  # a change reached the database
    save_failed = Signal(object)  # the StoreError or TextRefused; the change is NOT in the database
    answer_changed = Signal(str)  # question id
    actions_changed = Signal()
    partnership_changed = Signal()
    reloaded = Signal()  # the answers were re-read after another window changed them
    state_changed = Signal()  # draft / in review / final (or the bin) changed
    review_changed = Signal()  # a reviewer's comment on a theme was given (here or elsewhere)

    def __init__(self, store: AssessmentStore, assessment_id: int, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.assessment: Assessment = store.get(assessment_id)
        self.checklist: Checklist = store.checklist_for(self.assessment)
        self._score: Score | None = None
        self.last_save_ms = 0.0

    @property
    def id(self) -> int:
        assert self.assessment.id is not None
        return self.assessment.id

    @property
    def answers(self) -> dict[str, Answer]:
        return self.assessment.answers

    def score(self) -> Score:
        if self._score is None:
            self._score = score_assessment(self.assessment, self.checklist)
        return self._score

    def answer(self, question_id: str) -> Answer | None:
        return self.assessment.answers.get(question_id)

    # -- writes -----------------------------------------------------------------------------

    def _write(self, fn: Callable[[], Any]) -> bool:
        start = time.perf_counter()
        try:
            fn()
        except ConflictError as exc:
            self._reload_after_conflict()
            self.save_failed.emit(exc)
            return False
        except (StoreError, TextRefused) as exc:  # TextRefused: the fields keep such text out first (text_guard)
            self.save_failed.emit(exc)
            return False
        self.last_save_ms = (time.perf_counter() - start) * 1000
        self.saved.emit()
        return True

    @property
    def read_only(self) -> bool:
        return not signoff.is_editable(self.assessment.state, self.assessment.deleted)

    @property
    def database_read_only(self) -> bool:
        """The database itself cannot be written (a read-only file, folder or medium)."""
        return self.store.read_only is not None

    @property
    def locked(self) -> bool:
        """Answers, notes, details and actions cannot be changed: read-only, in review (what
        the reviewer reads stays as it is; back to draft unlocks it), or in a database that
        cannot be written."""
        return self.read_only or self.assessment.state is AssessmentState.REVIEW or self.database_read_only

    def offered_moves(self) -> frozenset[AssessmentState]:
        """The sign-off steps to offer: the domain's rule, none in a database that cannot be written."""
        if self.database_read_only:
            return frozenset()
        return frozenset(signoff.offered_moves(self.assessment))

    def unanswered(self) -> list[Question]:
        """The questions without a chosen option, in checklist order."""
        return signoff.unanswered(self.checklist, self.assessment.answers)

    def misfits(self) -> tuple[Misfit, ...]:
        """The answers that do not fit the tie (domain.answer_fit), in checklist order: approval waits for them."""
        return misfits(self.checklist, self.assessment.partnership, self.assessment.answers)

    # -- sign-off -----------------------------------------------------------------------------

    def set_reviewer(self, reviewer: str) -> None:
        """Name who reviewed the assessment (printed in the report's sign-off block)."""
        self.store.set_reviewer(self.id, reviewer)
        self.assessment.reviewed_by = reviewer
        self.saved.emit()

    @property
    def can_comment(self) -> bool:
        """A reviewer may comment on the themes now: in review, in a database that can be written."""
        return self.assessment.state is AssessmentState.REVIEW and self.assessment.deleted is None and not self.database_read_only

    def comment_on_theme(self, theme_id: str, verdict: ReviewVerdict, text: str) -> bool:
        """The reviewer's word on one theme (the name from the settings, else the user's)."""

        def write() -> None:
            comment = assessments.comment_on_theme(self.store, self.id, theme_id, verdict, text)
            self.assessment.review_comments[theme_id] = comment

        if not self._write(write):
            return False
        self.review_changed.emit()
        return True

    def set_state(self, state: AssessmentState, by: str | None = None) -> None:
        """Move to another stage; raises the StoreError (e.g. StateError) for the caller to explain.

        On success, or when the store refuses because the assessment changed elsewhere, the
        stage, approver and answers are re-read, so the window shows what the database holds.
        """
        try:
            assessments.change_state(self.store, self.id, state, by=by)
        except StoreError:
            try:
                self.refresh()
            except StoreError:
                pass
            raise
        self.refresh()
        self.saved.emit()

    def refresh(self) -> bool:
        """Re-read the assessment (another window or program may have changed it).

        Emits only the signals for what actually changed; True when anything did. Raises
        the StoreError when the assessment cannot be read (e.g. gone from the database).
        """
        fresh = self.store.get(self.id)
        current = self.assessment
        changed = False
        if fresh.answers != current.answers:
            self._reload_answers(fresh)
            changed = True
        if fresh.actions != current.actions:
            current.actions = fresh.actions
            self.actions_changed.emit()
            changed = True
        if (fresh.partnership, fresh.assessor) != (current.partnership, current.assessor):
            current.partnership, current.assessor = fresh.partnership, fresh.assessor
            self.partnership_changed.emit()
            changed = True
        stage = ("state", "reviewed_by", "approved_by", "approved_on", "deleted", "revision", "previous_id")
        if any(getattr(fresh, name) != getattr(current, name) for name in stage):
            for name in stage:
                setattr(current, name, getattr(fresh, name))
            self.state_changed.emit()
            changed = True
        if fresh.review_comments != current.review_comments:
            current.review_comments = fresh.review_comments
            self.review_changed.emit()
            changed = True
        current.updated = fresh.updated
        return changed

    def save_answer(self, question_id: str, value: str | None, note: str) -> bool:
        """Record the chosen option (or None) together with the note; True when stored.

        The store is told what this window last saw, so a change made meanwhile in another
        window is reported (and re-read) instead of silently overwritten.
        """
        expected = self.answer(question_id)
        answer = Answer(value, note, expected.basis if expected is not None else Basis.NOT_RECORDED)
        if not self._write(lambda: answer_service.save_answer(self.store, self.id, question_id, answer, expected)):
            return False
        if value is None and not note:
            self.assessment.answers.pop(question_id, None)
        else:
            self.assessment.answers[question_id] = answer
        self._score = None
        self.answer_changed.emit(question_id)
        return True

    def save_basis(self, question_id: str, basis: Basis) -> bool:
        """Record what the answer rests on; False (nothing stored) without an answer yet."""
        current = self.answer(question_id)
        if current is None or current.value is None or current.basis is basis:
            return current is not None and current.basis is basis
        answer = replace(current, basis=basis)
        if not self._write(lambda: answer_service.save_answer(self.store, self.id, question_id, answer, current)):
            return False
        self.assessment.answers[question_id] = answer
        self._score = None
        self.answer_changed.emit(question_id)
        return True

    def save_note(self, question_id: str, note: str) -> bool:
        current = self.answer(question_id)
        if (current.note if current else "") == note:
            return True
        return self.save_answer(question_id, current.value if current else None, note)

    def set_note_public(self, question_id: str, public: bool) -> bool:
        """Let the note on ``question_id`` into the public version (or keep it internal)."""
        if not self._write(lambda: answer_service.set_note_public(self.store, self.id, question_id, public)):
            return False
        notes = self.assessment.public_notes
        self.assessment.public_notes = notes | {question_id} if public else notes - {question_id}
        return True

    def add_action(self, action: Action) -> bool:
        ok = self._write(lambda: answer_service.add_action(self.store, self.id, action))
        if ok:
            self._reload_actions()
        return ok

    def update_action(self, action: Action, expected: Action | None = None) -> bool:
        """Store a changed action. ``expected``: the action as the user began editing it
        (default: as this window holds it); a change made elsewhere since is reported."""
        if expected is None:
            expected = next((a for a in self.assessment.actions if a.id == action.id), None)
        ok = self._write(lambda: answer_service.update_action(self.store, action, expected))
        if ok:
            self._reload_actions()
        return ok

    def delete_action(self, action_id: int) -> bool:
        ok = self._write(lambda: self.store.delete_action(action_id))
        if ok:
            self._reload_actions()
        return ok

    def update_partnership(self, partnership: Partnership, assessor: str, expected: tuple[Partnership, str] | None = None) -> bool:
        """Store changed details. ``expected``: (partnership, assessor) as the user began
        editing them (default: as this window holds them); a change made elsewhere since is
        reported instead of being reverted."""
        seen, seen_assessor = expected or (self.assessment.partnership, self.assessment.assessor)
        ok = self._write(lambda: self.store.update_partnership(self.id, partnership, assessor, expected=seen, expected_assessor=seen_assessor))
        if ok:
            self.assessment.partnership = partnership
            self.assessment.assessor = assessor
            self.partnership_changed.emit()
        return ok

    def _reload_after_conflict(self) -> None:
        """Show what the database holds now: answers, actions and details (see refresh)."""
        try:
            self.refresh()
        except StoreError:
            pass

    def _reload_answers(self, fresh: Assessment | None = None) -> None:
        if fresh is None:
            try:
                fresh = self.store.get(self.id)
            except StoreError:
                return
        self.assessment.answers.clear()
        self.assessment.answers.update(fresh.answers)
        self._score = None
        self.reloaded.emit()

    def _reload_actions(self) -> None:
        try:
            self.assessment.actions = self.store.get(self.id).actions
        except StoreError as exc:
            self.save_failed.emit(exc)
            return
        self.actions_changed.emit()
