"""One open assessment: a header (parties, level, completeness) over four tabs —
checklist, result, action plan and report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..domain.assessment import AssessmentState
from ..domain.checklist import Recommendation
from ..domain.levels import Level
from ..store.errors import StoreError
from . import colours
from .action_page import ActionPlanPage
from .banners import Banner
from .checklist_page import ChecklistPage
from .dates import date_text
from .elided_label import ElidedLabel
from .labels import (
    INCOMPLETE_SYMBOL,
    completeness_text,
    counterpart_kind_word,
    dutch_party_kind_word,
    level_icon,
    provisional_word,
    status_word,
    verdict_colour,
    verdict_text,
)
from .note_visibility import NotePublicToggle
from .report_page import ReportPage
from .result_page import ResultPage
from .session import AssessmentSession
from .signoff import StateBadge


class AssessmentPage(QWidget):
    back_requested = Signal()
    edit_details_requested = Signal()
    new_revision_requested = Signal()
    state_requested = Signal(object)  # the AssessmentState to move to (final: asks first)
    compare_requested = Signal()
    history_requested = Signal()  # of the whole assessment

    CHECKLIST_TAB, RESULT_TAB, ACTIONS_TAB, REPORT_TAB = range(4)

    def __init__(self, session: AssessmentSession, report_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)

        header = QHBoxLayout()
        # Short, as in Dutch: at 150 % on 1024x768 the parties' names need the width (the
        # menu item and the tooltip say it in full).
        self.back_button = QPushButton(self.tr("‹ &Back to the list"))
        self.back_button.setToolTip(self.tr("Back to all assessments (Ctrl+L)"))
        self.back_button.clicked.connect(self.back_requested)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        # One line each, the whole text in the tooltip: wrapped, the parties and the line under
        # them took five lines at 150 % on 1024x768 and left the question a sliver.
        # "Gemeente Súdwest-Fryslân – Changzhou": cut in the middle, both parties stay readable.
        # Before it is cut, it may shrink to the size of the text around it (1.3 -> 1.0).
        self.title_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle, shrink_to=1 / 1.3)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        titles.addWidget(self.title_label)
        self.subtitle_label = ElidedLabel()
        titles.addWidget(self.subtitle_label)
        titles.addStretch(1)
        header.addLayout(titles, 3)
        # The verdict beside the parties while both fit, else on a line of its own under them:
        # beside them at 150 % it took the room and left "Gemeente N… – Qingdao" (_fit_header).
        self.verdict_box = QWidget()
        # Not held as wide as its one-line texts: the window may still be as narrow as before
        # (below 683 pixels the row is cut at the right; the verdict's tooltip has it whole).
        self.verdict_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("Wwwwwwwwww"))
        level_box = QHBoxLayout(self.verdict_box)
        level_box.setContentsMargins(0, 0, 0, 0)
        self.level_icon = QLabel()
        level_box.addWidget(self.level_icon)
        self.level_texts = level_texts = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.level_label = QLabel()
        lfont = self.level_label.font()
        lfont.setBold(True)
        self.level_label.setFont(lfont)
        # Wraps, and shares the width with the parties: unwrapped it squeezed them into a column
        # eight lines high at 150 %, leaving the question a sliver.
        self.level_label.setWordWrap(True)
        self.level_label.setAccessibleName(self.tr("Overall level"))
        level_texts.addWidget(self.level_label)
        self.completeness_label = QLabel()
        self.completeness_label.setAccessibleName(self.tr("Questions answered"))
        level_texts.addWidget(self.completeness_label)
        level_texts.addStretch(1)  # in one row: the count right after the verdict, not at the far end
        level_box.addLayout(level_texts, 1)
        self._titles, self._header = titles, header
        self._level: Level | None = None  # the verdict's level, and the icon shown for it
        self._icon: tuple[Level, int] | None = None
        self._verdict_texts = ("", "")  # the verdict in full (beside the parties) and short (under them)
        header.addWidget(self.verdict_box, 2)
        self.edit_button = QPushButton(self.tr("Edit &details…"))
        self.edit_button.setToolTip(self.tr("Correct the partnership details: names, kind, status, year"))
        self.edit_button.clicked.connect(self.edit_details_requested)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every recorded change: when, who and what (Ctrl+Shift+H)"))
        self.history_button.clicked.connect(self.history_requested)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        header.addLayout(buttons)
        layout.addLayout(header)

        # A final assessment (or one in review) is locked: say so, and offer the way to change it.
        self.lock_banner = QFrame()
        self.lock_banner.setObjectName("lockBanner")
        colours.follow_palette(self.lock_banner, lambda: self.lock_banner.setStyleSheet(colours.banner_style("lockBanner", "#2f5d8a")))
        colours.follow_palette(self, self._update_header, now=False)  # the level's colour is made readable on the palette
        lock_layout = QHBoxLayout(self.lock_banner)
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        lock_layout.addWidget(self.lock_label, 1)
        self.revision_button = QPushButton(self.tr("Make a new re&vision…"))
        self.revision_button.setToolTip(self.tr("A draft copy to change; this final version stays as it is"))
        self.revision_button.clicked.connect(self.new_revision_requested)
        lock_layout.addWidget(self.revision_button)
        layout.addWidget(self.lock_banner)
        # A legal hold (a Woo request, an objection) is said where the officer sees the record.
        # Changed through Assessment › Legal hold…: a button here would need an Alt letter,
        # and none is free on every tab in both languages.
        self.hold_banner = Banner("holdBanner", "#8a3b2f")
        layout.addWidget(self.hold_banner)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # The stage and its next step sit beside the tabs: always in view, and no extra row
        # on a small screen.
        self.tabs.setCornerWidget(self._build_signoff_bar(), Qt.Corner.TopRightCorner)
        self.checklist_page = ChecklistPage(session)
        self.note_public = NotePublicToggle(session, self.checklist_page.question_pane, self.checklist_page.question.id)
        self.result_page = ResultPage(session)
        self.action_page = ActionPlanPage(session)
        self.report_page = ReportPage(session, report_lang)
        self.tabs.addTab(self.checklist_page, self.tr("&Checklist"))
        self.tabs.addTab(self.result_page, self.tr("&Result"))
        self.tabs.addTab(self.action_page, self.tr("&Action plan"))
        self.tabs.addTab(self.report_page, self.tr("Repor&t"))
        layout.addWidget(self.tabs, 1)

        self.checklist_page.finish_requested.connect(self._show_result)
        self.result_page.theme_requested.connect(self._walk_theme)
        self.result_page.question_requested.connect(self._walk_question)
        self.result_page.action_requested.connect(self._action_from_recommendation)
        self.result_page.compare_requested.connect(self.compare_requested)
        self.tabs.currentChanged.connect(self._tab_changed)
        session.answer_changed.connect(self._update_header)
        session.partnership_changed.connect(self._update_header)
        session.state_changed.connect(self._state_changed)
        session.reloaded.connect(self._update_header)
        session.reloaded.connect(self.show_hold)
        self._update_header()
        self._update_lock()
        self.show_hold()

    def _build_signoff_bar(self) -> QWidget:
        """The stage, and the next steps of the sign-off (only those possible now are shown)."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 0, 0, 3)
        self.state_badge = StateBadge()
        row.addWidget(self.state_badge)
        self.review_button = QPushButton(self.tr("Send for re&view"))
        self.review_button.setToolTip(self.tr("Mark the assessment as ready for review by the head of department"))
        self.review_button.clicked.connect(lambda: self.state_requested.emit(AssessmentState.REVIEW))
        self.draft_button = QPushButton(self.tr("Bac&k to draft"))
        self.draft_button.setToolTip(self.tr("Take the assessment back from review to change it further"))
        self.draft_button.clicked.connect(lambda: self.state_requested.emit(AssessmentState.DRAFT))
        self.approve_button = QPushButton(self.tr("Appro&ve (make final)…"))
        self.approve_button.setToolTip(self.tr("Approve the assessment: it becomes final and is locked (asks for the approver's name)"))
        self.approve_button.clicked.connect(lambda: self.state_requested.emit(AssessmentState.FINAL))
        for button in (self.review_button, self.draft_button, self.approve_button):
            row.addWidget(button)
        return bar

    def _state_changed(self) -> None:
        self._update_header()
        self._update_lock()
        self.checklist_page.refresh_read_only()

    def _update_header(self) -> None:
        a = self.session.assessment
        p = a.partnership
        self.title_label.setText(f"{p.dutch_party} – {p.counterpart}")
        status = status_word(p.status)
        if p.since:
            status += " " + self.tr("(since %1)").replace("%1", str(p.since))
        parts = [f"{dutch_party_kind_word(p.dutch_party_kind)} · {counterpart_kind_word(p.counterpart_kind)}", status]
        if a.assessor:
            parts.append(self.tr("Assessor: %1").replace("%1", a.assessor))
        parts.append(self.tr("Checklist %1").replace("%1", a.checklist_version))
        self.subtitle_label.setText(" · ".join(parts))
        result = self.session.score()
        verdict = result.verdict
        self._level = verdict.level
        self.level_icon.setVisible(verdict.level is not None)
        provisional = result.overall if result.answered else None
        whole = self.tr("Verdict: %1").replace("%1", verdict_text(verdict, provisional))
        # Under the parties, in one row with the count: "Incomplete – no verdict yet (provisionally
        # medium)" took three lines there; "◌ Provisionally medium" says it (the tooltip says all).
        short = (
            verdict_text(verdict)
            if verdict.level is not None or provisional is None
            else f"{INCOMPLETE_SYMBOL} {provisional_word(verdict, provisional)}"
        )
        self._verdict_texts = (whole, self.tr("Verdict: %1").replace("%1", short))
        self.level_label.setText(whole if self.verdict_beside() else self._verdict_texts[1])
        colour = verdict_colour(verdict)
        self.level_label.setStyleSheet(f"color: {colours.readable(colour).name()};" if colour else "")
        self.completeness_label.setText(self.tr("Answered: %1").replace("%1", completeness_text(result.answered, result.total)))
        self.state_badge.set_state(a.state, a.revision)
        moves = self.session.offered_moves()  # the domain's rule, as the menu and the store
        self.review_button.setVisible(AssessmentState.REVIEW in moves)
        self.draft_button.setVisible(AssessmentState.DRAFT in moves)
        self.approve_button.setVisible(AssessmentState.FINAL in moves)
        self._fit_header()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_header()

    def verdict_beside(self) -> bool:
        """Whether the verdict stands beside the parties (else on its own line under them)."""
        return self._header.indexOf(self.verdict_box) >= 0

    def _fit_header(self) -> None:
        """The verdict beside the parties when their names fit whole at full size beside it;
        otherwise under them, in one row (the header grows a little: the buttons beside it were
        two rows high anyway)."""
        spacing = self._header.spacing()
        margins = self._layout.contentsMargins()
        buttons = max(self.edit_button.sizeHint().width(), self.history_button.sizeHint().width())
        room = self.width() - margins.left() - margins.right() - self.back_button.sizeHint().width() - buttons - 3 * spacing
        names = QFontMetrics(self.title_label.font()).horizontalAdvance(self.title_label.text())
        words = max(QFontMetrics(self.level_label.font()).horizontalAdvance(self._verdict_texts[0]), self.completeness_label.sizeHint().width())
        beside = names + spacing + 28 + spacing + words <= room
        if beside != self.verdict_beside():
            if beside:
                self._titles.removeWidget(self.verdict_box)
                self._header.insertWidget(2, self.verdict_box, 2)
            else:
                self._header.removeWidget(self.verdict_box)
                self._titles.insertWidget(2, self.verdict_box)
            self.level_texts.setDirection(QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight)
        whole, short = self._verdict_texts
        self.level_label.setText(whole if beside else short)
        self.level_label.setWordWrap(beside)  # in a row a wrapping label is given a narrow share
        self.level_label.setToolTip("" if beside or whole == short else whole)
        self.level_label.setAccessibleDescription(whole)
        size = 28 if beside else self.level_label.fontMetrics().height()  # one line: no taller than its words
        if self._level is not None and self._icon != (self._level, size):
            self._icon = (self._level, size)
            self.level_icon.setPixmap(level_icon(self._level).pixmap(size, size))

    def _update_lock(self) -> None:
        a = self.session.assessment
        locked = self.session.locked
        # A database that cannot be written has the window's own banner; no way to change it here.
        self.lock_banner.setVisible(locked and not self.session.database_read_only)
        self.revision_button.setVisible(a.deleted is None and a.is_final)
        if a.deleted is not None:
            self.lock_label.setText(self.tr("This assessment has been moved to the bin, so it cannot be changed. File › Bin brings it back."))
        elif a.is_final:
            approved = ""
            if a.approved_by:
                approved = " " + self.tr("Approved by %1 on %2.").replace("%1", a.approved_by)
                approved = approved.replace("%2", date_text(a.approved_on) if a.approved_on else "—")
            self.lock_label.setText(
                self.tr("This assessment is final and can no longer be changed.") + approved + " " + self.tr("To change it, make a new revision.")
            )
        elif locked:
            self.lock_label.setText(
                self.tr(
                    "This assessment is in review, so its answers, notes, details and action plan are locked: the reviewer "
                    "reads what you sent. To change something, take it back to draft first."
                )
            )
        self.edit_button.setEnabled(not locked)
        self.action_page.set_read_only(locked)
        self.result_page.set_read_only(locked)

    def show_hold(self) -> None:
        """The hold banner: since when and why, or hidden without a hold."""
        try:
            hold = self.session.store.hold_of(self.session.id)
        except StoreError:
            hold = None
        if hold is None:
            self.hold_banner.say(None)
            return
        text = self.tr("Legal hold since %1: nothing destroys this assessment while it is set, not even emptying the bin.")
        text = text.replace("%1", date_text(hold.since.date()))
        if hold.reason:
            text += " " + self.tr("Reason: “%1”.").replace("%1", hold.reason)
        if not self.session.database_read_only:
            text += " " + self.tr("Assessment › Legal hold… changes or lifts it.")
        self.hold_banner.say(text)

    def _tab_changed(self, index: int) -> None:
        if index != self.CHECKLIST_TAB:
            self.checklist_page.flush_note()

    def _show_result(self) -> None:
        """Finish after the last question, every question answered: the result, focus on it."""
        self.tabs.setCurrentIndex(self.RESULT_TAB)
        self.result_page.theme_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _walk_theme(self, row: int) -> None:
        self.tabs.setCurrentIndex(self.CHECKLIST_TAB)
        self.checklist_page.go_to(row, 0)

    def _walk_question(self, question_id: str) -> None:
        self.tabs.setCurrentIndex(self.CHECKLIST_TAB)
        self.checklist_page.go_to_question(question_id)

    def _action_from_recommendation(self, recommendation: Recommendation) -> None:
        self.tabs.setCurrentIndex(self.ACTIONS_TAB)
        self.action_page.add_from_recommendation(recommendation)

    def flush(self) -> bool:
        """Save whatever is still pending; False when it could not be saved."""
        return self.checklist_page.flush_note()

    def shutdown(self) -> None:
        self.report_page.wait_for_job()
