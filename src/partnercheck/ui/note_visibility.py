"""The checklist's "note shown in the public version" box: notes are internal by default, and
the officer lets a note into the public version question by question. The box follows the
question shown, is off while there is no note or the assessment is locked, and writes at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker

from .question_pane import QuestionPane
from .session import AssessmentSession


class NotePublicToggle(QObject):
    def __init__(self, session: AssessmentSession, pane: QuestionPane, current: str | None = None) -> None:
        super().__init__(pane)
        self.session = session
        self.check = pane.note_public_check
        self.question_id: str | None = None
        pane.question_shown.connect(self.show)
        session.answer_changed.connect(lambda qid: self.show(qid) if qid == self.question_id else None)
        session.reloaded.connect(lambda: self.show(self.question_id))
        session.state_changed.connect(lambda: self.show(self.question_id))
        self.check.toggled.connect(self._toggled)
        self.show(current)

    def show(self, question_id: str | None) -> None:
        self.question_id = question_id
        answer = self.session.answer(question_id) if question_id else None
        has_note = answer is not None and bool(answer.note.strip())
        with QSignalBlocker(self.check):
            self.check.setChecked(question_id in self.session.assessment.public_notes)
        self.check.setEnabled(has_note and not self.session.locked)

    def _toggled(self, public: bool) -> None:
        if self.question_id is None or not self.session.set_note_public(self.question_id, public):
            self.show(self.question_id)  # refused: show what is stored
