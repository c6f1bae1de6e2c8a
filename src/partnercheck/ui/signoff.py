"""Sign-off: the stage badge (draft, in review, final) and the approval dialog.

Approving asks who approves (never filled in: the one who filled in the assessment should
not approve it unthinkingly; the same name as the assessor's is asked about) and says plainly
that the assessment will be locked; the main window does the rest. Enter approves once a
name is typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.assessment import Assessment, AssessmentState
from . import ask, colours
from .labels import state_word

# The accent of each stage; background and text are taken from the palette in use (colours.badge_style).
STATE_ACCENTS = {
    AssessmentState.DRAFT: "#8a8a8a",
    AssessmentState.REVIEW: "#c98a1b",
    AssessmentState.FINAL: "#2f5d8a",
}


class StateBadge(QLabel):
    """The stage in a word (and the revision), on a tinted background: never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateBadge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = AssessmentState.DRAFT
        colours.follow_palette(self, self._restyle)

    def set_state(self, state: AssessmentState, revision: int = 1) -> None:
        self.state = state
        word = state_word(state, revision)
        self.setText(word)
        self.setAccessibleName(self.tr("Stage: %1").replace("%1", word))
        self._restyle()

    def _restyle(self) -> None:
        self.setStyleSheet(colours.badge_style("stateBadge", STATE_ACCENTS[self.state]))


class ApproveDialog(QDialog):
    def __init__(self, assessment: Assessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessor = (assessment.assessor or "").strip()
        self.setWindowTitle(self.tr("Approve the assessment"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        p = assessment.partnership
        title = QLabel(f"{p.dutch_party} – {p.counterpart}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.explanation = QLabel(
            self.tr(
                "Approving makes this assessment final. It is then locked: answers, notes, details and the action plan can no "
                "longer be changed. A later change needs a new revision; this final version stays as it is."
            )
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name of the approver"))
        self.name_edit.setPlaceholderText(self.tr("Who approves, e.g. the head of department"))
        self.reviewer_edit = QLineEdit(assessment.reviewed_by or "")
        self.reviewer_edit.setAccessibleName(self.tr("Name of the reviewer"))
        self.reviewer_edit.setPlaceholderText(self.tr("Who reviewed it (optional)"))
        form.addRow(self.tr("&Reviewed by:"), self.reviewer_edit)
        form.addRow(self.tr("Approved &by:"), self.name_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = self.buttons.addButton(self.tr("&Approve and lock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, self.approve_button)
        self.name_edit.textChanged.connect(self._update)
        self._update()
        self.name_edit.setFocus()

    def approver(self) -> str:
        return self.name_edit.text().strip()

    def reviewer(self) -> str:
        return self.reviewer_edit.text().strip()

    def _update(self) -> None:
        self.approve_button.setEnabled(bool(self.approver()))

    def accept(self) -> None:
        approver = self.approver()
        if not approver:
            return
        if (
            self.assessor
            and approver.casefold() == self.assessor.casefold()
            and not ask.confirm(
                self,
                self.tr("Approve your own assessment?"),
                self.tr(
                    "%1 is also the assessor of this assessment. Approval is meant as a check by someone else, "
                    "usually the head of department.\n\nApprove it anyway as %1?"
                ).replace("%1", approver),
                self.tr("Approve &anyway"),
            )
        ):
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        super().accept()
