"""Models for the result view and the action plan: red flags with the answers that caused
them, triggered recommendations, and the actions of the plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ..domain.advice import measure_text, measures
from ..domain.assessment import Action, Answer, Partnership
from ..domain.checklist import Checklist, Recommendation
from ..domain.scoring import Level, Score
from .dates import short_date_text
from .labels import action_status_word, level_colour, level_icon
from .table_model import Index, ListTableModel


@dataclass(frozen=True, slots=True)
class RedFlagRow:
    question_id: str
    theme: str
    question: str
    answer: str
    note: str


class RedFlagModel(ListTableModel):
    THEME, QUESTION, ANSWER, NOTE = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RedFlagRow] = []

    def set_result(self, checklist: Checklist, score: Score, answers: Mapping[str, Answer], lang: str) -> None:
        rows = []
        for qid in score.red_flags:
            question = checklist.question(qid)
            answer = answers.get(qid)
            if question is None or answer is None or answer.value is None:
                continue
            option = question.option(answer.value)
            theme = checklist.theme(question.theme_id)
            rows.append(
                RedFlagRow(
                    question_id=qid,
                    theme=theme.title.get(lang) if theme else question.theme_id,
                    question=question.text.get(lang),
                    answer=option.label.get(lang) if option else answer.value,
                    note=answer.note,
                )
            )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def flag(self, row: int) -> RedFlagRow:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r.theme, r.question, r.answer, r.note)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.ANSWER:
            return level_icon(Level.HIGH)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ANSWER:
            return level_colour(Level.HIGH)
        return None

    def column_titles(self) -> dict[int, str]:
        return {
            self.THEME: self.tr("Theme"),
            self.QUESTION: self.tr("Question"),
            self.ANSWER: self.tr("Answer"),  # the table is titled "Red flags"; longer, the title took the question's room
            self.NOTE: self.tr("Note"),
        }


class RecommendationModel(ListTableModel):
    RECOMMENDATION, THEME, SOURCES, IN_PLAN = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Recommendation] = []
        self._themes: dict[str, str] = {}
        self._planned: dict[str, int] = {}
        self._lang = "en"
        self._partnership: Partnership | None = None

    def set_result(self, checklist: Checklist, score: Score, actions: Sequence[Action], lang: str, partnership: Partnership | None = None) -> None:
        """The measures in the order and wording for this tie (domain.advice.measures): a
        dormant tie's decision first, an existing tie's wording for its existing text."""
        self.beginResetModel()
        self._lang = lang
        self._partnership = partnership
        self._rows = list(measures(score, partnership)) if partnership is not None else list(score.recommendations)
        self._themes = {t.id: t.title.get(lang) for t in checklist.themes}
        self._planned = {}
        for action in actions:
            if action.recommendation_id:
                self._planned[action.recommendation_id] = self._planned.get(action.recommendation_id, 0) + 1
        self.endResetModel()

    def recommendation(self, row: int) -> Recommendation:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.RECOMMENDATION:
                if self._partnership is None:
                    return rec.text.get(self._lang)
                return measure_text(rec, self._partnership, self._lang)
            if column == self.THEME:
                return self._themes.get(rec.theme_id, rec.theme_id)
            if column == self.SOURCES:
                return ", ".join(rec.sources)
            if column == self.IN_PLAN:
                count = self._planned.get(rec.id, 0)
                if count == 0:
                    return self.tr("Not yet")
                return self.tr("Yes (%1)").replace("%1", str(count))
        return None

    def column_titles(self) -> dict[int, str]:
        return {
            self.RECOMMENDATION: self.tr("Recommended measure"),
            self.THEME: self.tr("Theme"),
            self.SOURCES: self.tr("Sources"),
            self.IN_PLAN: self.tr("In action plan"),
        }


class ActionTableModel(ListTableModel):
    TEXT, OWNER, DUE, STATUS = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Action] = []

    def set_actions(self, actions: Sequence[Action]) -> None:
        self.beginResetModel()
        self._rows = list(actions)
        self.endResetModel()

    def action(self, row: int) -> Action:
        return self._rows[row]

    def row_of(self, action_id: int) -> int | None:
        for row, action in enumerate(self._rows):
            if action.id == action_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TEXT:
                # Which actions the public version leaves out, in view while the plan is made.
                return f"{a.text} ({self.tr('internal')})" if a.internal else a.text
            if column == self.OWNER:
                return a.owner
            if column == self.DUE:
                return short_date_text(a.due) if a.due else ""
            if column == self.STATUS:
                return action_status_word(a.status)
        return None

    def column_titles(self) -> dict[int, str]:
        return {
            self.TEXT: self.tr("Action"),
            self.OWNER: self.tr("Owner"),
            self.DUE: self.tr("Due"),
            self.STATUS: self.tr("Status"),
        }


__all__ = ["ActionTableModel", "RecommendationModel", "RedFlagModel", "RedFlagRow"]
