"""Walking the checklist: a theme navigator, one question at a time, guidance beside it
(the panes: checklist_navigator.py, question_pane.py with evidence_panel.py, guidance_pane.py,
in pane_splitter.py); this module holds what the page does with them.

Keys: 1–9 choose an answer, D/C/P/A (Dutch D/G/O/A) its basis, Ctrl+Down / Ctrl+Up the next /
previous question, Ctrl+PgDown / Ctrl+PgUp theme, Ctrl+U the next question without an answer.
After every move the focus is on the answers (never in the note, where digits would land);
Esc in the note goes back to them; "Finish" goes to the result, or to a question still open.
An answer is saved when chosen; a note once the keystrokes queued are in (a crash loses at
most the key in flight), on focus loss, navigation and close; a failed save keeps the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget

from ..domain.checklist import Question, Theme
from .checklist_navigator import ChecklistNavigator
from .evidence_panel import EvidencePanel
from .guidance_pane import GuidancePane
from .pane_splitter import WIDE_ENOUGH_FOR_GUIDANCE, PaneSplitter
from .question_pane import MAX_NUMBER_KEYS, QuestionPane
from .session import AssessmentSession

# 0: save once the keys already queued are in, not per key of a burst, and never later.
NOTE_DELAY_MS = 0


class ChecklistPage(QWidget):
    note_pending = Signal()  # typing in a note that is not saved yet
    history_requested = Signal(str)  # question id: who changed its answer and note, when
    status_message = Signal(str)  # a passing word for the status bar
    finish_requested = Signal()  # "Finish" after the last question, with every question answered

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = session.lang
        self.checklist = session.checklist
        self._theme_index = 0
        self._question_index = 0
        self._loading = False
        self._note_dirty = False
        self._note_question: str | None = None

        self._build()
        self._build_shortcuts()
        session.answer_changed.connect(self._on_answer_changed)
        session.reloaded.connect(self._on_reloaded)
        session.partnership_changed.connect(self.refresh_read_only)  # a new status or year: does the answer fit?
        self.theme_model.set_score(session.score())
        self.go_to(0, 0)

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        """Navigator | question | guidance, side by side. The panes' widgets the rest of the
        program (and the tests) reach stay attributes of the page."""
        self.navigator = ChecklistNavigator(self.checklist, self.lang)
        self.question_pane = pane = QuestionPane()
        self.evidence_panel = EvidencePanel(self.session)
        pane.evidence_slot.addWidget(self.evidence_panel)
        pane.column_width_changed.connect(self.evidence_panel.fit_width)
        self.guidance = GuidancePane(self.checklist, self.lang)
        self.splitter = PaneSplitter(self.navigator, pane, self.guidance)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.theme_model, self.theme_view = self.navigator.theme_model, self.navigator.theme_view
        self.question_model, self.question_view = self.navigator.question_model, self.navigator.question_view
        self.question_scroll, self.question_label, self.note_edit = pane.question_scroll, pane.question_label, pane.note_edit
        self.clear_button, self.history_button = pane.clear_button, pane.history_button
        self.next_button, self.guidance_button = pane.next_button, pane.guidance_button

        pane.option_group.idToggled.connect(self._on_option_toggled)
        self.clear_button.clicked.connect(self.clear_answer)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.question.id))
        self.note_edit.textChanged.connect(self._on_note_changed)
        self.note_edit.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        pane.previous_button.clicked.connect(self.previous_question)
        self.next_button.clicked.connect(self.next_question)
        self.guidance_button.toggled.connect(self._guidance_toggled)

        self.splitter.share(1310, guidance=True)  # as at 100 % on 1366x768; fitted when resized
        self._guidance_follows_width = True  # until the user shows or hides it with the button

        self.navigator.theme_row_chosen.connect(self._on_theme_row)
        self.navigator.question_row_chosen.connect(self._on_question_row)
        self.setTabOrder(self.theme_view, self.question_view)

    def _build_shortcuts(self) -> None:
        # Window-wide while this page is visible (hidden pages' shortcuts are inactive); a text
        # field with the focus keeps its digits, as it claims plain keys first.
        context = Qt.ShortcutContext.WindowShortcut
        for n in range(1, MAX_NUMBER_KEYS + 1):
            shortcut = QShortcut(QKeySequence(str(n)), self, context=context)
            shortcut.activated.connect(lambda n=n: self.choose_option(n - 1))
        for keys, slot in (
            ("Ctrl+Down", self.next_question),
            ("Ctrl+Up", self.previous_question),
            ("Ctrl+PgDown", self.next_theme),
            ("Ctrl+PgUp", self.previous_theme),
            ("Ctrl+U", self.next_unanswered),
        ):
            QShortcut(QKeySequence(keys), self, context=context).activated.connect(slot)

    # -- the guidance pane ------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._guidance_follows_width:
            self._show_guidance(self.width() >= WIDE_ENOUGH_FOR_GUIDANCE)

    def _guidance_toggled(self, visible: bool) -> None:
        self._guidance_follows_width = False
        self._show_guidance(visible)

    def _show_guidance(self, visible: bool) -> None:
        """Show or hide the guidance pane, dividing the width afresh between the panes shown."""
        self.guidance_button.blockSignals(True)
        self.guidance_button.setChecked(visible)
        self.guidance_button.blockSignals(False)
        if self.guidance.isHidden() != visible:
            return  # already so: keep the widths as they are (the user may have dragged them)
        self.guidance.setVisible(visible)
        width = max(self.splitter.width(), self.width())
        self.splitter.share(width, guidance=visible)

    # -- where we are -----------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        return self.checklist.themes[self._theme_index]

    @property
    def question(self) -> Question:
        return self.theme.questions[self._question_index]

    @property
    def position(self) -> tuple[int, int]:
        return self._theme_index, self._question_index

    def go_to(self, theme_index: int, question_index: int) -> bool:
        """Show a question; False (and stay) when an unsaved note could not be saved."""
        themes = self.checklist.themes
        if not 0 <= theme_index < len(themes):
            return False
        question_index = max(0, min(question_index, len(themes[theme_index].questions) - 1))
        if not self.flush_note():
            return False
        theme_changed = theme_index != self._theme_index or self.question_model.rowCount() == 0
        self._theme_index, self._question_index = theme_index, question_index
        if theme_changed:
            self.question_model.set_theme(self.theme, self.session.answers)
        self._sync_views()
        self._show_question()
        return True

    def go_to_question(self, question_id: str) -> bool:
        for ti, theme in enumerate(self.checklist.themes):
            for qi, question in enumerate(theme.questions):
                if question.id == question_id:
                    return self.go_to(ti, qi)
        return False

    @property
    def at_last_question(self) -> bool:
        return self._theme_index == len(self.checklist.themes) - 1 and self._question_index == len(self.theme.questions) - 1

    def _moved(self, moved: bool) -> bool:
        """After a move by key or button the answers have the focus (digits choose, they never
        land in the note), unless the user is walking the theme or question list."""
        if moved and self.focusWidget() not in (self.theme_view, self.question_view):
            self.focus_answers()
        return moved

    def next_question(self) -> None:
        if self._question_index + 1 < len(self.theme.questions):
            self._moved(self.go_to(self._theme_index, self._question_index + 1))
        elif self._theme_index + 1 < len(self.checklist.themes):
            self._moved(self.go_to(self._theme_index + 1, 0))
        else:
            self.finish()

    def finish(self) -> None:
        """The step after the last question: the result, or first a question still open."""
        if not self.flush_note():
            return
        missing = [q.id for q in self.session.unanswered()]
        if not missing:
            self.finish_requested.emit()
            return
        others = [m for m in missing if m != self.question.id]
        if others:
            self.next_unanswered()
            message = self.tr("%n question(s) still have no answer. This is the first of them.", "", len(missing))
        else:
            message = self.tr("This question still has no answer; every other question has one.")
            self.focus_answers()
        self.status_message.emit(message)

    def next_unanswered(self) -> bool:
        """Go to the first unanswered question after this one (wrapping round to the start);
        False, with a word in the status bar, when every question has an answer."""
        order = self.checklist.questions
        missing = {q.id for q in self.session.unanswered()}
        here = order.index(self.question)
        for question in (*order[here + 1 :], *order[: here + 1]):
            if question.id in missing and question.id != self.question.id:
                return self._moved(self.go_to_question(question.id))
        self.status_message.emit(self.tr("Every question has an answer."))
        return False

    def previous_question(self) -> None:
        if self._question_index > 0:
            self._moved(self.go_to(self._theme_index, self._question_index - 1))
        elif self._theme_index > 0:
            previous = self.checklist.themes[self._theme_index - 1]
            self._moved(self.go_to(self._theme_index - 1, len(previous.questions) - 1))

    def next_theme(self) -> None:
        if self._theme_index + 1 < len(self.checklist.themes):
            self._moved(self.go_to(self._theme_index + 1, 0))

    def previous_theme(self) -> None:
        if self._theme_index > 0:
            self._moved(self.go_to(self._theme_index - 1, 0))

    def _sync_views(self) -> None:
        self.navigator.select(self._theme_index, self._question_index)

    def _on_theme_row(self, row: int) -> None:
        if row != self._theme_index:
            if not self.go_to(row, 0):
                self._sync_views()

    def _on_question_row(self, row: int) -> None:
        if row != self._question_index:
            if not self.go_to(self._theme_index, row):
                self._sync_views()

    # -- showing one question ---------------------------------------------------------------

    def _show_question(self, *, keep_note: bool = False) -> None:
        theme, question = self.theme, self.question
        refocus = self._option_has_focus() or self.focusWidget() is None
        self._loading = True
        try:
            overall = self.checklist.questions.index(question) + 1
            position = (self._question_index + 1, len(theme.questions), overall, len(self.checklist.questions))
            self.question_pane.show_texts(theme, question, self.lang, position)
            self._rebuild_options(question)
            if not keep_note:
                answer = self.session.answer(question.id)
                self.note_edit.setPlainText(answer.note if answer else "")
                self._note_question = question.id
                self._note_dirty = False
            self.guidance.show_question(question)
            self.evidence_panel.show_question(question.id)
            first = self._theme_index == 0 and self._question_index == 0
            self.question_pane.show_navigation(question, first=first, last=self.at_last_question)
        finally:
            self._loading = False
        if refocus and self.isVisible():
            self.focus_answers()

    @property
    def _option_buttons(self) -> list[QRadioButton]:
        return self.question_pane.option_buttons

    @property
    def _option_rows(self) -> list[QWidget]:
        return self.question_pane.option_rows

    def _option_has_focus(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and (focus in self._option_buttons or focus is self.question_pane.options_box)

    def focus_answers(self) -> None:
        """The focus on the answers: the chosen one, else the first; when the answers are
        locked and none is chosen, on the Next button (never the note)."""
        checked = self.question_pane.option_group.checkedButton()
        enabled = [b for b in self._option_buttons if b.isEnabled()]
        target = checked if checked is not None and checked.isEnabled() else (enabled[0] if enabled else self.next_button)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_options(self, question: Question) -> None:
        answer = self.session.answer(question.id)
        locked = self.session.locked
        self.question_pane.set_options(question, self.lang, answer, locked=locked, partnership=self.session.assessment.partnership)
        # Tab as seen: navigator, answers, their buttons, basis and files, note, previous / next, guidance.
        chain: list[QWidget] = [self.theme_view, self.question_view, *self._option_buttons, self.clear_button, self.history_button]
        chain += [*self.evidence_panel.tab_chain(), self.question_pane.note_public_check, self.note_edit]
        chain += [self.question_pane.previous_button, self.next_button, self.guidance_button, self.guidance, self.question_pane.intro_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.note_edit.setReadOnly(locked)
        self.clear_button.setEnabled(not locked and answer is not None and answer.value is not None)

    # -- answering --------------------------------------------------------------------------

    def option_buttons(self) -> list[QRadioButton]:
        return list(self._option_buttons)

    def choose_option(self, n: int) -> None:
        if 0 <= n < len(self._option_buttons) and not self.session.locked:
            button = self._option_buttons[n]
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_option_toggled(self, button_id: int, checked: bool) -> None:
        if self._loading or not checked:
            return
        question = self.question
        option = question.options[button_id]
        current = self.session.answer(question.id)
        if current is not None and current.value == option.value:
            return
        self._note_timer.stop()
        if self.session.save_answer(question.id, option.value, self.note_edit.toPlainText()):
            self._note_dirty = False
            self.clear_button.setEnabled(True)
        else:
            self._show_stored_choice()  # not saved: show what the database holds

    def _show_stored_choice(self) -> None:
        answer = self.session.answer(self.question.id)
        self._loading = True
        self.question_pane.option_group.setExclusive(False)
        for button, option in zip(self._option_buttons, self.question.options, strict=True):
            button.setChecked(answer is not None and answer.value == option.value)
        self.question_pane.option_group.setExclusive(True)
        self._loading = False

    def clear_answer(self) -> None:
        question = self.question
        self._note_timer.stop()
        if self.session.save_answer(question.id, None, self.note_edit.toPlainText()):
            self._note_dirty = False
            self._show_stored_choice()
            self.clear_button.setEnabled(False)
            self.focus_answers()

    def _on_reloaded(self) -> None:
        """Another window changed answers: show what is stored, keeping a note being typed."""
        self.theme_model.set_score(self.session.score())
        self.question_model.set_theme(self.theme, self.session.answers)
        self._sync_views()
        self._show_question(keep_note=self._note_dirty)

    def refresh_read_only(self) -> None:
        """The stage changed (e.g. approved): enable or lock the answers, keeping a typed note."""
        self._show_question(keep_note=self._note_dirty)

    def _on_answer_changed(self, question_id: str) -> None:
        if question_id == self.question.id:
            self.evidence_panel.show_question(question_id)  # a basis can be given once answered
            self.question_pane.show_fit(self.question, self.session.answer(question_id), self.session.assessment.partnership)
        self.theme_model.set_score(self.session.score())
        self.question_model.question_changed(question_id)

    # -- notes ------------------------------------------------------------------------------

    def _on_note_changed(self) -> None:
        if self._loading:
            return
        self._note_dirty = True
        self.note_pending.emit()
        self._note_timer.start()

    @property
    def has_unsaved_note(self) -> bool:
        return self._note_dirty

    def flush_note(self) -> bool:
        """Save the note now if it changed; False when the save failed (text kept)."""
        self._note_timer.stop()
        if not self._note_dirty or self._note_question is None:
            return True
        if self.session.save_note(self._note_question, self.note_edit.toPlainText()):
            self._note_dirty = False
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and event.type() == QEvent.Type.FocusOut:
            self.flush_note()
        elif watched is self.note_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.flush_note()
                self.focus_answers()  # Esc leaves the note for the answers
                return True
        return super().eventFilter(watched, event)
