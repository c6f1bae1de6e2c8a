"""The checklist page's navigator: the themes with their progress and level, then the
questions of the current theme.

It only shows where the page is and reports a row the user picks; the page decides whether
to go there (it stays when a note could not be saved, and then selects its own row again).
Its texts keep the translation context "ChecklistPage", where the translations (and the
mnemonics menus.py reads) have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QListView, QTableView, QVBoxLayout, QWidget

from ..domain.checklist import Checklist
from ..domain.levels import Level
from .labels import INCOMPLETE_SYMBOL, level_word
from .theme_models import QuestionListModel, ThemeProgressModel


class ChecklistNavigator(QWidget):
    theme_row_chosen = Signal(int)  # the user moved to this theme row
    question_row_chosen = Signal(int)  # the user moved to this question row

    def __init__(self, checklist: Checklist, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self._checklist = checklist
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        self._margins = layout.contentsMargins()
        themes_label = QLabel(QCoreApplication.translate("ChecklistPage", "The&mes"))
        layout.addWidget(themes_label)
        self.theme_model = ThemeProgressModel(checklist, lang, self, compact=True)
        self.theme_view = QTableView()
        self._build_theme_view()
        themes_label.setBuddy(self.theme_view)
        layout.addWidget(self.theme_view, 4)
        questions_label = QLabel(QCoreApplication.translate("ChecklistPage", "&Questions in this theme"))
        layout.addWidget(questions_label)
        self.question_model = QuestionListModel(lang, self)
        self.question_view = QListView()
        self.question_view.setModel(self.question_model)
        self.question_view.setAccessibleName(QCoreApplication.translate("ChecklistPage", "Questions in this theme"))
        self.question_view.setWordWrap(True)
        self.question_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.question_view.setSpacing(2)
        questions_label.setBuddy(self.question_view)
        layout.addWidget(self.question_view, 1)  # it scrolls; the themes need every row in view
        self.theme_view.selectionModel().currentRowChanged.connect(self._on_theme_row)
        self.question_view.selectionModel().currentRowChanged.connect(self._on_question_row)

    def _build_theme_view(self) -> None:
        view = self.theme_view
        view.setModel(self.theme_model)
        view.setAccessibleName(QCoreApplication.translate("ChecklistPage", "Themes with progress and level"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        # No column titles: "4/6" and "▲ Medium" speak for themselves (the tooltip and the
        # accessible name say it in words); the theme names get the width and the rows.
        view.horizontalHeader().hide()
        view.setTabKeyNavigation(False)  # Tab leaves the table; it never changes the theme
        view.setWordWrap(True)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(ThemeProgressModel.THEME, QHeaderView.ResizeMode.Stretch)
        # "4/6" in a fixed width: fitted to its contents, the hidden title "Beantwoord" set it.
        header.setSectionResizeMode(ThemeProgressModel.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ThemeProgressModel.PROGRESS, self._progress_width())
        header.setSectionResizeMode(ThemeProgressModel.LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Rows follow the theme column's width (wrapped names are never cut off).
        header.sectionResized.connect(lambda *_: view.resizeRowsToContents())

    def _cell_margin(self) -> int:
        view = self.theme_view
        return 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1) + 4

    def _progress_width(self) -> int:
        # The widest "6/6" this checklist can show, not "10/10": the 14 pixels were what
        # "3. Mensenrechtendialoog" lacked at 150 % (it ended in "…").
        metrics = self.theme_view.fontMetrics()
        counts = {len(theme.questions) for theme in self._checklist.themes} or {10}
        return max(metrics.horizontalAdvance(f"{n}/{n}") for n in counts) + self._cell_margin()

    def wanted_width(self) -> int:
        """The width at which every theme name wraps between words, none cut inside one: the
        longest word of a name ("3. Mensenrechtendialoog": the number is held to the first word,
        "Intermediaries") beside the progress and level columns. At 150 % on 1024x768 the navigator's share gave names 90 pixels and
        "Tekst van de overee…"."""
        view = self.theme_view
        metrics = view.fontMetrics()
        model = self.theme_model
        longest = max(
            (metrics.horizontalAdvance(word) for row in range(model.rowCount()) for word in str(model.index(row, 0).data()).split(" ")),
            default=0,
        )
        margin = self._cell_margin()
        # The level column's widest text, not what it shows now: it widens as themes are answered.
        level = max(metrics.horizontalAdvance(f"{INCOMPLETE_SYMBOL} {level_word(level).lower()}") for level in Level) + margin
        level = max(level, view.sizeHintForColumn(ThemeProgressModel.LEVEL))
        progress = self._progress_width()
        scroll_bar = view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        margins = self._margins
        return longest + margin + progress + level + scroll_bar + 2 * view.frameWidth() + margins.left() + margins.right()

    def select(self, theme_index: int, question_index: int) -> None:
        """Show this theme and question as the current rows, without reporting them back."""
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            theme_row = self.theme_model.index(theme_index, 0)
            self.theme_view.selectionModel().setCurrentIndex(theme_row, flags)
            self.theme_view.scrollTo(theme_row)
            question_row = self.question_model.index(question_index, 0)
            self.question_view.selectionModel().setCurrentIndex(question_row, flags)
            self.question_view.scrollTo(question_row)
        finally:
            self._syncing = False

    def _on_theme_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.theme_row_chosen.emit(current.row())

    def _on_question_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.question_row_chosen.emit(current.row())
