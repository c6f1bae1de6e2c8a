"""The reviewer's word on the theme selected in the result's table: while the assessment is
in review, the reviewer marks it "akkoord" or "aanpassen" with a comment; afterwards (and for
the assessor, back in draft) the comments stay readable here. Words, not colours: agreed and
change needed read the same in every palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import ReviewComment, ReviewVerdict
from ..domain.checklist import Theme
from .review_words import comment_text
from .review_words import verdict_word as verdict_word  # history_text reads it from here
from .session import AssessmentSession
from .text_guard import TextGuard


class ReviewPanel(QGroupBox):
    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.theme: Theme | None = None
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.comment_label = QLabel()
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment_label.setAccessibleName(self.tr("Review comment on this theme"))
        layout.addWidget(self.comment_label)

        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        choice = QHBoxLayout()
        self.ok_radio = QRadioButton(self.tr("Agr&eed"))
        self.change_radio = QRadioButton(self.tr("Change &needed"))
        self.verdicts = QButtonGroup(self)
        for radio in (self.ok_radio, self.change_radio):
            self.verdicts.addButton(radio)
            choice.addWidget(radio)
            radio.toggled.connect(self._update_button)
        choice.addStretch(1)
        editor.addLayout(choice)
        row = QHBoxLayout()
        self.text_label = QLabel(self.tr("Co&mment:"))
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(self.tr("Review comment"))
        self.text_guard = TextGuard(self.text_edit, multi_line=False)
        self.text_edit.setPlaceholderText(self.tr("What should change (needed with Change needed)"))
        self.text_edit.textChanged.connect(self._update_button)
        self.text_edit.returnPressed.connect(self.save)
        self.text_label.setBuddy(self.text_edit)
        self.save_button = QPushButton(self.tr("Save rev&iew"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.text_label)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.save_button)
        editor.addLayout(row)
        editor.addWidget(self.text_guard.message_line)
        layout.addWidget(self.editor)

        session.review_changed.connect(self.update_view)
        session.state_changed.connect(self.update_view)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review of this theme"))
        self.update_view()

    def set_theme(self, theme: Theme | None) -> None:
        self.theme = theme
        comment = self._comment()
        # The form starts from what the reviewer said before, so a second look edits it.
        self.verdicts.setExclusive(False)
        self.ok_radio.setChecked(comment is not None and comment.verdict is ReviewVerdict.OK)
        self.change_radio.setChecked(comment is not None and comment.verdict is ReviewVerdict.CHANGE)
        self.verdicts.setExclusive(True)
        self.text_guard.clear_message()  # it spoke of the comment on the theme shown before
        self.text_edit.setText(comment.text if comment is not None else "")
        self.update_view()

    def _comment(self) -> ReviewComment | None:
        return self.session.assessment.review_comments.get(self.theme.id) if self.theme is not None else None

    def update_view(self) -> None:
        comments = self.session.assessment.review_comments
        reviewing = self.session.can_comment
        self.setVisible(reviewing or bool(comments))
        agreed = sum(c.verdict is ReviewVerdict.OK for c in comments.values())
        self.summary_label.setText(
            self.tr("Reviewed: %1 of %2 themes (%3 agreed, %4 change needed).")
            .replace("%1", str(len(comments)))
            .replace("%2", str(len(self.session.checklist.themes)))
            .replace("%3", str(agreed))
            .replace("%4", str(len(comments) - agreed))
        )
        # The assessor sees at a glance which themes to rework, without clicking through all.
        to_change = [
            str(n) for n, t in enumerate(self.session.checklist.themes, 1) if t.id in comments and comments[t.id].verdict is ReviewVerdict.CHANGE
        ]
        if to_change:
            self.summary_label.setText(self.summary_label.text() + " " + self.tr("To change: theme %1.").replace("%1", ", ".join(to_change)))
        comment = self._comment()
        if self.theme is None:
            self.comment_label.setText(self.tr("Choose a theme in the table to see or give its review."))
        elif comment is None:
            self.comment_label.setText(self.tr("No review comment on this theme yet."))
        else:
            self.comment_label.setText(comment_text(comment))
        self.editor.setVisible(reviewing)
        self._update_button()

    def verdict(self) -> ReviewVerdict | None:
        if self.ok_radio.isChecked():
            return ReviewVerdict.OK
        return ReviewVerdict.CHANGE if self.change_radio.isChecked() else None

    def _update_button(self) -> None:
        verdict = self.verdict()
        ready = verdict is ReviewVerdict.OK or (verdict is ReviewVerdict.CHANGE and bool(self.text_edit.text().strip()))
        self.save_button.setEnabled(ready and self.theme is not None and self.session.can_comment)

    def save(self) -> bool:
        verdict = self.verdict()
        if not self.save_button.isEnabled() or verdict is None or self.theme is None:
            return False
        return self.session.comment_on_theme(self.theme.id, verdict, self.text_edit.text())
