"""The checklist page's question pane: the theme and the question, its answers, the note, and
below them (always in view) previous / next, the guidance button and the key hint.

The pane builds and fills its widgets; what a choice, a clear or a typed note does is the
page's (ChecklistPage connects them). Its texts keep the translation context "ChecklistPage",
where the translations (and the mnemonics menus.py reads) have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.answer_fit import misfit
from ..domain.assessment import Answer, Partnership, PartnershipStatus
from ..domain.checklist import Question, Theme
from . import colours
from .banners import Banner
from .text_guard import TextGuard

MAX_NUMBER_KEYS = 9
# The key hint is four lines at 150 % on 1024x768, where the pane is about 310 pixels high and
# the answers were below the fold: on a pane lower than this it is left out (the same keys are
# under Help, Keyboard shortcuts).
KEYS_HINT_FROM = 420


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


class QuestionPane(QWidget):
    question_shown = Signal(str)  # question id, after its texts are shown
    column_width_changed = Signal(int)  # the width the question's column has (its panels fit to it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option_buttons: list[QRadioButton] = []
        self.option_rows: list[QWidget] = []  # each: the radio button (its number) and the wrapping text
        # The question scrolls if it must; navigation and the key hint stay in view below it.
        m = QVBoxLayout(self)
        m.setContentsMargins(0, 0, 0, 0)
        self.question_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        centre = QWidget()
        scroll.setWidget(centre)
        m.addWidget(scroll, 1)
        c = QVBoxLayout(centre)
        c.setContentsMargins(12, 4, 12, 4)
        self._build_question(c)
        self._build_answers(c)
        self._build_note(c)
        self._build_navigation(m)

    # -- construction -----------------------------------------------------------------------

    def _build_question(self, c: QVBoxLayout) -> None:
        self.theme_title = QLabel()
        self.theme_title.setWordWrap(True)
        font = self.theme_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.theme_title.setFont(font)
        # The theme's introduction is folded away by default: at 1024x768 it pushed the answers'
        # basis and the evidence below the fold on every question. One button (kept open while
        # the assessment is) shows it; the title's tooltip holds it too.
        self.intro_button = QToolButton()
        self.intro_button.setCheckable(True)
        self.intro_button.setAutoRaise(True)
        self.intro_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.intro_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.intro_button.setArrowType(Qt.ArrowType.RightArrow)
        self.intro_button.setText(QCoreApplication.translate("ChecklistPage", "About this theme"))
        self.intro_button.setAccessibleName(QCoreApplication.translate("ChecklistPage", "Show the introduction to this theme"))
        self.intro_button.setToolTip(QCoreApplication.translate("ChecklistPage", "Show or hide the introduction to this theme"))
        self.intro_button.toggled.connect(self._intro_toggled)
        title_row = QHBoxLayout()
        title_row.addWidget(self.theme_title, 1)
        title_row.addWidget(self.intro_button, 0, Qt.AlignmentFlag.AlignTop)
        c.addLayout(title_row)
        self.theme_intro = QLabel()
        self.theme_intro.setWordWrap(True)
        self.theme_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.theme_intro.setContentsMargins(0, 0, 0, 6)
        self.theme_intro.hide()
        c.addWidget(self.theme_intro)
        self.position_label = QLabel()
        colours.follow_palette(self.position_label, lambda: self.position_label.setStyleSheet(colours.hint_style()))
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

    def _build_answers(self, c: QVBoxLayout) -> None:
        self._option_font = QFont(self.font())
        self._option_font.setPointSizeF(self._option_font.pointSizeF() * 1.1)
        self.options_box = QGroupBox(QCoreApplication.translate("ChecklistPage", "Answer"))
        self.options_layout = QVBoxLayout(self.options_box)
        # Snug rows: with five long answers the basis and the evidence header still fit at 1024x768.
        self.options_layout.setSpacing(2)
        self.options_layout.setContentsMargins(9, 4, 9, 4)
        self.option_group = QButtonGroup(self)
        self.option_group.setExclusive(True)
        c.addWidget(self.options_box)
        # Right under the answers: the chosen one contradicts the tie's status or year
        # (domain.answer_fit), e.g. "not discussed with ICP China since 2020" for a proposed tie.
        self.misfit_banner = Banner("misfitBanner", "#8a6d2f")
        c.addWidget(self.misfit_banner)
        clear_row = QHBoxLayout()
        self.clear_button = QPushButton(QCoreApplication.translate("ChecklistPage", "C&lear answer"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("ChecklistPage", "Clear answer"))
        clear_row.addWidget(self.clear_button)
        clear_row.addStretch(1)
        self.history_button = QPushButton(QCoreApplication.translate("ChecklistPage", "Question h&istory…"))
        self.history_button.setToolTip(QCoreApplication.translate("ChecklistPage", "Who changed this answer and its note, and when (Ctrl+H)"))
        clear_row.addWidget(self.history_button)
        c.addLayout(clear_row)
        # The basis and the evidence files (evidence_panel.py, placed here by the page).
        self.evidence_slot = QVBoxLayout()
        c.addLayout(self.evidence_slot)

    def _build_note(self, c: QVBoxLayout) -> None:
        note_label = QLabel(QCoreApplication.translate("ChecklistPage", "N&otes and evidence (saved automatically)"))
        note_label.setWordWrap(True)
        # Beside the note's label, so it is in view with the note: notes are internal unless the
        # officer lets one into the public version (note_visibility.py).
        self.note_public_check = QCheckBox(QCoreApplication.translate("ChecklistPage", "Sho&wn in the public version"))
        note_row = QHBoxLayout()
        note_row.addWidget(note_label, 1)
        note_row.addWidget(self.note_public_check)
        c.addLayout(note_row)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(QCoreApplication.translate("ChecklistPage", "Notes and evidence"))
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate("ChecklistPage", "What did you find, and where? E.g. a document, a conversation, a website.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(90)
        self.note_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        note_label.setBuddy(self.note_edit)
        # Before the page's autosave listens: a pasted ESC or U+202E never reaches the store. Its
        # message goes above the note: below it, it would be out of the pane's view.
        self.note_guard = TextGuard(self.note_edit, multi_line=True)
        c.addWidget(self.note_guard.message_line)
        c.addWidget(self.note_edit, 1)

    def _build_navigation(self, m: QVBoxLayout) -> None:
        nav_row = QHBoxLayout()
        self.previous_button = QPushButton(QCoreApplication.translate("ChecklistPage", "‹ &Previous question"))
        self.previous_button.setToolTip(QCoreApplication.translate("ChecklistPage", "Previous question (Ctrl+Up)"))
        self.next_button = QPushButton(QCoreApplication.translate("ChecklistPage", "&Next question ›"))
        self.guidance_button = QPushButton(QCoreApplication.translate("ChecklistPage", "&Guidance"))
        self.guidance_button.setCheckable(True)
        self.guidance_button.setChecked(True)
        self.guidance_button.setToolTip(QCoreApplication.translate("ChecklistPage", "Show or hide why this question matters and its sources"))
        nav_row.addWidget(self.previous_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.guidance_button)
        nav_row.addWidget(self.next_button)
        nav_row.setContentsMargins(12, 4, 12, 0)
        m.addLayout(nav_row)
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)
        colours.follow_palette(self.keys_hint, lambda: self.keys_hint.setStyleSheet(colours.hint_style()))
        self.keys_hint.setContentsMargins(12, 0, 12, 0)
        m.addWidget(self.keys_hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.keys_hint.setVisible(event.size().height() >= KEYS_HINT_FROM)
        self.column_width_changed.emit(self.question_scroll.viewport().width())

    def _intro_toggled(self, shown: bool) -> None:
        self.theme_intro.setVisible(shown)
        self.intro_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # -- filling ----------------------------------------------------------------------------

    def show_texts(self, theme: Theme, question: Question, lang: str, position: tuple[int, int, int, int]) -> None:
        """The theme, where this question is (in the theme, of its size; overall, of all), the
        question itself."""
        self.note_guard.clear_message()  # it spoke of the note shown before
        self.theme_title.setText(theme.title.get(lang))
        self.theme_intro.setText(theme.intro.get(lang))
        self.theme_title.setToolTip(theme.intro.get(lang))
        self.intro_button.setVisible(bool(theme.intro.get(lang).strip()))
        in_theme, theme_size, overall, total = position
        self.position_label.setText(
            QCoreApplication.translate("ChecklistPage", "Question %1 of %2 in this theme · %3 of %4 in all")
            .replace("%1", str(in_theme))
            .replace("%2", str(theme_size))
            .replace("%3", str(overall))
            .replace("%4", str(total))
        )
        self.question_label.setText(question.text.get(lang))
        self.question_shown.emit(question.id)

    def show_navigation(self, question: Question, *, first: bool, last: bool) -> None:
        self.previous_button.setEnabled(not first)
        if last:
            self.next_button.setText(QCoreApplication.translate("ChecklistPage", "Fi&nish ›"))
            self.next_button.setToolTip(
                QCoreApplication.translate("ChecklistPage", "The result, or first a question still without an answer (Ctrl+Down)")
            )
        else:
            self.next_button.setText(QCoreApplication.translate("ChecklistPage", "&Next question ›"))
            self.next_button.setToolTip(QCoreApplication.translate("ChecklistPage", "Next question (Ctrl+Down)"))
        # The basis keys are the evidence panel's own (D/C/P/A, in Dutch D/G/O/A), read from it.
        basis_keys = "/".join(QCoreApplication.translate("EvidencePanel", key) for key in ("D", "C", "P", "A"))
        self.keys_hint.setText(
            QCoreApplication.translate(
                "ChecklistPage",
                "Keys: 1–%1 choose an answer · %2 its basis · Ctrl+↓ / Ctrl+↑ next / previous question"
                " · Ctrl+PgDn / Ctrl+PgUp next / previous theme · Ctrl+U next unanswered",
            )
            .replace("%1", str(min(len(question.options), MAX_NUMBER_KEYS)))
            .replace("%2", basis_keys)
        )

    def set_options(self, question: Question, lang: str, answer: Answer | None, *, locked: bool, partnership: Partnership) -> None:
        """One row per answer of ``question``, the stored one chosen; locked, only that one
        stays enabled. Under them, whether the chosen one fits ``partnership``."""
        self.show_fit(question, answer, partnership)
        for button in self.option_buttons:
            self.option_group.removeButton(button)
        for row in self.option_rows:
            self.options_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.option_buttons, self.option_rows = [], []
        for n, option in enumerate(question.options):
            label = option.label.get(lang)
            # The button shows only the number (its Alt+number mnemonic); the text wraps beside it.
            button = QRadioButton(f"&{n + 1}" if n < MAX_NUMBER_KEYS else "")
            button.setFont(self._option_font)
            button.setAccessibleName(label)
            if n < MAX_NUMBER_KEYS:
                button.setToolTip(QCoreApplication.translate("ChecklistPage", "Press %1 to choose this answer").replace("%1", str(n + 1)))
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
            self.option_buttons.append(button)
            self.option_rows.append(row)
            if answer is not None and answer.value == option.value:
                button.setChecked(True)
        for row, button in zip(self.option_rows, self.option_buttons, strict=True):
            # Locked: the chosen answer stays readable (and can take the focus), the rest grey.
            row.setEnabled(not locked or button.isChecked())
        self._describe_fit()

    def show_fit(self, question: Question, answer: Answer | None, partnership: Partnership) -> None:
        """Warn under the answers when the chosen one does not fit the tie (the same rule as
        the report's open points and ``partnercheck score``: domain.answer_fit)."""
        option = question.option(answer.value) if answer is not None and answer.value is not None else None
        year = option.entered_before if option is not None else None
        if year is None or not misfit(year, partnership):
            text = None
        elif partnership.status is PartnershipStatus.PROPOSED:
            text = QCoreApplication.translate(
                "ChecklistPage",
                "This answer applies only to a tie entered before %1, but this tie is only proposed. "
                "Choose the answer that fits the tie, or correct the tie's details.",
            ).replace("%1", str(year))
        else:
            text = (
                QCoreApplication.translate(
                    "ChecklistPage",
                    "This answer applies only to a tie entered before %1, but this tie dates from %2. "
                    "Choose the answer that fits the tie, or correct the year the tie was entered.",
                )
                .replace("%1", str(year))
                .replace("%2", str(partnership.since))
            )
        self.misfit_banner.say(text)
        self._describe_fit()

    def _describe_fit(self) -> None:
        """The warning is also the chosen answer's accessible description: a screen reader on
        the answer (where the keys 1-9 and the approval's "go to" leave the focus) says it."""
        text = self.misfit_banner.label.text() if not self.misfit_banner.isHidden() else ""
        for button in self.option_buttons:
            button.setAccessibleDescription(text if button.isChecked() else "")
