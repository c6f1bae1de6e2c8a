"""The result: overall level and completeness, levels per theme, red flags with the answers
that caused them, and the recommended measures, each of which can become an action."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.advice import advice_paragraphs
from ..domain.checklist import Recommendation
from . import colours
from .labels import LEVEL_COLOURS, completeness_text, level_icon, verdict_text
from .result_models import RecommendationModel, RedFlagModel
from .review_panel import ReviewPanel
from .session import AssessmentSession
from .theme_models import ThemeProgressModel

SIDE_BY_SIDE_HEIGHT = 230  # a few rows of each table; below this the page scrolls
STACK_BELOW = 860  # a page narrower than this has the themes above the flags and measures
STACKED_HEIGHT = 800  # the twelve themes, the red flags and the measures, one above the other
SIDE_BY_SIDE_SIZES = [430, 880]


def _table(accessible_name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ResultPage(QWidget):
    theme_requested = Signal(int)  # row of a theme to walk
    question_requested = Signal(str)  # question id
    action_requested = Signal(object)  # Recommendation to turn into an action
    compare_requested = Signal()  # with the previous assessment of the partnership

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        self._read_only = False
        # The page scrolls instead of crushing its tables: at 150 % on a 768-pixel screen the
        # banner and the two tables do not fit, and the themes table showed one row.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)

        self.banner = QFrame()
        self.banner.setObjectName("resultBanner")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_icon = QLabel()
        banner_layout.addWidget(self.banner_icon)
        text_column = QVBoxLayout()
        self.overall_label = QLabel()
        font = self.overall_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.overall_label.setFont(font)
        self.overall_label.setAccessibleName(self.tr("Overall level"))
        # Wraps: on one line "Verdict: Incomplete – no verdict yet (provisionally low)" and the
        # compare button held the page wider than 1024 pixels at 150 % (it scrolled sideways).
        self.overall_label.setWordWrap(True)
        text_column.addWidget(self.overall_label)
        self.completeness_label = QLabel()
        self.completeness_label.setWordWrap(True)
        text_column.addWidget(self.completeness_label)
        # The same advice the report prints (domain.advice), in the checklist's language.
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_label.setAccessibleName(self.tr("Advice"))
        text_column.addWidget(self.advice_label)
        banner_layout.addLayout(text_column, 1)
        self.compare_button = QPushButton(self.tr("Compare &with previous…"))
        self.compare_button.setToolTip(self.tr("What changed since the previous assessment or revision of this partnership"))
        self.compare_button.clicked.connect(self.compare_requested)
        banner_layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.banner)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setMinimumHeight(SIDE_BY_SIDE_HEIGHT)
        layout.addWidget(splitter, 1)

        themes_box = QGroupBox(self.tr("Levels per theme"))
        tb = QVBoxLayout(themes_box)
        self.theme_model = ThemeProgressModel(session.checklist, session.lang, self, review=True)
        self.theme_view = _table(self.tr("Levels per theme"))
        self.theme_view.setModel(self.theme_model)
        header = self.theme_view.horizontalHeader()
        header.setSectionResizeMode(ThemeProgressModel.THEME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ThemeProgressModel.PROGRESS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ThemeProgressModel.LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ThemeProgressModel.REVIEW, QHeaderView.ResizeMode.ResizeToContents)
        self.theme_view.activated.connect(lambda index: self.theme_requested.emit(index.row()))
        self.theme_view.setToolTip(self.tr("Double-click or press Enter to walk this theme"))
        tb.addWidget(self.theme_view, 1)
        # The reviewer's word on the selected theme (given while in review; read by the assessor).
        self.review_panel = ReviewPanel(session)
        session.review_changed.connect(self._show_review_marks)
        session.state_changed.connect(self._show_review_marks)
        tb.addWidget(self.review_panel)
        self.theme_view.selectionModel().currentRowChanged.connect(self._theme_selected)
        splitter.addWidget(themes_box)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        flags_box = QGroupBox(self.tr("Red flags"))
        fb = QVBoxLayout(flags_box)
        self.no_flags_label = QLabel(self.tr("No red flags among the answers given so far."))
        # Wrap: on one line these two held the window wider than a 1024-pixel screen at 150 %.
        self.no_flags_label.setWordWrap(True)
        fb.addWidget(self.no_flags_label)
        self.flag_model = RedFlagModel(self)
        self.flag_view = _table(self.tr("Red flags"))
        self.flag_view.setModel(self.flag_model)
        fh = self.flag_view.horizontalHeader()
        fh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fh.setSectionResizeMode(RedFlagModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        fh.resizeSection(RedFlagModel.THEME, 150)
        fh.resizeSection(RedFlagModel.ANSWER, 150)
        fh.resizeSection(RedFlagModel.NOTE, 160)
        self.flag_view.activated.connect(self._flag_activated)
        self.flag_view.setToolTip(self.tr("Double-click or press Enter to go to the question"))
        fb.addWidget(self.flag_view)
        rl.addWidget(flags_box, 2)

        recs_box = QGroupBox(self.tr("Recommended measures"))
        rb = QVBoxLayout(recs_box)
        self.no_recs_label = QLabel(self.tr("No measures recommended by the answers given so far."))
        self.no_recs_label.setWordWrap(True)
        rb.addWidget(self.no_recs_label)
        self.rec_model = RecommendationModel(self)
        self.rec_view = _table(self.tr("Recommended measures"))
        self.rec_view.setModel(self.rec_model)
        rh = self.rec_view.horizontalHeader()
        rh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rh.setSectionResizeMode(RecommendationModel.RECOMMENDATION, QHeaderView.ResizeMode.Stretch)
        rh.resizeSection(RecommendationModel.THEME, 150)
        rh.resizeSection(RecommendationModel.SOURCES, 80)
        rh.resizeSection(RecommendationModel.IN_PLAN, 110)
        self.rec_view.activated.connect(lambda index: self._turn_into_action(index.row()))
        rb.addWidget(self.rec_view)
        row = QHBoxLayout()
        self.action_button = QPushButton(self.tr("T&urn into action…"))
        self.action_button.setToolTip(self.tr("Add the selected measure to the action plan, with an owner and a due date"))
        self.action_button.clicked.connect(self._turn_selected_into_action)
        row.addStretch(1)
        row.addWidget(self.action_button)
        rb.addLayout(row)
        rl.addWidget(recs_box, 3)
        splitter.addWidget(right)
        splitter.setSizes(SIDE_BY_SIDE_SIZES)
        splitter.setStretchFactor(1, 1)

        colours.follow_palette(self, self._mark_stale)  # the banner's colours come from the palette
        session.answer_changed.connect(self._mark_stale)
        session.actions_changed.connect(self._mark_stale)
        self.rec_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Side by side at 683 pixels (1024x768 at 150 %) the themes kept their width and the
        # red flags and measures got 190: a word a line, their tables scrolled sideways. On a
        # narrow page the themes are above them and the page scrolls down instead.
        stacked = event.size().width() < STACK_BELOW
        wanted = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setMinimumHeight(STACKED_HEIGHT if stacked else SIDE_BY_SIDE_HEIGHT)
            # Stacked: two fifths for the twelve themes, the rest for the flags and measures.
            self.splitter.setSizes([2 * STACKED_HEIGHT // 5, 3 * STACKED_HEIGHT // 5] if stacked else SIDE_BY_SIDE_SIZES)
            self.splitter.setStretchFactor(0, 2 if stacked else 0)
            self.splitter.setStretchFactor(1, 3 if stacked else 1)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        s = self.session
        result = s.score()
        verdict = result.verdict
        self.theme_model.set_score(result)
        self._show_review_marks()
        self.flag_model.set_result(s.checklist, result, s.answers, s.lang)
        self.rec_model.set_result(s.checklist, result, s.assessment.actions, s.lang, s.assessment.partnership)
        provisional = result.overall if result.answered else None
        self.overall_label.setText(self.tr("Verdict: %1").replace("%1", verdict_text(verdict, provisional)))
        if verdict.level is not None:
            level = verdict.level
            self.banner_icon.setPixmap(level_icon(level).pixmap(40, 40))
            # The window tinted with the level's colour, the palette's text on it and the level's
            # colour made readable there: legible in a light and in a dark palette.
            _, _, accent = colours.banner_colours(LEVEL_COLOURS[level])
            self.banner.setStyleSheet(colours.banner_style("resultBanner", LEVEL_COLOURS[level]))
            self.overall_label.setStyleSheet(f"color: {accent.name()};")
        else:
            # No verdict yet: no level colour at all, so nothing reads as an all-clear.
            self.overall_label.setStyleSheet("")
            self.banner.setStyleSheet("#resultBanner { border-left: 6px solid palette(mid); }")
        self.banner_icon.setVisible(verdict.level is not None)
        self.advice_label.setText("\n\n".join(advice_paragraphs(result, s.assessment.partnership, s.lang)))
        answered = self.tr("Questions answered: %1.").replace("%1", completeness_text(result.answered, result.total))
        if result.unknown_count:
            answered += " " + self.tr('Answered "don\'t know": %1.').replace("%1", str(result.unknown_count))
        if result.is_complete:
            self.completeness_label.setText(answered)
        elif verdict.level is not None:
            # Already decided (high cannot go lower): saying "no verdict" beside it contradicts it.
            self.completeness_label.setText(answered + " " + self.tr("Until every question is answered the report is a draft."))
        else:
            self.completeness_label.setText(
                answered + " " + self.tr("Until every question is answered there is no verdict, and the report is a draft.")
            )
        has_flags = self.flag_model.rowCount() > 0
        self.flag_view.setVisible(has_flags)
        self.no_flags_label.setVisible(not has_flags)
        has_recs = self.rec_model.rowCount() > 0
        self.rec_view.setVisible(has_recs)
        self.no_recs_label.setVisible(not has_recs)
        if has_recs and not self.rec_view.selectionModel().hasSelection():
            self.rec_view.selectRow(0)
        if not self.theme_view.selectionModel().hasSelection() and self.theme_model.rowCount():
            self.theme_view.selectRow(0)  # the review panel shows the first theme
        self._update_buttons()
        self._stale = False

    def _show_review_marks(self) -> None:
        """The reviewer's verdict per theme in the table, a column shown only once there is a
        review to show (or to give), like the review panel below it."""
        comments = self.session.assessment.review_comments
        self.theme_model.set_review_comments(comments)
        self.theme_view.setColumnHidden(ThemeProgressModel.REVIEW, not (comments or self.session.can_comment))

    def _theme_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        themes = self.session.checklist.themes
        self.review_panel.set_theme(themes[current.row()] if 0 <= current.row() < len(themes) else None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.action_button.setEnabled(self.rec_view.selectionModel().hasSelection() and not self._read_only)

    def _flag_activated(self, index: QModelIndex) -> None:
        self.question_requested.emit(self.flag_model.flag(index.row()).question_id)

    def _turn_selected_into_action(self) -> None:
        rows = self.rec_view.selectionModel().selectedRows()
        if rows:
            self._turn_into_action(rows[0].row())

    def _turn_into_action(self, row: int) -> None:
        if self._read_only:
            return
        recommendation: Recommendation = self.rec_model.recommendation(row)
        self.action_requested.emit(recommendation)
