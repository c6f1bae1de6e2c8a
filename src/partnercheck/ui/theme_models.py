"""Models for walking the checklist: themes with their progress and level, and the questions
of one theme with whether they have been answered. Both read a domain ``Score``; neither
scores anything itself."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, Qt

from ..domain.assessment import Answer, ReviewComment
from ..domain.checklist import Checklist, Theme
from ..domain.scoring import Score, ThemeScore
from .labels import INCOMPLETE_SYMBOL, answered_icon, level_colour, level_icon, level_text, level_word, not_started_text, provisional_word
from .review_words import comment_text, verdict_mark
from .table_model import ROOT, Index, ListTableModel


class ThemeProgressModel(ListTableModel):
    """One row per theme: title, answered/total, level (word, colour and symbol) and, with
    ``review``, the reviewer's verdict (word and symbol)."""

    THEME, PROGRESS, LEVEL, REVIEW = range(4)
    COLUMN_COUNT = 3

    def __init__(self, checklist: Checklist, lang: str, parent: Any = None, *, compact: bool = False, review: bool = False) -> None:
        super().__init__(parent)
        if review:
            self.COLUMN_COUNT = 4
        self._comments: Mapping[str, ReviewComment] = {}
        self._compact = compact  # the checklist's navigator: "–" for a theme not started (words in the tooltip)
        self._checklist = checklist
        self._lang = lang
        self._scores: dict[str, ThemeScore] = {}

    def set_score(self, score: Score) -> None:
        self._scores = {t.theme_id: t for t in score.themes}
        if self._checklist.themes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._checklist.themes) - 1, self.COLUMN_COUNT - 1))

    def set_review_comments(self, comments: Mapping[str, ReviewComment]) -> None:
        self._comments = dict(comments)
        if self._checklist.themes and self.COLUMN_COUNT > self.REVIEW:
            self.dataChanged.emit(self.index(0, self.REVIEW), self.index(len(self._checklist.themes) - 1, self.REVIEW))

    def theme(self, row: int) -> Theme:
        return self._checklist.themes[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._checklist.themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self._checklist.themes[index.row()]
        ts = self._scores.get(theme.id)
        column = index.column()
        started = ts is not None and ts.answered > 0
        # A theme with questions still open is only provisionally low or medium: no colour,
        # no tick (a high theme is high however much is open).
        settled = ts.verdict.level if ts is not None else None
        if column == self.REVIEW:
            return self._review_data(theme, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.THEME:
                # A no-break space: "3." never wraps onto a line of its own above the name.
                return f"{index.row() + 1}.\u00a0{theme.title.get(self._lang)}"
            if column == self.PROGRESS:
                answered = ts.answered if ts else 0
                return f"{answered}/{len(theme.questions)}"
            if column == self.LEVEL:
                if not (started and ts):
                    return "–" if self._compact else not_started_text()
                if self._compact and settled is None:
                    # Narrow navigator: the hollow mark says "provisional", the tooltip says it in words.
                    return f"{INCOMPLETE_SYMBOL} {level_word(ts.level).lower()}"
                return provisional_word(ts.verdict, ts.level)
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == self.LEVEL:
            return provisional_word(ts.verdict, ts.level) if started and ts else not_started_text()
        elif role == Qt.ItemDataRole.DecorationRole and column == self.LEVEL and settled is not None:
            return level_icon(settled)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.LEVEL and settled is not None:
            return level_colour(settled)
        elif role == Qt.ItemDataRole.ToolTipRole:
            answered = ts.answered if ts else 0
            level = level_text(ts.level) if started and ts else not_started_text()
            return (
                self.tr("%1: %2 of %3 questions answered; level %4")
                .replace("%1", theme.title.get(self._lang))
                .replace("%2", str(answered))
                .replace("%3", str(len(theme.questions)))
                .replace("%4", level)
            )
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _review_data(self, theme: Theme, role: int) -> Any:
        comment = self._comments.get(theme.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return verdict_mark(comment.verdict) if comment is not None else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            # The screen reader hears the word (not the symbol), and "not reviewed" for a blank.
            if comment is None:
                return self.tr("Not reviewed yet")
            return comment_text(comment, mark=role == Qt.ItemDataRole.ToolTipRole)
        return None

    def column_titles(self) -> dict[int, str]:
        titles = {self.THEME: self.tr("Theme"), self.PROGRESS: self.tr("Answered"), self.LEVEL: self.tr("Level")}
        if self.COLUMN_COUNT > self.REVIEW:
            titles[self.REVIEW] = self.tr("Review")
        return titles


class QuestionListModel(QAbstractListModel):
    """The questions of one theme, numbered, each marked answered or still to do."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._theme: Theme | None = None
        self._answers: Mapping[str, Answer] = {}

    def set_theme(self, theme: Theme, answers: Mapping[str, Answer]) -> None:
        self.beginResetModel()
        self._theme = theme
        self._answers = answers
        self.endResetModel()

    def question_changed(self, question_id: str) -> None:
        if self._theme is None:
            return
        for row, question in enumerate(self._theme.questions):
            if question.id == question_id:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self._theme is None else len(self._theme.questions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._theme is None:
            return None
        question = self._theme.questions[index.row()]
        answer = self._answers.get(question.id)
        answered = answer is not None and answer.is_answered
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {question.text.get(self._lang)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return answered_icon(answered)
        if role == Qt.ItemDataRole.ToolTipRole:
            if answered and answer is not None and answer.value is not None:
                option = question.option(answer.value)
                label = option.label.get(self._lang) if option else answer.value
                return self.tr("Answered: %1").replace("%1", label)
            return self.tr("Not answered yet")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("answered") if answered else self.tr("not answered")
        return None
