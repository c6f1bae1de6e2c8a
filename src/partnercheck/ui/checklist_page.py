"""Walking the checklist: a theme navigator, one question at a time, guidance beside it.

Keyboard: 1–9 choose an answer (Alt+1… too), Ctrl+Down / Ctrl+Up (or the buttons' Alt keys)
go to the next / previous question, Ctrl+PgDown / Ctrl+PgUp to the next / previous theme,
Ctrl+U to the next question still without an answer. After every move the focus is on the
answers (never left in the note, where digits would land), Esc in the note goes back to them,
and after the last question "Finish" goes to the result, or to a question still open.
An answer is saved the moment it is chosen; a note as soon as the keystrokes waiting in the
event queue have been taken in (so a crash loses at most the key in flight; the store folds a
run of edits into one history entry), and again when the field loses focus, on navigation
and on close. If a save fails the text stays in the field (and the page stays on the
question) so nothing typed is lost.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QMouseEvent, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.checklist import Question, Theme
from . import colours
from .session import AssessmentSession
from .theme_models import QuestionListModel, ThemeProgressModel

# 0: save once the keys already queued are in, not per key of a burst, and never later.
NOTE_DELAY_MS = 0
MAX_NUMBER_KEYS = 9
# Below this page width (logical pixels) three panes leave the question and the theme names
# too little room, so the guidance starts hidden (the Guidance button shows it). 1024x768
# gives a page ~1010 wide, 1366x768 at 150 % ~890; at 125 % ~1090; 1920x1080 at 150 % ~1260.
WIDE_ENOUGH_FOR_GUIDANCE = 1200
# Shares of the width for navigator, question and guidance, by (wide enough?, guidance shown?).
# The stretch factors follow the same shares, so a resized window shrinks or grows the panes
# alike instead of only the question. In a narrow window the navigator keeps room for the
# theme names beside the progress and level columns.
PANE_SHARES = {
    (True, True): (25, 47, 28),
    (True, False): (25, 75, 0),
    (False, True): (30, 42, 28),
    (False, False): (34, 66, 0),
}


class _OptionText(QLabel):
    """An answer's text beside its radio button. QRadioButton cannot wrap its own text, and a
    long answer (Dutch ones reach ~570 px at 150 %) would widen the column until it scrolls
    sideways; this label wraps. Clicking it chooses the answer, as clicking the text would."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled() and self.rect().contains(event.position().toPoint()):
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


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
        self._syncing = False
        self._note_dirty = False
        self._note_question: str | None = None
        self._option_buttons: list[QRadioButton] = []
        self._option_rows: list[QWidget] = []  # each: the radio button (its number) and the wrapping text

        self._build()
        self._build_shortcuts()
        session.answer_changed.connect(self._on_answer_changed)
        session.reloaded.connect(self._on_reloaded)
        self.theme_model.set_score(session.score())
        self.go_to(0, 0)

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        # Navigator: themes, then the questions of the current theme.
        nav = QWidget()
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(0, 0, 4, 0)
        themes_label = QLabel(self.tr("The&mes"))
        nav_layout.addWidget(themes_label)
        self.theme_model = ThemeProgressModel(self.checklist, self.lang, self, compact=True)
        self.theme_view = QTableView()
        self.theme_view.setModel(self.theme_model)
        self.theme_view.setAccessibleName(self.tr("Themes with progress and level"))
        self.theme_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.theme_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.theme_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_view.verticalHeader().hide()
        # No column titles: "4/6" and "▲ Medium" speak for themselves (the tooltip and the
        # accessible name say it in words); the theme names get the width and the rows.
        self.theme_view.horizontalHeader().hide()
        self.theme_view.setTabKeyNavigation(False)  # Tab leaves the table; it never changes the theme
        self.theme_view.setWordWrap(True)
        self.theme_view.setShowGrid(False)
        self.theme_view.setAlternatingRowColors(True)
        header = self.theme_view.horizontalHeader()
        header.setSectionResizeMode(ThemeProgressModel.THEME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ThemeProgressModel.PROGRESS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ThemeProgressModel.LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        self.theme_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        themes_label.setBuddy(self.theme_view)
        nav_layout.addWidget(self.theme_view, 4)
        questions_label = QLabel(self.tr("&Questions in this theme"))
        nav_layout.addWidget(questions_label)
        self.question_model = QuestionListModel(self.lang, self)
        self.question_view = QListView()
        self.question_view.setModel(self.question_model)
        self.question_view.setAccessibleName(self.tr("Questions in this theme"))
        self.question_view.setWordWrap(True)
        self.question_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.question_view.setSpacing(2)
        questions_label.setBuddy(self.question_view)
        nav_layout.addWidget(self.question_view, 1)  # it scrolls; the themes need every row in view
        # Rows follow the theme column's width (wrapped names are never cut off).
        header.sectionResized.connect(lambda *_: self.theme_view.resizeRowsToContents())
        splitter.addWidget(nav)

        # The question.
        # The question scrolls if it must; navigation and the key hint stay in view below it.
        middle = QWidget()
        m = QVBoxLayout(middle)
        m.setContentsMargins(0, 0, 0, 0)
        self.question_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        centre = QWidget()
        scroll.setWidget(centre)
        m.addWidget(scroll, 1)
        c = QVBoxLayout(centre)
        c.setContentsMargins(12, 4, 12, 4)
        self.theme_title = QLabel()
        self.theme_title.setWordWrap(True)
        font = self.theme_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.theme_title.setFont(font)
        c.addWidget(self.theme_title)
        self.theme_intro = QLabel()
        self.theme_intro.setWordWrap(True)
        self.theme_intro.setTextFormat(Qt.TextFormat.PlainText)
        c.addWidget(self.theme_intro)
        self.position_label = QLabel()
        self.position_label.setStyleSheet(colours.hint_style())
        c.addSpacing(6)
        c.addWidget(self.position_label)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        qfont = QFont(self.question_label.font())
        qfont.setPointSizeF(qfont.pointSizeF() * 1.3)
        qfont.setBold(True)
        self.question_label.setFont(qfont)
        c.addWidget(self.question_label)

        self._option_font = QFont(self.font())
        self._option_font.setPointSizeF(self._option_font.pointSizeF() * 1.1)
        self.options_box = QGroupBox(self.tr("Answer"))
        self.options_layout = QVBoxLayout(self.options_box)
        self.option_group = QButtonGroup(self)
        self.option_group.setExclusive(True)
        self.option_group.idToggled.connect(self._on_option_toggled)
        c.addWidget(self.options_box)
        clear_row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("C&lear answer"))
        self.clear_button.setAccessibleName(self.tr("Clear answer"))
        self.clear_button.clicked.connect(self.clear_answer)
        clear_row.addWidget(self.clear_button)
        clear_row.addStretch(1)
        self.history_button = QPushButton(self.tr("Question h&istory…"))
        self.history_button.setToolTip(self.tr("Who changed this answer and its note, and when (Ctrl+H)"))
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.question.id))
        clear_row.addWidget(self.history_button)
        c.addLayout(clear_row)

        note_label = QLabel(self.tr("N&otes and evidence (saved automatically)"))
        note_label.setWordWrap(True)
        c.addWidget(note_label)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Notes and evidence"))
        self.note_edit.setPlaceholderText(self.tr("What did you find, and where? E.g. a document, a conversation, a website."))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(90)
        self.note_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        note_label.setBuddy(self.note_edit)
        self.note_edit.textChanged.connect(self._on_note_changed)
        self.note_edit.installEventFilter(self)
        c.addWidget(self.note_edit, 1)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)

        nav_row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("‹ &Previous question"))
        self.previous_button.setToolTip(self.tr("Previous question (Ctrl+Up)"))
        self.previous_button.clicked.connect(self.previous_question)
        self.next_button = QPushButton(self.tr("&Next question ›"))
        self.next_button.clicked.connect(self.next_question)
        self.guidance_button = QPushButton(self.tr("&Guidance"))
        self.guidance_button.setCheckable(True)
        self.guidance_button.setChecked(True)
        self.guidance_button.setToolTip(self.tr("Show or hide why this question matters and its sources"))
        self.guidance_button.toggled.connect(self._guidance_toggled)
        nav_row.addWidget(self.previous_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.guidance_button)
        nav_row.addWidget(self.next_button)
        nav_row.setContentsMargins(12, 4, 12, 0)
        m.addLayout(nav_row)
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet(colours.hint_style())
        self.keys_hint.setContentsMargins(12, 0, 12, 0)
        m.addWidget(self.keys_hint)
        splitter.addWidget(middle)

        # Guidance and sources.
        self.guidance = QTextBrowser()
        self.guidance.setOpenLinks(False)
        self.guidance.setAccessibleName(self.tr("Guidance and sources"))
        splitter.addWidget(self.guidance)

        self.splitter = splitter
        self._set_pane_shares(PANE_SHARES[True, True], 1310)  # as at 100 % on 1366x768; fitted when resized
        self._guidance_follows_width = True  # until the user shows or hides it with the button

        self.theme_view.selectionModel().currentRowChanged.connect(self._on_theme_row)
        self.question_view.selectionModel().currentRowChanged.connect(self._on_question_row)
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
        self._set_pane_shares(PANE_SHARES[width >= WIDE_ENOUGH_FOR_GUIDANCE, visible], width)

    def _set_pane_shares(self, shares: tuple[int, int, int], width: int) -> None:
        for pane, share in enumerate(shares):
            self.splitter.setStretchFactor(pane, share)
        self.splitter.setSizes([width * share // 100 for share in shares])

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
            self._focus_options()
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
            message = (
                self.tr("%1 questions still have no answer. This is the first of them.").replace("%1", str(len(missing)))
                if len(missing) > 1
                else self.tr("One question still has no answer: this one.")
            )
        else:
            message = self.tr("This question still has no answer; every other question has one.")
            self._focus_options()
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
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            theme_index = self.theme_model.index(self._theme_index, 0)
            self.theme_view.selectionModel().setCurrentIndex(theme_index, flags)
            self.theme_view.scrollTo(theme_index)
            question_index = self.question_model.index(self._question_index, 0)
            self.question_view.selectionModel().setCurrentIndex(question_index, flags)
            self.question_view.scrollTo(question_index)
        finally:
            self._syncing = False

    def _on_theme_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid() and current.row() != self._theme_index:
            if not self.go_to(current.row(), 0):
                self._sync_views()

    def _on_question_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid() and current.row() != self._question_index:
            if not self.go_to(self._theme_index, current.row()):
                self._sync_views()

    # -- showing one question ---------------------------------------------------------------

    def _show_question(self, *, keep_note: bool = False) -> None:
        theme, question, lang = self.theme, self.question, self.lang
        refocus = self._option_has_focus() or self.focusWidget() is None
        self._loading = True
        try:
            self.theme_title.setText(theme.title.get(lang))
            self.theme_intro.setText(theme.intro.get(lang))
            overall = self.checklist.questions.index(question) + 1
            self.position_label.setText(
                self.tr("Question %1 of %2 in this theme · %3 of %4 in all")
                .replace("%1", str(self._question_index + 1))
                .replace("%2", str(len(theme.questions)))
                .replace("%3", str(overall))
                .replace("%4", str(len(self.checklist.questions)))
            )
            self.question_label.setText(question.text.get(lang))
            self._rebuild_options(question)
            if not keep_note:
                answer = self.session.answer(question.id)
                self.note_edit.setPlainText(answer.note if answer else "")
                self._note_question = question.id
                self._note_dirty = False
            self.guidance.setHtml(self._guidance_html(question))
            self.previous_button.setEnabled(self._theme_index > 0 or self._question_index > 0)
            if self.at_last_question:
                self.next_button.setText(self.tr("Fi&nish ›"))
                self.next_button.setToolTip(self.tr("The result, or first a question still without an answer (Ctrl+Down)"))
            else:
                self.next_button.setText(self.tr("&Next question ›"))
                self.next_button.setToolTip(self.tr("Next question (Ctrl+Down)"))
            self.keys_hint.setText(
                self.tr(
                    "Keys: 1–%1 choose an answer · Ctrl+↓ / Ctrl+↑ next / previous question · Ctrl+PgDn / Ctrl+PgUp next / previous theme"
                    " · Ctrl+U next unanswered"
                ).replace("%1", str(min(len(question.options), MAX_NUMBER_KEYS)))
            )
        finally:
            self._loading = False
        if refocus and self.isVisible():
            self._focus_options()

    def _option_has_focus(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and (focus in self._option_buttons or focus is self.options_box)

    def _focus_options(self) -> None:
        """The focus on the answers: the chosen one, else the first; when the answers are
        locked and none is chosen, on the Next button (never the note)."""
        checked = self.option_group.checkedButton()
        enabled = [b for b in self._option_buttons if b.isEnabled()]
        target = checked if checked is not None and checked.isEnabled() else (enabled[0] if enabled else self.next_button)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_options(self, question: Question) -> None:
        for button in self._option_buttons:
            self.option_group.removeButton(button)
        for row in self._option_rows:
            self.options_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._option_buttons, self._option_rows = [], []
        answer = self.session.answer(question.id)
        for n, option in enumerate(question.options):
            label = option.label.get(self.lang)
            # The button shows only the number (its Alt+number mnemonic); the text wraps beside it.
            button = QRadioButton(f"&{n + 1}" if n < MAX_NUMBER_KEYS else "")
            button.setFont(self._option_font)
            button.setAccessibleName(label)
            if n < MAX_NUMBER_KEYS:
                button.setToolTip(self.tr("Press %1 to choose this answer").replace("%1", str(n + 1)))
            text = _OptionText(label, button)
            text.setFont(self._option_font)
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(text, 1)
            self.option_group.addButton(button, n)
            self.options_layout.addWidget(row)
            if self.options_box.isVisible():
                row.show()  # at once (not queued), so the button can take the focus
            self._option_buttons.append(button)
            self._option_rows.append(row)
            if answer is not None and answer.value == option.value:
                button.setChecked(True)
        # Tab: navigator, the answers, their buttons, the note, previous / next, then guidance.
        chain = [self.theme_view, self.question_view, *self._option_buttons, self.clear_button, self.history_button, self.note_edit]
        chain += [self.previous_button, self.next_button, self.guidance_button, self.guidance]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        locked = self.session.locked
        for row, button in zip(self._option_rows, self._option_buttons, strict=True):
            # Locked: the chosen answer stays readable (and can take the focus), the rest grey.
            row.setEnabled(not locked or button.isChecked())
        self.note_edit.setReadOnly(locked)
        self.clear_button.setEnabled(not locked and answer is not None and answer.value is not None)

    def _guidance_html(self, question: Question) -> str:
        lang = self.lang
        why = self.tr("Why this matters")
        sources = self.tr("Sources")
        parts = [f"<h3>{escape(why)}</h3>"]
        for paragraph in question.guidance.get(lang).split("\n\n"):
            parts.append(f"<p>{escape(paragraph)}</p>")
        if question.sources:
            parts.append(f"<h3>{escape(sources)}</h3><ul>")
            for code in question.sources:
                source = self.checklist.source(code)
                if source is None:
                    parts.append(f"<li>{escape(code)}</li>")
                    continue
                text = f"<b>{escape(source.code)}</b>: {escape(source.title)} — {escape(source.publisher)}, {escape(source.date)}"
                if source.url:
                    text += f"<br/><span style='color:{colours.hint(QPalette.ColorRole.Base).name()}'>{escape(source.url)}</span>"
                parts.append(f"<li>{text}</li>")
            parts.append("</ul>")
        return "".join(parts)

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
        self.option_group.setExclusive(False)
        for button, option in zip(self._option_buttons, self.question.options, strict=True):
            button.setChecked(answer is not None and answer.value == option.value)
        self.option_group.setExclusive(True)
        self._loading = False

    def clear_answer(self) -> None:
        question = self.question
        self._note_timer.stop()
        if self.session.save_answer(question.id, None, self.note_edit.toPlainText()):
            self._note_dirty = False
            self._show_stored_choice()
            self.clear_button.setEnabled(False)
            self._focus_options()

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
                self._focus_options()  # Esc leaves the note for the answers
                return True
        return super().eventFilter(watched, event)
