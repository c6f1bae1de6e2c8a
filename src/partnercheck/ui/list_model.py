"""The list of assessments: a table model over ``store.list_summaries()`` and its filter.

Built for ten thousand rows: the model holds the summaries list as it came from the store
(no per-row queries), precomputes what filtering needs, and sorts itself with Python's sort
(one key per row) instead of letting the proxy call ``data()`` for every comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from ..domain.assessment import AssessmentState, AssessmentSummary, PartnershipStatus
from ..domain.levels import Level, Verdict
from .labels import completeness_text, level_colour, level_icon, state_word, status_word, verdict_short, verdict_text, verdict_word
from .table_model import Index, ListTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class AssessmentListModel(ListTableModel):
    DUTCH_PARTY, COUNTERPART, STATUS, LEVEL, COMPLETENESS, STAGE, UPDATED = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentSummary] = []
        self._verdicts: list[Verdict] = []
        self._haystacks: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content ----------------------------------------------------------------------------

    def set_summaries(self, summaries: Sequence[AssessmentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._reindex()
        if self._sort is not None:
            self._rows.sort(key=self._key_function(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
            self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._verdicts = [Verdict(r.verdict) for r in self._rows]
        self._haystacks = [f"{r.dutch_party}\n{r.counterpart}\n{r.assessor}".casefold() for r in self._rows]

    def summary(self, row: int) -> AssessmentSummary:
        return self._rows[row]

    def level(self, row: int) -> Level | None:
        """The level the verdict states; None while incomplete or not started."""
        return self._verdicts[row].level

    def verdict(self, row: int) -> Verdict:
        return self._verdicts[row]

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def same_as(self, summaries: Sequence[AssessmentSummary]) -> bool:
        """True when ``summaries`` (in any order) are what the model shows: nothing to reload."""
        if len(summaries) != len(self._rows):
            return False
        shown = {s.id: s for s in self._rows}
        return all(shown.get(s.id) == s for s in summaries)

    def row_of(self, assessment_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == assessment_id:
                return row
        return None

    # -- Qt model ---------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        s = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DUTCH_PARTY:
                return s.dutch_party
            if column == self.COUNTERPART:
                return s.counterpart
            if column == self.STATUS:
                return status_word(s.status)
            if column == self.LEVEL:
                return verdict_short(self._verdicts[row])
            if column == self.STAGE:
                return state_word(s.state, s.revision)
            if column == self.COMPLETENESS:
                return completeness_text(s.answered, s.total)
            if column == self.UPDATED:
                return s.updated.strftime("%Y-%m-%d %H:%M")
        elif role == Qt.ItemDataRole.DecorationRole and column == self.LEVEL and (level := self._verdicts[row].level) is not None:
            return level_icon(level)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.LEVEL and (level := self._verdicts[row].level) is not None:
            return level_colour(level)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LEVEL:
                provisional = Level.from_code(s.overall) if s.overall else None
                return self.tr("Verdict: %1").replace("%1", verdict_text(self._verdicts[row], provisional))
            if column == self.COMPLETENESS:
                return self.tr("%1 of %2 questions answered").replace("%1", str(s.answered)).replace("%2", str(s.total))
            if column in (self.DUTCH_PARTY, self.COUNTERPART) and s.assessor:
                return self.tr("Assessor: %1").replace("%1", s.assessor)
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == self.LEVEL:
            return verdict_word(self._verdicts[row])
        elif role == ID_ROLE:
            return s.id
        elif role == SORT_ROLE:
            return self._key_function(column)(s)
        return None

    def column_titles(self) -> dict[int, str]:
        return {
            self.DUTCH_PARTY: self.tr("Dutch party"),
            self.COUNTERPART: self.tr("Counterpart"),
            self.STATUS: self.tr("Status"),
            self.LEVEL: self.tr("Verdict"),
            self.COMPLETENESS: self.tr("Answered"),
            self.STAGE: self.tr("Stage"),
            self.UPDATED: self.tr("Last change"),
        }

    # -- sorting ----------------------------------------------------------------------------

    def _key_function(self, column: int):  # type: ignore[no-untyped-def]
        if column == self.DUTCH_PARTY:
            return lambda s: (s.dutch_party.casefold(), s.counterpart.casefold())
        if column == self.COUNTERPART:
            return lambda s: (s.counterpart.casefold(), s.dutch_party.casefold())
        if column == self.STATUS:
            order = {status: i for i, status in enumerate(PartnershipStatus)}
            return lambda s: (order[s.status], s.dutch_party.casefold())
        if column == self.LEVEL:
            order = {v: i for i, v in enumerate(Verdict)}
            return lambda s: (order[Verdict(s.verdict)], s.answered / s.total if s.total else 0.0)
        if column == self.COMPLETENESS:
            return lambda s: (s.answered / s.total if s.total else 0.0, s.answered)
        if column == self.STAGE:
            stages = {state: i for i, state in enumerate(AssessmentState)}
            return lambda s: (stages[s.state], s.revision)
        return lambda s: (s.updated, s.id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [s.id for s in self._rows]
        self._rows.sort(key=self._key_function(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()
        new_row = {s.id: row for row, s in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(new_row[old_ids[i.row()]], i.column()) if i.isValid() else QModelIndex() for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class AssessmentFilterProxy(QSortFilterProxyModel):
    """Filters by text (parties, assessor), status and level; sorting is the source's."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: PartnershipStatus | None = None
        self._level: Level | None = None

    def set_filter(self, text: str | None = None, status: PartnershipStatus | None | bool = False, level: Level | None | bool = False) -> None:
        """Change any of the criteria; ``False`` leaves status or level as it was."""
        self.beginFilterChange()
        if text is not None:
            self._text = text.strip().casefold()
        if status is not False:
            self._status = status  # type: ignore[assignment]
        if level is not False:
            self._level = level  # type: ignore[assignment]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear_filter(self) -> None:
        self.set_filter("", None, None)

    @property
    def is_filtering(self) -> bool:
        return bool(self._text) or self._status is not None or self._level is not None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AssessmentListModel):
            return True
        if self._status is not None and model.summary(source_row).status != self._status:
            return False
        if self._level is not None and model.level(source_row) != self._level:
            return False
        if self._text:
            haystack = model.haystack(source_row)
            return all(word in haystack for word in self._text.split())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
